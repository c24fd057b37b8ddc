package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;

/**
 * Types of a bank's own accounts.
 *
 * <p>Schema type {@code TRachunekWlasnyBanku}; each constant carries the code written in the
 * document ({@link #value()}).
 */
@XmlType(name = "TRachunekWlasnyBanku")
@XmlEnum
public enum RachunekWlasnyBanku {
    /**
     * Code {@code 1}. Account of a bank or of a cooperative savings and credit union (SKOK) used
     * for settlements of monetary receivables acquired by that bank or union.
     */
    @XmlEnumValue("1")
    RECEIVABLES_SETTLEMENT("1"),
    /**
     * Code {@code 2}. Account of a bank or of a cooperative savings and credit union (SKOK) used by
     * that bank or union to collect from the buyer of goods or services the amount due for a supply
     * of goods or services, evidenced by an invoice, and to transfer it in whole or in part to the
     * supplier or service provider.
     */
    @XmlEnumValue("2")
    COLLECTION_ACCOUNT("2"),
    /**
     * Code {@code 3}. Account of a bank or of a cooperative savings and credit union (SKOK)
     * maintained by that bank or union for its own operations, which is not a settlement account.
     */
    @XmlEnumValue("3")
    OWN_OPERATIONS("3");

    private final String value;

    RachunekWlasnyBanku(String value) {
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
    public static RachunekWlasnyBanku fromValue(String value) {
        for (RachunekWlasnyBanku c : values()) {
            if (c.value.equals(value)) {
                return c;
            }
        }
        throw new IllegalArgumentException("not a TRachunekWlasnyBanku code: " + value);
    }
}
