package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Based on art. 106a-106q of the VAT Act. Sales values and tax amounts are given in the invoice
 * currency, except for fields with tax converted in accordance with Division VI in conjunction with
 * art. 106e(11) of the VAT Act. For a corrective invoice, all fields are filled in as they stand
 * after the correction; tax bases, tax amounts and the total amount due are given as the
 * difference.
 *
 * <p>Schema element {@code Fa} (Faktura/Fa).
 *
 * <p>Some elements are alternatives (an XSD choice): setting one of them to a non-null value clears
 * the others, so only one branch is ever filled.
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"kodWaluty", "p_1", "p_1M", "p_2", "WZ", "p_6", "okresFa", "p_13_1", "p_14_1", "p_14_1W", "p_13_2", "p_14_2", "p_14_2W", "p_13_3", "p_14_3", "p_14_3W", "p_13_4", "p_14_4", "p_14_4W", "p_13_5", "p_14_5", "p_13_6_1", "p_13_6_2", "p_13_6_3", "p_13_7", "p_13_8", "p_13_9", "p_13_10", "p_13_11", "p_15", "kursWalutyZ", "adnotacje", "rodzajFaktury", "przyczynaKorekty", "typKorekty", "daneFaKorygowanej", "okresFaKorygowanej", "nrFaKorygowany", "podmiot1K", "podmiot2K", "p_15ZK", "kursWalutyZK", "zaliczkaCzesciowa", "FP", "TP", "dodatkowyOpis", "fakturaZaliczkowa", "zwrotAkcyzy", "faWiersz", "rozliczenie", "platnosc", "warunkiTransakcji", "zamowienie"})
public final class Fa {
    @XmlElement(name = "KodWaluty", required = true)
    private @Nullable KodWaluty kodWaluty;

    @XmlElement(name = "P_1", required = true)
    private @Nullable LocalDate p_1;

    @XmlElement(name = "P_1M")
    private @Nullable String p_1M;

    @XmlElement(name = "P_2", required = true)
    private @Nullable String p_2;

    @XmlElement(name = "WZ")
    private @Nullable List<String> WZ;

    @XmlElement(name = "P_6")
    private @Nullable LocalDate p_6;

    @XmlElement(name = "OkresFa")
    private @Nullable OkresFa okresFa;

    @XmlElement(name = "P_13_1")
    private @Nullable BigDecimal p_13_1;

    @XmlElement(name = "P_14_1")
    private @Nullable BigDecimal p_14_1;

    @XmlElement(name = "P_14_1W")
    private @Nullable BigDecimal p_14_1W;

    @XmlElement(name = "P_13_2")
    private @Nullable BigDecimal p_13_2;

    @XmlElement(name = "P_14_2")
    private @Nullable BigDecimal p_14_2;

    @XmlElement(name = "P_14_2W")
    private @Nullable BigDecimal p_14_2W;

    @XmlElement(name = "P_13_3")
    private @Nullable BigDecimal p_13_3;

    @XmlElement(name = "P_14_3")
    private @Nullable BigDecimal p_14_3;

    @XmlElement(name = "P_14_3W")
    private @Nullable BigDecimal p_14_3W;

    @XmlElement(name = "P_13_4")
    private @Nullable BigDecimal p_13_4;

    @XmlElement(name = "P_14_4")
    private @Nullable BigDecimal p_14_4;

    @XmlElement(name = "P_14_4W")
    private @Nullable BigDecimal p_14_4W;

    @XmlElement(name = "P_13_5")
    private @Nullable BigDecimal p_13_5;

    @XmlElement(name = "P_14_5")
    private @Nullable BigDecimal p_14_5;

    @XmlElement(name = "P_13_6_1")
    private @Nullable BigDecimal p_13_6_1;

    @XmlElement(name = "P_13_6_2")
    private @Nullable BigDecimal p_13_6_2;

    @XmlElement(name = "P_13_6_3")
    private @Nullable BigDecimal p_13_6_3;

    @XmlElement(name = "P_13_7")
    private @Nullable BigDecimal p_13_7;

    @XmlElement(name = "P_13_8")
    private @Nullable BigDecimal p_13_8;

    @XmlElement(name = "P_13_9")
    private @Nullable BigDecimal p_13_9;

    @XmlElement(name = "P_13_10")
    private @Nullable BigDecimal p_13_10;

    @XmlElement(name = "P_13_11")
    private @Nullable BigDecimal p_13_11;

    @XmlElement(name = "P_15", required = true)
    private @Nullable BigDecimal p_15;

    @XmlElement(name = "KursWalutyZ")
    private @Nullable BigDecimal kursWalutyZ;

    @XmlElement(name = "Adnotacje", required = true)
    private @Nullable Adnotacje adnotacje;

    @XmlElement(name = "RodzajFaktury", required = true)
    private @Nullable RodzajFaktury rodzajFaktury;

    @XmlElement(name = "PrzyczynaKorekty")
    private @Nullable String przyczynaKorekty;

    @XmlElement(name = "TypKorekty")
    private @Nullable TypKorekty typKorekty;

    @XmlElement(name = "DaneFaKorygowanej")
    private @Nullable List<DaneFaKorygowanej> daneFaKorygowanej;

    @XmlElement(name = "OkresFaKorygowanej")
    private @Nullable String okresFaKorygowanej;

    @XmlElement(name = "NrFaKorygowany")
    private @Nullable String nrFaKorygowany;

    @XmlElement(name = "Podmiot1K")
    private @Nullable Podmiot1K podmiot1K;

    @XmlElement(name = "Podmiot2K")
    private @Nullable List<Podmiot2K> podmiot2K;

    @XmlElement(name = "P_15ZK")
    private @Nullable BigDecimal p_15ZK;

    @XmlElement(name = "KursWalutyZK")
    private @Nullable BigDecimal kursWalutyZK;

    @XmlElement(name = "ZaliczkaCzesciowa")
    private @Nullable List<ZaliczkaCzesciowa> zaliczkaCzesciowa;

    @XmlElement(name = "FP")
    private @Nullable Wybor1 FP;

    @XmlElement(name = "TP")
    private @Nullable Wybor1 TP;

    @XmlElement(name = "DodatkowyOpis")
    private @Nullable List<KluczWartosc> dodatkowyOpis;

    @XmlElement(name = "FakturaZaliczkowa")
    private @Nullable List<FakturaZaliczkowa> fakturaZaliczkowa;

    @XmlElement(name = "ZwrotAkcyzy")
    private @Nullable Wybor1 zwrotAkcyzy;

    @XmlElement(name = "FaWiersz")
    private @Nullable List<FaWiersz> faWiersz;

    @XmlElement(name = "Rozliczenie")
    private @Nullable Rozliczenie rozliczenie;

    @XmlElement(name = "Platnosc")
    private @Nullable Platnosc platnosc;

    @XmlElement(name = "WarunkiTransakcji")
    private @Nullable WarunkiTransakcji warunkiTransakcji;

    @XmlElement(name = "Zamowienie")
    private @Nullable Zamowienie zamowienie;

    /** Creates an empty instance. */
    public Fa() {
    }

    private Fa(Fa other) {
        this.kodWaluty = other.kodWaluty;
        this.p_1 = other.p_1;
        this.p_1M = other.p_1M;
        this.p_2 = other.p_2;
        this.WZ = other.WZ == null ? null : new ArrayList<>(other.WZ);
        this.p_6 = other.p_6;
        this.okresFa = other.okresFa;
        this.p_13_1 = other.p_13_1;
        this.p_14_1 = other.p_14_1;
        this.p_14_1W = other.p_14_1W;
        this.p_13_2 = other.p_13_2;
        this.p_14_2 = other.p_14_2;
        this.p_14_2W = other.p_14_2W;
        this.p_13_3 = other.p_13_3;
        this.p_14_3 = other.p_14_3;
        this.p_14_3W = other.p_14_3W;
        this.p_13_4 = other.p_13_4;
        this.p_14_4 = other.p_14_4;
        this.p_14_4W = other.p_14_4W;
        this.p_13_5 = other.p_13_5;
        this.p_14_5 = other.p_14_5;
        this.p_13_6_1 = other.p_13_6_1;
        this.p_13_6_2 = other.p_13_6_2;
        this.p_13_6_3 = other.p_13_6_3;
        this.p_13_7 = other.p_13_7;
        this.p_13_8 = other.p_13_8;
        this.p_13_9 = other.p_13_9;
        this.p_13_10 = other.p_13_10;
        this.p_13_11 = other.p_13_11;
        this.p_15 = other.p_15;
        this.kursWalutyZ = other.kursWalutyZ;
        this.adnotacje = other.adnotacje;
        this.rodzajFaktury = other.rodzajFaktury;
        this.przyczynaKorekty = other.przyczynaKorekty;
        this.typKorekty = other.typKorekty;
        this.daneFaKorygowanej = other.daneFaKorygowanej == null ? null : new ArrayList<>(other.daneFaKorygowanej);
        this.okresFaKorygowanej = other.okresFaKorygowanej;
        this.nrFaKorygowany = other.nrFaKorygowany;
        this.podmiot1K = other.podmiot1K;
        this.podmiot2K = other.podmiot2K == null ? null : new ArrayList<>(other.podmiot2K);
        this.p_15ZK = other.p_15ZK;
        this.kursWalutyZK = other.kursWalutyZK;
        this.zaliczkaCzesciowa = other.zaliczkaCzesciowa == null ? null : new ArrayList<>(other.zaliczkaCzesciowa);
        this.FP = other.FP;
        this.TP = other.TP;
        this.dodatkowyOpis = other.dodatkowyOpis == null ? null : new ArrayList<>(other.dodatkowyOpis);
        this.fakturaZaliczkowa = other.fakturaZaliczkowa == null ? null : new ArrayList<>(other.fakturaZaliczkowa);
        this.zwrotAkcyzy = other.zwrotAkcyzy;
        this.faWiersz = other.faWiersz == null ? null : new ArrayList<>(other.faWiersz);
        this.rozliczenie = other.rozliczenie;
        this.platnosc = other.platnosc;
        this.warunkiTransakcji = other.warunkiTransakcji;
        this.zamowienie = other.zamowienie;
    }

    /**
     * Returns element {@code KodWaluty}: Currency code (ISO 4217).
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable KodWaluty getKodWaluty() {
        return kodWaluty;
    }

    /**
     * Sets element {@code KodWaluty}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setKodWaluty(@Nullable KodWaluty value) {
        this.kodWaluty = value;
    }

    /**
     * Returns element {@code P_1}: Issue date, subject to art. 106na(1) of the VAT Act.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable LocalDate getP_1() {
        return p_1;
    }

    /**
     * Sets element {@code P_1}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_1(@Nullable LocalDate value) {
        this.p_1 = value;
    }

    /**
     * Returns element {@code P_1M}: Place of issue of the invoice.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_1M() {
        return p_1M;
    }

    /**
     * Sets element {@code P_1M}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_1M(@Nullable String value) {
        this.p_1M = value;
    }

    /**
     * Returns element {@code P_2}: Sequential invoice number, assigned within one or more series,
     * that uniquely identifies the invoice.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_2() {
        return p_2;
    }

    /**
     * Sets element {@code P_2}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_2(@Nullable String value) {
        this.p_2 = value;
    }

    /**
     * Returns element {@code WZ}: Numbers of WZ warehouse documents (goods issue notes) related to
     * the invoice.
     *
     * <p>Optional, up to 1000 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<String> getWZ() {
        return WZ == null ? List.of() : Collections.unmodifiableList(WZ);
    }

    /**
     * Replaces the values of element {@code WZ}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setWZ(@Nullable List<String> values) {
        this.WZ = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code WZ}.
     *
     * @param value the value to append
     */
    public void addWZ(String value) {
        if (this.WZ == null) {
            this.WZ = new ArrayList<>();
        }
        this.WZ.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns element {@code P_6}: Date of making or completing the supply of goods or performing
     * the service, or date of receipt of payment referred to in art. 106b(1)(4) of the VAT Act, if
     * such date is specified and differs from the issue date. Filled in when the date is common to
     * all invoice items.
     *
     * <p>Optional. An alternative to {@code OkresFa}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable LocalDate getP_6() {
        return p_6;
    }

    /**
     * Sets element {@code P_6}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_6(@Nullable LocalDate value) {
        this.p_6 = value;
        if (value != null) {
            this.okresFa = null;
        }
    }

    /**
     * Returns element {@code OkresFa}: Period covered by the invoice in the cases referred to in
     * art. 19a(3), first sentence, art. 19a(4) and art. 19a(5)(4) of the VAT Act.
     *
     * <p>Optional. An alternative to {@code P_6}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable OkresFa getOkresFa() {
        return okresFa;
    }

    /**
     * Sets element {@code OkresFa}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setOkresFa(@Nullable OkresFa value) {
        this.okresFa = value;
        if (value != null) {
            this.p_6 = null;
        }
    }

    /**
     * Returns element {@code P_13_1}: Total net sales value at the standard rate (currently 23% or
     * 22%). For advance invoices, the net advance amount. For corrective invoices, the difference
     * referred to in art. 106j(2)(5) of the VAT Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_13_1() {
        return p_13_1;
    }

    /**
     * Sets element {@code P_13_1}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_13_1(@Nullable BigDecimal value) {
        this.p_13_1 = value;
    }

    /**
     * Returns element {@code P_14_1}: Tax amount on the total net sales value at the standard rate
     * (currently 23% or 22%). For advance invoices, the tax amount calculated using the formula
     * referred to in art. 106f(1)(3) of the VAT Act. For corrective invoices, the difference
     * referred to in art. 106j(2)(5) of the VAT Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_14_1() {
        return p_14_1;
    }

    /**
     * Sets element {@code P_14_1}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_14_1(@Nullable BigDecimal value) {
        this.p_14_1 = value;
    }

    /**
     * Returns element {@code P_14_1W}: Where the invoice is issued in a foreign currency, the tax
     * amount on the total net sales value at the standard rate (currently 23% or 22%), converted in
     * accordance with Division VI in conjunction with art. 106e(11) of the VAT Act. For advance
     * invoices, the tax amount calculated using the formula referred to in art. 106f(1)(3) of the
     * VAT Act. For corrective invoices, the difference referred to in art. 106j(2)(5) of the VAT
     * Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_14_1W() {
        return p_14_1W;
    }

    /**
     * Sets element {@code P_14_1W}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_14_1W(@Nullable BigDecimal value) {
        this.p_14_1W = value;
    }

    /**
     * Returns element {@code P_13_2}: Total net sales value at the first reduced rate (currently 8%
     * or 7%). For advance invoices, the net advance amount. For corrective invoices, the difference
     * referred to in art. 106j(2)(5) of the VAT Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_13_2() {
        return p_13_2;
    }

    /**
     * Sets element {@code P_13_2}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_13_2(@Nullable BigDecimal value) {
        this.p_13_2 = value;
    }

    /**
     * Returns element {@code P_14_2}: Tax amount on the total net sales value at the first reduced
     * rate (currently 8% or 7%). For advance invoices, the tax amount calculated using the formula
     * referred to in art. 106f(1)(3) of the VAT Act. For corrective invoices, the difference
     * referred to in art. 106j(2)(5) of the VAT Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_14_2() {
        return p_14_2;
    }

    /**
     * Sets element {@code P_14_2}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_14_2(@Nullable BigDecimal value) {
        this.p_14_2 = value;
    }

    /**
     * Returns element {@code P_14_2W}: Where the invoice is issued in a foreign currency, the tax
     * amount on the total net sales value at the first reduced rate (currently 8% or 7%), converted
     * in accordance with Division VI in conjunction with art. 106e(11) of the VAT Act. For advance
     * invoices, the tax amount calculated using the formula referred to in art. 106f(1)(3) of the
     * VAT Act. For corrective invoices, the difference referred to in art. 106j(2)(5) of the VAT
     * Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_14_2W() {
        return p_14_2W;
    }

    /**
     * Sets element {@code P_14_2W}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_14_2W(@Nullable BigDecimal value) {
        this.p_14_2W = value;
    }

    /**
     * Returns element {@code P_13_3}: Total net sales value at the second reduced rate (currently
     * 5%). For advance invoices, the net advance amount. For corrective invoices, the difference
     * referred to in art. 106j(2)(5) of the VAT Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_13_3() {
        return p_13_3;
    }

    /**
     * Sets element {@code P_13_3}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_13_3(@Nullable BigDecimal value) {
        this.p_13_3 = value;
    }

    /**
     * Returns element {@code P_14_3}: Tax amount on the total net sales value at the second reduced
     * rate (currently 5%). For advance invoices, the tax amount calculated using the formula
     * referred to in art. 106f(1)(3) of the VAT Act. For corrective invoices, the difference
     * referred to in art. 106j(2)(5) of the VAT Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_14_3() {
        return p_14_3;
    }

    /**
     * Sets element {@code P_14_3}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_14_3(@Nullable BigDecimal value) {
        this.p_14_3 = value;
    }

    /**
     * Returns element {@code P_14_3W}: Where the invoice is issued in a foreign currency, the tax
     * amount on the total net sales value at the second reduced rate (currently 5%), converted in
     * accordance with Division VI in conjunction with art. 106e(11) of the VAT Act. For advance
     * invoices, the tax amount calculated using the formula referred to in art. 106f(1)(3) of the
     * VAT Act. For corrective invoices, the difference referred to in art. 106j(2)(5) of the VAT
     * Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_14_3W() {
        return p_14_3W;
    }

    /**
     * Sets element {@code P_14_3W}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_14_3W(@Nullable BigDecimal value) {
        this.p_14_3W = value;
    }

    /**
     * Returns element {@code P_13_4}: Total net sales value under the flat-rate tax for passenger
     * taxis. For advance invoices, the net advance amount. For corrective invoices, the difference
     * referred to in art. 106j(2)(5) of the VAT Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_13_4() {
        return p_13_4;
    }

    /**
     * Sets element {@code P_13_4}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_13_4(@Nullable BigDecimal value) {
        this.p_13_4 = value;
    }

    /**
     * Returns element {@code P_14_4}: Tax amount on the total net sales value under the flat-rate
     * tax for passenger taxis. For advance invoices, the tax amount calculated using the formula
     * referred to in art. 106f(1)(3) of the VAT Act. For corrective invoices, the difference
     * referred to in art. 106j(2)(5) of the VAT Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_14_4() {
        return p_14_4;
    }

    /**
     * Sets element {@code P_14_4}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_14_4(@Nullable BigDecimal value) {
        this.p_14_4 = value;
    }

    /**
     * Returns element {@code P_14_4W}: Where the invoice is issued in a foreign currency, the
     * flat-rate tax for passenger taxis converted in accordance with Division VI in conjunction
     * with art. 106e(11) of the VAT Act. For advance invoices, the tax amount calculated using the
     * formula referred to in art. 106f(1)(3) of the VAT Act. For corrective invoices, the
     * difference referred to in art. 106j(2)(5) of the VAT Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_14_4W() {
        return p_14_4W;
    }

    /**
     * Sets element {@code P_14_4W}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_14_4W(@Nullable BigDecimal value) {
        this.p_14_4W = value;
    }

    /**
     * Returns element {@code P_13_5}: Total net sales value under the special procedure referred to
     * in Division XII, Chapter 6a of the VAT Act (OSS). For advance invoices, the net advance
     * amount. For corrective invoices, the difference referred to in art. 106j(2)(5) of the VAT
     * Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_13_5() {
        return p_13_5;
    }

    /**
     * Sets element {@code P_13_5}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_13_5(@Nullable BigDecimal value) {
        this.p_13_5 = value;
    }

    /**
     * Returns element {@code P_14_5}: Value added tax amount under the special procedure referred
     * to in Division XII, Chapter 6a of the VAT Act (OSS). For advance invoices, the tax amount
     * calculated using the formula referred to in art. 106f(1)(3) of the VAT Act. For corrective
     * invoices, the difference referred to in art. 106j(2)(5) of the VAT Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_14_5() {
        return p_14_5;
    }

    /**
     * Sets element {@code P_14_5}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_14_5(@Nullable BigDecimal value) {
        this.p_14_5 = value;
    }

    /**
     * Returns element {@code P_13_6_1}: Total sales value at the 0% rate, excluding intra-Community
     * supplies of goods and exports. For advance invoices, the advance amount. For corrective
     * invoices, the difference referred to in art. 106j(2)(5) of the VAT Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_13_6_1() {
        return p_13_6_1;
    }

    /**
     * Sets element {@code P_13_6_1}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_13_6_1(@Nullable BigDecimal value) {
        this.p_13_6_1 = value;
    }

    /**
     * Returns element {@code P_13_6_2}: Total sales value at the 0% rate for intra-Community
     * supplies of goods. For corrective invoices, the difference referred to in art. 106j(2)(5) of
     * the VAT Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_13_6_2() {
        return p_13_6_2;
    }

    /**
     * Sets element {@code P_13_6_2}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_13_6_2(@Nullable BigDecimal value) {
        this.p_13_6_2 = value;
    }

    /**
     * Returns element {@code P_13_6_3}: Total sales value at the 0% rate for exports. For advance
     * invoices, the advance amount. For corrective invoices, the difference referred to in art.
     * 106j(2)(5) of the VAT Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_13_6_3() {
        return p_13_6_3;
    }

    /**
     * Sets element {@code P_13_6_3}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_13_6_3(@Nullable BigDecimal value) {
        this.p_13_6_3 = value;
    }

    /**
     * Returns element {@code P_13_7}: Total value of sales exempt from tax. For advance invoices,
     * the advance amount. For corrective invoices, the difference in sales value.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_13_7() {
        return p_13_7;
    }

    /**
     * Sets element {@code P_13_7}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_13_7(@Nullable BigDecimal value) {
        this.p_13_7 = value;
    }

    /**
     * Returns element {@code P_13_8}: Total sales value of supplies of goods and services outside
     * the territory of the country, excluding the amounts in P_13_5 and P_13_9. For advance
     * invoices, the advance amount. For corrective invoices, the difference in sales value.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_13_8() {
        return p_13_8;
    }

    /**
     * Sets element {@code P_13_8}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_13_8(@Nullable BigDecimal value) {
        this.p_13_8 = value;
    }

    /**
     * Returns element {@code P_13_9}: Total value of the services referred to in art. 100(1)(4) of
     * the VAT Act. For advance invoices, the advance amount. For corrective invoices, the
     * difference in sales value.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_13_9() {
        return p_13_9;
    }

    /**
     * Sets element {@code P_13_9}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_13_9(@Nullable BigDecimal value) {
        this.p_13_9 = value;
    }

    /**
     * Returns element {@code P_13_10}: Total sales value under the reverse charge procedure where
     * the buyer is the taxpayer under art. 17(1)(7) and (8) of the VAT Act, and in other domestic
     * reverse charge cases. For advance invoices, the advance amount. For corrective invoices, the
     * difference referred to in art. 106j(2)(5) of the VAT Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_13_10() {
        return p_13_10;
    }

    /**
     * Sets element {@code P_13_10}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_13_10(@Nullable BigDecimal value) {
        this.p_13_10 = value;
    }

    /**
     * Returns element {@code P_13_11}: Total sales value under the margin scheme referred to in
     * art. 119 and art. 120 of the VAT Act. For advance invoices, the advance amount. For
     * corrective invoices, the difference in sales value.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_13_11() {
        return p_13_11;
    }

    /**
     * Sets element {@code P_13_11}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_13_11(@Nullable BigDecimal value) {
        this.p_13_11 = value;
    }

    /**
     * Returns element {@code P_15}: Total amount due. For advance invoices, the payment amount
     * documented by the invoice. For invoices referred to in art. 106f(3) of the VAT Act, the
     * amount remaining to be paid. For corrective invoices, the correction of the amount resulting
     * from the corrected invoice. In the case referred to in art. 106j(3) of the VAT Act, the
     * correction of the amounts resulting from the corrected invoices.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_15() {
        return p_15;
    }

    /**
     * Sets element {@code P_15}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_15(@Nullable BigDecimal value) {
        this.p_15 = value;
    }

    /**
     * Returns element {@code KursWalutyZ}: Exchange rate used to calculate the tax amount in the
     * cases referred to in Division VI of the VAT Act, on the invoices referred to in art.
     * 106b(1)(4) of the VAT Act (advance invoices).
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getKursWalutyZ() {
        return kursWalutyZ;
    }

    /**
     * Sets element {@code KursWalutyZ}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setKursWalutyZ(@Nullable BigDecimal value) {
        this.kursWalutyZ = value;
    }

    /**
     * Returns element {@code Adnotacje}: Other annotations on the invoice.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Adnotacje getAdnotacje() {
        return adnotacje;
    }

    /**
     * Sets element {@code Adnotacje}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setAdnotacje(@Nullable Adnotacje value) {
        this.adnotacje = value;
    }

    /**
     * Returns element {@code RodzajFaktury}: Invoice type.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable RodzajFaktury getRodzajFaktury() {
        return rodzajFaktury;
    }

    /**
     * Sets element {@code RodzajFaktury}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setRodzajFaktury(@Nullable RodzajFaktury value) {
        this.rodzajFaktury = value;
    }

    /**
     * Returns element {@code PrzyczynaKorekty}: Reason for correction (for corrective invoices).
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getPrzyczynaKorekty() {
        return przyczynaKorekty;
    }

    /**
     * Sets element {@code PrzyczynaKorekty}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setPrzyczynaKorekty(@Nullable String value) {
        this.przyczynaKorekty = value;
    }

    /**
     * Returns element {@code TypKorekty}: Type of effect of the correction in the VAT records.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable TypKorekty getTypKorekty() {
        return typKorekty;
    }

    /**
     * Sets element {@code TypKorekty}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setTypKorekty(@Nullable TypKorekty value) {
        this.typKorekty = value;
    }

    /**
     * Returns element {@code DaneFaKorygowanej}: Data of the corrected invoice.
     *
     * <p>Optional, up to 50000 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<DaneFaKorygowanej> getDaneFaKorygowanej() {
        return daneFaKorygowanej == null ? List.of() : Collections.unmodifiableList(daneFaKorygowanej);
    }

    /**
     * Replaces the values of element {@code DaneFaKorygowanej}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setDaneFaKorygowanej(@Nullable List<DaneFaKorygowanej> values) {
        this.daneFaKorygowanej = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code DaneFaKorygowanej}.
     *
     * @param value the value to append
     */
    public void addDaneFaKorygowanej(DaneFaKorygowanej value) {
        if (this.daneFaKorygowanej == null) {
            this.daneFaKorygowanej = new ArrayList<>();
        }
        this.daneFaKorygowanej.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns element {@code OkresFaKorygowanej}: For a corrective invoice referred to in art.
     * 106j(3) of the VAT Act - the period to which the discount or price reduction relates, where
     * the taxpayer grants a discount or price reduction on supplies of goods or services made to a
     * single recipient in a given period.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getOkresFaKorygowanej() {
        return okresFaKorygowanej;
    }

    /**
     * Sets element {@code OkresFaKorygowanej}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setOkresFaKorygowanej(@Nullable String value) {
        this.okresFaKorygowanej = value;
    }

    /**
     * Returns element {@code NrFaKorygowany}: Correct number of the corrected invoice, where the
     * reason for the correction is an incorrect number of the corrected invoice. The incorrect
     * number is then given in NrFaKorygowanej.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getNrFaKorygowany() {
        return nrFaKorygowany;
    }

    /**
     * Sets element {@code NrFaKorygowany}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNrFaKorygowany(@Nullable String value) {
        this.nrFaKorygowany = value;
    }

    /**
     * Returns element {@code Podmiot1K}: When correcting seller data, the complete seller data as
     * shown on the corrected invoice. Does not apply to correcting an incorrect NIP number on the
     * original invoice; in that case the invoice must be corrected to zero values.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Podmiot1K getPodmiot1K() {
        return podmiot1K;
    }

    /**
     * Sets element {@code Podmiot1K}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setPodmiot1K(@Nullable Podmiot1K value) {
        this.podmiot1K = value;
    }

    /**
     * Returns element {@code Podmiot2K}: When correcting data of the buyer (Podmiot2) or of an
     * additional buyer (Podmiot3), the complete data of that entity as shown on the corrected
     * invoice. Incorrect NIP numbers of the buyer or additional buyer cannot be corrected: the
     * invoice must then be corrected to zero values. When correcting other buyer or additional
     * buyer data, the identification number given must be identical to the number in Podmiot2 or
     * Podmiot3 of the corrective invoice.
     *
     * <p>Optional, up to 101 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<Podmiot2K> getPodmiot2K() {
        return podmiot2K == null ? List.of() : Collections.unmodifiableList(podmiot2K);
    }

    /**
     * Replaces the values of element {@code Podmiot2K}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setPodmiot2K(@Nullable List<Podmiot2K> values) {
        this.podmiot2K = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code Podmiot2K}.
     *
     * @param value the value to append
     */
    public void addPodmiot2K(Podmiot2K value) {
        if (this.podmiot2K == null) {
            this.podmiot2K = new ArrayList<>();
        }
        this.podmiot2K.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns element {@code P_15ZK}: For corrections of advance invoices, the amount paid before
     * the correction. For corrections of invoices referred to in art. 106f(3) of the VAT Act, the
     * amount that remained to be paid before the correction.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_15ZK() {
        return p_15ZK;
    }

    /**
     * Sets element {@code P_15ZK}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_15ZK(@Nullable BigDecimal value) {
        this.p_15ZK = value;
    }

    /**
     * Returns element {@code KursWalutyZK}: Exchange rate used to calculate the tax amount in the
     * cases referred to in Division VI of the VAT Act, before the correction.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getKursWalutyZK() {
        return kursWalutyZK;
    }

    /**
     * Sets element {@code KursWalutyZK}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setKursWalutyZK(@Nullable BigDecimal value) {
        this.kursWalutyZK = value;
    }

    /**
     * Returns element {@code ZaliczkaCzesciowa}: Data for invoices documenting the receipt of more
     * than one payment referred to in art. 106b(1)(4) of the VAT Act. Where an invoice referred to
     * in art. 106f(3) of the VAT Act also documents the receipt of part of the payment before the
     * transaction, the difference between P_15 and the sum of the P_15Z is the amount remaining
     * beyond the payments received before the transaction.
     *
     * <p>Optional, up to 31 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<ZaliczkaCzesciowa> getZaliczkaCzesciowa() {
        return zaliczkaCzesciowa == null ? List.of() : Collections.unmodifiableList(zaliczkaCzesciowa);
    }

    /**
     * Replaces the values of element {@code ZaliczkaCzesciowa}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setZaliczkaCzesciowa(@Nullable List<ZaliczkaCzesciowa> values) {
        this.zaliczkaCzesciowa = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code ZaliczkaCzesciowa}.
     *
     * @param value the value to append
     */
    public void addZaliczkaCzesciowa(ZaliczkaCzesciowa value) {
        if (this.zaliczkaCzesciowa == null) {
            this.zaliczkaCzesciowa = new ArrayList<>();
        }
        this.zaliczkaCzesciowa.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns element {@code FP}: Invoice referred to in art. 109(3d) of the VAT Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1 getFP() {
        return FP;
    }

    /**
     * Sets element {@code FP}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setFP(@Nullable Wybor1 value) {
        this.FP = value;
    }

    /**
     * Returns element {@code TP}: Existing links between the buyer and the supplier of goods or
     * services, in accordance with § 10(4)(3), subject to § 10(4b), of the Regulation on the
     * detailed scope of data contained in tax returns and in records for goods and services tax.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1 getTP() {
        return TP;
    }

    /**
     * Sets element {@code TP}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setTP(@Nullable Wybor1 value) {
        this.TP = value;
    }

    /**
     * Returns element {@code DodatkowyOpis}: Reserve fields for additional information on the
     * invoice, including information required by law, for which no other fields/elements are
     * provided.
     *
     * <p>Optional, up to 10000 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<KluczWartosc> getDodatkowyOpis() {
        return dodatkowyOpis == null ? List.of() : Collections.unmodifiableList(dodatkowyOpis);
    }

    /**
     * Replaces the values of element {@code DodatkowyOpis}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setDodatkowyOpis(@Nullable List<KluczWartosc> values) {
        this.dodatkowyOpis = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code DodatkowyOpis}.
     *
     * @param value the value to append
     */
    public void addDodatkowyOpis(KluczWartosc value) {
        if (this.dodatkowyOpis == null) {
            this.dodatkowyOpis = new ArrayList<>();
        }
        this.dodatkowyOpis.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns element {@code FakturaZaliczkowa}: Numbers of the advance invoices, or their KSeF
     * numbers where they were issued through KSeF.
     *
     * <p>Optional, up to 100 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<FakturaZaliczkowa> getFakturaZaliczkowa() {
        return fakturaZaliczkowa == null ? List.of() : Collections.unmodifiableList(fakturaZaliczkowa);
    }

    /**
     * Replaces the values of element {@code FakturaZaliczkowa}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setFakturaZaliczkowa(@Nullable List<FakturaZaliczkowa> values) {
        this.fakturaZaliczkowa = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code FakturaZaliczkowa}.
     *
     * @param value the value to append
     */
    public void addFakturaZaliczkowa(FakturaZaliczkowa value) {
        if (this.fakturaZaliczkowa == null) {
            this.fakturaZaliczkowa = new ArrayList<>();
        }
        this.fakturaZaliczkowa.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns element {@code ZwrotAkcyzy}: Additional information required for farmers applying for
     * a refund of the excise duty included in the price of diesel fuel.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1 getZwrotAkcyzy() {
        return zwrotAkcyzy;
    }

    /**
     * Sets element {@code ZwrotAkcyzy}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setZwrotAkcyzy(@Nullable Wybor1 value) {
        this.zwrotAkcyzy = value;
    }

    /**
     * Returns element {@code FaWiersz}: Detailed invoice items in the invoice currency. Optional
     * for advance invoices, invoices correcting advance invoices, and corrective invoices under
     * art. 106j(3) of the VAT Act covering all supplies in a given period, for which the discount
     * or price reduction is given per tax rate and procedure in section Fa. For corrective invoices
     * under art. 106j(3) where the discount or reduction covers only part of the supplies in the
     * period, FaWiersz gives the names (types) of the goods or services corrected. For invoices
     * under art. 106f(3) of the VAT Act, the full values of the order or contract are shown. For
     * corrective invoices (including corrections of invoices under art. 106f(3) where the
     * correction concerns the order value), the differences resulting from the correction of each
     * item, or the corrected items as before and after the correction as separate lines, are shown.
     * For corrections of invoices under art. 106f(3) that do not concern the order value but change
     * the tax base or tax, a line as before the correction and a line as after it confirm that the
     * item's value is unchanged.
     *
     * <p>Optional, up to 10000 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<FaWiersz> getFaWiersz() {
        return faWiersz == null ? List.of() : Collections.unmodifiableList(faWiersz);
    }

    /**
     * Replaces the values of element {@code FaWiersz}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setFaWiersz(@Nullable List<FaWiersz> values) {
        this.faWiersz = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code FaWiersz}.
     *
     * @param value the value to append
     */
    public void addFaWiersz(FaWiersz value) {
        if (this.faWiersz == null) {
            this.faWiersz = new ArrayList<>();
        }
        this.faWiersz.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns element {@code Rozliczenie}: Additional settlements on the invoice.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Rozliczenie getRozliczenie() {
        return rozliczenie;
    }

    /**
     * Sets element {@code Rozliczenie}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setRozliczenie(@Nullable Rozliczenie value) {
        this.rozliczenie = value;
    }

    /**
     * Returns element {@code Platnosc}: Payment terms.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Platnosc getPlatnosc() {
        return platnosc;
    }

    /**
     * Sets element {@code Platnosc}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setPlatnosc(@Nullable Platnosc value) {
        this.platnosc = value;
    }

    /**
     * Returns element {@code WarunkiTransakcji}: Transaction terms, if any.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable WarunkiTransakcji getWarunkiTransakcji() {
        return warunkiTransakcji;
    }

    /**
     * Sets element {@code WarunkiTransakcji}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setWarunkiTransakcji(@Nullable WarunkiTransakcji value) {
        this.warunkiTransakcji = value;
    }

    /**
     * Returns element {@code Zamowienie}: Order or contract referred to in art. 106f(1)(4) of the
     * VAT Act (for advance invoices), in the currency of the advance invoice. For an invoice
     * correcting an advance invoice, where the correction concerns the order or contract value, the
     * differences resulting from the correction of each item, or the corrected items as before and
     * after the correction, are shown as separate lines. Where the correction does not concern the
     * order or contract value but changes the tax base or tax, a line as before the correction and
     * a line as after it confirm that the item's value is unchanged.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Zamowienie getZamowienie() {
        return zamowienie;
    }

    /**
     * Sets element {@code Zamowienie}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setZamowienie(@Nullable Zamowienie value) {
        this.zamowienie = value;
    }

    /**
     * Starts building a {@code Fa}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Fa)) {
            return false;
        }
        Fa other = (Fa) o;
        return Objects.equals(kodWaluty, other.kodWaluty)
                && Objects.equals(p_1, other.p_1)
                && Objects.equals(p_1M, other.p_1M)
                && Objects.equals(p_2, other.p_2)
                && getWZ().equals(other.getWZ())
                && Objects.equals(p_6, other.p_6)
                && Objects.equals(okresFa, other.okresFa)
                && Objects.equals(p_13_1, other.p_13_1)
                && Objects.equals(p_14_1, other.p_14_1)
                && Objects.equals(p_14_1W, other.p_14_1W)
                && Objects.equals(p_13_2, other.p_13_2)
                && Objects.equals(p_14_2, other.p_14_2)
                && Objects.equals(p_14_2W, other.p_14_2W)
                && Objects.equals(p_13_3, other.p_13_3)
                && Objects.equals(p_14_3, other.p_14_3)
                && Objects.equals(p_14_3W, other.p_14_3W)
                && Objects.equals(p_13_4, other.p_13_4)
                && Objects.equals(p_14_4, other.p_14_4)
                && Objects.equals(p_14_4W, other.p_14_4W)
                && Objects.equals(p_13_5, other.p_13_5)
                && Objects.equals(p_14_5, other.p_14_5)
                && Objects.equals(p_13_6_1, other.p_13_6_1)
                && Objects.equals(p_13_6_2, other.p_13_6_2)
                && Objects.equals(p_13_6_3, other.p_13_6_3)
                && Objects.equals(p_13_7, other.p_13_7)
                && Objects.equals(p_13_8, other.p_13_8)
                && Objects.equals(p_13_9, other.p_13_9)
                && Objects.equals(p_13_10, other.p_13_10)
                && Objects.equals(p_13_11, other.p_13_11)
                && Objects.equals(p_15, other.p_15)
                && Objects.equals(kursWalutyZ, other.kursWalutyZ)
                && Objects.equals(adnotacje, other.adnotacje)
                && Objects.equals(rodzajFaktury, other.rodzajFaktury)
                && Objects.equals(przyczynaKorekty, other.przyczynaKorekty)
                && Objects.equals(typKorekty, other.typKorekty)
                && getDaneFaKorygowanej().equals(other.getDaneFaKorygowanej())
                && Objects.equals(okresFaKorygowanej, other.okresFaKorygowanej)
                && Objects.equals(nrFaKorygowany, other.nrFaKorygowany)
                && Objects.equals(podmiot1K, other.podmiot1K)
                && getPodmiot2K().equals(other.getPodmiot2K())
                && Objects.equals(p_15ZK, other.p_15ZK)
                && Objects.equals(kursWalutyZK, other.kursWalutyZK)
                && getZaliczkaCzesciowa().equals(other.getZaliczkaCzesciowa())
                && Objects.equals(FP, other.FP)
                && Objects.equals(TP, other.TP)
                && getDodatkowyOpis().equals(other.getDodatkowyOpis())
                && getFakturaZaliczkowa().equals(other.getFakturaZaliczkowa())
                && Objects.equals(zwrotAkcyzy, other.zwrotAkcyzy)
                && getFaWiersz().equals(other.getFaWiersz())
                && Objects.equals(rozliczenie, other.rozliczenie)
                && Objects.equals(platnosc, other.platnosc)
                && Objects.equals(warunkiTransakcji, other.warunkiTransakcji)
                && Objects.equals(zamowienie, other.zamowienie);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kodWaluty, p_1, p_1M, p_2, getWZ(), p_6, okresFa, p_13_1, p_14_1, p_14_1W, p_13_2, p_14_2, p_14_2W, p_13_3, p_14_3, p_14_3W, p_13_4, p_14_4, p_14_4W, p_13_5, p_14_5, p_13_6_1, p_13_6_2, p_13_6_3, p_13_7, p_13_8, p_13_9, p_13_10, p_13_11, p_15, kursWalutyZ, adnotacje, rodzajFaktury, przyczynaKorekty, typKorekty, getDaneFaKorygowanej(), okresFaKorygowanej, nrFaKorygowany, podmiot1K, getPodmiot2K(), p_15ZK, kursWalutyZK, getZaliczkaCzesciowa(), FP, TP, getDodatkowyOpis(), getFakturaZaliczkowa(), zwrotAkcyzy, getFaWiersz(), rozliczenie, platnosc, warunkiTransakcji, zamowienie);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Fa[");
        String sep = "";
        if (kodWaluty != null) {
            sb.append(sep).append("KodWaluty=").append(kodWaluty);
            sep = ", ";
        }
        if (p_1 != null) {
            sb.append(sep).append("P_1=").append(p_1);
            sep = ", ";
        }
        if (p_1M != null) {
            sb.append(sep).append("P_1M=").append(p_1M);
            sep = ", ";
        }
        if (p_2 != null) {
            sb.append(sep).append("P_2=").append(p_2);
            sep = ", ";
        }
        if (WZ != null) {
            sb.append(sep).append("WZ=").append(WZ);
            sep = ", ";
        }
        if (p_6 != null) {
            sb.append(sep).append("P_6=").append(p_6);
            sep = ", ";
        }
        if (okresFa != null) {
            sb.append(sep).append("OkresFa=").append(okresFa);
            sep = ", ";
        }
        if (p_13_1 != null) {
            sb.append(sep).append("P_13_1=").append(p_13_1);
            sep = ", ";
        }
        if (p_14_1 != null) {
            sb.append(sep).append("P_14_1=").append(p_14_1);
            sep = ", ";
        }
        if (p_14_1W != null) {
            sb.append(sep).append("P_14_1W=").append(p_14_1W);
            sep = ", ";
        }
        if (p_13_2 != null) {
            sb.append(sep).append("P_13_2=").append(p_13_2);
            sep = ", ";
        }
        if (p_14_2 != null) {
            sb.append(sep).append("P_14_2=").append(p_14_2);
            sep = ", ";
        }
        if (p_14_2W != null) {
            sb.append(sep).append("P_14_2W=").append(p_14_2W);
            sep = ", ";
        }
        if (p_13_3 != null) {
            sb.append(sep).append("P_13_3=").append(p_13_3);
            sep = ", ";
        }
        if (p_14_3 != null) {
            sb.append(sep).append("P_14_3=").append(p_14_3);
            sep = ", ";
        }
        if (p_14_3W != null) {
            sb.append(sep).append("P_14_3W=").append(p_14_3W);
            sep = ", ";
        }
        if (p_13_4 != null) {
            sb.append(sep).append("P_13_4=").append(p_13_4);
            sep = ", ";
        }
        if (p_14_4 != null) {
            sb.append(sep).append("P_14_4=").append(p_14_4);
            sep = ", ";
        }
        if (p_14_4W != null) {
            sb.append(sep).append("P_14_4W=").append(p_14_4W);
            sep = ", ";
        }
        if (p_13_5 != null) {
            sb.append(sep).append("P_13_5=").append(p_13_5);
            sep = ", ";
        }
        if (p_14_5 != null) {
            sb.append(sep).append("P_14_5=").append(p_14_5);
            sep = ", ";
        }
        if (p_13_6_1 != null) {
            sb.append(sep).append("P_13_6_1=").append(p_13_6_1);
            sep = ", ";
        }
        if (p_13_6_2 != null) {
            sb.append(sep).append("P_13_6_2=").append(p_13_6_2);
            sep = ", ";
        }
        if (p_13_6_3 != null) {
            sb.append(sep).append("P_13_6_3=").append(p_13_6_3);
            sep = ", ";
        }
        if (p_13_7 != null) {
            sb.append(sep).append("P_13_7=").append(p_13_7);
            sep = ", ";
        }
        if (p_13_8 != null) {
            sb.append(sep).append("P_13_8=").append(p_13_8);
            sep = ", ";
        }
        if (p_13_9 != null) {
            sb.append(sep).append("P_13_9=").append(p_13_9);
            sep = ", ";
        }
        if (p_13_10 != null) {
            sb.append(sep).append("P_13_10=").append(p_13_10);
            sep = ", ";
        }
        if (p_13_11 != null) {
            sb.append(sep).append("P_13_11=").append(p_13_11);
            sep = ", ";
        }
        if (p_15 != null) {
            sb.append(sep).append("P_15=").append(p_15);
            sep = ", ";
        }
        if (kursWalutyZ != null) {
            sb.append(sep).append("KursWalutyZ=").append(kursWalutyZ);
            sep = ", ";
        }
        if (adnotacje != null) {
            sb.append(sep).append("Adnotacje=").append(adnotacje);
            sep = ", ";
        }
        if (rodzajFaktury != null) {
            sb.append(sep).append("RodzajFaktury=").append(rodzajFaktury);
            sep = ", ";
        }
        if (przyczynaKorekty != null) {
            sb.append(sep).append("PrzyczynaKorekty=").append(przyczynaKorekty);
            sep = ", ";
        }
        if (typKorekty != null) {
            sb.append(sep).append("TypKorekty=").append(typKorekty);
            sep = ", ";
        }
        if (daneFaKorygowanej != null) {
            sb.append(sep).append("DaneFaKorygowanej=").append(daneFaKorygowanej);
            sep = ", ";
        }
        if (okresFaKorygowanej != null) {
            sb.append(sep).append("OkresFaKorygowanej=").append(okresFaKorygowanej);
            sep = ", ";
        }
        if (nrFaKorygowany != null) {
            sb.append(sep).append("NrFaKorygowany=").append(nrFaKorygowany);
            sep = ", ";
        }
        if (podmiot1K != null) {
            sb.append(sep).append("Podmiot1K=").append(podmiot1K);
            sep = ", ";
        }
        if (podmiot2K != null) {
            sb.append(sep).append("Podmiot2K=").append(podmiot2K);
            sep = ", ";
        }
        if (p_15ZK != null) {
            sb.append(sep).append("P_15ZK=").append(p_15ZK);
            sep = ", ";
        }
        if (kursWalutyZK != null) {
            sb.append(sep).append("KursWalutyZK=").append(kursWalutyZK);
            sep = ", ";
        }
        if (zaliczkaCzesciowa != null) {
            sb.append(sep).append("ZaliczkaCzesciowa=").append(zaliczkaCzesciowa);
            sep = ", ";
        }
        if (FP != null) {
            sb.append(sep).append("FP=").append(FP);
            sep = ", ";
        }
        if (TP != null) {
            sb.append(sep).append("TP=").append(TP);
            sep = ", ";
        }
        if (dodatkowyOpis != null) {
            sb.append(sep).append("DodatkowyOpis=").append(dodatkowyOpis);
            sep = ", ";
        }
        if (fakturaZaliczkowa != null) {
            sb.append(sep).append("FakturaZaliczkowa=").append(fakturaZaliczkowa);
            sep = ", ";
        }
        if (zwrotAkcyzy != null) {
            sb.append(sep).append("ZwrotAkcyzy=").append(zwrotAkcyzy);
            sep = ", ";
        }
        if (faWiersz != null) {
            sb.append(sep).append("FaWiersz=").append(faWiersz);
            sep = ", ";
        }
        if (rozliczenie != null) {
            sb.append(sep).append("Rozliczenie=").append(rozliczenie);
            sep = ", ";
        }
        if (platnosc != null) {
            sb.append(sep).append("Platnosc=").append(platnosc);
            sep = ", ";
        }
        if (warunkiTransakcji != null) {
            sb.append(sep).append("WarunkiTransakcji=").append(warunkiTransakcji);
            sep = ", ";
        }
        if (zamowienie != null) {
            sb.append(sep).append("Zamowienie=").append(zamowienie);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code Fa} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final Fa value = new Fa();

        private Builder() {
        }

        /**
         * Sets {@code KodWaluty}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setKodWaluty(KodWaluty)
         */
        public Builder kodWaluty(@Nullable KodWaluty v) {
            value.setKodWaluty(v);
            return this;
        }

        /**
         * Sets {@code P_1}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setP_1(LocalDate)
         */
        public Builder p_1(@Nullable LocalDate v) {
            value.setP_1(v);
            return this;
        }

        /**
         * Sets {@code P_1M}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setP_1M(String)
         */
        public Builder p_1M(@Nullable String v) {
            value.setP_1M(v);
            return this;
        }

        /**
         * Sets {@code P_2}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setP_2(String)
         */
        public Builder p_2(@Nullable String v) {
            value.setP_2(v);
            return this;
        }

        /**
         * Sets the values of {@code WZ}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see Fa#setWZ(List)
         */
        public Builder WZ(@Nullable List<String> values) {
            value.setWZ(values);
            return this;
        }

        /**
         * Appends a value of {@code WZ}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see Fa#addWZ(String)
         */
        public Builder addWZ(String item) {
            value.addWZ(item);
            return this;
        }

        /**
         * Sets {@code P_6}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setP_6(LocalDate)
         */
        public Builder p_6(@Nullable LocalDate v) {
            value.setP_6(v);
            return this;
        }

        /**
         * Sets {@code OkresFa}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setOkresFa(OkresFa)
         */
        public Builder okresFa(@Nullable OkresFa v) {
            value.setOkresFa(v);
            return this;
        }

        /**
         * Sets {@code P_13_1}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setP_13_1(BigDecimal)
         */
        public Builder p_13_1(@Nullable BigDecimal v) {
            value.setP_13_1(v);
            return this;
        }

        /**
         * Sets {@code P_14_1}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setP_14_1(BigDecimal)
         */
        public Builder p_14_1(@Nullable BigDecimal v) {
            value.setP_14_1(v);
            return this;
        }

        /**
         * Sets {@code P_14_1W}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setP_14_1W(BigDecimal)
         */
        public Builder p_14_1W(@Nullable BigDecimal v) {
            value.setP_14_1W(v);
            return this;
        }

        /**
         * Sets {@code P_13_2}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setP_13_2(BigDecimal)
         */
        public Builder p_13_2(@Nullable BigDecimal v) {
            value.setP_13_2(v);
            return this;
        }

        /**
         * Sets {@code P_14_2}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setP_14_2(BigDecimal)
         */
        public Builder p_14_2(@Nullable BigDecimal v) {
            value.setP_14_2(v);
            return this;
        }

        /**
         * Sets {@code P_14_2W}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setP_14_2W(BigDecimal)
         */
        public Builder p_14_2W(@Nullable BigDecimal v) {
            value.setP_14_2W(v);
            return this;
        }

        /**
         * Sets {@code P_13_3}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setP_13_3(BigDecimal)
         */
        public Builder p_13_3(@Nullable BigDecimal v) {
            value.setP_13_3(v);
            return this;
        }

        /**
         * Sets {@code P_14_3}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setP_14_3(BigDecimal)
         */
        public Builder p_14_3(@Nullable BigDecimal v) {
            value.setP_14_3(v);
            return this;
        }

        /**
         * Sets {@code P_14_3W}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setP_14_3W(BigDecimal)
         */
        public Builder p_14_3W(@Nullable BigDecimal v) {
            value.setP_14_3W(v);
            return this;
        }

        /**
         * Sets {@code P_13_4}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setP_13_4(BigDecimal)
         */
        public Builder p_13_4(@Nullable BigDecimal v) {
            value.setP_13_4(v);
            return this;
        }

        /**
         * Sets {@code P_14_4}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setP_14_4(BigDecimal)
         */
        public Builder p_14_4(@Nullable BigDecimal v) {
            value.setP_14_4(v);
            return this;
        }

        /**
         * Sets {@code P_14_4W}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setP_14_4W(BigDecimal)
         */
        public Builder p_14_4W(@Nullable BigDecimal v) {
            value.setP_14_4W(v);
            return this;
        }

        /**
         * Sets {@code P_13_5}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setP_13_5(BigDecimal)
         */
        public Builder p_13_5(@Nullable BigDecimal v) {
            value.setP_13_5(v);
            return this;
        }

        /**
         * Sets {@code P_14_5}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setP_14_5(BigDecimal)
         */
        public Builder p_14_5(@Nullable BigDecimal v) {
            value.setP_14_5(v);
            return this;
        }

        /**
         * Sets {@code P_13_6_1}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setP_13_6_1(BigDecimal)
         */
        public Builder p_13_6_1(@Nullable BigDecimal v) {
            value.setP_13_6_1(v);
            return this;
        }

        /**
         * Sets {@code P_13_6_2}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setP_13_6_2(BigDecimal)
         */
        public Builder p_13_6_2(@Nullable BigDecimal v) {
            value.setP_13_6_2(v);
            return this;
        }

        /**
         * Sets {@code P_13_6_3}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setP_13_6_3(BigDecimal)
         */
        public Builder p_13_6_3(@Nullable BigDecimal v) {
            value.setP_13_6_3(v);
            return this;
        }

        /**
         * Sets {@code P_13_7}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setP_13_7(BigDecimal)
         */
        public Builder p_13_7(@Nullable BigDecimal v) {
            value.setP_13_7(v);
            return this;
        }

        /**
         * Sets {@code P_13_8}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setP_13_8(BigDecimal)
         */
        public Builder p_13_8(@Nullable BigDecimal v) {
            value.setP_13_8(v);
            return this;
        }

        /**
         * Sets {@code P_13_9}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setP_13_9(BigDecimal)
         */
        public Builder p_13_9(@Nullable BigDecimal v) {
            value.setP_13_9(v);
            return this;
        }

        /**
         * Sets {@code P_13_10}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setP_13_10(BigDecimal)
         */
        public Builder p_13_10(@Nullable BigDecimal v) {
            value.setP_13_10(v);
            return this;
        }

        /**
         * Sets {@code P_13_11}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setP_13_11(BigDecimal)
         */
        public Builder p_13_11(@Nullable BigDecimal v) {
            value.setP_13_11(v);
            return this;
        }

        /**
         * Sets {@code P_15}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setP_15(BigDecimal)
         */
        public Builder p_15(@Nullable BigDecimal v) {
            value.setP_15(v);
            return this;
        }

        /**
         * Sets {@code KursWalutyZ}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setKursWalutyZ(BigDecimal)
         */
        public Builder kursWalutyZ(@Nullable BigDecimal v) {
            value.setKursWalutyZ(v);
            return this;
        }

        /**
         * Sets {@code Adnotacje}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setAdnotacje(Adnotacje)
         */
        public Builder adnotacje(@Nullable Adnotacje v) {
            value.setAdnotacje(v);
            return this;
        }

        /**
         * Sets {@code RodzajFaktury}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setRodzajFaktury(RodzajFaktury)
         */
        public Builder rodzajFaktury(@Nullable RodzajFaktury v) {
            value.setRodzajFaktury(v);
            return this;
        }

        /**
         * Sets {@code PrzyczynaKorekty}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setPrzyczynaKorekty(String)
         */
        public Builder przyczynaKorekty(@Nullable String v) {
            value.setPrzyczynaKorekty(v);
            return this;
        }

        /**
         * Sets {@code TypKorekty}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setTypKorekty(TypKorekty)
         */
        public Builder typKorekty(@Nullable TypKorekty v) {
            value.setTypKorekty(v);
            return this;
        }

        /**
         * Sets the values of {@code DaneFaKorygowanej}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see Fa#setDaneFaKorygowanej(List)
         */
        public Builder daneFaKorygowanej(@Nullable List<DaneFaKorygowanej> values) {
            value.setDaneFaKorygowanej(values);
            return this;
        }

        /**
         * Appends a value of {@code DaneFaKorygowanej}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see Fa#addDaneFaKorygowanej(DaneFaKorygowanej)
         */
        public Builder addDaneFaKorygowanej(DaneFaKorygowanej item) {
            value.addDaneFaKorygowanej(item);
            return this;
        }

        /**
         * Sets {@code OkresFaKorygowanej}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setOkresFaKorygowanej(String)
         */
        public Builder okresFaKorygowanej(@Nullable String v) {
            value.setOkresFaKorygowanej(v);
            return this;
        }

        /**
         * Sets {@code NrFaKorygowany}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setNrFaKorygowany(String)
         */
        public Builder nrFaKorygowany(@Nullable String v) {
            value.setNrFaKorygowany(v);
            return this;
        }

        /**
         * Sets {@code Podmiot1K}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setPodmiot1K(Podmiot1K)
         */
        public Builder podmiot1K(@Nullable Podmiot1K v) {
            value.setPodmiot1K(v);
            return this;
        }

        /**
         * Sets the values of {@code Podmiot2K}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see Fa#setPodmiot2K(List)
         */
        public Builder podmiot2K(@Nullable List<Podmiot2K> values) {
            value.setPodmiot2K(values);
            return this;
        }

        /**
         * Appends a value of {@code Podmiot2K}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see Fa#addPodmiot2K(Podmiot2K)
         */
        public Builder addPodmiot2K(Podmiot2K item) {
            value.addPodmiot2K(item);
            return this;
        }

        /**
         * Sets {@code P_15ZK}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setP_15ZK(BigDecimal)
         */
        public Builder p_15ZK(@Nullable BigDecimal v) {
            value.setP_15ZK(v);
            return this;
        }

        /**
         * Sets {@code KursWalutyZK}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setKursWalutyZK(BigDecimal)
         */
        public Builder kursWalutyZK(@Nullable BigDecimal v) {
            value.setKursWalutyZK(v);
            return this;
        }

        /**
         * Sets the values of {@code ZaliczkaCzesciowa}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see Fa#setZaliczkaCzesciowa(List)
         */
        public Builder zaliczkaCzesciowa(@Nullable List<ZaliczkaCzesciowa> values) {
            value.setZaliczkaCzesciowa(values);
            return this;
        }

        /**
         * Appends a value of {@code ZaliczkaCzesciowa}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see Fa#addZaliczkaCzesciowa(ZaliczkaCzesciowa)
         */
        public Builder addZaliczkaCzesciowa(ZaliczkaCzesciowa item) {
            value.addZaliczkaCzesciowa(item);
            return this;
        }

        /**
         * Sets {@code FP}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setFP(Wybor1)
         */
        public Builder FP(@Nullable Wybor1 v) {
            value.setFP(v);
            return this;
        }

        /**
         * Sets {@code TP}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setTP(Wybor1)
         */
        public Builder TP(@Nullable Wybor1 v) {
            value.setTP(v);
            return this;
        }

        /**
         * Sets the values of {@code DodatkowyOpis}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see Fa#setDodatkowyOpis(List)
         */
        public Builder dodatkowyOpis(@Nullable List<KluczWartosc> values) {
            value.setDodatkowyOpis(values);
            return this;
        }

        /**
         * Appends a value of {@code DodatkowyOpis}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see Fa#addDodatkowyOpis(KluczWartosc)
         */
        public Builder addDodatkowyOpis(KluczWartosc item) {
            value.addDodatkowyOpis(item);
            return this;
        }

        /**
         * Sets the values of {@code FakturaZaliczkowa}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see Fa#setFakturaZaliczkowa(List)
         */
        public Builder fakturaZaliczkowa(@Nullable List<FakturaZaliczkowa> values) {
            value.setFakturaZaliczkowa(values);
            return this;
        }

        /**
         * Appends a value of {@code FakturaZaliczkowa}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see Fa#addFakturaZaliczkowa(FakturaZaliczkowa)
         */
        public Builder addFakturaZaliczkowa(FakturaZaliczkowa item) {
            value.addFakturaZaliczkowa(item);
            return this;
        }

        /**
         * Sets {@code ZwrotAkcyzy}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setZwrotAkcyzy(Wybor1)
         */
        public Builder zwrotAkcyzy(@Nullable Wybor1 v) {
            value.setZwrotAkcyzy(v);
            return this;
        }

        /**
         * Sets the values of {@code FaWiersz}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see Fa#setFaWiersz(List)
         */
        public Builder faWiersz(@Nullable List<FaWiersz> values) {
            value.setFaWiersz(values);
            return this;
        }

        /**
         * Appends a value of {@code FaWiersz}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see Fa#addFaWiersz(FaWiersz)
         */
        public Builder addFaWiersz(FaWiersz item) {
            value.addFaWiersz(item);
            return this;
        }

        /**
         * Sets {@code Rozliczenie}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setRozliczenie(Rozliczenie)
         */
        public Builder rozliczenie(@Nullable Rozliczenie v) {
            value.setRozliczenie(v);
            return this;
        }

        /**
         * Sets {@code Platnosc}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setPlatnosc(Platnosc)
         */
        public Builder platnosc(@Nullable Platnosc v) {
            value.setPlatnosc(v);
            return this;
        }

        /**
         * Sets {@code WarunkiTransakcji}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setWarunkiTransakcji(WarunkiTransakcji)
         */
        public Builder warunkiTransakcji(@Nullable WarunkiTransakcji v) {
            value.setWarunkiTransakcji(v);
            return this;
        }

        /**
         * Sets {@code Zamowienie}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Fa#setZamowienie(Zamowienie)
         */
        public Builder zamowienie(@Nullable Zamowienie v) {
            value.setZamowienie(v);
            return this;
        }

        /**
         * Returns a new {@code Fa} with the values set so far.
         *
         * @return a new instance
         */
        public Fa build() {
            return new Fa(value);
        }
    }
}
