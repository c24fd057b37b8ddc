package io.github.acubepl.model.fa2;

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
@XmlType(name = "", propOrder = {"daneIdentyfikacyjne", "adres", "IDNabywcy"})
public final class Podmiot2K {
    @XmlElement(name = "DaneIdentyfikacyjne", required = true)
    private @Nullable DaneIdentyfikacyjne daneIdentyfikacyjne;

    @XmlElement(name = "Adres")
    private @Nullable Adres adres;

    @XmlElement(name = "IDNabywcy")
    private @Nullable String IDNabywcy;

    /** Creates an empty instance. */
    public Podmiot2K() {
    }

    private Podmiot2K(Podmiot2K other) {
        this.daneIdentyfikacyjne = other.daneIdentyfikacyjne;
        this.adres = other.adres;
        this.IDNabywcy = other.IDNabywcy;
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
     * Returns element {@code IDNabywcy}: Unique key linking the buyer data across corrective
     * invoices, where the buyer data on the corrective invoice differ from those on the corrected
     * invoice.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getIDNabywcy() {
        return IDNabywcy;
    }

    /**
     * Sets element {@code IDNabywcy}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setIDNabywcy(@Nullable String value) {
        this.IDNabywcy = value;
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
        return Objects.equals(daneIdentyfikacyjne, other.daneIdentyfikacyjne)
                && Objects.equals(adres, other.adres)
                && Objects.equals(IDNabywcy, other.IDNabywcy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(daneIdentyfikacyjne, adres, IDNabywcy);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Podmiot2K[");
        String sep = "";
        if (daneIdentyfikacyjne != null) {
            sb.append(sep).append("DaneIdentyfikacyjne=").append(daneIdentyfikacyjne);
            sep = ", ";
        }
        if (adres != null) {
            sb.append(sep).append("Adres=").append(adres);
            sep = ", ";
        }
        if (IDNabywcy != null) {
            sb.append(sep).append("IDNabywcy=").append(IDNabywcy);
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
         * Sets {@code IDNabywcy}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Podmiot2K#setIDNabywcy(String)
         */
        public Builder IDNabywcy(@Nullable String v) {
            value.setIDNabywcy(v);
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
