package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When correcting seller data, the complete seller data as shown on the corrected invoice. Does not
 * apply to correcting an incorrect NIP number on the original invoice; in that case the invoice
 * must be corrected to zero values.
 *
 * <p>Schema element {@code Podmiot1K} (Faktura/Fa/Podmiot1K).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"prefiksPodatnika", "daneIdentyfikacyjne", "adres"})
public final class Podmiot1K {
    @XmlElement(name = "PrefiksPodatnika")
    private @Nullable KodKrajuUE prefiksPodatnika;

    @XmlElement(name = "DaneIdentyfikacyjne", required = true)
    private @Nullable DaneIdentyfikacyjnePodatnika daneIdentyfikacyjne;

    @XmlElement(name = "Adres", required = true)
    private @Nullable Adres adres;

    /** Creates an empty instance. */
    public Podmiot1K() {
    }

    private Podmiot1K(Podmiot1K other) {
        this.prefiksPodatnika = other.prefiksPodatnika;
        this.daneIdentyfikacyjne = other.daneIdentyfikacyjne;
        this.adres = other.adres;
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
     * Starts building a {@code Podmiot1K}.
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
        if (!(o instanceof Podmiot1K)) {
            return false;
        }
        Podmiot1K other = (Podmiot1K) o;
        return Objects.equals(prefiksPodatnika, other.prefiksPodatnika)
                && Objects.equals(daneIdentyfikacyjne, other.daneIdentyfikacyjne)
                && Objects.equals(adres, other.adres);
    }

    @Override
    public int hashCode() {
        return Objects.hash(prefiksPodatnika, daneIdentyfikacyjne, adres);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Podmiot1K[");
        String sep = "";
        if (prefiksPodatnika != null) {
            sb.append(sep).append("PrefiksPodatnika=").append(prefiksPodatnika);
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
        return sb.append(']').toString();
    }

    /**
     * Builds {@code Podmiot1K} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final Podmiot1K value = new Podmiot1K();

        private Builder() {
        }

        /**
         * Sets {@code PrefiksPodatnika}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Podmiot1K#setPrefiksPodatnika(KodKrajuUE)
         */
        public Builder prefiksPodatnika(@Nullable KodKrajuUE v) {
            value.setPrefiksPodatnika(v);
            return this;
        }

        /**
         * Sets {@code DaneIdentyfikacyjne}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Podmiot1K#setDaneIdentyfikacyjne(DaneIdentyfikacyjnePodatnika)
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
         * @see Podmiot1K#setAdres(Adres)
         */
        public Builder adres(@Nullable Adres v) {
            value.setAdres(v);
            return this;
        }

        /**
         * Returns a new {@code Podmiot1K} with the values set so far.
         *
         * @return a new instance
         */
        public Podmiot1K build() {
            return new Podmiot1K(value);
        }
    }
}
