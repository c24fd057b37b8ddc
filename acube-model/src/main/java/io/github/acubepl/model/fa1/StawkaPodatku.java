package io.github.acubepl.model.fa1;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;

/**
 * Tax rate.
 *
 * <p>Schema type {@code TStawkaPodatku}; each constant carries the code written in the document
 * ({@link #value()}).
 */
@XmlType(name = "TStawkaPodatku")
@XmlEnum
public enum StawkaPodatku {
    /**
     * Code {@code 23}. 23 %: the standard rate.
     */
    @XmlEnumValue("23")
    RATE_23("23"),
    /**
     * Code {@code 22}. 22 %: the standard rate in force in some periods.
     */
    @XmlEnumValue("22")
    RATE_22("22"),
    /**
     * Code {@code 8}. 8 %: the first reduced rate.
     */
    @XmlEnumValue("8")
    RATE_8("8"),
    /**
     * Code {@code 7}. 7 %: the first reduced rate in force in some periods.
     */
    @XmlEnumValue("7")
    RATE_7("7"),
    /**
     * Code {@code 5}. 5 %: the second reduced rate.
     */
    @XmlEnumValue("5")
    RATE_5("5"),
    /**
     * Code {@code 4}. 4 %: the flat rate for passenger taxis.
     */
    @XmlEnumValue("4")
    RATE_4("4"),
    /**
     * Code {@code 3}. 3 %: the flat rate for passenger taxis in force in some periods.
     */
    @XmlEnumValue("3")
    RATE_3("3"),
    /**
     * Code {@code 0}. 0 %.
     */
    @XmlEnumValue("0")
    RATE_0("0"),
    /**
     * Code {@code zw}. Exempt from tax.
     */
    @XmlEnumValue("zw")
    EXEMPT("zw"),
    /**
     * Code {@code oo}. Reverse charge.
     */
    @XmlEnumValue("oo")
    REVERSE_CHARGE("oo"),
    /**
     * Code {@code np}. Not subject to tax - supplies of goods and services outside the territory of
     * the country.
     */
    @XmlEnumValue("np")
    NOT_TAXABLE_IN_POLAND("np");

    private final String value;

    StawkaPodatku(String value) {
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
    public static StawkaPodatku fromValue(String value) {
        for (StawkaPodatku c : values()) {
            if (c.value.equals(value)) {
                return c;
            }
        }
        throw new IllegalArgumentException("not a TStawkaPodatku code: " + value);
    }
}
