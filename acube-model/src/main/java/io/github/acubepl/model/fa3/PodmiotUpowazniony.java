package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Data of the authorised entity related to the invoice.
 *
 * <p>Schema element {@code PodmiotUpowazniony} (Faktura/PodmiotUpowazniony).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"nrEORI", "daneIdentyfikacyjne", "adres", "adresKoresp", "daneKontaktowe", "rolaPU"})
public final class PodmiotUpowazniony {
    @XmlElement(name = "NrEORI")
    private @Nullable String nrEORI;

    @XmlElement(name = "DaneIdentyfikacyjne", required = true)
    private @Nullable DaneIdentyfikacyjnePodatnika daneIdentyfikacyjne;

    @XmlElement(name = "Adres", required = true)
    private @Nullable Adres adres;

    @XmlElement(name = "AdresKoresp")
    private @Nullable Adres adresKoresp;

    @XmlElement(name = "DaneKontaktowe")
    private @Nullable List<DaneKontaktowePU> daneKontaktowe;

    @XmlElement(name = "RolaPU", required = true)
    private @Nullable RolaPodmiotuUpowaznionego rolaPU;

    /** Creates an empty instance. */
    public PodmiotUpowazniony() {
    }

    private PodmiotUpowazniony(PodmiotUpowazniony other) {
        this.nrEORI = other.nrEORI;
        this.daneIdentyfikacyjne = other.daneIdentyfikacyjne;
        this.adres = other.adres;
        this.adresKoresp = other.adresKoresp;
        this.daneKontaktowe = other.daneKontaktowe == null ? null : new ArrayList<>(other.daneKontaktowe);
        this.rolaPU = other.rolaPU;
    }

    /**
     * Returns element {@code NrEORI}: EORI number of the authorised entity.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getNrEORI() {
        return nrEORI;
    }

    /**
     * Sets element {@code NrEORI}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNrEORI(@Nullable String value) {
        this.nrEORI = value;
    }

    /**
     * Returns element {@code DaneIdentyfikacyjne}: Authorised entity identification data.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable DaneIdentyfikacyjnePodatnika getDaneIdentyfikacyjne() {
        return daneIdentyfikacyjne;
    }

    /**
     * Sets element {@code DaneIdentyfikacyjne}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setDaneIdentyfikacyjne(@Nullable DaneIdentyfikacyjnePodatnika value) {
        this.daneIdentyfikacyjne = value;
    }

    /**
     * Returns element {@code Adres}: Authorised entity address.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Adres getAdres() {
        return adres;
    }

    /**
     * Sets element {@code Adres}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setAdres(@Nullable Adres value) {
        this.adres = value;
    }

    /**
     * Returns element {@code AdresKoresp}: Authorised entity correspondence address.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Adres getAdresKoresp() {
        return adresKoresp;
    }

    /**
     * Sets element {@code AdresKoresp}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setAdresKoresp(@Nullable Adres value) {
        this.adresKoresp = value;
    }

    /**
     * Returns element {@code DaneKontaktowe}: Contact details of the authorised entity.
     *
     * <p>Optional, up to 3 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<DaneKontaktowePU> getDaneKontaktowe() {
        return daneKontaktowe == null ? List.of() : Collections.unmodifiableList(daneKontaktowe);
    }

    /**
     * Replaces the values of element {@code DaneKontaktowe}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setDaneKontaktowe(@Nullable List<DaneKontaktowePU> values) {
        this.daneKontaktowe = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code DaneKontaktowe}.
     *
     * @param value the value to append
     */
    public void addDaneKontaktowe(DaneKontaktowePU value) {
        if (this.daneKontaktowe == null) {
            this.daneKontaktowe = new ArrayList<>();
        }
        this.daneKontaktowe.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns element {@code RolaPU}: Role of the authorised entity.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable RolaPodmiotuUpowaznionego getRolaPU() {
        return rolaPU;
    }

    /**
     * Sets element {@code RolaPU}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setRolaPU(@Nullable RolaPodmiotuUpowaznionego value) {
        this.rolaPU = value;
    }

    /**
     * Starts building a {@code PodmiotUpowazniony}.
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
        if (!(o instanceof PodmiotUpowazniony)) {
            return false;
        }
        PodmiotUpowazniony other = (PodmiotUpowazniony) o;
        return Objects.equals(nrEORI, other.nrEORI)
                && Objects.equals(daneIdentyfikacyjne, other.daneIdentyfikacyjne)
                && Objects.equals(adres, other.adres)
                && Objects.equals(adresKoresp, other.adresKoresp)
                && getDaneKontaktowe().equals(other.getDaneKontaktowe())
                && Objects.equals(rolaPU, other.rolaPU);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nrEORI, daneIdentyfikacyjne, adres, adresKoresp, getDaneKontaktowe(), rolaPU);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("PodmiotUpowazniony[");
        String sep = "";
        if (nrEORI != null) {
            sb.append(sep).append("NrEORI=").append(nrEORI);
            sep = ", ";
        }
        if (daneIdentyfikacyjne != null) {
            sb.append(sep).append("DaneIdentyfikacyjne=").append(daneIdentyfikacyjne);
            sep = ", ";
        }
        if (adres != null) {
            sb.append(sep).append("Adres=").append(adres);
            sep = ", ";
        }
        if (adresKoresp != null) {
            sb.append(sep).append("AdresKoresp=").append(adresKoresp);
            sep = ", ";
        }
        if (daneKontaktowe != null) {
            sb.append(sep).append("DaneKontaktowe=").append(daneKontaktowe);
            sep = ", ";
        }
        if (rolaPU != null) {
            sb.append(sep).append("RolaPU=").append(rolaPU);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code PodmiotUpowazniony} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final PodmiotUpowazniony value = new PodmiotUpowazniony();

        private Builder() {
        }

        /**
         * Sets {@code NrEORI}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see PodmiotUpowazniony#setNrEORI(String)
         */
        public Builder nrEORI(@Nullable String v) {
            value.setNrEORI(v);
            return this;
        }

        /**
         * Sets {@code DaneIdentyfikacyjne}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see PodmiotUpowazniony#setDaneIdentyfikacyjne(DaneIdentyfikacyjnePodatnika)
         */
        public Builder daneIdentyfikacyjne(@Nullable DaneIdentyfikacyjnePodatnika v) {
            value.setDaneIdentyfikacyjne(v);
            return this;
        }

        /**
         * Sets {@code Adres}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see PodmiotUpowazniony#setAdres(Adres)
         */
        public Builder adres(@Nullable Adres v) {
            value.setAdres(v);
            return this;
        }

        /**
         * Sets {@code AdresKoresp}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see PodmiotUpowazniony#setAdresKoresp(Adres)
         */
        public Builder adresKoresp(@Nullable Adres v) {
            value.setAdresKoresp(v);
            return this;
        }

        /**
         * Sets the values of {@code DaneKontaktowe}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see PodmiotUpowazniony#setDaneKontaktowe(List)
         */
        public Builder daneKontaktowe(@Nullable List<DaneKontaktowePU> values) {
            value.setDaneKontaktowe(values);
            return this;
        }

        /**
         * Appends a value of {@code DaneKontaktowe}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see PodmiotUpowazniony#addDaneKontaktowe(DaneKontaktowePU)
         */
        public Builder addDaneKontaktowe(DaneKontaktowePU item) {
            value.addDaneKontaktowe(item);
            return this;
        }

        /**
         * Sets {@code RolaPU}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see PodmiotUpowazniony#setRolaPU(RolaPodmiotuUpowaznionego)
         */
        public Builder rolaPU(@Nullable RolaPodmiotuUpowaznionego v) {
            value.setRolaPU(v);
            return this;
        }

        /**
         * Returns a new {@code PodmiotUpowazniony} with the values set so far.
         *
         * @return a new instance
         */
        public PodmiotUpowazniony build() {
            return new PodmiotUpowazniony(value);
        }
    }
}
