package io.github.acubepl.model.fa1;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;

/**
 * Single-option choice field.
 *
 * <p>Schema type {@code TWybor1}; each constant carries the code written in the document ({@link
 * #value()}).
 */
@XmlType(name = "TWybor1")
@XmlEnum
public enum Wybor1 {
    /**
     * Code {@code 1}. Yes.
     */
    @XmlEnumValue("1")
    YES("1");

    private final String value;

    Wybor1(String value) {
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
    public static Wybor1 fromValue(String value) {
        for (Wybor1 c : values()) {
            if (c.value.equals(value)) {
                return c;
            }
        }
        throw new IllegalArgumentException("not a TWybor1 code: " + value);
    }
}
