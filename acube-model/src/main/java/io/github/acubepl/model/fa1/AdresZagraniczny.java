package io.github.acubepl.model.fa1;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Foreign address information.
 *
 * <p>Schema type {@code TAdresZagraniczny}.
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "TAdresZagraniczny", propOrder = {"kodKraju", "kodPocztowy", "miejscowosc", "ulica", "nrDomu", "nrLokalu", "GLN"})
public final class AdresZagraniczny {
    @XmlElement(name = "KodKraju", required = true)
    private @Nullable KodKraju kodKraju;

    @XmlElement(name = "KodPocztowy")
    private @Nullable String kodPocztowy;

    @XmlElement(name = "Miejscowosc", required = true)
    private @Nullable String miejscowosc;

    @XmlElement(name = "Ulica")
    private @Nullable String ulica;

    @XmlElement(name = "NrDomu")
    private @Nullable String nrDomu;

    @XmlElement(name = "NrLokalu")
    private @Nullable String nrLokalu;

    @XmlElement(name = "GLN")
    private @Nullable String GLN;

    /** Creates an empty instance. */
    public AdresZagraniczny() {
    }

    private AdresZagraniczny(AdresZagraniczny other) {
        this.kodKraju = other.kodKraju;
        this.kodPocztowy = other.kodPocztowy;
        this.miejscowosc = other.miejscowosc;
        this.ulica = other.ulica;
        this.nrDomu = other.nrDomu;
        this.nrLokalu = other.nrLokalu;
        this.GLN = other.GLN;
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
     * Returns element {@code KodPocztowy}: Postal code.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getKodPocztowy() {
        return kodPocztowy;
    }

    /**
     * Sets element {@code KodPocztowy}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setKodPocztowy(@Nullable String value) {
        this.kodPocztowy = value;
    }

    /**
     * Returns element {@code Miejscowosc}: City/town name.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getMiejscowosc() {
        return miejscowosc;
    }

    /**
     * Sets element {@code Miejscowosc}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setMiejscowosc(@Nullable String value) {
        this.miejscowosc = value;
    }

    /**
     * Returns element {@code Ulica}: Street name.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getUlica() {
        return ulica;
    }

    /**
     * Sets element {@code Ulica}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setUlica(@Nullable String value) {
        this.ulica = value;
    }

    /**
     * Returns element {@code NrDomu}: Building number.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getNrDomu() {
        return nrDomu;
    }

    /**
     * Sets element {@code NrDomu}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNrDomu(@Nullable String value) {
        this.nrDomu = value;
    }

    /**
     * Returns element {@code NrLokalu}: Flat (unit) number.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getNrLokalu() {
        return nrLokalu;
    }

    /**
     * Sets element {@code NrLokalu}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNrLokalu(@Nullable String value) {
        this.nrLokalu = value;
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
     * Starts building a {@code AdresZagraniczny}.
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
        if (!(o instanceof AdresZagraniczny)) {
            return false;
        }
        AdresZagraniczny other = (AdresZagraniczny) o;
        return Objects.equals(kodKraju, other.kodKraju)
                && Objects.equals(kodPocztowy, other.kodPocztowy)
                && Objects.equals(miejscowosc, other.miejscowosc)
                && Objects.equals(ulica, other.ulica)
                && Objects.equals(nrDomu, other.nrDomu)
                && Objects.equals(nrLokalu, other.nrLokalu)
                && Objects.equals(GLN, other.GLN);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kodKraju, kodPocztowy, miejscowosc, ulica, nrDomu, nrLokalu, GLN);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("AdresZagraniczny[");
        String sep = "";
        if (kodKraju != null) {
            sb.append(sep).append("KodKraju=").append(kodKraju);
            sep = ", ";
        }
        if (kodPocztowy != null) {
            sb.append(sep).append("KodPocztowy=").append(kodPocztowy);
            sep = ", ";
        }
        if (miejscowosc != null) {
            sb.append(sep).append("Miejscowosc=").append(miejscowosc);
            sep = ", ";
        }
        if (ulica != null) {
            sb.append(sep).append("Ulica=").append(ulica);
            sep = ", ";
        }
        if (nrDomu != null) {
            sb.append(sep).append("NrDomu=").append(nrDomu);
            sep = ", ";
        }
        if (nrLokalu != null) {
            sb.append(sep).append("NrLokalu=").append(nrLokalu);
            sep = ", ";
        }
        if (GLN != null) {
            sb.append(sep).append("GLN=").append(GLN);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code AdresZagraniczny} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final AdresZagraniczny value = new AdresZagraniczny();

        private Builder() {
        }

        /**
         * Sets {@code KodKraju}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see AdresZagraniczny#setKodKraju(KodKraju)
         */
        public Builder kodKraju(@Nullable KodKraju v) {
            value.setKodKraju(v);
            return this;
        }

        /**
         * Sets {@code KodPocztowy}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see AdresZagraniczny#setKodPocztowy(String)
         */
        public Builder kodPocztowy(@Nullable String v) {
            value.setKodPocztowy(v);
            return this;
        }

        /**
         * Sets {@code Miejscowosc}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see AdresZagraniczny#setMiejscowosc(String)
         */
        public Builder miejscowosc(@Nullable String v) {
            value.setMiejscowosc(v);
            return this;
        }

        /**
         * Sets {@code Ulica}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see AdresZagraniczny#setUlica(String)
         */
        public Builder ulica(@Nullable String v) {
            value.setUlica(v);
            return this;
        }

        /**
         * Sets {@code NrDomu}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see AdresZagraniczny#setNrDomu(String)
         */
        public Builder nrDomu(@Nullable String v) {
            value.setNrDomu(v);
            return this;
        }

        /**
         * Sets {@code NrLokalu}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see AdresZagraniczny#setNrLokalu(String)
         */
        public Builder nrLokalu(@Nullable String v) {
            value.setNrLokalu(v);
            return this;
        }

        /**
         * Sets {@code GLN}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see AdresZagraniczny#setGLN(String)
         */
        public Builder GLN(@Nullable String v) {
            value.setGLN(v);
            return this;
        }

        /**
         * Returns a new {@code AdresZagraniczny} with the values set so far.
         *
         * @return a new instance
         */
        public AdresZagraniczny build() {
            return new AdresZagraniczny(value);
        }
    }
}
