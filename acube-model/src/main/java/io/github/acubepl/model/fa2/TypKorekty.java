package io.github.acubepl.model.fa2;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;

/**
 * Type of effect of the correction in the VAT records.
 *
 * <p>Schema type {@code TTypKorekty}; each constant carries the code written in the document
 * ({@link #value()}).
 */
@XmlType(name = "TTypKorekty")
@XmlEnum
public enum TypKorekty {
    /**
     * Code {@code 1}. Correction taking effect on the date the original invoice was recorded.
     */
    @XmlEnumValue("1")
    ORIGINAL_INVOICE_DATE("1"),
    /**
     * Code {@code 2}. Correction taking effect on the issue date of the corrective invoice.
     */
    @XmlEnumValue("2")
    CORRECTION_ISSUE_DATE("2"),
    /**
     * Code {@code 3}. Correction taking effect on another date, including where these dates differ
     * for different items of the corrective invoice.
     */
    @XmlEnumValue("3")
    OTHER_DATE("3");

    private final String value;

    TypKorekty(String value) {
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
    public static TypKorekty fromValue(String value) {
        for (TypKorekty c : values()) {
            if (c.value.equals(value)) {
                return c;
            }
        }
        throw new IllegalArgumentException("not a TTypKorekty code: " + value);
    }
}
