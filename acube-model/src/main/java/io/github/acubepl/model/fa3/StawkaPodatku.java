package io.github.acubepl.model.fa3;

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
     * Code {@code 4}. 4 %: the flat rate for passenger taxis (P_13_4).
     */
    @XmlEnumValue("4")
    RATE_4("4"),
    /**
     * Code {@code 3}. 3 %: the flat rate for passenger taxis in force in some periods (P_13_4).
     */
    @XmlEnumValue("3")
    RATE_3("3"),
    /**
     * Code {@code 0 KR}. 0 % for supplies of goods and services within the country (excluding
     * intra-Community supplies of goods and exports).
     */
    @XmlEnumValue("0 KR")
    RATE_0_DOMESTIC("0 KR"),
    /**
     * Code {@code 0 WDT}. 0 % for intra-Community supplies of goods (WDT).
     */
    @XmlEnumValue("0 WDT")
    RATE_0_INTRA_EU_SUPPLY("0 WDT"),
    /**
     * Code {@code 0 EX}. 0 % for exports of goods.
     */
    @XmlEnumValue("0 EX")
    RATE_0_EXPORT("0 EX"),
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
     * Code {@code np I}. Not subject to tax in the country: supplies of goods and services outside
     * the territory of the country, excluding the services referred to in art. 100(1)(4) of the VAT
     * Act and OSS.
     */
    @XmlEnumValue("np I")
    NOT_TAXABLE_OUTSIDE_COUNTRY("np I"),
    /**
     * Code {@code np II}. Not subject to tax in the country: services referred to in art. 100(1)(4)
     * of the VAT Act.
     */
    @XmlEnumValue("np II")
    NOT_TAXABLE_SERVICES_ART_100_1_4("np II");

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
