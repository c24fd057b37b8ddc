package io.github.acubepl.model.fa1;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;

/**
 * Procedure indicator for an order line.
 *
 * <p>Schema type {@code TProceduraZamowienie}; each constant carries the code written in the
 * document ({@link #value()}).
 */
@XmlType(name = "TProceduraZamowienie")
@XmlEnum
public enum ProceduraZamowienie {
    /**
     * Code {@code 1}. 0% rate applied to domestic sales.
     */
    @XmlEnumValue("1")
    ZERO_RATE_DOMESTIC("1"),
    /**
     * Code {@code 3}. 0% rate - export of goods.
     */
    @XmlEnumValue("3")
    ZERO_RATE_EXPORT("3"),
    /**
     * Code {@code 4}. Supply of goods and services taxable outside the territory of the country.
     */
    @XmlEnumValue("4")
    TAXED_OUTSIDE_COUNTRY("4"),
    /**
     * Code {@code 5}. Provision of services under art. 100(1)(4) of the VAT Act.
     */
    @XmlEnumValue("5")
    SERVICES_ART_100_1_4("5"),
    /**
     * Code {@code 6}. Goods/services listed in Annex 15 to the VAT Act.
     */
    @XmlEnumValue("6")
    ANNEX_15_GOODS_SERVICES("6"),
    /**
     * Code {@code 7}. Other domestic sales.
     */
    @XmlEnumValue("7")
    OTHER_DOMESTIC("7");

    private final String value;

    ProceduraZamowienie(String value) {
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
    public static ProceduraZamowienie fromValue(String value) {
        for (ProceduraZamowienie c : values()) {
            if (c.value.equals(value)) {
                return c;
            }
        }
        throw new IllegalArgumentException("not a TProceduraZamowienie code: " + value);
    }
}
