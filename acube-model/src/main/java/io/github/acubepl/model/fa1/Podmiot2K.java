package io.github.acubepl.model.fa1;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When correcting data of the buyer (Podmiot2) or of an additional buyer (Podmiot3), the complete
 * data of that entity as shown on the corrected invoice. Incorrect identification numbers of the
 * buyer or additional buyer cannot be corrected. When correcting other buyer or additional buyer
 * data, the identification number given must be identical to the number in Podmiot2 or Podmiot3 of
 * the corrective invoice.
 *
 * <p>Schema element {@code Podmiot2K} (Faktura/Fa/Podmiot2K).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"prefiksNabywcy", "daneIdentyfikacyjne", "adres"})
public final class Podmiot2K {
    @XmlElement(name = "PrefiksNabywcy")
    private @Nullable KodKrajuUE prefiksNabywcy;

    @XmlElement(name = "DaneIdentyfikacyjne", required = true)
    private @Nullable DaneIdentyfikacyjne daneIdentyfikacyjne;

    @XmlElement(name = "Adres")
    private @Nullable Adres adres;

    /** Creates an empty instance. */
    public Podmiot2K() {
    }

    private Podmiot2K(Podmiot2K other) {
        this.prefiksNabywcy = other.prefiksNabywcy;
        this.daneIdentyfikacyjne = other.daneIdentyfikacyjne;
        this.adres = other.adres;
    }

    /**
     * Returns element {@code PrefiksNabywcy}: EU VAT prefix (code) of the buyer referred to in art.
     * 106e(1)(24) of the VAT Act and in the case referred to in art. 136(1)(4) of the VAT Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable KodKrajuUE getPrefiksNabywcy() {
        return prefiksNabywcy;
    }

    /**
     * Sets element {@code PrefiksNabywcy}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setPrefiksNabywcy(@Nullable KodKrajuUE value) {
        this.prefiksNabywcy = value;
    }

    /**
     * Returns element {@code DaneIdentyfikacyjne}: Buyer identification data.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable DaneIdentyfikacyjne getDaneIdentyfikacyjne() {
        return daneIdentyfikacyjne;
    }

    /**
     * Sets element {@code DaneIdentyfikacyjne}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setDaneIdentyfikacyjne(@Nullable DaneIdentyfikacyjne value) {
        this.daneIdentyfikacyjne = value;
    }

    /**
     * Returns element {@code Adres}: Buyer address. Optional in the cases specified in art.
     * 106e(5)(3) of the VAT Act.
     *
     * <p>Optional.
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
     * Starts building a {@code Podmiot2K}.
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
        if (!(o instanceof Podmiot2K)) {
            return false;
        }
        Podmiot2K other = (Podmiot2K) o;
        return Objects.equals(prefiksNabywcy, other.prefiksNabywcy)
                && Objects.equals(daneIdentyfikacyjne, other.daneIdentyfikacyjne)
                && Objects.equals(adres, other.adres);
    }

    @Override
    public int hashCode() {
        return Objects.hash(prefiksNabywcy, daneIdentyfikacyjne, adres);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Podmiot2K[");
        String sep = "";
        if (prefiksNabywcy != null) {
            sb.append(sep).append("PrefiksNabywcy=").append(prefiksNabywcy);
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
     * Builds {@code Podmiot2K} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final Podmiot2K value = new Podmiot2K();

        private Builder() {
        }

        /**
         * Sets {@code PrefiksNabywcy}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Podmiot2K#setPrefiksNabywcy(KodKrajuUE)
         */
        public Builder prefiksNabywcy(@Nullable KodKrajuUE v) {
            value.setPrefiksNabywcy(v);
            return this;
        }

        /**
         * Sets {@code DaneIdentyfikacyjne}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Podmiot2K#setDaneIdentyfikacyjne(DaneIdentyfikacyjne)
         */
        public Builder daneIdentyfikacyjne(@Nullable DaneIdentyfikacyjne v) {
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
         * @see Podmiot2K#setAdres(Adres)
         */
        public Builder adres(@Nullable Adres v) {
            value.setAdres(v);
            return this;
        }

        /**
         * Returns a new {@code Podmiot2K} with the values set so far.
         *
         * @return a new instance
         */
        public Podmiot2K build() {
            return new Podmiot2K(value);
        }
    }
}
