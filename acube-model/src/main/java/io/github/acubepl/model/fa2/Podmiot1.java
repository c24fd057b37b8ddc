package io.github.acubepl.model.fa2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Taxpayer data. First name and surname or name of the seller of goods or services.
 *
 * <p>Schema element {@code Podmiot1} (Faktura/Podmiot1).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"prefiksPodatnika", "nrEORI", "daneIdentyfikacyjne", "adres", "adresKoresp", "daneKontaktowe", "statusInfoPodatnika"})
public final class Podmiot1 {
    @XmlElement(name = "PrefiksPodatnika")
    private @Nullable KodKrajuUE prefiksPodatnika;

    @XmlElement(name = "NrEORI")
    private @Nullable String nrEORI;

    @XmlElement(name = "DaneIdentyfikacyjne", required = true)
    private @Nullable DaneIdentyfikacyjnePodatnika daneIdentyfikacyjne;

    @XmlElement(name = "Adres", required = true)
    private @Nullable Adres adres;

    @XmlElement(name = "AdresKoresp")
    private @Nullable Adres adresKoresp;

    @XmlElement(name = "DaneKontaktowe")
    private @Nullable List<DaneKontaktowe> daneKontaktowe;

    @XmlElement(name = "StatusInfoPodatnika")
    private @Nullable StatusInfoPodatnika statusInfoPodatnika;

    /** Creates an empty instance. */
    public Podmiot1() {
    }

    private Podmiot1(Podmiot1 other) {
        this.prefiksPodatnika = other.prefiksPodatnika;
        this.nrEORI = other.nrEORI;
        this.daneIdentyfikacyjne = other.daneIdentyfikacyjne;
        this.adres = other.adres;
        this.adresKoresp = other.adresKoresp;
        this.daneKontaktowe = other.daneKontaktowe == null ? null : new ArrayList<>(other.daneKontaktowe);
        this.statusInfoPodatnika = other.statusInfoPodatnika;
    }

    /**
     * Returns element {@code PrefiksPodatnika}: EU VAT prefix (code) of the taxpayer in the cases
     * specified in art. 97(10)(2) and (3) of the VAT Act and in the case referred to in art.
     * 136(1)(3) of the VAT Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable KodKrajuUE getPrefiksPodatnika() {
        return prefiksPodatnika;
    }

    /**
     * Sets element {@code PrefiksPodatnika}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setPrefiksPodatnika(@Nullable KodKrajuUE value) {
        this.prefiksPodatnika = value;
    }

    /**
     * Returns element {@code NrEORI}: EORI number of the taxpayer (seller).
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
     * Returns element {@code DaneIdentyfikacyjne}: Taxpayer identification data.
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
     * Returns element {@code Adres}: Taxpayer address.
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
     * Returns element {@code AdresKoresp}: Taxpayer correspondence address.
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
     * Returns element {@code DaneKontaktowe}: Contact details of the taxpayer.
     *
     * <p>Optional, up to 3 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<DaneKontaktowe> getDaneKontaktowe() {
        return daneKontaktowe == null ? List.of() : Collections.unmodifiableList(daneKontaktowe);
    }

    /**
     * Replaces the values of element {@code DaneKontaktowe}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setDaneKontaktowe(@Nullable List<DaneKontaktowe> values) {
        this.daneKontaktowe = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code DaneKontaktowe}.
     *
     * @param value the value to append
     */
    public void addDaneKontaktowe(DaneKontaktowe value) {
        if (this.daneKontaktowe == null) {
            this.daneKontaktowe = new ArrayList<>();
        }
        this.daneKontaktowe.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns element {@code StatusInfoPodatnika}: Taxpayer status.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable StatusInfoPodatnika getStatusInfoPodatnika() {
        return statusInfoPodatnika;
    }

    /**
     * Sets element {@code StatusInfoPodatnika}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setStatusInfoPodatnika(@Nullable StatusInfoPodatnika value) {
        this.statusInfoPodatnika = value;
    }

    /**
     * Starts building a {@code Podmiot1}.
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
        if (!(o instanceof Podmiot1)) {
            return false;
        }
        Podmiot1 other = (Podmiot1) o;
        return Objects.equals(prefiksPodatnika, other.prefiksPodatnika)
                && Objects.equals(nrEORI, other.nrEORI)
                && Objects.equals(daneIdentyfikacyjne, other.daneIdentyfikacyjne)
                && Objects.equals(adres, other.adres)
                && Objects.equals(adresKoresp, other.adresKoresp)
                && getDaneKontaktowe().equals(other.getDaneKontaktowe())
                && Objects.equals(statusInfoPodatnika, other.statusInfoPodatnika);
    }

    @Override
    public int hashCode() {
        return Objects.hash(prefiksPodatnika, nrEORI, daneIdentyfikacyjne, adres, adresKoresp, getDaneKontaktowe(), statusInfoPodatnika);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Podmiot1[");
        String sep = "";
        if (prefiksPodatnika != null) {
            sb.append(sep).append("PrefiksPodatnika=").append(prefiksPodatnika);
            sep = ", ";
        }
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
        if (statusInfoPodatnika != null) {
            sb.append(sep).append("StatusInfoPodatnika=").append(statusInfoPodatnika);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code Podmiot1} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final Podmiot1 value = new Podmiot1();

        private Builder() {
        }

        /**
         * Sets {@code PrefiksPodatnika}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Podmiot1#setPrefiksPodatnika(KodKrajuUE)
         */
        public Builder prefiksPodatnika(@Nullable KodKrajuUE v) {
            value.setPrefiksPodatnika(v);
            return this;
        }

        /**
         * Sets {@code NrEORI}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Podmiot1#setNrEORI(String)
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
         * @see Podmiot1#setDaneIdentyfikacyjne(DaneIdentyfikacyjnePodatnika)
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
         * @see Podmiot1#setAdres(Adres)
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
         * @see Podmiot1#setAdresKoresp(Adres)
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
         * @see Podmiot1#setDaneKontaktowe(List)
         */
        public Builder daneKontaktowe(@Nullable List<DaneKontaktowe> values) {
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
         * @see Podmiot1#addDaneKontaktowe(DaneKontaktowe)
         */
        public Builder addDaneKontaktowe(DaneKontaktowe item) {
            value.addDaneKontaktowe(item);
            return this;
        }

        /**
         * Sets {@code StatusInfoPodatnika}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Podmiot1#setStatusInfoPodatnika(StatusInfoPodatnika)
         */
        public Builder statusInfoPodatnika(@Nullable StatusInfoPodatnika v) {
            value.setStatusInfoPodatnika(v);
            return this;
        }

        /**
         * Returns a new {@code Podmiot1} with the values set so far.
         *
         * @return a new instance
         */
        public Podmiot1 build() {
            return new Podmiot1(value);
        }
    }
}
