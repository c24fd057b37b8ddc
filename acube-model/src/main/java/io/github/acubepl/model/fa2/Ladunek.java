package io.github.acubepl.model.fa2;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;

/**
 * Cargo (packaging) types.
 *
 * <p>Schema type {@code TLadunek}; each constant carries the code written in the document ({@link
 * #value()}).
 */
@XmlType(name = "TLadunek")
@XmlEnum
public enum Ladunek {
    /**
     * Code {@code 1}. Can (churn).
     */
    @XmlEnumValue("1")
    CAN("1"),
    /**
     * Code {@code 2}. Barrel.
     */
    @XmlEnumValue("2")
    BARREL("2"),
    /**
     * Code {@code 3}. Cylinder (bottle).
     */
    @XmlEnumValue("3")
    CYLINDER("3"),
    /**
     * Code {@code 4}. Carton.
     */
    @XmlEnumValue("4")
    CARTON("4"),
    /**
     * Code {@code 5}. Jerrycan.
     */
    @XmlEnumValue("5")
    JERRYCAN("5"),
    /**
     * Code {@code 6}. Cage.
     */
    @XmlEnumValue("6")
    CAGE("6"),
    /**
     * Code {@code 7}. Container.
     */
    @XmlEnumValue("7")
    CONTAINER("7"),
    /**
     * Code {@code 8}. Basket.
     */
    @XmlEnumValue("8")
    BASKET("8"),
    /**
     * Code {@code 9}. Punnet (chip basket).
     */
    @XmlEnumValue("9")
    PUNNET("9"),
    /**
     * Code {@code 10}. Bulk (collective) pack.
     */
    @XmlEnumValue("10")
    BULK_PACK("10"),
    /**
     * Code {@code 11}. Parcel.
     */
    @XmlEnumValue("11")
    PARCEL("11"),
    /**
     * Code {@code 12}. Packet.
     */
    @XmlEnumValue("12")
    PACKET("12"),
    /**
     * Code {@code 13}. Pallet.
     */
    @XmlEnumValue("13")
    PALLET("13"),
    /**
     * Code {@code 14}. Receptacle.
     */
    @XmlEnumValue("14")
    RECEPTACLE("14"),
    /**
     * Code {@code 15}. Solid bulk container.
     */
    @XmlEnumValue("15")
    SOLID_BULK_CONTAINER("15"),
    /**
     * Code {@code 16}. Liquid bulk container.
     */
    @XmlEnumValue("16")
    LIQUID_BULK_CONTAINER("16"),
    /**
     * Code {@code 17}. Box.
     */
    @XmlEnumValue("17")
    BOX("17"),
    /**
     * Code {@code 18}. Tin (can).
     */
    @XmlEnumValue("18")
    TIN("18"),
    /**
     * Code {@code 19}. Crate.
     */
    @XmlEnumValue("19")
    CRATE("19"),
    /**
     * Code {@code 20}. Sack (bag).
     */
    @XmlEnumValue("20")
    SACK("20");

    private final String value;

    Ladunek(String value) {
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
    public static Ladunek fromValue(String value) {
        for (Ladunek c : values()) {
            if (c.value.equals(value)) {
                return c;
            }
        }
        throw new IllegalArgumentException("not a TLadunek code: " + value);
    }
}
