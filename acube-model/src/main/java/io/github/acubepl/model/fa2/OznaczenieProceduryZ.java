package io.github.acubepl.model.fa2;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;

/**
 * Procedure markings for orders.
 *
 * <p>Schema type {@code TOznaczenieProceduryZ}; each constant carries the code written in the
 * document ({@link #value()}).
 */
@XmlType(name = "TOznaczenieProceduryZ")
@XmlEnum
public enum OznaczenieProceduryZ {
    /**
     * Code {@code WSTO_EE}. Marking for the procedure referred to in § 10(4)(2a) of the Regulation
     * on the detailed scope of data contained in tax returns and in records for goods and services
     * tax.
     */
    @XmlEnumValue("WSTO_EE")
    WSTO_EE("WSTO_EE"),
    /**
     * Code {@code IED}. Marking for the procedure referred to in § 10(4)(2b) of the Regulation on
     * the detailed scope of data contained in tax returns and in records for goods and services
     * tax.
     */
    @XmlEnumValue("IED")
    IED("IED"),
    /**
     * Code {@code TT_D}. Marking for the procedure referred to in § 10(4)(5) of the Regulation on
     * the detailed scope of data contained in tax returns and in records for goods and services
     * tax.
     */
    @XmlEnumValue("TT_D")
    TT_D("TT_D"),
    /**
     * Code {@code B_SPV}. Marking for the procedure referred to in § 10(4)(10) of the Regulation on
     * the detailed scope of data contained in tax returns and in records for goods and services
     * tax.
     */
    @XmlEnumValue("B_SPV")
    B_SPV("B_SPV"),
    /**
     * Code {@code B_SPV_DOSTAWA}. Marking for the procedure referred to in § 10(4)(11) of the
     * Regulation on the detailed scope of data contained in tax returns and in records for goods
     * and services tax.
     */
    @XmlEnumValue("B_SPV_DOSTAWA")
    B_SPV_DOSTAWA("B_SPV_DOSTAWA"),
    /**
     * Code {@code B_MPV_PROWIZJA}. Marking for the procedure referred to in § 10(4)(12) of the
     * Regulation on the detailed scope of data contained in tax returns and in records for goods
     * and services tax.
     */
    @XmlEnumValue("B_MPV_PROWIZJA")
    B_MPV_PROWIZJA("B_MPV_PROWIZJA");

    private final String value;

    OznaczenieProceduryZ(String value) {
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
    public static OznaczenieProceduryZ fromValue(String value) {
        for (OznaczenieProceduryZ c : values()) {
            if (c.value.equals(value)) {
                return c;
            }
        }
        throw new IllegalArgumentException("not a TOznaczenieProceduryZ code: " + value);
    }
}
