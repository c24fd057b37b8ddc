package io.github.acubepl.model.fa2;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;

/**
 * Dictionary of country codes.
 *
 * <p>Schema type {@code TKodKraju}; each constant carries the code written in the document ({@link
 * #value()}).
 */
@XmlType(name = "TKodKraju")
@XmlEnum
public enum KodKraju {
    /**
     * Code {@code AF}. Afghanistan.
     */
    @XmlEnumValue("AF")
    AF("AF"),
    /**
     * Code {@code AX}. Aland Islands.
     */
    @XmlEnumValue("AX")
    AX("AX"),
    /**
     * Code {@code AL}. Albania.
     */
    @XmlEnumValue("AL")
    AL("AL"),
    /**
     * Code {@code DZ}. Algeria.
     */
    @XmlEnumValue("DZ")
    DZ("DZ"),
    /**
     * Code {@code AD}. Andorra.
     */
    @XmlEnumValue("AD")
    AD("AD"),
    /**
     * Code {@code AO}. Angola.
     */
    @XmlEnumValue("AO")
    AO("AO"),
    /**
     * Code {@code AI}. Anguilla.
     */
    @XmlEnumValue("AI")
    AI("AI"),
    /**
     * Code {@code AQ}. Antarctica.
     */
    @XmlEnumValue("AQ")
    AQ("AQ"),
    /**
     * Code {@code AG}. Antigua and Barbuda.
     */
    @XmlEnumValue("AG")
    AG("AG"),
    /**
     * Code {@code AN}. Netherlands Antilles.
     */
    @XmlEnumValue("AN")
    AN("AN"),
    /**
     * Code {@code SA}. Saudi Arabia.
     */
    @XmlEnumValue("SA")
    SA("SA"),
    /**
     * Code {@code AR}. Argentina.
     */
    @XmlEnumValue("AR")
    AR("AR"),
    /**
     * Code {@code AM}. Armenia.
     */
    @XmlEnumValue("AM")
    AM("AM"),
    /**
     * Code {@code AW}. Aruba.
     */
    @XmlEnumValue("AW")
    AW("AW"),
    /**
     * Code {@code AU}. Australia.
     */
    @XmlEnumValue("AU")
    AU("AU"),
    /**
     * Code {@code AT}. Austria.
     */
    @XmlEnumValue("AT")
    AT("AT"),
    /**
     * Code {@code AZ}. Azerbaijan.
     */
    @XmlEnumValue("AZ")
    AZ("AZ"),
    /**
     * Code {@code BS}. Bahamas.
     */
    @XmlEnumValue("BS")
    BS("BS"),
    /**
     * Code {@code BH}. Bahrain.
     */
    @XmlEnumValue("BH")
    BH("BH"),
    /**
     * Code {@code BD}. Bangladesh.
     */
    @XmlEnumValue("BD")
    BD("BD"),
    /**
     * Code {@code BB}. Barbados.
     */
    @XmlEnumValue("BB")
    BB("BB"),
    /**
     * Code {@code BE}. Belgium.
     */
    @XmlEnumValue("BE")
    BE("BE"),
    /**
     * Code {@code BZ}. Belize.
     */
    @XmlEnumValue("BZ")
    BZ("BZ"),
    /**
     * Code {@code BJ}. Benin.
     */
    @XmlEnumValue("BJ")
    BJ("BJ"),
    /**
     * Code {@code BM}. Bermuda.
     */
    @XmlEnumValue("BM")
    BM("BM"),
    /**
     * Code {@code BT}. Bhutan.
     */
    @XmlEnumValue("BT")
    BT("BT"),
    /**
     * Code {@code BY}. Belarus.
     */
    @XmlEnumValue("BY")
    BY("BY"),
    /**
     * Code {@code BO}. Bolivia.
     */
    @XmlEnumValue("BO")
    BO("BO"),
    /**
     * Code {@code BQ}. Bonaire, Sint Eustatius and Saba.
     */
    @XmlEnumValue("BQ")
    BQ("BQ"),
    /**
     * Code {@code BA}. Bosnia and Herzegovina.
     */
    @XmlEnumValue("BA")
    BA("BA"),
    /**
     * Code {@code BW}. Botswana.
     */
    @XmlEnumValue("BW")
    BW("BW"),
    /**
     * Code {@code BR}. Brazil.
     */
    @XmlEnumValue("BR")
    BR("BR"),
    /**
     * Code {@code BN}. Brunei Darussalam.
     */
    @XmlEnumValue("BN")
    BN("BN"),
    /**
     * Code {@code IO}. British Indian Ocean Territory.
     */
    @XmlEnumValue("IO")
    IO("IO"),
    /**
     * Code {@code BG}. Bulgaria.
     */
    @XmlEnumValue("BG")
    BG("BG"),
    /**
     * Code {@code BF}. Burkina Faso.
     */
    @XmlEnumValue("BF")
    BF("BF"),
    /**
     * Code {@code BI}. Burundi.
     */
    @XmlEnumValue("BI")
    BI("BI"),
    /**
     * Code {@code XC}. Ceuta.
     */
    @XmlEnumValue("XC")
    XC("XC"),
    /**
     * Code {@code CL}. Chile.
     */
    @XmlEnumValue("CL")
    CL("CL"),
    /**
     * Code {@code CN}. China.
     */
    @XmlEnumValue("CN")
    CN("CN"),
    /**
     * Code {@code HR}. Croatia.
     */
    @XmlEnumValue("HR")
    HR("HR"),
    /**
     * Code {@code CW}. Curacao.
     */
    @XmlEnumValue("CW")
    CW("CW"),
    /**
     * Code {@code CY}. Cyprus.
     */
    @XmlEnumValue("CY")
    CY("CY"),
    /**
     * Code {@code TD}. Chad.
     */
    @XmlEnumValue("TD")
    TD("TD"),
    /**
     * Code {@code ME}. Montenegro.
     */
    @XmlEnumValue("ME")
    ME("ME"),
    /**
     * Code {@code DK}. Denmark.
     */
    @XmlEnumValue("DK")
    DK("DK"),
    /**
     * Code {@code DM}. Dominica.
     */
    @XmlEnumValue("DM")
    DM("DM"),
    /**
     * Code {@code DO}. Dominican Republic.
     */
    @XmlEnumValue("DO")
    DO("DO"),
    /**
     * Code {@code DJ}. Djibouti.
     */
    @XmlEnumValue("DJ")
    DJ("DJ"),
    /**
     * Code {@code EG}. Egypt.
     */
    @XmlEnumValue("EG")
    EG("EG"),
    /**
     * Code {@code EC}. Ecuador.
     */
    @XmlEnumValue("EC")
    EC("EC"),
    /**
     * Code {@code ER}. Eritrea.
     */
    @XmlEnumValue("ER")
    ER("ER"),
    /**
     * Code {@code EE}. Estonia.
     */
    @XmlEnumValue("EE")
    EE("EE"),
    /**
     * Code {@code ET}. Ethiopia.
     */
    @XmlEnumValue("ET")
    ET("ET"),
    /**
     * Code {@code FK}. Falkland Islands.
     */
    @XmlEnumValue("FK")
    FK("FK"),
    /**
     * Code {@code FJ}. Republic of Fiji.
     */
    @XmlEnumValue("FJ")
    FJ("FJ"),
    /**
     * Code {@code PH}. Philippines.
     */
    @XmlEnumValue("PH")
    PH("PH"),
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
     * Code {@code TF}. French Southern Territories.
     */
    @XmlEnumValue("TF")
    TF("TF"),
    /**
     * Code {@code GA}. Gabon.
     */
    @XmlEnumValue("GA")
    GA("GA"),
    /**
     * Code {@code GM}. Gambia.
     */
    @XmlEnumValue("GM")
    GM("GM"),
    /**
     * Code {@code GH}. Ghana.
     */
    @XmlEnumValue("GH")
    GH("GH"),
    /**
     * Code {@code GI}. Gibraltar.
     */
    @XmlEnumValue("GI")
    GI("GI"),
    /**
     * Code {@code GR}. Greece.
     */
    @XmlEnumValue("GR")
    GR("GR"),
    /**
     * Code {@code GD}. Grenada.
     */
    @XmlEnumValue("GD")
    GD("GD"),
    /**
     * Code {@code GL}. Greenland.
     */
    @XmlEnumValue("GL")
    GL("GL"),
    /**
     * Code {@code GE}. Georgia.
     */
    @XmlEnumValue("GE")
    GE("GE"),
    /**
     * Code {@code GU}. Guam.
     */
    @XmlEnumValue("GU")
    GU("GU"),
    /**
     * Code {@code GG}. Guernsey.
     */
    @XmlEnumValue("GG")
    GG("GG"),
    /**
     * Code {@code GY}. Guyana.
     */
    @XmlEnumValue("GY")
    GY("GY"),
    /**
     * Code {@code GF}. French Guiana.
     */
    @XmlEnumValue("GF")
    GF("GF"),
    /**
     * Code {@code GP}. Guadeloupe.
     */
    @XmlEnumValue("GP")
    GP("GP"),
    /**
     * Code {@code GT}. Guatemala.
     */
    @XmlEnumValue("GT")
    GT("GT"),
    /**
     * Code {@code GN}. Guinea.
     */
    @XmlEnumValue("GN")
    GN("GN"),
    /**
     * Code {@code GQ}. Equatorial Guinea.
     */
    @XmlEnumValue("GQ")
    GQ("GQ"),
    /**
     * Code {@code GW}. Guinea-Bissau.
     */
    @XmlEnumValue("GW")
    GW("GW"),
    /**
     * Code {@code HT}. Haiti.
     */
    @XmlEnumValue("HT")
    HT("HT"),
    /**
     * Code {@code ES}. Spain.
     */
    @XmlEnumValue("ES")
    ES("ES"),
    /**
     * Code {@code HN}. Honduras.
     */
    @XmlEnumValue("HN")
    HN("HN"),
    /**
     * Code {@code HK}. Hong Kong.
     */
    @XmlEnumValue("HK")
    HK("HK"),
    /**
     * Code {@code IN}. India.
     */
    @XmlEnumValue("IN")
    IN("IN"),
    /**
     * Code {@code ID}. Indonesia.
     */
    @XmlEnumValue("ID")
    ID("ID"),
    /**
     * Code {@code IQ}. Iraq.
     */
    @XmlEnumValue("IQ")
    IQ("IQ"),
    /**
     * Code {@code IR}. Iran.
     */
    @XmlEnumValue("IR")
    IR("IR"),
    /**
     * Code {@code IE}. Ireland.
     */
    @XmlEnumValue("IE")
    IE("IE"),
    /**
     * Code {@code IS}. Iceland.
     */
    @XmlEnumValue("IS")
    IS("IS"),
    /**
     * Code {@code IL}. Israel.
     */
    @XmlEnumValue("IL")
    IL("IL"),
    /**
     * Code {@code JM}. Jamaica.
     */
    @XmlEnumValue("JM")
    JM("JM"),
    /**
     * Code {@code JP}. Japan.
     */
    @XmlEnumValue("JP")
    JP("JP"),
    /**
     * Code {@code YE}. Yemen.
     */
    @XmlEnumValue("YE")
    YE("YE"),
    /**
     * Code {@code JE}. Jersey.
     */
    @XmlEnumValue("JE")
    JE("JE"),
    /**
     * Code {@code JO}. Jordan.
     */
    @XmlEnumValue("JO")
    JO("JO"),
    /**
     * Code {@code KY}. Cayman Islands.
     */
    @XmlEnumValue("KY")
    KY("KY"),
    /**
     * Code {@code KH}. Cambodia.
     */
    @XmlEnumValue("KH")
    KH("KH"),
    /**
     * Code {@code CM}. Cameroon.
     */
    @XmlEnumValue("CM")
    CM("CM"),
    /**
     * Code {@code CA}. Canada.
     */
    @XmlEnumValue("CA")
    CA("CA"),
    /**
     * Code {@code QA}. Qatar.
     */
    @XmlEnumValue("QA")
    QA("QA"),
    /**
     * Code {@code KZ}. Kazakhstan.
     */
    @XmlEnumValue("KZ")
    KZ("KZ"),
    /**
     * Code {@code KE}. Kenya.
     */
    @XmlEnumValue("KE")
    KE("KE"),
    /**
     * Code {@code KG}. Kyrgyzstan.
     */
    @XmlEnumValue("KG")
    KG("KG"),
    /**
     * Code {@code KI}. Kiribati.
     */
    @XmlEnumValue("KI")
    KI("KI"),
    /**
     * Code {@code CO}. Colombia.
     */
    @XmlEnumValue("CO")
    CO("CO"),
    /**
     * Code {@code KM}. Comoros.
     */
    @XmlEnumValue("KM")
    KM("KM"),
    /**
     * Code {@code CG}. Congo.
     */
    @XmlEnumValue("CG")
    CG("CG"),
    /**
     * Code {@code CD}. Congo, Democratic Republic of the.
     */
    @XmlEnumValue("CD")
    CD("CD"),
    /**
     * Code {@code KP}. Democratic People's Republic of Korea (North Korea).
     */
    @XmlEnumValue("KP")
    KP("KP"),
    /**
     * Code {@code XK}. Kosovo.
     */
    @XmlEnumValue("XK")
    XK("XK"),
    /**
     * Code {@code CR}. Costa Rica.
     */
    @XmlEnumValue("CR")
    CR("CR"),
    /**
     * Code {@code CU}. Cuba.
     */
    @XmlEnumValue("CU")
    CU("CU"),
    /**
     * Code {@code KW}. Kuwait.
     */
    @XmlEnumValue("KW")
    KW("KW"),
    /**
     * Code {@code LA}. Laos.
     */
    @XmlEnumValue("LA")
    LA("LA"),
    /**
     * Code {@code LS}. Lesotho.
     */
    @XmlEnumValue("LS")
    LS("LS"),
    /**
     * Code {@code LB}. Lebanon.
     */
    @XmlEnumValue("LB")
    LB("LB"),
    /**
     * Code {@code LR}. Liberia.
     */
    @XmlEnumValue("LR")
    LR("LR"),
    /**
     * Code {@code LY}. Libya.
     */
    @XmlEnumValue("LY")
    LY("LY"),
    /**
     * Code {@code LI}. Liechtenstein.
     */
    @XmlEnumValue("LI")
    LI("LI"),
    /**
     * Code {@code LT}. Lithuania.
     */
    @XmlEnumValue("LT")
    LT("LT"),
    /**
     * Code {@code LV}. Latvia.
     */
    @XmlEnumValue("LV")
    LV("LV"),
    /**
     * Code {@code LU}. Luxembourg.
     */
    @XmlEnumValue("LU")
    LU("LU"),
    /**
     * Code {@code MK}. North Macedonia.
     */
    @XmlEnumValue("MK")
    MK("MK"),
    /**
     * Code {@code MG}. Madagascar.
     */
    @XmlEnumValue("MG")
    MG("MG"),
    /**
     * Code {@code YT}. Mayotte.
     */
    @XmlEnumValue("YT")
    YT("YT"),
    /**
     * Code {@code MO}. Macao.
     */
    @XmlEnumValue("MO")
    MO("MO"),
    /**
     * Code {@code MW}. Malawi.
     */
    @XmlEnumValue("MW")
    MW("MW"),
    /**
     * Code {@code MV}. Maldives.
     */
    @XmlEnumValue("MV")
    MV("MV"),
    /**
     * Code {@code MY}. Malaysia.
     */
    @XmlEnumValue("MY")
    MY("MY"),
    /**
     * Code {@code ML}. Mali.
     */
    @XmlEnumValue("ML")
    ML("ML"),
    /**
     * Code {@code MT}. Malta.
     */
    @XmlEnumValue("MT")
    MT("MT"),
    /**
     * Code {@code MP}. Northern Mariana Islands.
     */
    @XmlEnumValue("MP")
    MP("MP"),
    /**
     * Code {@code MA}. Morocco.
     */
    @XmlEnumValue("MA")
    MA("MA"),
    /**
     * Code {@code MQ}. Martinique.
     */
    @XmlEnumValue("MQ")
    MQ("MQ"),
    /**
     * Code {@code MR}. Mauritania.
     */
    @XmlEnumValue("MR")
    MR("MR"),
    /**
     * Code {@code MU}. Mauritius.
     */
    @XmlEnumValue("MU")
    MU("MU"),
    /**
     * Code {@code MX}. Mexico.
     */
    @XmlEnumValue("MX")
    MX("MX"),
    /**
     * Code {@code XL}. Melilla.
     */
    @XmlEnumValue("XL")
    XL("XL"),
    /**
     * Code {@code FM}. Micronesia.
     */
    @XmlEnumValue("FM")
    FM("FM"),
    /**
     * Code {@code UM}. United States Minor Outlying Islands.
     */
    @XmlEnumValue("UM")
    UM("UM"),
    /**
     * Code {@code MD}. Moldova.
     */
    @XmlEnumValue("MD")
    MD("MD"),
    /**
     * Code {@code MC}. Monaco.
     */
    @XmlEnumValue("MC")
    MC("MC"),
    /**
     * Code {@code MN}. Mongolia.
     */
    @XmlEnumValue("MN")
    MN("MN"),
    /**
     * Code {@code MS}. Montserrat.
     */
    @XmlEnumValue("MS")
    MS("MS"),
    /**
     * Code {@code MZ}. Mozambique.
     */
    @XmlEnumValue("MZ")
    MZ("MZ"),
    /**
     * Code {@code MM}. Myanmar (Burma).
     */
    @XmlEnumValue("MM")
    MM("MM"),
    /**
     * Code {@code NA}. Namibia.
     */
    @XmlEnumValue("NA")
    NA("NA"),
    /**
     * Code {@code NR}. Nauru.
     */
    @XmlEnumValue("NR")
    NR("NR"),
    /**
     * Code {@code NP}. Nepal.
     */
    @XmlEnumValue("NP")
    NP("NP"),
    /**
     * Code {@code NL}. Netherlands.
     */
    @XmlEnumValue("NL")
    NL("NL"),
    /**
     * Code {@code DE}. Germany.
     */
    @XmlEnumValue("DE")
    DE("DE"),
    /**
     * Code {@code NE}. Niger.
     */
    @XmlEnumValue("NE")
    NE("NE"),
    /**
     * Code {@code NG}. Nigeria.
     */
    @XmlEnumValue("NG")
    NG("NG"),
    /**
     * Code {@code NI}. Nicaragua.
     */
    @XmlEnumValue("NI")
    NI("NI"),
    /**
     * Code {@code NU}. Niue.
     */
    @XmlEnumValue("NU")
    NU("NU"),
    /**
     * Code {@code NF}. Norfolk Island.
     */
    @XmlEnumValue("NF")
    NF("NF"),
    /**
     * Code {@code NO}. Norway.
     */
    @XmlEnumValue("NO")
    NO("NO"),
    /**
     * Code {@code NC}. New Caledonia.
     */
    @XmlEnumValue("NC")
    NC("NC"),
    /**
     * Code {@code NZ}. New Zealand.
     */
    @XmlEnumValue("NZ")
    NZ("NZ"),
    /**
     * Code {@code PS}. Occupied Palestinian Territory.
     */
    @XmlEnumValue("PS")
    PS("PS"),
    /**
     * Code {@code OM}. Oman.
     */
    @XmlEnumValue("OM")
    OM("OM"),
    /**
     * Code {@code PK}. Pakistan.
     */
    @XmlEnumValue("PK")
    PK("PK"),
    /**
     * Code {@code PW}. Palau.
     */
    @XmlEnumValue("PW")
    PW("PW"),
    /**
     * Code {@code PA}. Panama.
     */
    @XmlEnumValue("PA")
    PA("PA"),
    /**
     * Code {@code PG}. Papua New Guinea.
     */
    @XmlEnumValue("PG")
    PG("PG"),
    /**
     * Code {@code PY}. Paraguay.
     */
    @XmlEnumValue("PY")
    PY("PY"),
    /**
     * Code {@code PE}. Peru.
     */
    @XmlEnumValue("PE")
    PE("PE"),
    /**
     * Code {@code PN}. Pitcairn.
     */
    @XmlEnumValue("PN")
    PN("PN"),
    /**
     * Code {@code PF}. French Polynesia.
     */
    @XmlEnumValue("PF")
    PF("PF"),
    /**
     * Code {@code PL}. Poland.
     */
    @XmlEnumValue("PL")
    PL("PL"),
    /**
     * Code {@code GS}. South Georgia and the South Sandwich Islands.
     */
    @XmlEnumValue("GS")
    GS("GS"),
    /**
     * Code {@code PT}. Portugal.
     */
    @XmlEnumValue("PT")
    PT("PT"),
    /**
     * Code {@code PR}. Puerto Rico.
     */
    @XmlEnumValue("PR")
    PR("PR"),
    /**
     * Code {@code CF}. Central African Republic.
     */
    @XmlEnumValue("CF")
    CF("CF"),
    /**
     * Code {@code CZ}. Czech Republic.
     */
    @XmlEnumValue("CZ")
    CZ("CZ"),
    /**
     * Code {@code KR}. Republic of Korea (South Korea).
     */
    @XmlEnumValue("KR")
    KR("KR"),
    /**
     * Code {@code ZA}. South Africa.
     */
    @XmlEnumValue("ZA")
    ZA("ZA"),
    /**
     * Code {@code RE}. Reunion.
     */
    @XmlEnumValue("RE")
    RE("RE"),
    /**
     * Code {@code RU}. Russia.
     */
    @XmlEnumValue("RU")
    RU("RU"),
    /**
     * Code {@code RO}. Romania.
     */
    @XmlEnumValue("RO")
    RO("RO"),
    /**
     * Code {@code RW}. Rwanda.
     */
    @XmlEnumValue("RW")
    RW("RW"),
    /**
     * Code {@code EH}. Western Sahara.
     */
    @XmlEnumValue("EH")
    EH("EH"),
    /**
     * Code {@code BL}. Saint Barthelemy.
     */
    @XmlEnumValue("BL")
    BL("BL"),
    /**
     * Code {@code KN}. Saint Kitts and Nevis.
     */
    @XmlEnumValue("KN")
    KN("KN"),
    /**
     * Code {@code LC}. Saint Lucia.
     */
    @XmlEnumValue("LC")
    LC("LC"),
    /**
     * Code {@code MF}. Saint Martin.
     */
    @XmlEnumValue("MF")
    MF("MF"),
    /**
     * Code {@code VC}. Saint Vincent and the Grenadines.
     */
    @XmlEnumValue("VC")
    VC("VC"),
    /**
     * Code {@code SV}. El Salvador.
     */
    @XmlEnumValue("SV")
    SV("SV"),
    /**
     * Code {@code WS}. Samoa.
     */
    @XmlEnumValue("WS")
    WS("WS"),
    /**
     * Code {@code AS}. American Samoa.
     */
    @XmlEnumValue("AS")
    AS("AS"),
    /**
     * Code {@code SM}. San Marino.
     */
    @XmlEnumValue("SM")
    SM("SM"),
    /**
     * Code {@code SN}. Senegal.
     */
    @XmlEnumValue("SN")
    SN("SN"),
    /**
     * Code {@code RS}. Serbia.
     */
    @XmlEnumValue("RS")
    RS("RS"),
    /**
     * Code {@code SC}. Seychelles.
     */
    @XmlEnumValue("SC")
    SC("SC"),
    /**
     * Code {@code SL}. Sierra Leone.
     */
    @XmlEnumValue("SL")
    SL("SL"),
    /**
     * Code {@code SG}. Singapore.
     */
    @XmlEnumValue("SG")
    SG("SG"),
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
     * Code {@code SO}. Somalia.
     */
    @XmlEnumValue("SO")
    SO("SO"),
    /**
     * Code {@code LK}. Sri Lanka.
     */
    @XmlEnumValue("LK")
    LK("LK"),
    /**
     * Code {@code PM}. Saint Pierre and Miquelon.
     */
    @XmlEnumValue("PM")
    PM("PM"),
    /**
     * Code {@code US}. United States of America.
     */
    @XmlEnumValue("US")
    US("US"),
    /**
     * Code {@code SZ}. Eswatini (Swaziland).
     */
    @XmlEnumValue("SZ")
    SZ("SZ"),
    /**
     * Code {@code SD}. Sudan.
     */
    @XmlEnumValue("SD")
    SD("SD"),
    /**
     * Code {@code SS}. South Sudan.
     */
    @XmlEnumValue("SS")
    SS("SS"),
    /**
     * Code {@code SR}. Suriname.
     */
    @XmlEnumValue("SR")
    SR("SR"),
    /**
     * Code {@code SJ}. Svalbard and Jan Mayen.
     */
    @XmlEnumValue("SJ")
    SJ("SJ"),
    /**
     * Code {@code SH}. Saint Helena.
     */
    @XmlEnumValue("SH")
    SH("SH"),
    /**
     * Code {@code SY}. Syria.
     */
    @XmlEnumValue("SY")
    SY("SY"),
    /**
     * Code {@code CH}. Switzerland.
     */
    @XmlEnumValue("CH")
    CH("CH"),
    /**
     * Code {@code SE}. Sweden.
     */
    @XmlEnumValue("SE")
    SE("SE"),
    /**
     * Code {@code TJ}. Tajikistan.
     */
    @XmlEnumValue("TJ")
    TJ("TJ"),
    /**
     * Code {@code TH}. Thailand.
     */
    @XmlEnumValue("TH")
    TH("TH"),
    /**
     * Code {@code TW}. Taiwan.
     */
    @XmlEnumValue("TW")
    TW("TW"),
    /**
     * Code {@code TZ}. Tanzania.
     */
    @XmlEnumValue("TZ")
    TZ("TZ"),
    /**
     * Code {@code TG}. Togo.
     */
    @XmlEnumValue("TG")
    TG("TG"),
    /**
     * Code {@code TK}. Tokelau.
     */
    @XmlEnumValue("TK")
    TK("TK"),
    /**
     * Code {@code TO}. Tonga.
     */
    @XmlEnumValue("TO")
    TO("TO"),
    /**
     * Code {@code TT}. Trinidad and Tobago.
     */
    @XmlEnumValue("TT")
    TT("TT"),
    /**
     * Code {@code TN}. Tunisia.
     */
    @XmlEnumValue("TN")
    TN("TN"),
    /**
     * Code {@code TR}. Turkey.
     */
    @XmlEnumValue("TR")
    TR("TR"),
    /**
     * Code {@code TM}. Turkmenistan.
     */
    @XmlEnumValue("TM")
    TM("TM"),
    /**
     * Code {@code TV}. Tuvalu.
     */
    @XmlEnumValue("TV")
    TV("TV"),
    /**
     * Code {@code UG}. Uganda.
     */
    @XmlEnumValue("UG")
    UG("UG"),
    /**
     * Code {@code UA}. Ukraine.
     */
    @XmlEnumValue("UA")
    UA("UA"),
    /**
     * Code {@code UY}. Uruguay.
     */
    @XmlEnumValue("UY")
    UY("UY"),
    /**
     * Code {@code UZ}. Uzbekistan.
     */
    @XmlEnumValue("UZ")
    UZ("UZ"),
    /**
     * Code {@code VU}. Vanuatu.
     */
    @XmlEnumValue("VU")
    VU("VU"),
    /**
     * Code {@code WF}. Wallis and Futuna.
     */
    @XmlEnumValue("WF")
    WF("WF"),
    /**
     * Code {@code VA}. Vatican City (Holy See).
     */
    @XmlEnumValue("VA")
    VA("VA"),
    /**
     * Code {@code HU}. Hungary.
     */
    @XmlEnumValue("HU")
    HU("HU"),
    /**
     * Code {@code VE}. Venezuela.
     */
    @XmlEnumValue("VE")
    VE("VE"),
    /**
     * Code {@code GB}. United Kingdom.
     */
    @XmlEnumValue("GB")
    GB("GB"),
    /**
     * Code {@code VN}. Vietnam.
     */
    @XmlEnumValue("VN")
    VN("VN"),
    /**
     * Code {@code IT}. Italy.
     */
    @XmlEnumValue("IT")
    IT("IT"),
    /**
     * Code {@code TL}. Timor-Leste (East Timor).
     */
    @XmlEnumValue("TL")
    TL("TL"),
    /**
     * Code {@code CI}. Cote d'Ivoire (Ivory Coast).
     */
    @XmlEnumValue("CI")
    CI("CI"),
    /**
     * Code {@code BV}. Bouvet Island.
     */
    @XmlEnumValue("BV")
    BV("BV"),
    /**
     * Code {@code CX}. Christmas Island.
     */
    @XmlEnumValue("CX")
    CX("CX"),
    /**
     * Code {@code IM}. Isle of Man.
     */
    @XmlEnumValue("IM")
    IM("IM"),
    /**
     * Code {@code SX}. Sint Maarten (Dutch part).
     */
    @XmlEnumValue("SX")
    SX("SX"),
    /**
     * Code {@code CK}. Cook Islands.
     */
    @XmlEnumValue("CK")
    CK("CK"),
    /**
     * Code {@code VI}. Virgin Islands (U.S.).
     */
    @XmlEnumValue("VI")
    VI("VI"),
    /**
     * Code {@code VG}. Virgin Islands (British).
     */
    @XmlEnumValue("VG")
    VG("VG"),
    /**
     * Code {@code HM}. Heard Island and McDonald Islands.
     */
    @XmlEnumValue("HM")
    HM("HM"),
    /**
     * Code {@code CC}. Cocos (Keeling) Islands.
     */
    @XmlEnumValue("CC")
    CC("CC"),
    /**
     * Code {@code MH}. Marshall Islands.
     */
    @XmlEnumValue("MH")
    MH("MH"),
    /**
     * Code {@code FO}. Faroe Islands.
     */
    @XmlEnumValue("FO")
    FO("FO"),
    /**
     * Code {@code SB}. Solomon Islands.
     */
    @XmlEnumValue("SB")
    SB("SB"),
    /**
     * Code {@code ST}. Sao Tome and Principe.
     */
    @XmlEnumValue("ST")
    ST("ST"),
    /**
     * Code {@code TC}. Turks and Caicos Islands.
     */
    @XmlEnumValue("TC")
    TC("TC"),
    /**
     * Code {@code ZM}. Zambia.
     */
    @XmlEnumValue("ZM")
    ZM("ZM"),
    /**
     * Code {@code CV}. Cabo Verde (Cape Verde).
     */
    @XmlEnumValue("CV")
    CV("CV"),
    /**
     * Code {@code ZW}. Zimbabwe.
     */
    @XmlEnumValue("ZW")
    ZW("ZW"),
    /**
     * Code {@code AE}. United Arab Emirates.
     */
    @XmlEnumValue("AE")
    AE("AE"),
    /**
     * Code {@code XI}. United Kingdom (Northern Ireland).
     */
    @XmlEnumValue("XI")
    XI("XI");

    private final String value;

    KodKraju(String value) {
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
    public static KodKraju fromValue(String value) {
        for (KodKraju c : values()) {
            if (c.value.equals(value)) {
                return c;
            }
        }
        throw new IllegalArgumentException("not a TKodKraju code: " + value);
    }
}
