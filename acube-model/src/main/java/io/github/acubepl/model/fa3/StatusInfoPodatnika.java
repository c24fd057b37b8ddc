package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;

/**
 * Taxpayer status.
 *
 * <p>Schema type {@code TStatusInfoPodatnika}; each constant carries the code written in the
 * document ({@link #value()}).
 */
@XmlType(name = "TStatusInfoPodatnika")
@XmlEnum
public enum StatusInfoPodatnika {
    /**
     * Code {@code 1}. Invoice documenting a sale made by a taxpayer in liquidation.
     */
    @XmlEnumValue("1")
    LIQUIDATION("1"),
    /**
     * Code {@code 2}. Invoice documenting a sale made by a taxpayer undergoing restructuring
     * proceedings.
     */
    @XmlEnumValue("2")
    RESTRUCTURING("2"),
    /**
     * Code {@code 3}. Invoice documenting a sale made by a taxpayer in bankruptcy.
     */
    @XmlEnumValue("3")
    BANKRUPTCY("3"),
    /**
     * Code {@code 4}. Invoice documenting a sale made by an enterprise in probate (deceased
     * entrepreneur's estate).
     */
    @XmlEnumValue("4")
    ENTERPRISE_IN_PROBATE("4");

    private final String value;

    StatusInfoPodatnika(String value) {
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
    public static StatusInfoPodatnika fromValue(String value) {
        for (StatusInfoPodatnika c : values()) {
            if (c.value.equals(value)) {
                return c;
            }
        }
        throw new IllegalArgumentException("not a TStatusInfoPodatnika code: " + value);
    }
}
