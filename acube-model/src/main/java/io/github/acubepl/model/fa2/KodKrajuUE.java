package io.github.acubepl.model.fa2;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;

/**
 * Codes of European Union member states, including the code for Northern Ireland.
 *
 * <p>Schema type {@code TKodyKrajowUE}; each constant carries the code written in the document
 * ({@link #value()}).
 */
@XmlType(name = "TKodyKrajowUE")
@XmlEnum
public enum KodKrajuUE {
    /**
     * Code {@code AT}. Austria.
     */
    @XmlEnumValue("AT")
    AT("AT"),
    /**
     * Code {@code BE}. Belgium.
     */
    @XmlEnumValue("BE")
    BE("BE"),
    /**
     * Code {@code BG}. Bulgaria.
     */
    @XmlEnumValue("BG")
    BG("BG"),
    /**
     * Code {@code CY}. Cyprus.
     */
    @XmlEnumValue("CY")
    CY("CY"),
    /**
     * Code {@code CZ}. Czech Republic.
     */
    @XmlEnumValue("CZ")
    CZ("CZ"),
    /**
     * Code {@code DK}. Denmark.
     */
    @XmlEnumValue("DK")
    DK("DK"),
    /**
     * Code {@code EE}. Estonia.
     */
    @XmlEnumValue("EE")
    EE("EE"),
    /**
     * Code {@code FI}. Finland.
     */
    @XmlEnumValue("FI")
    FI("FI"),
    /**
     * Code {@code FR}. France.
     */
    @XmlEnumValue("FR")
    FR("FR"),
    /**
     * Code {@code DE}. Germany.
     */
    @XmlEnumValue("DE")
    DE("DE"),
    /**
     * Code {@code EL}. Greece.
     */
    @XmlEnumValue("EL")
    EL("EL"),
    /**
     * Code {@code HR}. Croatia.
     */
    @XmlEnumValue("HR")
    HR("HR"),
    /**
     * Code {@code HU}. Hungary.
     */
    @XmlEnumValue("HU")
    HU("HU"),
    /**
     * Code {@code IE}. Ireland.
     */
    @XmlEnumValue("IE")
    IE("IE"),
    /**
     * Code {@code IT}. Italy.
     */
    @XmlEnumValue("IT")
    IT("IT"),
    /**
     * Code {@code LV}. Latvia.
     */
    @XmlEnumValue("LV")
    LV("LV"),
    /**
     * Code {@code LT}. Lithuania.
     */
    @XmlEnumValue("LT")
    LT("LT"),
    /**
     * Code {@code LU}. Luxembourg.
     */
    @XmlEnumValue("LU")
    LU("LU"),
    /**
     * Code {@code MT}. Malta.
     */
    @XmlEnumValue("MT")
    MT("MT"),
    /**
     * Code {@code NL}. Netherlands.
     */
    @XmlEnumValue("NL")
    NL("NL"),
    /**
     * Code {@code PL}. Poland.
     */
    @XmlEnumValue("PL")
    PL("PL"),
    /**
     * Code {@code PT}. Portugal.
     */
    @XmlEnumValue("PT")
    PT("PT"),
    /**
     * Code {@code RO}. Romania.
     */
    @XmlEnumValue("RO")
    RO("RO"),
    /**
     * Code {@code SK}. Slovakia.
     */
    @XmlEnumValue("SK")
    SK("SK"),
    /**
     * Code {@code SI}. Slovenia.
     */
    @XmlEnumValue("SI")
    SI("SI"),
    /**
     * Code {@code ES}. Spain.
     */
    @XmlEnumValue("ES")
    ES("ES"),
    /**
     * Code {@code SE}. Sweden.
     */
    @XmlEnumValue("SE")
    SE("SE"),
    /**
     * Code {@code XI}. Northern Ireland.
     */
    @XmlEnumValue("XI")
    XI("XI");

    private final String value;

    KodKrajuUE(String value) {
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
    public static KodKrajuUE fromValue(String value) {
        for (KodKrajuUE c : values()) {
            if (c.value.equals(value)) {
                return c;
            }
        }
        throw new IllegalArgumentException("not a TKodyKrajowUE code: " + value);
    }
}
