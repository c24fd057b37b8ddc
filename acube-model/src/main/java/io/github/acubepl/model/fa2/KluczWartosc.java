package io.github.acubepl.model.fa2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Complex key-value type.
 *
 * <p>Schema type {@code TKluczWartosc}.
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "TKluczWartosc", propOrder = {"nrWiersza", "klucz", "wartosc"})
public final class KluczWartosc {
    @XmlElement(name = "NrWiersza")
    private @Nullable Long nrWiersza;

    @XmlElement(name = "Klucz", required = true)
    private @Nullable String klucz;

    @XmlElement(name = "Wartosc", required = true)
    private @Nullable String wartosc;

    /** Creates an empty instance. */
    public KluczWartosc() {
    }

    private KluczWartosc(KluczWartosc other) {
        this.nrWiersza = other.nrWiersza;
        this.klucz = other.klucz;
        this.wartosc = other.wartosc;
    }

    /**
     * Returns element {@code NrWiersza}: Line number given in NrWierszaFa or NrWierszaZam, when the
     * information concerns that invoice item only.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Long getNrWiersza() {
        return nrWiersza;
    }

    /**
     * Sets element {@code NrWiersza}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNrWiersza(@Nullable Long value) {
        this.nrWiersza = value;
    }

    /**
     * Returns element {@code Klucz}: Key.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getKlucz() {
        return klucz;
    }

    /**
     * Sets element {@code Klucz}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setKlucz(@Nullable String value) {
        this.klucz = value;
    }

    /**
     * Returns element {@code Wartosc}: Value.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getWartosc() {
        return wartosc;
    }

    /**
     * Sets element {@code Wartosc}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setWartosc(@Nullable String value) {
        this.wartosc = value;
    }

    /**
     * Starts building a {@code KluczWartosc}.
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
        if (!(o instanceof KluczWartosc)) {
            return false;
        }
        KluczWartosc other = (KluczWartosc) o;
        return Objects.equals(nrWiersza, other.nrWiersza)
                && Objects.equals(klucz, other.klucz)
                && Objects.equals(wartosc, other.wartosc);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nrWiersza, klucz, wartosc);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("KluczWartosc[");
        String sep = "";
        if (nrWiersza != null) {
            sb.append(sep).append("NrWiersza=").append(nrWiersza);
            sep = ", ";
        }
        if (klucz != null) {
            sb.append(sep).append("Klucz=").append(klucz);
            sep = ", ";
        }
        if (wartosc != null) {
            sb.append(sep).append("Wartosc=").append(wartosc);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code KluczWartosc} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final KluczWartosc value = new KluczWartosc();

        private Builder() {
        }

        /**
         * Sets {@code NrWiersza}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see KluczWartosc#setNrWiersza(Long)
         */
        public Builder nrWiersza(@Nullable Long v) {
            value.setNrWiersza(v);
            return this;
        }

        /**
         * Sets {@code NrWiersza}.
         *
         * @param v the value
         *
         * @return this builder
         */
        public Builder nrWiersza(long v) {
            value.setNrWiersza(v);
            return this;
        }

        /**
         * Sets {@code Klucz}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see KluczWartosc#setKlucz(String)
         */
        public Builder klucz(@Nullable String v) {
            value.setKlucz(v);
            return this;
        }

        /**
         * Sets {@code Wartosc}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see KluczWartosc#setWartosc(String)
         */
        public Builder wartosc(@Nullable String v) {
            value.setWartosc(v);
            return this;
        }

        /**
         * Returns a new {@code KluczWartosc} with the values set so far.
         *
         * @return a new instance
         */
        public KluczWartosc build() {
            return new KluczWartosc(value);
        }
    }
}
