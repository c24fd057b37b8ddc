package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;

/**
 * Dictionary of currency codes.
 *
 * <p>Schema type {@code TKodWaluty}; each constant carries the code written in the document ({@link
 * #value()}).
 */
@XmlType(name = "TKodWaluty")
@XmlEnum
public enum KodWaluty {
    /**
     * Code {@code AED}. UAE dirham.
     */
    @XmlEnumValue("AED")
    AED("AED"),
    /**
     * Code {@code AFN}. Afghan afghani.
     */
    @XmlEnumValue("AFN")
    AFN("AFN"),
    /**
     * Code {@code ALL}. Albanian lek.
     */
    @XmlEnumValue("ALL")
    ALL("ALL"),
    /**
     * Code {@code AMD}. Armenian dram.
     */
    @XmlEnumValue("AMD")
    AMD("AMD"),
    /**
     * Code {@code ANG}. Netherlands Antillean guilder.
     */
    @XmlEnumValue("ANG")
    ANG("ANG"),
    /**
     * Code {@code AOA}. Angolan kwanza.
     */
    @XmlEnumValue("AOA")
    AOA("AOA"),
    /**
     * Code {@code ARS}. Argentine peso.
     */
    @XmlEnumValue("ARS")
    ARS("ARS"),
    /**
     * Code {@code AUD}. Australian dollar.
     */
    @XmlEnumValue("AUD")
    AUD("AUD"),
    /**
     * Code {@code AWG}. Aruban florin.
     */
    @XmlEnumValue("AWG")
    AWG("AWG"),
    /**
     * Code {@code AZN}. Azerbaijani manat.
     */
    @XmlEnumValue("AZN")
    AZN("AZN"),
    /**
     * Code {@code BAM}. Bosnia and Herzegovina convertible mark.
     */
    @XmlEnumValue("BAM")
    BAM("BAM"),
    /**
     * Code {@code BBD}. Barbados dollar.
     */
    @XmlEnumValue("BBD")
    BBD("BBD"),
    /**
     * Code {@code BDT}. Bangladeshi taka.
     */
    @XmlEnumValue("BDT")
    BDT("BDT"),
    /**
     * Code {@code BGN}. Bulgarian lev.
     */
    @XmlEnumValue("BGN")
    BGN("BGN"),
    /**
     * Code {@code BHD}. Bahraini dinar.
     */
    @XmlEnumValue("BHD")
    BHD("BHD"),
    /**
     * Code {@code BIF}. Burundian franc.
     */
    @XmlEnumValue("BIF")
    BIF("BIF"),
    /**
     * Code {@code BMD}. Bermudian dollar.
     */
    @XmlEnumValue("BMD")
    BMD("BMD"),
    /**
     * Code {@code BND}. Brunei dollar.
     */
    @XmlEnumValue("BND")
    BND("BND"),
    /**
     * Code {@code BOB}. Bolivian boliviano.
     */
    @XmlEnumValue("BOB")
    BOB("BOB"),
    /**
     * Code {@code BOV}. Bolivian Mvdol.
     */
    @XmlEnumValue("BOV")
    BOV("BOV"),
    /**
     * Code {@code BRL}. Brazilian real.
     */
    @XmlEnumValue("BRL")
    BRL("BRL"),
    /**
     * Code {@code BSD}. Bahamian dollar.
     */
    @XmlEnumValue("BSD")
    BSD("BSD"),
    /**
     * Code {@code BTN}. Bhutanese ngultrum.
     */
    @XmlEnumValue("BTN")
    BTN("BTN"),
    /**
     * Code {@code BWP}. Botswana pula.
     */
    @XmlEnumValue("BWP")
    BWP("BWP"),
    /**
     * Code {@code BYN}. Belarusian ruble.
     */
    @XmlEnumValue("BYN")
    BYN("BYN"),
    /**
     * Code {@code BZD}. Belize dollar.
     */
    @XmlEnumValue("BZD")
    BZD("BZD"),
    /**
     * Code {@code CAD}. Canadian dollar.
     */
    @XmlEnumValue("CAD")
    CAD("CAD"),
    /**
     * Code {@code CDF}. Congolese franc.
     */
    @XmlEnumValue("CDF")
    CDF("CDF"),
    /**
     * Code {@code CHE}. WIR euro.
     */
    @XmlEnumValue("CHE")
    CHE("CHE"),
    /**
     * Code {@code CHF}. Swiss franc.
     */
    @XmlEnumValue("CHF")
    CHF("CHF"),
    /**
     * Code {@code CHW}. WIR franc.
     */
    @XmlEnumValue("CHW")
    CHW("CHW"),
    /**
     * Code {@code CLF}. Chilean unit of account (UF).
     */
    @XmlEnumValue("CLF")
    CLF("CLF"),
    /**
     * Code {@code CLP}. Chilean peso.
     */
    @XmlEnumValue("CLP")
    CLP("CLP"),
    /**
     * Code {@code CNY}. Chinese yuan renminbi.
     */
    @XmlEnumValue("CNY")
    CNY("CNY"),
    /**
     * Code {@code COP}. Colombian peso.
     */
    @XmlEnumValue("COP")
    COP("COP"),
    /**
     * Code {@code COU}. Colombian unidad de valor real.
     */
    @XmlEnumValue("COU")
    COU("COU"),
    /**
     * Code {@code CRC}. Costa Rican colon.
     */
    @XmlEnumValue("CRC")
    CRC("CRC"),
    /**
     * Code {@code CUC}. Cuban convertible peso.
     */
    @XmlEnumValue("CUC")
    CUC("CUC"),
    /**
     * Code {@code CUP}. Cuban peso.
     */
    @XmlEnumValue("CUP")
    CUP("CUP"),
    /**
     * Code {@code CVE}. Cape Verde escudo.
     */
    @XmlEnumValue("CVE")
    CVE("CVE"),
    /**
     * Code {@code CZK}. Czech koruna.
     */
    @XmlEnumValue("CZK")
    CZK("CZK"),
    /**
     * Code {@code DJF}. Djiboutian franc.
     */
    @XmlEnumValue("DJF")
    DJF("DJF"),
    /**
     * Code {@code DKK}. Danish krone.
     */
    @XmlEnumValue("DKK")
    DKK("DKK"),
    /**
     * Code {@code DOP}. Dominican peso.
     */
    @XmlEnumValue("DOP")
    DOP("DOP"),
    /**
     * Code {@code DZD}. Algerian dinar.
     */
    @XmlEnumValue("DZD")
    DZD("DZD"),
    /**
     * Code {@code EGP}. Egyptian pound.
     */
    @XmlEnumValue("EGP")
    EGP("EGP"),
    /**
     * Code {@code ERN}. Eritrean nakfa.
     */
    @XmlEnumValue("ERN")
    ERN("ERN"),
    /**
     * Code {@code ETB}. Ethiopian birr.
     */
    @XmlEnumValue("ETB")
    ETB("ETB"),
    /**
     * Code {@code EUR}. Euro.
     */
    @XmlEnumValue("EUR")
    EUR("EUR"),
    /**
     * Code {@code FJD}. Fiji dollar.
     */
    @XmlEnumValue("FJD")
    FJD("FJD"),
    /**
     * Code {@code FKP}. Falkland Islands pound.
     */
    @XmlEnumValue("FKP")
    FKP("FKP"),
    /**
     * Code {@code GBP}. Pound sterling.
     */
    @XmlEnumValue("GBP")
    GBP("GBP"),
    /**
     * Code {@code GEL}. Georgian lari.
     */
    @XmlEnumValue("GEL")
    GEL("GEL"),
    /**
     * Code {@code GGP}. Guernsey pound.
     */
    @XmlEnumValue("GGP")
    GGP("GGP"),
    /**
     * Code {@code GHS}. Ghana cedi.
     */
    @XmlEnumValue("GHS")
    GHS("GHS"),
    /**
     * Code {@code GIP}. Gibraltar pound.
     */
    @XmlEnumValue("GIP")
    GIP("GIP"),
    /**
     * Code {@code GMD}. Gambian dalasi.
     */
    @XmlEnumValue("GMD")
    GMD("GMD"),
    /**
     * Code {@code GNF}. Guinean franc.
     */
    @XmlEnumValue("GNF")
    GNF("GNF"),
    /**
     * Code {@code GTQ}. Guatemalan quetzal.
     */
    @XmlEnumValue("GTQ")
    GTQ("GTQ"),
    /**
     * Code {@code GYD}. Guyanese dollar.
     */
    @XmlEnumValue("GYD")
    GYD("GYD"),
    /**
     * Code {@code HKD}. Hong Kong dollar.
     */
    @XmlEnumValue("HKD")
    HKD("HKD"),
    /**
     * Code {@code HNL}. Honduran lempira.
     */
    @XmlEnumValue("HNL")
    HNL("HNL"),
    /**
     * Code {@code HRK}. Croatian kuna.
     */
    @XmlEnumValue("HRK")
    HRK("HRK"),
    /**
     * Code {@code HTG}. Haitian gourde.
     */
    @XmlEnumValue("HTG")
    HTG("HTG"),
    /**
     * Code {@code HUF}. Hungarian forint.
     */
    @XmlEnumValue("HUF")
    HUF("HUF"),
    /**
     * Code {@code IDR}. Indonesian rupiah.
     */
    @XmlEnumValue("IDR")
    IDR("IDR"),
    /**
     * Code {@code ILS}. Israeli new shekel.
     */
    @XmlEnumValue("ILS")
    ILS("ILS"),
    /**
     * Code {@code IMP}. Manx pound.
     */
    @XmlEnumValue("IMP")
    IMP("IMP"),
    /**
     * Code {@code INR}. Indian rupee.
     */
    @XmlEnumValue("INR")
    INR("INR"),
    /**
     * Code {@code IQD}. Iraqi dinar.
     */
    @XmlEnumValue("IQD")
    IQD("IQD"),
    /**
     * Code {@code IRR}. Iranian rial.
     */
    @XmlEnumValue("IRR")
    IRR("IRR"),
    /**
     * Code {@code ISK}. Icelandic krona.
     */
    @XmlEnumValue("ISK")
    ISK("ISK"),
    /**
     * Code {@code JEP}. Jersey pound.
     */
    @XmlEnumValue("JEP")
    JEP("JEP"),
    /**
     * Code {@code JMD}. Jamaican dollar.
     */
    @XmlEnumValue("JMD")
    JMD("JMD"),
    /**
     * Code {@code JOD}. Jordanian dinar.
     */
    @XmlEnumValue("JOD")
    JOD("JOD"),
    /**
     * Code {@code JPY}. Japanese yen.
     */
    @XmlEnumValue("JPY")
    JPY("JPY"),
    /**
     * Code {@code KES}. Kenyan shilling.
     */
    @XmlEnumValue("KES")
    KES("KES"),
    /**
     * Code {@code KGS}. Kyrgyzstani som.
     */
    @XmlEnumValue("KGS")
    KGS("KGS"),
    /**
     * Code {@code KHR}. Cambodian riel.
     */
    @XmlEnumValue("KHR")
    KHR("KHR"),
    /**
     * Code {@code KMF}. Comorian franc.
     */
    @XmlEnumValue("KMF")
    KMF("KMF"),
    /**
     * Code {@code KPW}. North Korean won.
     */
    @XmlEnumValue("KPW")
    KPW("KPW"),
    /**
     * Code {@code KRW}. South Korean won.
     */
    @XmlEnumValue("KRW")
    KRW("KRW"),
    /**
     * Code {@code KWD}. Kuwaiti dinar.
     */
    @XmlEnumValue("KWD")
    KWD("KWD"),
    /**
     * Code {@code KYD}. Cayman Islands dollar.
     */
    @XmlEnumValue("KYD")
    KYD("KYD"),
    /**
     * Code {@code KZT}. Kazakhstani tenge.
     */
    @XmlEnumValue("KZT")
    KZT("KZT"),
    /**
     * Code {@code LAK}. Lao kip.
     */
    @XmlEnumValue("LAK")
    LAK("LAK"),
    /**
     * Code {@code LBP}. Lebanese pound.
     */
    @XmlEnumValue("LBP")
    LBP("LBP"),
    /**
     * Code {@code LKR}. Sri Lankan rupee.
     */
    @XmlEnumValue("LKR")
    LKR("LKR"),
    /**
     * Code {@code LRD}. Liberian dollar.
     */
    @XmlEnumValue("LRD")
    LRD("LRD"),
    /**
     * Code {@code LSL}. Lesotho loti.
     */
    @XmlEnumValue("LSL")
    LSL("LSL"),
    /**
     * Code {@code LYD}. Libyan dinar.
     */
    @XmlEnumValue("LYD")
    LYD("LYD"),
    /**
     * Code {@code MAD}. Moroccan dirham.
     */
    @XmlEnumValue("MAD")
    MAD("MAD"),
    /**
     * Code {@code MDL}. Moldovan leu.
     */
    @XmlEnumValue("MDL")
    MDL("MDL"),
    /**
     * Code {@code MGA}. Malagasy ariary.
     */
    @XmlEnumValue("MGA")
    MGA("MGA"),
    /**
     * Code {@code MKD}. Macedonian denar.
     */
    @XmlEnumValue("MKD")
    MKD("MKD"),
    /**
     * Code {@code MMK}. Myanmar kyat.
     */
    @XmlEnumValue("MMK")
    MMK("MMK"),
    /**
     * Code {@code MNT}. Mongolian tugrik.
     */
    @XmlEnumValue("MNT")
    MNT("MNT"),
    /**
     * Code {@code MOP}. Macanese pataca.
     */
    @XmlEnumValue("MOP")
    MOP("MOP"),
    /**
     * Code {@code MRU}. Mauritanian ouguiya.
     */
    @XmlEnumValue("MRU")
    MRU("MRU"),
    /**
     * Code {@code MUR}. Mauritian rupee.
     */
    @XmlEnumValue("MUR")
    MUR("MUR"),
    /**
     * Code {@code MVR}. Maldivian rufiyaa.
     */
    @XmlEnumValue("MVR")
    MVR("MVR"),
    /**
     * Code {@code MWK}. Malawian kwacha.
     */
    @XmlEnumValue("MWK")
    MWK("MWK"),
    /**
     * Code {@code MXN}. Mexican peso.
     */
    @XmlEnumValue("MXN")
    MXN("MXN"),
    /**
     * Code {@code MXV}. Mexican unidad de inversion (UDI).
     */
    @XmlEnumValue("MXV")
    MXV("MXV"),
    /**
     * Code {@code MYR}. Malaysian ringgit.
     */
    @XmlEnumValue("MYR")
    MYR("MYR"),
    /**
     * Code {@code MZN}. Mozambican metical.
     */
    @XmlEnumValue("MZN")
    MZN("MZN"),
    /**
     * Code {@code NAD}. Namibian dollar.
     */
    @XmlEnumValue("NAD")
    NAD("NAD"),
    /**
     * Code {@code NGN}. Nigerian naira.
     */
    @XmlEnumValue("NGN")
    NGN("NGN"),
    /**
     * Code {@code NIO}. Nicaraguan cordoba oro.
     */
    @XmlEnumValue("NIO")
    NIO("NIO"),
    /**
     * Code {@code NOK}. Norwegian krone.
     */
    @XmlEnumValue("NOK")
    NOK("NOK"),
    /**
     * Code {@code NPR}. Nepalese rupee.
     */
    @XmlEnumValue("NPR")
    NPR("NPR"),
    /**
     * Code {@code NZD}. New Zealand dollar.
     */
    @XmlEnumValue("NZD")
    NZD("NZD"),
    /**
     * Code {@code OMR}. Omani rial.
     */
    @XmlEnumValue("OMR")
    OMR("OMR"),
    /**
     * Code {@code PAB}. Panamanian balboa.
     */
    @XmlEnumValue("PAB")
    PAB("PAB"),
    /**
     * Code {@code PEN}. Peruvian sol.
     */
    @XmlEnumValue("PEN")
    PEN("PEN"),
    /**
     * Code {@code PGK}. Papua New Guinean kina.
     */
    @XmlEnumValue("PGK")
    PGK("PGK"),
    /**
     * Code {@code PHP}. Philippine peso.
     */
    @XmlEnumValue("PHP")
    PHP("PHP"),
    /**
     * Code {@code PKR}. Pakistani rupee.
     */
    @XmlEnumValue("PKR")
    PKR("PKR"),
    /**
     * Code {@code PLN}. Polish zloty.
     */
    @XmlEnumValue("PLN")
    PLN("PLN"),
    /**
     * Code {@code PYG}. Paraguayan guarani.
     */
    @XmlEnumValue("PYG")
    PYG("PYG"),
    /**
     * Code {@code QAR}. Qatari riyal.
     */
    @XmlEnumValue("QAR")
    QAR("QAR"),
    /**
     * Code {@code RON}. Romanian leu.
     */
    @XmlEnumValue("RON")
    RON("RON"),
    /**
     * Code {@code RSD}. Serbian dinar.
     */
    @XmlEnumValue("RSD")
    RSD("RSD"),
    /**
     * Code {@code RUB}. Russian ruble.
     */
    @XmlEnumValue("RUB")
    RUB("RUB"),
    /**
     * Code {@code RWF}. Rwandan franc.
     */
    @XmlEnumValue("RWF")
    RWF("RWF"),
    /**
     * Code {@code SAR}. Saudi riyal.
     */
    @XmlEnumValue("SAR")
    SAR("SAR"),
    /**
     * Code {@code SBD}. Solomon Islands dollar.
     */
    @XmlEnumValue("SBD")
    SBD("SBD"),
    /**
     * Code {@code SCR}. Seychelles rupee.
     */
    @XmlEnumValue("SCR")
    SCR("SCR"),
    /**
     * Code {@code SDG}. Sudanese pound.
     */
    @XmlEnumValue("SDG")
    SDG("SDG"),
    /**
     * Code {@code SEK}. Swedish krona.
     */
    @XmlEnumValue("SEK")
    SEK("SEK"),
    /**
     * Code {@code SGD}. Singapore dollar.
     */
    @XmlEnumValue("SGD")
    SGD("SGD"),
    /**
     * Code {@code SHP}. Saint Helena pound (Saint Helena and Ascension Island).
     */
    @XmlEnumValue("SHP")
    SHP("SHP"),
    /**
     * Code {@code SLL}. Sierra Leonean leone.
     */
    @XmlEnumValue("SLL")
    SLL("SLL"),
    /**
     * Code {@code SOS}. Somali shilling.
     */
    @XmlEnumValue("SOS")
    SOS("SOS"),
    /**
     * Code {@code SRD}. Surinamese dollar.
     */
    @XmlEnumValue("SRD")
    SRD("SRD"),
    /**
     * Code {@code SSP}. South Sudanese pound.
     */
    @XmlEnumValue("SSP")
    SSP("SSP"),
    /**
     * Code {@code STN}. Sao Tome and Principe dobra.
     */
    @XmlEnumValue("STN")
    STN("STN"),
    /**
     * Code {@code SVC}. Salvadoran colon.
     */
    @XmlEnumValue("SVC")
    SVC("SVC"),
    /**
     * Code {@code SYP}. Syrian pound.
     */
    @XmlEnumValue("SYP")
    SYP("SYP"),
    /**
     * Code {@code SZL}. Swazi lilangeni.
     */
    @XmlEnumValue("SZL")
    SZL("SZL"),
    /**
     * Code {@code THB}. Thai baht.
     */
    @XmlEnumValue("THB")
    THB("THB"),
    /**
     * Code {@code TJS}. Tajikistani somoni.
     */
    @XmlEnumValue("TJS")
    TJS("TJS"),
    /**
     * Code {@code TMT}. Turkmenistan manat.
     */
    @XmlEnumValue("TMT")
    TMT("TMT"),
    /**
     * Code {@code TND}. Tunisian dinar.
     */
    @XmlEnumValue("TND")
    TND("TND"),
    /**
     * Code {@code TOP}. Tongan pa'anga.
     */
    @XmlEnumValue("TOP")
    TOP("TOP"),
    /**
     * Code {@code TRY}. Turkish lira.
     */
    @XmlEnumValue("TRY")
    TRY("TRY"),
    /**
     * Code {@code TTD}. Trinidad and Tobago dollar.
     */
    @XmlEnumValue("TTD")
    TTD("TTD"),
    /**
     * Code {@code TWD}. New Taiwan dollar.
     */
    @XmlEnumValue("TWD")
    TWD("TWD"),
    /**
     * Code {@code TZS}. Tanzanian shilling.
     */
    @XmlEnumValue("TZS")
    TZS("TZS"),
    /**
     * Code {@code UAH}. Ukrainian hryvnia.
     */
    @XmlEnumValue("UAH")
    UAH("UAH"),
    /**
     * Code {@code UGX}. Ugandan shilling.
     */
    @XmlEnumValue("UGX")
    UGX("UGX"),
    /**
     * Code {@code USD}. US dollar.
     */
    @XmlEnumValue("USD")
    USD("USD"),
    /**
     * Code {@code USN}. US dollar (next day).
     */
    @XmlEnumValue("USN")
    USN("USN"),
    /**
     * Code {@code UYI}. Uruguay peso en unidades indexadas (UI).
     */
    @XmlEnumValue("UYI")
    UYI("UYI"),
    /**
     * Code {@code UYU}. Uruguayan peso.
     */
    @XmlEnumValue("UYU")
    UYU("UYU"),
    /**
     * Code {@code UYW}. Uruguayan unidad previsional.
     */
    @XmlEnumValue("UYW")
    UYW("UYW"),
    /**
     * Code {@code UZS}. Uzbekistani sum.
     */
    @XmlEnumValue("UZS")
    UZS("UZS"),
    /**
     * Code {@code VES}. Venezuelan bolivar soberano.
     */
    @XmlEnumValue("VES")
    VES("VES"),
    /**
     * Code {@code VND}. Vietnamese dong.
     */
    @XmlEnumValue("VND")
    VND("VND"),
    /**
     * Code {@code VUV}. Vanuatu vatu.
     */
    @XmlEnumValue("VUV")
    VUV("VUV"),
    /**
     * Code {@code WST}. Samoan tala.
     */
    @XmlEnumValue("WST")
    WST("WST"),
    /**
     * Code {@code XAF}. CFA franc BEAC.
     */
    @XmlEnumValue("XAF")
    XAF("XAF"),
    /**
     * Code {@code XAG}. Silver.
     */
    @XmlEnumValue("XAG")
    XAG("XAG"),
    /**
     * Code {@code XAU}. Gold.
     */
    @XmlEnumValue("XAU")
    XAU("XAU"),
    /**
     * Code {@code XBA}. Bond Markets Unit European Composite Unit (EURCO).
     */
    @XmlEnumValue("XBA")
    XBA("XBA"),
    /**
     * Code {@code XBB}. Bond Markets Unit European Monetary Unit (E.M.U.-6).
     */
    @XmlEnumValue("XBB")
    XBB("XBB"),
    /**
     * Code {@code XBC}. Bond Markets Unit European Unit of Account 9 (E.U.A.-9).
     */
    @XmlEnumValue("XBC")
    XBC("XBC"),
    /**
     * Code {@code XBD}. Bond Markets Unit European Unit of Account 17 (E.U.A.-17).
     */
    @XmlEnumValue("XBD")
    XBD("XBD"),
    /**
     * Code {@code XCD}. East Caribbean dollar.
     */
    @XmlEnumValue("XCD")
    XCD("XCD"),
    /**
     * Code {@code XCG}. Caribbean guilder.
     */
    @XmlEnumValue("XCG")
    XCG("XCG"),
    /**
     * Code {@code XDR}. Special drawing right (SDR) of the International Monetary Fund.
     */
    @XmlEnumValue("XDR")
    XDR("XDR"),
    /**
     * Code {@code XOF}. CFA franc BCEAO.
     */
    @XmlEnumValue("XOF")
    XOF("XOF"),
    /**
     * Code {@code XPD}. Palladium.
     */
    @XmlEnumValue("XPD")
    XPD("XPD"),
    /**
     * Code {@code XPF}. CFP franc.
     */
    @XmlEnumValue("XPF")
    XPF("XPF"),
    /**
     * Code {@code XPT}. Platinum.
     */
    @XmlEnumValue("XPT")
    XPT("XPT"),
    /**
     * Code {@code XSU}. Sucre (Sistema Unitario de Compensacion Regional de Pagos).
     */
    @XmlEnumValue("XSU")
    XSU("XSU"),
    /**
     * Code {@code XUA}. ADB unit of account (member countries of the African Development Bank
     * Group).
     */
    @XmlEnumValue("XUA")
    XUA("XUA"),
    /**
     * Code {@code XXX}. No currency.
     */
    @XmlEnumValue("XXX")
    XXX("XXX"),
    /**
     * Code {@code YER}. Yemeni rial.
     */
    @XmlEnumValue("YER")
    YER("YER"),
    /**
     * Code {@code ZAR}. South African rand.
     */
    @XmlEnumValue("ZAR")
    ZAR("ZAR"),
    /**
     * Code {@code ZMW}. Zambian kwacha.
     */
    @XmlEnumValue("ZMW")
    ZMW("ZMW"),
    /**
     * Code {@code ZWL}. Zimbabwe dollar.
     */
    @XmlEnumValue("ZWL")
    ZWL("ZWL");

    private final String value;

    KodWaluty(String value) {
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
    public static KodWaluty fromValue(String value) {
        for (KodWaluty c : values()) {
            if (c.value.equals(value)) {
                return c;
            }
        }
        throw new IllegalArgumentException("not a TKodWaluty code: " + value);
    }
}
