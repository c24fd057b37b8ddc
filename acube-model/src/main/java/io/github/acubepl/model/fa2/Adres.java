package io.github.acubepl.model.fa2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Address information.
 *
 * <p>Schema type {@code TAdres}.
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "TAdres", propOrder = {"kodKraju", "adresL1", "adresL2", "GLN"})
public final class Adres {
    @XmlElement(name = "KodKraju", required = true)
    private @Nullable KodKraju kodKraju;

    @XmlElement(name = "AdresL1", required = true)
    private @Nullable String adresL1;

    @XmlElement(name = "AdresL2")
    private @Nullable String adresL2;

    @XmlElement(name = "GLN")
    private @Nullable String GLN;

    /** Creates an empty instance. */
    public Adres() {
    }

    private Adres(Adres other) {
        this.kodKraju = other.kodKraju;
        this.adresL1 = other.adresL1;
        this.adresL2 = other.adresL2;
        this.GLN = other.GLN;
    }

    /**
     * An address in the country {@code country}, written as one line ({@code AdresL1}).
     *
     * @param country the country code ({@code KodKraju})
     * @param line1 the address ({@code AdresL1}, street, number, postal code and town)
     * @return a new address
     */
    public static Adres of(KodKraju country, String line1) {
        Adres a = new Adres();
        a.setKodKraju(Objects.requireNonNull(country, "country"));
        a.setAdresL1(Objects.requireNonNull(line1, "line1"));
        return a;
    }

    /**
     * An address in the country {@code country}, written as two lines ({@code AdresL1},
     * {@code AdresL2}).
     *
     * @param country the country code ({@code KodKraju})
     * @param line1 the first line ({@code AdresL1})
     * @param line2 the second line ({@code AdresL2})
     * @return a new address
     */
    public static Adres of(KodKraju country, String line1, String line2) {
        Adres a = of(country, line1);
        a.setAdresL2(Objects.requireNonNull(line2, "line2"));
        return a;
    }

    /**
     * Returns element {@code KodKraju}: Country code.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable KodKraju getKodKraju() {
        return kodKraju;
    }

    /**
     * Sets element {@code KodKraju}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setKodKraju(@Nullable KodKraju value) {
        this.kodKraju = value;
    }

    /**
     * Returns element {@code AdresL1}: Address (first line).
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getAdresL1() {
        return adresL1;
    }

    /**
     * Sets element {@code AdresL1}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setAdresL1(@Nullable String value) {
        this.adresL1 = value;
    }

    /**
     * Returns element {@code AdresL2}: Address (second line).
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getAdresL2() {
        return adresL2;
    }

    /**
     * Sets element {@code AdresL2}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setAdresL2(@Nullable String value) {
        this.adresL2 = value;
    }

    /**
     * Returns element {@code GLN}: Global Location Number (GLN).
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getGLN() {
        return GLN;
    }

    /**
     * Sets element {@code GLN}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setGLN(@Nullable String value) {
        this.GLN = value;
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
        return Objects.equals(kodKraju, other.kodKraju)
                && Objects.equals(adresL1, other.adresL1)
                && Objects.equals(adresL2, other.adresL2)
                && Objects.equals(GLN, other.GLN);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kodKraju, adresL1, adresL2, GLN);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Adres[");
        String sep = "";
        if (kodKraju != null) {
            sb.append(sep).append("KodKraju=").append(kodKraju);
            sep = ", ";
        }
        if (adresL1 != null) {
            sb.append(sep).append("AdresL1=").append(adresL1);
            sep = ", ";
        }
        if (adresL2 != null) {
            sb.append(sep).append("AdresL2=").append(adresL2);
            sep = ", ";
        }
        if (GLN != null) {
            sb.append(sep).append("GLN=").append(GLN);
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
         * Sets {@code KodKraju}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adres#setKodKraju(KodKraju)
         */
        public Builder kodKraju(@Nullable KodKraju v) {
            value.setKodKraju(v);
            return this;
        }

        /**
         * Sets {@code AdresL1}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adres#setAdresL1(String)
         */
        public Builder adresL1(@Nullable String v) {
            value.setAdresL1(v);
            return this;
        }

        /**
         * Sets {@code AdresL2}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adres#setAdresL2(String)
         */
        public Builder adresL2(@Nullable String v) {
            value.setAdresL2(v);
            return this;
        }

        /**
         * Sets {@code GLN}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adres#setGLN(String)
         */
        public Builder GLN(@Nullable String v) {
            value.setGLN(v);
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
