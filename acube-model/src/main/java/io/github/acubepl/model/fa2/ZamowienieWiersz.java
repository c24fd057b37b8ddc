package io.github.acubepl.model.fa2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Detailed order or contract items in the currency of the advance invoice.
 *
 * <p>Schema element {@code ZamowienieWiersz} (Faktura/Fa/Zamowienie/ZamowienieWiersz).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"nrWierszaZam", "UU_IDZ", "p_7Z", "indeksZ", "GTINZ", "PKWiUZ", "CNZ", "PKOBZ", "p_8AZ", "p_8BZ", "p_9AZ", "p_11NettoZ", "p_11VatZ", "p_12Z", "p_12Z_XII", "p_12Z_Zal_15", "GTUZ", "proceduraZ", "kwotaAkcyzyZ", "stanPrzedZ"})
public final class ZamowienieWiersz {
    @XmlElement(name = "NrWierszaZam", required = true)
    private @Nullable Long nrWierszaZam;

    @XmlElement(name = "UU_IDZ")
    private @Nullable String UU_IDZ;

    @XmlElement(name = "P_7Z")
    private @Nullable String p_7Z;

    @XmlElement(name = "IndeksZ")
    private @Nullable String indeksZ;

    @XmlElement(name = "GTINZ")
    private @Nullable String GTINZ;

    @XmlElement(name = "PKWiUZ")
    private @Nullable String PKWiUZ;

    @XmlElement(name = "CNZ")
    private @Nullable String CNZ;

    @XmlElement(name = "PKOBZ")
    private @Nullable String PKOBZ;

    @XmlElement(name = "P_8AZ")
    private @Nullable String p_8AZ;

    @XmlElement(name = "P_8BZ")
    private @Nullable BigDecimal p_8BZ;

    @XmlElement(name = "P_9AZ")
    private @Nullable BigDecimal p_9AZ;

    @XmlElement(name = "P_11NettoZ")
    private @Nullable BigDecimal p_11NettoZ;

    @XmlElement(name = "P_11VatZ")
    private @Nullable BigDecimal p_11VatZ;

    @XmlElement(name = "P_12Z")
    private @Nullable StawkaPodatku p_12Z;

    @XmlElement(name = "P_12Z_XII")
    private @Nullable BigDecimal p_12Z_XII;

    @XmlElement(name = "P_12Z_Zal_15")
    private @Nullable Wybor1 p_12Z_Zal_15;

    @XmlElement(name = "GTUZ")
    private @Nullable GTU GTUZ;

    @XmlElement(name = "ProceduraZ")
    private @Nullable OznaczenieProceduryZ proceduraZ;

    @XmlElement(name = "KwotaAkcyzyZ")
    private @Nullable BigDecimal kwotaAkcyzyZ;

    @XmlElement(name = "StanPrzedZ")
    private @Nullable Wybor1 stanPrzedZ;

    /** Creates an empty instance. */
    public ZamowienieWiersz() {
    }

    private ZamowienieWiersz(ZamowienieWiersz other) {
        this.nrWierszaZam = other.nrWierszaZam;
        this.UU_IDZ = other.UU_IDZ;
        this.p_7Z = other.p_7Z;
        this.indeksZ = other.indeksZ;
        this.GTINZ = other.GTINZ;
        this.PKWiUZ = other.PKWiUZ;
        this.CNZ = other.CNZ;
        this.PKOBZ = other.PKOBZ;
        this.p_8AZ = other.p_8AZ;
        this.p_8BZ = other.p_8BZ;
        this.p_9AZ = other.p_9AZ;
        this.p_11NettoZ = other.p_11NettoZ;
        this.p_11VatZ = other.p_11VatZ;
        this.p_12Z = other.p_12Z;
        this.p_12Z_XII = other.p_12Z_XII;
        this.p_12Z_Zal_15 = other.p_12Z_Zal_15;
        this.GTUZ = other.GTUZ;
        this.proceduraZ = other.proceduraZ;
        this.kwotaAkcyzyZ = other.kwotaAkcyzyZ;
        this.stanPrzedZ = other.stanPrzedZ;
    }

    /**
     * Returns element {@code NrWierszaZam}: Sequential number of the order or contract line.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Long getNrWierszaZam() {
        return nrWierszaZam;
    }

    /**
     * Sets element {@code NrWierszaZam}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNrWierszaZam(@Nullable Long value) {
        this.nrWierszaZam = value;
    }

    /**
     * Returns element {@code UU_IDZ}: Universally unique identifier of the order or contract line.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getUU_IDZ() {
        return UU_IDZ;
    }

    /**
     * Sets element {@code UU_IDZ}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setUU_IDZ(@Nullable String value) {
        this.UU_IDZ = value;
    }

    /**
     * Returns element {@code P_7Z}: Name (type) of the goods or service.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_7Z() {
        return p_7Z;
    }

    /**
     * Sets element {@code P_7Z}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_7Z(@Nullable String value) {
        this.p_7Z = value;
    }

    /**
     * Returns element {@code IndeksZ}: The taxpayer's internal code of the goods or service, or an
     * additional description.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getIndeksZ() {
        return indeksZ;
    }

    /**
     * Sets element {@code IndeksZ}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setIndeksZ(@Nullable String value) {
        this.indeksZ = value;
    }

    /**
     * Returns element {@code GTINZ}: Global Trade Item Number (GTIN).
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getGTINZ() {
        return GTINZ;
    }

    /**
     * Sets element {@code GTINZ}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setGTINZ(@Nullable String value) {
        this.GTINZ = value;
    }

    /**
     * Returns element {@code PKWiUZ}: Polish Classification of Products and Services (PKWiU)
     * symbol.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getPKWiUZ() {
        return PKWiUZ;
    }

    /**
     * Sets element {@code PKWiUZ}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setPKWiUZ(@Nullable String value) {
        this.PKWiUZ = value;
    }

    /**
     * Returns element {@code CNZ}: Combined Nomenclature (CN) symbol.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getCNZ() {
        return CNZ;
    }

    /**
     * Sets element {@code CNZ}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setCNZ(@Nullable String value) {
        this.CNZ = value;
    }

    /**
     * Returns element {@code PKOBZ}: Polish Classification of Types of Constructions (PKOB) symbol.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getPKOBZ() {
        return PKOBZ;
    }

    /**
     * Sets element {@code PKOBZ}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setPKOBZ(@Nullable String value) {
        this.PKOBZ = value;
    }

    /**
     * Returns element {@code P_8AZ}: Unit of measure of the ordered goods or scope of the service.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_8AZ() {
        return p_8AZ;
    }

    /**
     * Sets element {@code P_8AZ}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_8AZ(@Nullable String value) {
        this.p_8AZ = value;
    }

    /**
     * Returns element {@code P_8BZ}: Quantity of the ordered goods or scope of the service.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_8BZ() {
        return p_8BZ;
    }

    /**
     * Sets element {@code P_8BZ}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_8BZ(@Nullable BigDecimal value) {
        this.p_8BZ = value;
    }

    /**
     * Returns element {@code P_9AZ}: Net unit price.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_9AZ() {
        return p_9AZ;
    }

    /**
     * Sets element {@code P_9AZ}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_9AZ(@Nullable BigDecimal value) {
        this.p_9AZ = value;
    }

    /**
     * Returns element {@code P_11NettoZ}: Value of the ordered goods or service excluding tax.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_11NettoZ() {
        return p_11NettoZ;
    }

    /**
     * Sets element {@code P_11NettoZ}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_11NettoZ(@Nullable BigDecimal value) {
        this.p_11NettoZ = value;
    }

    /**
     * Returns element {@code P_11VatZ}: Tax amount on the ordered goods or service.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_11VatZ() {
        return p_11VatZ;
    }

    /**
     * Sets element {@code P_11VatZ}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_11VatZ(@Nullable BigDecimal value) {
        this.p_11VatZ = value;
    }

    /**
     * Returns element {@code P_12Z}: Tax rate.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable StawkaPodatku getP_12Z() {
        return p_12Z;
    }

    /**
     * Sets element {@code P_12Z}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_12Z(@Nullable StawkaPodatku value) {
        this.p_12Z = value;
    }

    /**
     * Returns element {@code P_12Z_XII}: Value added tax rate in the case referred to in Division
     * XII, Chapter 6a of the VAT Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_12Z_XII() {
        return p_12Z_XII;
    }

    /**
     * Sets element {@code P_12Z_XII}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_12Z_XII(@Nullable BigDecimal value) {
        this.p_12Z_XII = value;
    }

    /**
     * Returns element {@code P_12Z_Zal_15}: Flag for goods or services listed in Annex 15 to the
     * VAT Act: value "1".
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1 getP_12Z_Zal_15() {
        return p_12Z_Zal_15;
    }

    /**
     * Sets element {@code P_12Z_Zal_15}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_12Z_Zal_15(@Nullable Wybor1 value) {
        this.p_12Z_Zal_15 = value;
    }

    /**
     * Returns element {@code GTUZ}: Marking relating to the supply of goods and provision of
     * services (GTU code).
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable GTU getGTUZ() {
        return GTUZ;
    }

    /**
     * Sets element {@code GTUZ}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setGTUZ(@Nullable GTU value) {
        this.GTUZ = value;
    }

    /**
     * Returns element {@code ProceduraZ}: Procedure markings.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable OznaczenieProceduryZ getProceduraZ() {
        return proceduraZ;
    }

    /**
     * Sets element {@code ProceduraZ}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setProceduraZ(@Nullable OznaczenieProceduryZ value) {
        this.proceduraZ = value;
    }

    /**
     * Returns element {@code KwotaAkcyzyZ}: Amount of excise duty included in the price of the
     * goods.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getKwotaAkcyzyZ() {
        return kwotaAkcyzyZ;
    }

    /**
     * Sets element {@code KwotaAkcyzyZ}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setKwotaAkcyzyZ(@Nullable BigDecimal value) {
        this.kwotaAkcyzyZ = value;
    }

    /**
     * Returns element {@code StanPrzedZ}: Flag for the state before the correction, on an invoice
     * correcting an advance invoice (or an invoice issued under art. 106f(4) of the VAT Act) whose
     * order items are corrected by showing them before and after the correction as separate lines,
     * and when confirming that an item's value is unchanged.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1 getStanPrzedZ() {
        return stanPrzedZ;
    }

    /**
     * Sets element {@code StanPrzedZ}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setStanPrzedZ(@Nullable Wybor1 value) {
        this.stanPrzedZ = value;
    }

    /**
     * Starts building a {@code ZamowienieWiersz}.
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
        if (!(o instanceof ZamowienieWiersz)) {
            return false;
        }
        ZamowienieWiersz other = (ZamowienieWiersz) o;
        return Objects.equals(nrWierszaZam, other.nrWierszaZam)
                && Objects.equals(UU_IDZ, other.UU_IDZ)
                && Objects.equals(p_7Z, other.p_7Z)
                && Objects.equals(indeksZ, other.indeksZ)
                && Objects.equals(GTINZ, other.GTINZ)
                && Objects.equals(PKWiUZ, other.PKWiUZ)
                && Objects.equals(CNZ, other.CNZ)
                && Objects.equals(PKOBZ, other.PKOBZ)
                && Objects.equals(p_8AZ, other.p_8AZ)
                && Objects.equals(p_8BZ, other.p_8BZ)
                && Objects.equals(p_9AZ, other.p_9AZ)
                && Objects.equals(p_11NettoZ, other.p_11NettoZ)
                && Objects.equals(p_11VatZ, other.p_11VatZ)
                && Objects.equals(p_12Z, other.p_12Z)
                && Objects.equals(p_12Z_XII, other.p_12Z_XII)
                && Objects.equals(p_12Z_Zal_15, other.p_12Z_Zal_15)
                && Objects.equals(GTUZ, other.GTUZ)
                && Objects.equals(proceduraZ, other.proceduraZ)
                && Objects.equals(kwotaAkcyzyZ, other.kwotaAkcyzyZ)
                && Objects.equals(stanPrzedZ, other.stanPrzedZ);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nrWierszaZam, UU_IDZ, p_7Z, indeksZ, GTINZ, PKWiUZ, CNZ, PKOBZ, p_8AZ, p_8BZ, p_9AZ, p_11NettoZ, p_11VatZ, p_12Z, p_12Z_XII, p_12Z_Zal_15, GTUZ, proceduraZ, kwotaAkcyzyZ, stanPrzedZ);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ZamowienieWiersz[");
        String sep = "";
        if (nrWierszaZam != null) {
            sb.append(sep).append("NrWierszaZam=").append(nrWierszaZam);
            sep = ", ";
        }
        if (UU_IDZ != null) {
            sb.append(sep).append("UU_IDZ=").append(UU_IDZ);
            sep = ", ";
        }
        if (p_7Z != null) {
            sb.append(sep).append("P_7Z=").append(p_7Z);
            sep = ", ";
        }
        if (indeksZ != null) {
            sb.append(sep).append("IndeksZ=").append(indeksZ);
            sep = ", ";
        }
        if (GTINZ != null) {
            sb.append(sep).append("GTINZ=").append(GTINZ);
            sep = ", ";
        }
        if (PKWiUZ != null) {
            sb.append(sep).append("PKWiUZ=").append(PKWiUZ);
            sep = ", ";
        }
        if (CNZ != null) {
            sb.append(sep).append("CNZ=").append(CNZ);
            sep = ", ";
        }
        if (PKOBZ != null) {
            sb.append(sep).append("PKOBZ=").append(PKOBZ);
            sep = ", ";
        }
        if (p_8AZ != null) {
            sb.append(sep).append("P_8AZ=").append(p_8AZ);
            sep = ", ";
        }
        if (p_8BZ != null) {
            sb.append(sep).append("P_8BZ=").append(p_8BZ);
            sep = ", ";
        }
        if (p_9AZ != null) {
            sb.append(sep).append("P_9AZ=").append(p_9AZ);
            sep = ", ";
        }
        if (p_11NettoZ != null) {
            sb.append(sep).append("P_11NettoZ=").append(p_11NettoZ);
            sep = ", ";
        }
        if (p_11VatZ != null) {
            sb.append(sep).append("P_11VatZ=").append(p_11VatZ);
            sep = ", ";
        }
        if (p_12Z != null) {
            sb.append(sep).append("P_12Z=").append(p_12Z);
            sep = ", ";
        }
        if (p_12Z_XII != null) {
            sb.append(sep).append("P_12Z_XII=").append(p_12Z_XII);
            sep = ", ";
        }
        if (p_12Z_Zal_15 != null) {
            sb.append(sep).append("P_12Z_Zal_15=").append(p_12Z_Zal_15);
            sep = ", ";
        }
        if (GTUZ != null) {
            sb.append(sep).append("GTUZ=").append(GTUZ);
            sep = ", ";
        }
        if (proceduraZ != null) {
            sb.append(sep).append("ProceduraZ=").append(proceduraZ);
            sep = ", ";
        }
        if (kwotaAkcyzyZ != null) {
            sb.append(sep).append("KwotaAkcyzyZ=").append(kwotaAkcyzyZ);
            sep = ", ";
        }
        if (stanPrzedZ != null) {
            sb.append(sep).append("StanPrzedZ=").append(stanPrzedZ);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code ZamowienieWiersz} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final ZamowienieWiersz value = new ZamowienieWiersz();

        private Builder() {
        }

        /**
         * Sets {@code NrWierszaZam}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see ZamowienieWiersz#setNrWierszaZam(Long)
         */
        public Builder nrWierszaZam(@Nullable Long v) {
            value.setNrWierszaZam(v);
            return this;
        }

        /**
         * Sets {@code NrWierszaZam}.
         *
         * @param v the value
         *
         * @return this builder
         */
        public Builder nrWierszaZam(long v) {
            value.setNrWierszaZam(v);
            return this;
        }

        /**
         * Sets {@code UU_IDZ}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see ZamowienieWiersz#setUU_IDZ(String)
         */
        public Builder UU_IDZ(@Nullable String v) {
            value.setUU_IDZ(v);
            return this;
        }

        /**
         * Sets {@code P_7Z}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see ZamowienieWiersz#setP_7Z(String)
         */
        public Builder p_7Z(@Nullable String v) {
            value.setP_7Z(v);
            return this;
        }

        /**
         * Sets {@code IndeksZ}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see ZamowienieWiersz#setIndeksZ(String)
         */
        public Builder indeksZ(@Nullable String v) {
            value.setIndeksZ(v);
            return this;
        }

        /**
         * Sets {@code GTINZ}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see ZamowienieWiersz#setGTINZ(String)
         */
        public Builder GTINZ(@Nullable String v) {
            value.setGTINZ(v);
            return this;
        }

        /**
         * Sets {@code PKWiUZ}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see ZamowienieWiersz#setPKWiUZ(String)
         */
        public Builder PKWiUZ(@Nullable String v) {
            value.setPKWiUZ(v);
            return this;
        }

        /**
         * Sets {@code CNZ}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see ZamowienieWiersz#setCNZ(String)
         */
        public Builder CNZ(@Nullable String v) {
            value.setCNZ(v);
            return this;
        }

        /**
         * Sets {@code PKOBZ}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see ZamowienieWiersz#setPKOBZ(String)
         */
        public Builder PKOBZ(@Nullable String v) {
            value.setPKOBZ(v);
            return this;
        }

        /**
         * Sets {@code P_8AZ}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see ZamowienieWiersz#setP_8AZ(String)
         */
        public Builder p_8AZ(@Nullable String v) {
            value.setP_8AZ(v);
            return this;
        }

        /**
         * Sets {@code P_8BZ}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see ZamowienieWiersz#setP_8BZ(BigDecimal)
         */
        public Builder p_8BZ(@Nullable BigDecimal v) {
            value.setP_8BZ(v);
            return this;
        }

        /**
         * Sets {@code P_9AZ}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see ZamowienieWiersz#setP_9AZ(BigDecimal)
         */
        public Builder p_9AZ(@Nullable BigDecimal v) {
            value.setP_9AZ(v);
            return this;
        }

        /**
         * Sets {@code P_11NettoZ}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see ZamowienieWiersz#setP_11NettoZ(BigDecimal)
         */
        public Builder p_11NettoZ(@Nullable BigDecimal v) {
            value.setP_11NettoZ(v);
            return this;
        }

        /**
         * Sets {@code P_11VatZ}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see ZamowienieWiersz#setP_11VatZ(BigDecimal)
         */
        public Builder p_11VatZ(@Nullable BigDecimal v) {
            value.setP_11VatZ(v);
            return this;
        }

        /**
         * Sets {@code P_12Z}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see ZamowienieWiersz#setP_12Z(StawkaPodatku)
         */
        public Builder p_12Z(@Nullable StawkaPodatku v) {
            value.setP_12Z(v);
            return this;
        }

        /**
         * Sets {@code P_12Z_XII}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see ZamowienieWiersz#setP_12Z_XII(BigDecimal)
         */
        public Builder p_12Z_XII(@Nullable BigDecimal v) {
            value.setP_12Z_XII(v);
            return this;
        }

        /**
         * Sets {@code P_12Z_Zal_15}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see ZamowienieWiersz#setP_12Z_Zal_15(Wybor1)
         */
        public Builder p_12Z_Zal_15(@Nullable Wybor1 v) {
            value.setP_12Z_Zal_15(v);
            return this;
        }

        /**
         * Sets {@code GTUZ}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see ZamowienieWiersz#setGTUZ(GTU)
         */
        public Builder GTUZ(@Nullable GTU v) {
            value.setGTUZ(v);
            return this;
        }

        /**
         * Sets {@code ProceduraZ}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see ZamowienieWiersz#setProceduraZ(OznaczenieProceduryZ)
         */
        public Builder proceduraZ(@Nullable OznaczenieProceduryZ v) {
            value.setProceduraZ(v);
            return this;
        }

        /**
         * Sets {@code KwotaAkcyzyZ}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see ZamowienieWiersz#setKwotaAkcyzyZ(BigDecimal)
         */
        public Builder kwotaAkcyzyZ(@Nullable BigDecimal v) {
            value.setKwotaAkcyzyZ(v);
            return this;
        }

        /**
         * Sets {@code StanPrzedZ}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see ZamowienieWiersz#setStanPrzedZ(Wybor1)
         */
        public Builder stanPrzedZ(@Nullable Wybor1 v) {
            value.setStanPrzedZ(v);
            return this;
        }

        /**
         * Returns a new {@code ZamowienieWiersz} with the values set so far.
         *
         * @return a new instance
         */
        public ZamowienieWiersz build() {
            return new ZamowienieWiersz(value);
        }
    }
}
