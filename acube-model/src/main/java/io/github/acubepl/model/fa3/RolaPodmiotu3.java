package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;

/**
 * Role of the third party.
 *
 * <p>Schema type {@code TRolaPodmiotu3}; each constant carries the code written in the document
 * ({@link #value()}).
 */
@XmlType(name = "TRolaPodmiotu3")
@XmlEnum
public enum RolaPodmiotu3 {
    /**
     * Code {@code 1}. Factor - where the invoice contains the factor's data.
     */
    @XmlEnumValue("1")
    FACTOR("1"),
    /**
     * Code {@code 2}. Recipient - where the invoice contains data of internal units or branches
     * separated within the buyer which are not themselves the buyer within the meaning of the VAT
     * Act.
     */
    @XmlEnumValue("2")
    RECIPIENT("2"),
    /**
     * Code {@code 3}. Original entity - where the invoice contains data of an entity that was taken
     * over or transformed in relation to the taxpayer and that provided the service or made the
     * supply. Excludes the cases referred to in art. 106j(2)(3) of the VAT Act, where these data
     * are presented in section Podmiot1K.
     */
    @XmlEnumValue("3")
    ORIGINAL_ENTITY("3"),
    /**
     * Code {@code 4}. Additional buyer - where the invoice contains data of further buyers (other
     * than the one listed in section Podmiot2).
     */
    @XmlEnumValue("4")
    ADDITIONAL_BUYER("4"),
    /**
     * Code {@code 5}. Invoice issuer - where the invoice contains data of an entity issuing the
     * invoice on behalf of the taxpayer. Does not apply where the invoice is issued by the buyer.
     */
    @XmlEnumValue("5")
    INVOICE_ISSUER("5"),
    /**
     * Code {@code 6}. Payer - where the invoice contains data of an entity settling the liability
     * on behalf of the buyer.
     */
    @XmlEnumValue("6")
    PAYER("6"),
    /**
     * Code {@code 7}. Local government unit (JST) - issuer.
     */
    @XmlEnumValue("7")
    JST_ISSUER("7"),
    /**
     * Code {@code 8}. Local government unit (JST) - recipient.
     */
    @XmlEnumValue("8")
    JST_RECIPIENT("8"),
    /**
     * Code {@code 9}. Member of a VAT group - issuer.
     */
    @XmlEnumValue("9")
    VAT_GROUP_MEMBER_ISSUER("9"),
    /**
     * Code {@code 10}. Member of a VAT group - recipient.
     */
    @XmlEnumValue("10")
    VAT_GROUP_MEMBER_RECIPIENT("10"),
    /**
     * Code {@code 11}. Employee.
     */
    @XmlEnumValue("11")
    EMPLOYEE("11");

    private final String value;

    RolaPodmiotu3(String value) {
        this.value = value;
    }

    /**
     * The code as written in FA XML and JSON.
     *
     * @return the code
     */
    public String value() {
        return value;
    }

    /**
     * The constant for a code.
     *
     * @param value the code as written in FA XML and JSON
     * @return the constant
     * @throws IllegalArgumentException if the code is not in the list
     */
    public static RolaPodmiotu3 fromValue(String value) {
        for (RolaPodmiotu3 c : values()) {
            if (c.value.equals(value)) {
                return c;
            }
        }
        throw new IllegalArgumentException("not a TRolaPodmiotu3 code: " + value);
    }
}
