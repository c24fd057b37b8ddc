package io.github.acubepl.model.fa1;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;

/**
 * Two-option choice field.
 *
 * <p>Schema type {@code TWybor1_2}; each constant carries the code written in the document ({@link
 * #value()}).
 */
@XmlType(name = "TWybor1_2")
@XmlEnum
public enum Wybor1_2 {
    /**
     * Code {@code 1}. Yes.
     */
    @XmlEnumValue("1")
    YES("1"),
    /**
     * Code {@code 2}. No.
     */
    @XmlEnumValue("2")
    NO("2");

    private final String value;

    Wybor1_2(String value) {
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
    public static Wybor1_2 fromValue(String value) {
        for (Wybor1_2 c : values()) {
            if (c.value.equals(value)) {
                return c;
            }
        }
        throw new IllegalArgumentException("not a TWybor1_2 code: " + value);
    }
}
