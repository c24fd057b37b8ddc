package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Detailed invoice items in the invoice currency. Optional for advance invoices, invoices
 * correcting advance invoices, and corrective invoices under art. 106j(3) of the VAT Act covering
 * all supplies in a given period, for which the discount or price reduction is given per tax rate
 * and procedure in section Fa. For corrective invoices under art. 106j(3) where the discount or
 * reduction covers only part of the supplies in the period, FaWiersz gives the names (types) of the
 * goods or services corrected. For invoices under art. 106f(3) of the VAT Act, the full values of
 * the order or contract are shown. For corrective invoices (including corrections of invoices under
 * art. 106f(3) where the correction concerns the order value), the differences resulting from the
 * correction of each item, or the corrected items as before and after the correction as separate
 * lines, are shown. For corrections of invoices under art. 106f(3) that do not concern the order
 * value but change the tax base or tax, a line as before the correction and a line as after it
 * confirm that the item's value is unchanged.
 *
 * <p>Schema element {@code FaWiersz} (Faktura/Fa/FaWiersz).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"nrWierszaFa", "UU_ID", "p_6A", "p_7", "indeks", "GTIN", "PKWiU", "CN", "PKOB", "p_8A", "p_8B", "p_9A", "p_9B", "p_10", "p_11", "p_11A", "p_11Vat", "p_12", "p_12_XII", "p_12_Zal_15", "kwotaAkcyzy", "GTU", "procedura", "kursWaluty", "stanPrzed"})
public final class FaWiersz {
    @XmlElement(name = "NrWierszaFa", required = true)
    private @Nullable Long nrWierszaFa;

    @XmlElement(name = "UU_ID")
    private @Nullable String UU_ID;

    @XmlElement(name = "P_6A")
    private @Nullable LocalDate p_6A;

    @XmlElement(name = "P_7")
    private @Nullable String p_7;

    @XmlElement(name = "Indeks")
    private @Nullable String indeks;

    @XmlElement(name = "GTIN")
    private @Nullable String GTIN;

    @XmlElement(name = "PKWiU")
    private @Nullable String PKWiU;

    @XmlElement(name = "CN")
    private @Nullable String CN;

    @XmlElement(name = "PKOB")
    private @Nullable String PKOB;

    @XmlElement(name = "P_8A")
    private @Nullable String p_8A;

    @XmlElement(name = "P_8B")
    private @Nullable BigDecimal p_8B;

    @XmlElement(name = "P_9A")
    private @Nullable BigDecimal p_9A;

    @XmlElement(name = "P_9B")
    private @Nullable BigDecimal p_9B;

    @XmlElement(name = "P_10")
    private @Nullable BigDecimal p_10;

    @XmlElement(name = "P_11")
    private @Nullable BigDecimal p_11;

    @XmlElement(name = "P_11A")
    private @Nullable BigDecimal p_11A;

    @XmlElement(name = "P_11Vat")
    private @Nullable BigDecimal p_11Vat;

    @XmlElement(name = "P_12")
    private @Nullable StawkaPodatku p_12;

    @XmlElement(name = "P_12_XII")
    private @Nullable BigDecimal p_12_XII;

    @XmlElement(name = "P_12_Zal_15")
    private @Nullable Wybor1 p_12_Zal_15;

    @XmlElement(name = "KwotaAkcyzy")
    private @Nullable BigDecimal kwotaAkcyzy;

    @XmlElement(name = "GTU")
    private @Nullable GTU GTU;

    @XmlElement(name = "Procedura")
    private @Nullable OznaczenieProcedury procedura;

    @XmlElement(name = "KursWaluty")
    private @Nullable BigDecimal kursWaluty;

    @XmlElement(name = "StanPrzed")
    private @Nullable Wybor1 stanPrzed;

    /** Creates an empty instance. */
    public FaWiersz() {
    }

    private FaWiersz(FaWiersz other) {
        this.nrWierszaFa = other.nrWierszaFa;
        this.UU_ID = other.UU_ID;
        this.p_6A = other.p_6A;
        this.p_7 = other.p_7;
        this.indeks = other.indeks;
        this.GTIN = other.GTIN;
        this.PKWiU = other.PKWiU;
        this.CN = other.CN;
        this.PKOB = other.PKOB;
        this.p_8A = other.p_8A;
        this.p_8B = other.p_8B;
        this.p_9A = other.p_9A;
        this.p_9B = other.p_9B;
        this.p_10 = other.p_10;
        this.p_11 = other.p_11;
        this.p_11A = other.p_11A;
        this.p_11Vat = other.p_11Vat;
        this.p_12 = other.p_12;
        this.p_12_XII = other.p_12_XII;
        this.p_12_Zal_15 = other.p_12_Zal_15;
        this.kwotaAkcyzy = other.kwotaAkcyzy;
        this.GTU = other.GTU;
        this.procedura = other.procedura;
        this.kursWaluty = other.kursWaluty;
        this.stanPrzed = other.stanPrzed;
    }

    /**
     * Returns element {@code NrWierszaFa}: Sequential number of the invoice line.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Long getNrWierszaFa() {
        return nrWierszaFa;
    }

    /**
     * Sets element {@code NrWierszaFa}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNrWierszaFa(@Nullable Long value) {
        this.nrWierszaFa = value;
    }

    /**
     * Returns element {@code UU_ID}: Universally unique identifier of the invoice line.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getUU_ID() {
        return UU_ID;
    }

    /**
     * Sets element {@code UU_ID}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setUU_ID(@Nullable String value) {
        this.UU_ID = value;
    }

    /**
     * Returns element {@code P_6A}: Date of making or completing the supply of goods or performing
     * the service, or date of receipt of payment referred to in art. 106b(1)(4) of the VAT Act, if
     * such date is specified and differs from the issue date. Filled in when the dates differ
     * between invoice items.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable LocalDate getP_6A() {
        return p_6A;
    }

    /**
     * Sets element {@code P_6A}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_6A(@Nullable LocalDate value) {
        this.p_6A = value;
    }

    /**
     * Returns element {@code P_7}: Name (type) of the goods or service. Optional only in the case
     * specified in art. 106j(3)(2) of the VAT Act (corrective invoice).
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_7() {
        return p_7;
    }

    /**
     * Sets element {@code P_7}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_7(@Nullable String value) {
        this.p_7 = value;
    }

    /**
     * Returns element {@code Indeks}: The taxpayer's internal code of the goods or service, or an
     * additional description.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getIndeks() {
        return indeks;
    }

    /**
     * Sets element {@code Indeks}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setIndeks(@Nullable String value) {
        this.indeks = value;
    }

    /**
     * Returns element {@code GTIN}: Global Trade Item Number (GTIN).
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getGTIN() {
        return GTIN;
    }

    /**
     * Sets element {@code GTIN}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setGTIN(@Nullable String value) {
        this.GTIN = value;
    }

    /**
     * Returns element {@code PKWiU}: Polish Classification of Products and Services (PKWiU) symbol.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getPKWiU() {
        return PKWiU;
    }

    /**
     * Sets element {@code PKWiU}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setPKWiU(@Nullable String value) {
        this.PKWiU = value;
    }

    /**
     * Returns element {@code CN}: Combined Nomenclature (CN) symbol.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getCN() {
        return CN;
    }

    /**
     * Sets element {@code CN}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setCN(@Nullable String value) {
        this.CN = value;
    }

    /**
     * Returns element {@code PKOB}: Polish Classification of Types of Constructions (PKOB) symbol.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getPKOB() {
        return PKOB;
    }

    /**
     * Sets element {@code PKOB}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setPKOB(@Nullable String value) {
        this.PKOB = value;
    }

    /**
     * Returns element {@code P_8A}: Unit of measure of the goods supplied or scope of the services
     * performed. Optional in the case specified in art. 106e(5)(3) of the VAT Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_8A() {
        return p_8A;
    }

    /**
     * Sets element {@code P_8A}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_8A(@Nullable String value) {
        this.p_8A = value;
    }

    /**
     * Returns element {@code P_8B}: Quantity (number) of the goods supplied or scope of the
     * services performed. Optional in the case specified in art. 106e(5)(3) of the VAT Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_8B() {
        return p_8B;
    }

    /**
     * Sets element {@code P_8B}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_8B(@Nullable BigDecimal value) {
        this.p_8B = value;
    }

    /**
     * Returns element {@code P_9A}: Unit price of the goods or service excluding tax (net unit
     * price). Optional in the cases specified in art. 106e(2) and (3) and (5)(3) of the VAT Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_9A() {
        return p_9A;
    }

    /**
     * Sets element {@code P_9A}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_9A(@Nullable BigDecimal value) {
        this.p_9A = value;
    }

    /**
     * Returns element {@code P_9B}: Price including tax (gross unit price), where art. 106e(7) and
     * (8) of the VAT Act applies.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_9B() {
        return p_9B;
    }

    /**
     * Sets element {@code P_9B}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_9B(@Nullable BigDecimal value) {
        this.p_9B = value;
    }

    /**
     * Returns element {@code P_10}: Amounts of any discounts or price reductions, including early
     * payment discounts, unless included in the net unit price (or, where art. 106e(7) of the VAT
     * Act applies, in the gross unit price). Optional in the cases specified in art. 106e(2) and
     * (3) and (5)(1) of the VAT Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_10() {
        return p_10;
    }

    /**
     * Sets element {@code P_10}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_10(@Nullable BigDecimal value) {
        this.p_10 = value;
    }

    /**
     * Returns element {@code P_11}: Value of the goods supplied or services performed under the
     * transaction, excluding tax (net sales value). Optional in the cases specified in art. 106e(2)
     * and (3) and (5)(3) of the VAT Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_11() {
        return p_11;
    }

    /**
     * Sets element {@code P_11}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_11(@Nullable BigDecimal value) {
        this.p_11 = value;
    }

    /**
     * Returns element {@code P_11A}: Gross sales value, where art. 106e(7) and (8) of the VAT Act
     * applies.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_11A() {
        return p_11A;
    }

    /**
     * Sets element {@code P_11A}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_11A(@Nullable BigDecimal value) {
        this.p_11A = value;
    }

    /**
     * Returns element {@code P_11Vat}: Tax amount in the case referred to in art. 106e(10) of the
     * VAT Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_11Vat() {
        return p_11Vat;
    }

    /**
     * Sets element {@code P_11Vat}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_11Vat(@Nullable BigDecimal value) {
        this.p_11Vat = value;
    }

    /**
     * Returns element {@code P_12}: Tax rate. Optional in the cases specified in art. 106e(2), (3),
     * (4)(3) and (5)(3) of the VAT Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable StawkaPodatku getP_12() {
        return p_12;
    }

    /**
     * Sets element {@code P_12}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_12(@Nullable StawkaPodatku value) {
        this.p_12 = value;
    }

    /**
     * Returns element {@code P_12_XII}: Value added tax rate in the case referred to in Division
     * XII, Chapter 6a of the VAT Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_12_XII() {
        return p_12_XII;
    }

    /**
     * Sets element {@code P_12_XII}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_12_XII(@Nullable BigDecimal value) {
        this.p_12_XII = value;
    }

    /**
     * Returns element {@code P_12_Zal_15}: Flag for goods or services listed in Annex 15 to the VAT
     * Act: value "1".
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1 getP_12_Zal_15() {
        return p_12_Zal_15;
    }

    /**
     * Sets element {@code P_12_Zal_15}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_12_Zal_15(@Nullable Wybor1 value) {
        this.p_12_Zal_15 = value;
    }

    /**
     * Returns element {@code KwotaAkcyzy}: Amount of excise duty included in the price of the
     * goods.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getKwotaAkcyzy() {
        return kwotaAkcyzy;
    }

    /**
     * Sets element {@code KwotaAkcyzy}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setKwotaAkcyzy(@Nullable BigDecimal value) {
        this.kwotaAkcyzy = value;
    }

    /**
     * Returns element {@code GTU}: Marking relating to the supply of goods and provision of
     * services (GTU code).
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable GTU getGTU() {
        return GTU;
    }

    /**
     * Sets element {@code GTU}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setGTU(@Nullable GTU value) {
        this.GTU = value;
    }

    /**
     * Returns element {@code Procedura}: Procedure marking.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable OznaczenieProcedury getProcedura() {
        return procedura;
    }

    /**
     * Sets element {@code Procedura}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setProcedura(@Nullable OznaczenieProcedury value) {
        this.procedura = value;
    }

    /**
     * Returns element {@code KursWaluty}: Exchange rate used to calculate the tax amount in the
     * cases referred to in Division VI of the VAT Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getKursWaluty() {
        return kursWaluty;
    }

    /**
     * Sets element {@code KursWaluty}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setKursWaluty(@Nullable BigDecimal value) {
        this.kursWaluty = value;
    }

    /**
     * Returns element {@code StanPrzed}: Flag for the state before the correction, on a corrective
     * invoice (or one correcting an invoice under art. 106f(3) of the VAT Act) whose item data are
     * corrected by showing them before and after the correction as separate lines, and when
     * confirming that an item's value is unchanged.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1 getStanPrzed() {
        return stanPrzed;
    }

    /**
     * Sets element {@code StanPrzed}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setStanPrzed(@Nullable Wybor1 value) {
        this.stanPrzed = value;
    }

    /**
     * Starts building a {@code FaWiersz}.
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
        if (!(o instanceof FaWiersz)) {
            return false;
        }
        FaWiersz other = (FaWiersz) o;
        return Objects.equals(nrWierszaFa, other.nrWierszaFa)
                && Objects.equals(UU_ID, other.UU_ID)
                && Objects.equals(p_6A, other.p_6A)
                && Objects.equals(p_7, other.p_7)
                && Objects.equals(indeks, other.indeks)
                && Objects.equals(GTIN, other.GTIN)
                && Objects.equals(PKWiU, other.PKWiU)
                && Objects.equals(CN, other.CN)
                && Objects.equals(PKOB, other.PKOB)
                && Objects.equals(p_8A, other.p_8A)
                && Objects.equals(p_8B, other.p_8B)
                && Objects.equals(p_9A, other.p_9A)
                && Objects.equals(p_9B, other.p_9B)
                && Objects.equals(p_10, other.p_10)
                && Objects.equals(p_11, other.p_11)
                && Objects.equals(p_11A, other.p_11A)
                && Objects.equals(p_11Vat, other.p_11Vat)
                && Objects.equals(p_12, other.p_12)
                && Objects.equals(p_12_XII, other.p_12_XII)
                && Objects.equals(p_12_Zal_15, other.p_12_Zal_15)
                && Objects.equals(kwotaAkcyzy, other.kwotaAkcyzy)
                && Objects.equals(GTU, other.GTU)
                && Objects.equals(procedura, other.procedura)
                && Objects.equals(kursWaluty, other.kursWaluty)
                && Objects.equals(stanPrzed, other.stanPrzed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nrWierszaFa, UU_ID, p_6A, p_7, indeks, GTIN, PKWiU, CN, PKOB, p_8A, p_8B, p_9A, p_9B, p_10, p_11, p_11A, p_11Vat, p_12, p_12_XII, p_12_Zal_15, kwotaAkcyzy, GTU, procedura, kursWaluty, stanPrzed);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("FaWiersz[");
        String sep = "";
        if (nrWierszaFa != null) {
            sb.append(sep).append("NrWierszaFa=").append(nrWierszaFa);
            sep = ", ";
        }
        if (UU_ID != null) {
            sb.append(sep).append("UU_ID=").append(UU_ID);
            sep = ", ";
        }
        if (p_6A != null) {
            sb.append(sep).append("P_6A=").append(p_6A);
            sep = ", ";
        }
        if (p_7 != null) {
            sb.append(sep).append("P_7=").append(p_7);
            sep = ", ";
        }
        if (indeks != null) {
            sb.append(sep).append("Indeks=").append(indeks);
            sep = ", ";
        }
        if (GTIN != null) {
            sb.append(sep).append("GTIN=").append(GTIN);
            sep = ", ";
        }
        if (PKWiU != null) {
            sb.append(sep).append("PKWiU=").append(PKWiU);
            sep = ", ";
        }
        if (CN != null) {
            sb.append(sep).append("CN=").append(CN);
            sep = ", ";
        }
        if (PKOB != null) {
            sb.append(sep).append("PKOB=").append(PKOB);
            sep = ", ";
        }
        if (p_8A != null) {
            sb.append(sep).append("P_8A=").append(p_8A);
            sep = ", ";
        }
        if (p_8B != null) {
            sb.append(sep).append("P_8B=").append(p_8B);
            sep = ", ";
        }
        if (p_9A != null) {
            sb.append(sep).append("P_9A=").append(p_9A);
            sep = ", ";
        }
        if (p_9B != null) {
            sb.append(sep).append("P_9B=").append(p_9B);
            sep = ", ";
        }
        if (p_10 != null) {
            sb.append(sep).append("P_10=").append(p_10);
            sep = ", ";
        }
        if (p_11 != null) {
            sb.append(sep).append("P_11=").append(p_11);
            sep = ", ";
        }
        if (p_11A != null) {
            sb.append(sep).append("P_11A=").append(p_11A);
            sep = ", ";
        }
        if (p_11Vat != null) {
            sb.append(sep).append("P_11Vat=").append(p_11Vat);
            sep = ", ";
        }
        if (p_12 != null) {
            sb.append(sep).append("P_12=").append(p_12);
            sep = ", ";
        }
        if (p_12_XII != null) {
            sb.append(sep).append("P_12_XII=").append(p_12_XII);
            sep = ", ";
        }
        if (p_12_Zal_15 != null) {
            sb.append(sep).append("P_12_Zal_15=").append(p_12_Zal_15);
            sep = ", ";
        }
        if (kwotaAkcyzy != null) {
            sb.append(sep).append("KwotaAkcyzy=").append(kwotaAkcyzy);
            sep = ", ";
        }
        if (GTU != null) {
            sb.append(sep).append("GTU=").append(GTU);
            sep = ", ";
        }
        if (procedura != null) {
            sb.append(sep).append("Procedura=").append(procedura);
            sep = ", ";
        }
        if (kursWaluty != null) {
            sb.append(sep).append("KursWaluty=").append(kursWaluty);
            sep = ", ";
        }
        if (stanPrzed != null) {
            sb.append(sep).append("StanPrzed=").append(stanPrzed);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code FaWiersz} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final FaWiersz value = new FaWiersz();

        private Builder() {
        }

        /**
         * Sets {@code NrWierszaFa}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see FaWiersz#setNrWierszaFa(Long)
         */
        public Builder nrWierszaFa(@Nullable Long v) {
            value.setNrWierszaFa(v);
            return this;
        }

        /**
         * Sets {@code NrWierszaFa}.
         *
         * @param v the value
         *
         * @return this builder
         */
        public Builder nrWierszaFa(long v) {
            value.setNrWierszaFa(v);
            return this;
        }

        /**
         * Sets {@code UU_ID}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see FaWiersz#setUU_ID(String)
         */
        public Builder UU_ID(@Nullable String v) {
            value.setUU_ID(v);
            return this;
        }

        /**
         * Sets {@code P_6A}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see FaWiersz#setP_6A(LocalDate)
         */
        public Builder p_6A(@Nullable LocalDate v) {
            value.setP_6A(v);
            return this;
        }

        /**
         * Sets {@code P_7}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see FaWiersz#setP_7(String)
         */
        public Builder p_7(@Nullable String v) {
            value.setP_7(v);
            return this;
        }

        /**
         * Sets {@code Indeks}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see FaWiersz#setIndeks(String)
         */
        public Builder indeks(@Nullable String v) {
            value.setIndeks(v);
            return this;
        }

        /**
         * Sets {@code GTIN}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see FaWiersz#setGTIN(String)
         */
        public Builder GTIN(@Nullable String v) {
            value.setGTIN(v);
            return this;
        }

        /**
         * Sets {@code PKWiU}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see FaWiersz#setPKWiU(String)
         */
        public Builder PKWiU(@Nullable String v) {
            value.setPKWiU(v);
            return this;
        }

        /**
         * Sets {@code CN}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see FaWiersz#setCN(String)
         */
        public Builder CN(@Nullable String v) {
            value.setCN(v);
            return this;
        }

        /**
         * Sets {@code PKOB}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see FaWiersz#setPKOB(String)
         */
        public Builder PKOB(@Nullable String v) {
            value.setPKOB(v);
            return this;
        }

        /**
         * Sets {@code P_8A}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see FaWiersz#setP_8A(String)
         */
        public Builder p_8A(@Nullable String v) {
            value.setP_8A(v);
            return this;
        }

        /**
         * Sets {@code P_8B}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see FaWiersz#setP_8B(BigDecimal)
         */
        public Builder p_8B(@Nullable BigDecimal v) {
            value.setP_8B(v);
            return this;
        }

        /**
         * Sets {@code P_9A}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see FaWiersz#setP_9A(BigDecimal)
         */
        public Builder p_9A(@Nullable BigDecimal v) {
            value.setP_9A(v);
            return this;
        }

        /**
         * Sets {@code P_9B}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see FaWiersz#setP_9B(BigDecimal)
         */
        public Builder p_9B(@Nullable BigDecimal v) {
            value.setP_9B(v);
            return this;
        }

        /**
         * Sets {@code P_10}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see FaWiersz#setP_10(BigDecimal)
         */
        public Builder p_10(@Nullable BigDecimal v) {
            value.setP_10(v);
            return this;
        }

        /**
         * Sets {@code P_11}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see FaWiersz#setP_11(BigDecimal)
         */
        public Builder p_11(@Nullable BigDecimal v) {
            value.setP_11(v);
            return this;
        }

        /**
         * Sets {@code P_11A}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see FaWiersz#setP_11A(BigDecimal)
         */
        public Builder p_11A(@Nullable BigDecimal v) {
            value.setP_11A(v);
            return this;
        }

        /**
         * Sets {@code P_11Vat}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see FaWiersz#setP_11Vat(BigDecimal)
         */
        public Builder p_11Vat(@Nullable BigDecimal v) {
            value.setP_11Vat(v);
            return this;
        }

        /**
         * Sets {@code P_12}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see FaWiersz#setP_12(StawkaPodatku)
         */
        public Builder p_12(@Nullable StawkaPodatku v) {
            value.setP_12(v);
            return this;
        }

        /**
         * Sets {@code P_12_XII}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see FaWiersz#setP_12_XII(BigDecimal)
         */
        public Builder p_12_XII(@Nullable BigDecimal v) {
            value.setP_12_XII(v);
            return this;
        }

        /**
         * Sets {@code P_12_Zal_15}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see FaWiersz#setP_12_Zal_15(Wybor1)
         */
        public Builder p_12_Zal_15(@Nullable Wybor1 v) {
            value.setP_12_Zal_15(v);
            return this;
        }

        /**
         * Sets {@code KwotaAkcyzy}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see FaWiersz#setKwotaAkcyzy(BigDecimal)
         */
        public Builder kwotaAkcyzy(@Nullable BigDecimal v) {
            value.setKwotaAkcyzy(v);
            return this;
        }

        /**
         * Sets {@code GTU}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see FaWiersz#setGTU(GTU)
         */
        public Builder GTU(@Nullable GTU v) {
            value.setGTU(v);
            return this;
        }

        /**
         * Sets {@code Procedura}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see FaWiersz#setProcedura(OznaczenieProcedury)
         */
        public Builder procedura(@Nullable OznaczenieProcedury v) {
            value.setProcedura(v);
            return this;
        }

        /**
         * Sets {@code KursWaluty}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see FaWiersz#setKursWaluty(BigDecimal)
         */
        public Builder kursWaluty(@Nullable BigDecimal v) {
            value.setKursWaluty(v);
            return this;
        }

        /**
         * Sets {@code StanPrzed}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see FaWiersz#setStanPrzed(Wybor1)
         */
        public Builder stanPrzed(@Nullable Wybor1 v) {
            value.setStanPrzed(v);
            return this;
        }

        /**
         * Returns a new {@code FaWiersz} with the values set so far.
         *
         * @return a new instance
         */
        public FaWiersz build() {
            return new FaWiersz(value);
        }
    }
}
