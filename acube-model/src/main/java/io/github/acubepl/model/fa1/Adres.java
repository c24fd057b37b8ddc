package io.github.acubepl.model.fa1;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Address information.
 *
 * <p>Schema type {@code TAdres}.
 *
 * <p>Some elements are alternatives (an XSD choice): setting one of them to a non-null value clears
 * the others, so only one branch is ever filled.
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "TAdres", propOrder = {"adresPol", "adresZagr"})
public final class Adres {
    @XmlElement(name = "AdresPol")
    private @Nullable AdresPolski adresPol;

    @XmlElement(name = "AdresZagr")
    private @Nullable AdresZagraniczny adresZagr;

    /** Creates an empty instance. */
    public Adres() {
    }

    private Adres(Adres other) {
        this.adresPol = other.adresPol;
        this.adresZagr = other.adresZagr;
    }

    /**
     * A Polish address ({@code AdresPol}).
     *
     * @param address the address
     * @return a new {@code Adres} holding it
     */
    public static Adres polish(AdresPolski address) {
        Adres a = new Adres();
        a.setAdresPol(Objects.requireNonNull(address, "address"));
        return a;
    }

    /**
     * A foreign address ({@code AdresZagr}).
     *
     * @param address the address
     * @return a new {@code Adres} holding it
     */
    public static Adres foreign(AdresZagraniczny address) {
        Adres a = new Adres();
        a.setAdresZagr(Objects.requireNonNull(address, "address"));
        return a;
    }

    /**
     * Returns element {@code AdresPol}: A Polish address.
     *
     * <p>Optional. An alternative to {@code AdresZagr}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable AdresPolski getAdresPol() {
        return adresPol;
    }

    /**
     * Sets element {@code AdresPol}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setAdresPol(@Nullable AdresPolski value) {
        this.adresPol = value;
        if (value != null) {
            this.adresZagr = null;
        }
    }

    /**
     * Returns element {@code AdresZagr}: A foreign address.
     *
     * <p>Optional. An alternative to {@code AdresPol}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable AdresZagraniczny getAdresZagr() {
        return adresZagr;
    }

    /**
     * Sets element {@code AdresZagr}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setAdresZagr(@Nullable AdresZagraniczny value) {
        this.adresZagr = value;
        if (value != null) {
            this.adresPol = null;
        }
    }

    /**
     * Starts building a {@code Adres}.
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
        if (!(o instanceof Adres)) {
            return false;
        }
        Adres other = (Adres) o;
        return Objects.equals(adresPol, other.adresPol)
                && Objects.equals(adresZagr, other.adresZagr);
    }

    @Override
    public int hashCode() {
        return Objects.hash(adresPol, adresZagr);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Adres[");
        String sep = "";
        if (adresPol != null) {
            sb.append(sep).append("AdresPol=").append(adresPol);
            sep = ", ";
        }
        if (adresZagr != null) {
            sb.append(sep).append("AdresZagr=").append(adresZagr);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code Adres} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final Adres value = new Adres();

        private Builder() {
        }

        /**
         * Sets {@code AdresPol}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adres#setAdresPol(AdresPolski)
         */
        public Builder adresPol(@Nullable AdresPolski v) {
            value.setAdresPol(v);
            return this;
        }

        /**
         * Sets {@code AdresZagr}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adres#setAdresZagr(AdresZagraniczny)
         */
        public Builder adresZagr(@Nullable AdresZagraniczny v) {
            value.setAdresZagr(v);
            return this;
        }

        /**
         * Returns a new {@code Adres} with the values set so far.
         *
         * @return a new instance
         */
        public Adres build() {
            return new Adres(value);
        }
    }
}
