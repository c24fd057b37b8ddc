package io.github.acubepl.model.fa2;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;

/**
 * Invoice type.
 *
 * <p>Schema type {@code TRodzajFaktury}; each constant carries the code written in the document
 * ({@link #value()}).
 */
@XmlType(name = "TRodzajFaktury")
@XmlEnum
public enum RodzajFaktury {
    /**
     * Code {@code VAT}. Basic invoice.
     */
    @XmlEnumValue("VAT")
    VAT("VAT"),
    /**
     * Code {@code KOR}. Corrective invoice.
     */
    @XmlEnumValue("KOR")
    KOR("KOR"),
    /**
     * Code {@code ZAL}. Invoice documenting receipt of payment or part of it before the transaction
     * is performed (advance invoice), and an invoice issued under art. 106f(4) of the VAT Act.
     */
    @XmlEnumValue("ZAL")
    ZAL("ZAL"),
    /**
     * Code {@code ROZ}. Invoice issued under art. 106f(3) of the VAT Act (settlement invoice).
     */
    @XmlEnumValue("ROZ")
    ROZ("ROZ"),
    /**
     * Code {@code UPR}. Invoice referred to in art. 106e(5)(3) of the VAT Act (simplified invoice).
     */
    @XmlEnumValue("UPR")
    UPR("UPR"),
    /**
     * Code {@code KOR_ZAL}. Invoice correcting an invoice documenting receipt of payment or part of
     * it before the transaction is performed, or an invoice issued under art. 106f(4) of the VAT
     * Act.
     */
    @XmlEnumValue("KOR_ZAL")
    KOR_ZAL("KOR_ZAL"),
    /**
     * Code {@code KOR_ROZ}. Invoice correcting an invoice issued under art. 106f(3) of the VAT Act.
     */
    @XmlEnumValue("KOR_ROZ")
    KOR_ROZ("KOR_ROZ");

    private final String value;

    RodzajFaktury(String value) {
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
    public static RodzajFaktury fromValue(String value) {
        for (RodzajFaktury c : values()) {
            if (c.value.equals(value)) {
                return c;
            }
        }
        throw new IllegalArgumentException("not a TRodzajFaktury code: " + value);
    }
}
