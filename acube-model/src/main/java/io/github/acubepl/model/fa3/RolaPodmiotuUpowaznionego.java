package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;

/**
 * Role of the authorised entity.
 *
 * <p>Schema type {@code TRolaPodmiotuUpowaznionego}; each constant carries the code written in the
 * document ({@link #value()}).
 */
@XmlType(name = "TRolaPodmiotuUpowaznionego")
@XmlEnum
public enum RolaPodmiotuUpowaznionego {
    /**
     * Code {@code 1}. Enforcement authority - in the case referred to in art. 106c(1) of the VAT
     * Act.
     */
    @XmlEnumValue("1")
    ENFORCEMENT_AUTHORITY("1"),
    /**
     * Code {@code 2}. Court bailiff - in the case referred to in art. 106c(2) of the VAT Act.
     */
    @XmlEnumValue("2")
    COURT_BAILIFF("2"),
    /**
     * Code {@code 3}. Tax representative - where the invoice contains data of the tax
     * representative referred to in art. 18a-18d of the VAT Act.
     */
    @XmlEnumValue("3")
    TAX_REPRESENTATIVE("3");

    private final String value;

    RolaPodmiotuUpowaznionego(String value) {
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
    public static RolaPodmiotuUpowaznionego fromValue(String value) {
        for (RolaPodmiotuUpowaznionego c : values()) {
            if (c.value.equals(value)) {
                return c;
            }
        }
        throw new IllegalArgumentException("not a TRolaPodmiotuUpowaznionego code: " + value);
    }
}
