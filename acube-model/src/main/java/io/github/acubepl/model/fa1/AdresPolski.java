package io.github.acubepl.model.fa1;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Polish address information.
 *
 * <p>Schema type {@code TAdresPolski}.
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "TAdresPolski", propOrder = {"kodKraju", "wojewodztwo", "powiat", "gmina", "ulica", "nrDomu", "nrLokalu", "miejscowosc", "kodPocztowy", "poczta", "GLN"})
public final class AdresPolski {
    @XmlElement(name = "KodKraju", required = true)
    private @Nullable KodKraju kodKraju;

    @XmlElement(name = "Wojewodztwo")
    private @Nullable String wojewodztwo;

    @XmlElement(name = "Powiat")
    private @Nullable String powiat;

    @XmlElement(name = "Gmina")
    private @Nullable String gmina;

    @XmlElement(name = "Ulica")
    private @Nullable String ulica;

    @XmlElement(name = "NrDomu", required = true)
    private @Nullable String nrDomu;

    @XmlElement(name = "NrLokalu")
    private @Nullable String nrLokalu;

    @XmlElement(name = "Miejscowosc", required = true)
    private @Nullable String miejscowosc;

    @XmlElement(name = "KodPocztowy", required = true)
    private @Nullable String kodPocztowy;

    @XmlElement(name = "Poczta")
    private @Nullable String poczta;

    @XmlElement(name = "GLN")
    private @Nullable String GLN;

    /** Creates an empty instance with the schema's fixed values filled in. */
    public AdresPolski() {
        this.kodKraju = KodKraju.PL;
    }

    private AdresPolski(AdresPolski other) {
        this.kodKraju = other.kodKraju;
        this.wojewodztwo = other.wojewodztwo;
        this.powiat = other.powiat;
        this.gmina = other.gmina;
        this.ulica = other.ulica;
        this.nrDomu = other.nrDomu;
        this.nrLokalu = other.nrLokalu;
        this.miejscowosc = other.miejscowosc;
        this.kodPocztowy = other.kodPocztowy;
        this.poczta = other.poczta;
        this.GLN = other.GLN;
    }

    /**
     * Returns element {@code KodKraju}: Country.
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
     * Returns element {@code Wojewodztwo}: Voivodeship (province).
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getWojewodztwo() {
        return wojewodztwo;
    }

    /**
     * Sets element {@code Wojewodztwo}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setWojewodztwo(@Nullable String value) {
        this.wojewodztwo = value;
    }

    /**
     * Returns element {@code Powiat}: Powiat (county).
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getPowiat() {
        return powiat;
    }

    /**
     * Sets element {@code Powiat}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setPowiat(@Nullable String value) {
        this.powiat = value;
    }

    /**
     * Returns element {@code Gmina}: Gmina (municipality).
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getGmina() {
        return gmina;
    }

    /**
     * Sets element {@code Gmina}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setGmina(@Nullable String value) {
        this.gmina = value;
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
     * <p>Required.
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
     * Returns element {@code KodPocztowy}: Postal code.
     *
     * <p>Required.
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
     * Returns element {@code Poczta}: Name of the post office.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getPoczta() {
        return poczta;
    }

    /**
     * Sets element {@code Poczta}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setPoczta(@Nullable String value) {
        this.poczta = value;
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
     * Starts building a {@code AdresPolski}.
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
        if (!(o instanceof AdresPolski)) {
            return false;
        }
        AdresPolski other = (AdresPolski) o;
        return Objects.equals(kodKraju, other.kodKraju)
                && Objects.equals(wojewodztwo, other.wojewodztwo)
                && Objects.equals(powiat, other.powiat)
                && Objects.equals(gmina, other.gmina)
                && Objects.equals(ulica, other.ulica)
                && Objects.equals(nrDomu, other.nrDomu)
                && Objects.equals(nrLokalu, other.nrLokalu)
                && Objects.equals(miejscowosc, other.miejscowosc)
                && Objects.equals(kodPocztowy, other.kodPocztowy)
                && Objects.equals(poczta, other.poczta)
                && Objects.equals(GLN, other.GLN);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kodKraju, wojewodztwo, powiat, gmina, ulica, nrDomu, nrLokalu, miejscowosc, kodPocztowy, poczta, GLN);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("AdresPolski[");
        String sep = "";
        if (kodKraju != null) {
            sb.append(sep).append("KodKraju=").append(kodKraju);
            sep = ", ";
        }
        if (wojewodztwo != null) {
            sb.append(sep).append("Wojewodztwo=").append(wojewodztwo);
            sep = ", ";
        }
        if (powiat != null) {
            sb.append(sep).append("Powiat=").append(powiat);
            sep = ", ";
        }
        if (gmina != null) {
            sb.append(sep).append("Gmina=").append(gmina);
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
        if (miejscowosc != null) {
            sb.append(sep).append("Miejscowosc=").append(miejscowosc);
            sep = ", ";
        }
        if (kodPocztowy != null) {
            sb.append(sep).append("KodPocztowy=").append(kodPocztowy);
            sep = ", ";
        }
        if (poczta != null) {
            sb.append(sep).append("Poczta=").append(poczta);
            sep = ", ";
        }
        if (GLN != null) {
            sb.append(sep).append("GLN=").append(GLN);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code AdresPolski} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final AdresPolski value = new AdresPolski();

        private Builder() {
        }

        /**
         * Sets {@code KodKraju}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see AdresPolski#setKodKraju(KodKraju)
         */
        public Builder kodKraju(@Nullable KodKraju v) {
            value.setKodKraju(v);
            return this;
        }

        /**
         * Sets {@code Wojewodztwo}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see AdresPolski#setWojewodztwo(String)
         */
        public Builder wojewodztwo(@Nullable String v) {
            value.setWojewodztwo(v);
            return this;
        }

        /**
         * Sets {@code Powiat}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see AdresPolski#setPowiat(String)
         */
        public Builder powiat(@Nullable String v) {
            value.setPowiat(v);
            return this;
        }

        /**
         * Sets {@code Gmina}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see AdresPolski#setGmina(String)
         */
        public Builder gmina(@Nullable String v) {
            value.setGmina(v);
            return this;
        }

        /**
         * Sets {@code Ulica}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see AdresPolski#setUlica(String)
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
         * @see AdresPolski#setNrDomu(String)
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
         * @see AdresPolski#setNrLokalu(String)
         */
        public Builder nrLokalu(@Nullable String v) {
            value.setNrLokalu(v);
            return this;
        }

        /**
         * Sets {@code Miejscowosc}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see AdresPolski#setMiejscowosc(String)
         */
        public Builder miejscowosc(@Nullable String v) {
            value.setMiejscowosc(v);
            return this;
        }

        /**
         * Sets {@code KodPocztowy}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see AdresPolski#setKodPocztowy(String)
         */
        public Builder kodPocztowy(@Nullable String v) {
            value.setKodPocztowy(v);
            return this;
        }

        /**
         * Sets {@code Poczta}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see AdresPolski#setPoczta(String)
         */
        public Builder poczta(@Nullable String v) {
            value.setPoczta(v);
            return this;
        }

        /**
         * Sets {@code GLN}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see AdresPolski#setGLN(String)
         */
        public Builder GLN(@Nullable String v) {
            value.setGLN(v);
            return this;
        }

        /**
         * Returns a new {@code AdresPolski} with the values set so far.
         *
         * @return a new instance
         */
        public AdresPolski build() {
            return new AdresPolski(value);
        }
    }
}
