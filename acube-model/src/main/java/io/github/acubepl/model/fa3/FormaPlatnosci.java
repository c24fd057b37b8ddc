package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;

/**
 * Payment method types.
 *
 * <p>Schema type {@code TFormaPlatnosci}; each constant carries the code written in the document
 * ({@link #value()}).
 */
@XmlType(name = "TFormaPlatnosci")
@XmlEnum
public enum FormaPlatnosci {
    /**
     * Code {@code 1}. Cash.
     */
    @XmlEnumValue("1")
    CASH("1"),
    /**
     * Code {@code 2}. Card.
     */
    @XmlEnumValue("2")
    CARD("2"),
    /**
     * Code {@code 3}. Voucher.
     */
    @XmlEnumValue("3")
    VOUCHER("3"),
    /**
     * Code {@code 4}. Cheque.
     */
    @XmlEnumValue("4")
    CHEQUE("4"),
    /**
     * Code {@code 5}. Credit.
     */
    @XmlEnumValue("5")
    CREDIT("5"),
    /**
     * Code {@code 6}. Bank transfer.
     */
    @XmlEnumValue("6")
    TRANSFER("6"),
    /**
     * Code {@code 7}. Mobile payment.
     */
    @XmlEnumValue("7")
    MOBILE("7");

    private final String value;

    FormaPlatnosci(String value) {
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
    public static FormaPlatnosci fromValue(String value) {
        for (FormaPlatnosci c : values()) {
            if (c.value.equals(value)) {
                return c;
            }
        }
        throw new IllegalArgumentException("not a TFormaPlatnosci code: " + value);
    }
}
