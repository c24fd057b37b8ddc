package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;

/**
 * Marking relating to the supply of goods and provision of services (GTU code).
 *
 * <p>Schema type {@code TGTU}; each constant carries the code written in the document ({@link
 * #value()}).
 */
@XmlType(name = "TGTU")
@XmlEnum
public enum GTU {
    /**
     * Code {@code GTU_01}. Supply of goods referred to in § 10(3)(1)(a) of the Regulation on the
     * detailed scope of data contained in tax returns and in records for goods and services tax.
     */
    @XmlEnumValue("GTU_01")
    GTU_01("GTU_01"),
    /**
     * Code {@code GTU_02}. Supply of goods referred to in § 10(3)(1)(b) of the Regulation on the
     * detailed scope of data contained in tax returns and in records for goods and services tax.
     */
    @XmlEnumValue("GTU_02")
    GTU_02("GTU_02"),
    /**
     * Code {@code GTU_03}. Supply of goods referred to in § 10(3)(1)(c) of the Regulation on the
     * detailed scope of data contained in tax returns and in records for goods and services tax.
     */
    @XmlEnumValue("GTU_03")
    GTU_03("GTU_03"),
    /**
     * Code {@code GTU_04}. Supply of goods referred to in § 10(3)(1)(d) of the Regulation on the
     * detailed scope of data contained in tax returns and in records for goods and services tax.
     */
    @XmlEnumValue("GTU_04")
    GTU_04("GTU_04"),
    /**
     * Code {@code GTU_05}. Supply of goods referred to in § 10(3)(1)(e) of the Regulation on the
     * detailed scope of data contained in tax returns and in records for goods and services tax.
     */
    @XmlEnumValue("GTU_05")
    GTU_05("GTU_05"),
    /**
     * Code {@code GTU_06}. Supply of goods referred to in § 10(3)(1)(f) of the Regulation on the
     * detailed scope of data contained in tax returns and in records for goods and services tax.
     */
    @XmlEnumValue("GTU_06")
    GTU_06("GTU_06"),
    /**
     * Code {@code GTU_07}. Supply of goods referred to in § 10(3)(1)(g) of the Regulation on the
     * detailed scope of data contained in tax returns and in records for goods and services tax.
     */
    @XmlEnumValue("GTU_07")
    GTU_07("GTU_07"),
    /**
     * Code {@code GTU_08}. Supply of goods referred to in § 10(3)(1)(h) of the Regulation on the
     * detailed scope of data contained in tax returns and in records for goods and services tax.
     */
    @XmlEnumValue("GTU_08")
    GTU_08("GTU_08"),
    /**
     * Code {@code GTU_09}. Supply of goods referred to in § 10(3)(1)(i) of the Regulation on the
     * detailed scope of data contained in tax returns and in records for goods and services tax.
     */
    @XmlEnumValue("GTU_09")
    GTU_09("GTU_09"),
    /**
     * Code {@code GTU_10}. Supply of goods referred to in § 10(3)(1)(j) of the Regulation on the
     * detailed scope of data contained in tax returns and in records for goods and services tax.
     */
    @XmlEnumValue("GTU_10")
    GTU_10("GTU_10"),
    /**
     * Code {@code GTU_11}. Provision of services referred to in § 10(3)(2)(a) of the Regulation on
     * the detailed scope of data contained in tax returns and in records for goods and services
     * tax.
     */
    @XmlEnumValue("GTU_11")
    GTU_11("GTU_11"),
    /**
     * Code {@code GTU_12}. Provision of services referred to in § 10(3)(2)(b) of the Regulation on
     * the detailed scope of data contained in tax returns and in records for goods and services
     * tax.
     */
    @XmlEnumValue("GTU_12")
    GTU_12("GTU_12"),
    /**
     * Code {@code GTU_13}. Provision of services referred to in § 10(3)(2)(c) of the Regulation on
     * the detailed scope of data contained in tax returns and in records for goods and services
     * tax.
     */
    @XmlEnumValue("GTU_13")
    GTU_13("GTU_13");

    private final String value;

    GTU(String value) {
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
    public static GTU fromValue(String value) {
        for (GTU c : values()) {
            if (c.value.equals(value)) {
                return c;
            }
        }
        throw new IllegalArgumentException("not a TGTU code: " + value);
    }
}
