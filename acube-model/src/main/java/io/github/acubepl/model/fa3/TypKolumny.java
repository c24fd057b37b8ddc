package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;

/**
 * Type of the data in the column.
 *
 * <p>The codes of {@code Faktura/Zalacznik/BlokDanych/Tabela/TNaglowek/Kol@Typ}; each constant
 * carries the code written in the document ({@link #value()}).
 */
@XmlType(name = "TypKolumny")
@XmlEnum
public enum TypKolumny {
    /**
     * Code {@code date}. A date.
     */
    @XmlEnumValue("date")
    DATE("date"),
    /**
     * Code {@code datetime}. A date and time.
     */
    @XmlEnumValue("datetime")
    DATE_TIME("datetime"),
    /**
     * Code {@code dec}. A decimal number.
     */
    @XmlEnumValue("dec")
    DECIMAL("dec"),
    /**
     * Code {@code int}. An integer.
     */
    @XmlEnumValue("int")
    INTEGER("int"),
    /**
     * Code {@code time}. A time of day.
     */
    @XmlEnumValue("time")
    TIME("time"),
    /**
     * Code {@code txt}. Text.
     */
    @XmlEnumValue("txt")
    TEXT("txt");

    private final String value;

    TypKolumny(String value) {
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
    public static TypKolumny fromValue(String value) {
        for (TypKolumny c : values()) {
            if (c.value.equals(value)) {
                return c;
            }
        }
        throw new IllegalArgumentException("not a TypKolumny code: " + value);
    }
}
