package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;

/**
 * Mode of transport.
 *
 * <p>Schema type {@code TRodzajTransportu}; each constant carries the code written in the document
 * ({@link #value()}).
 */
@XmlType(name = "TRodzajTransportu")
@XmlEnum
public enum RodzajTransportu {
    /**
     * Code {@code 1}. Sea transport.
     */
    @XmlEnumValue("1")
    SEA("1"),
    /**
     * Code {@code 2}. Rail transport.
     */
    @XmlEnumValue("2")
    RAIL("2"),
    /**
     * Code {@code 3}. Road transport.
     */
    @XmlEnumValue("3")
    ROAD("3"),
    /**
     * Code {@code 4}. Air transport.
     */
    @XmlEnumValue("4")
    AIR("4"),
    /**
     * Code {@code 5}. Postal consignment.
     */
    @XmlEnumValue("5")
    POSTAL("5"),
    /**
     * Code {@code 7}. Fixed transport installations (e.g. pipelines, power lines).
     */
    @XmlEnumValue("7")
    FIXED_INSTALLATIONS("7"),
    /**
     * Code {@code 8}. Inland waterway transport.
     */
    @XmlEnumValue("8")
    INLAND_WATERWAY("8");

    private final String value;

    RodzajTransportu(String value) {
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
    public static RodzajTransportu fromValue(String value) {
        for (RodzajTransportu c : values()) {
            if (c.value.equals(value)) {
                return c;
            }
        }
        throw new IllegalArgumentException("not a TRodzajTransportu code: " + value);
    }
}
