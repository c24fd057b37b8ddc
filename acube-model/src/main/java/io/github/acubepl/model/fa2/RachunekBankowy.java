package io.github.acubepl.model.fa2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Bank account information.
 *
 * <p>Schema type {@code TRachunekBankowy}.
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "TRachunekBankowy", propOrder = {"nrRB", "SWIFT", "rachunekWlasnyBanku", "nazwaBanku", "opisRachunku"})
public final class RachunekBankowy {
    @XmlElement(name = "NrRB", required = true)
    private @Nullable String nrRB;

    @XmlElement(name = "SWIFT")
    private @Nullable String SWIFT;

    @XmlElement(name = "RachunekWlasnyBanku")
    private @Nullable RachunekWlasnyBanku rachunekWlasnyBanku;

    @XmlElement(name = "NazwaBanku")
    private @Nullable String nazwaBanku;

    @XmlElement(name = "OpisRachunku")
    private @Nullable String opisRachunku;

    /** Creates an empty instance. */
    public RachunekBankowy() {
    }

    private RachunekBankowy(RachunekBankowy other) {
        this.nrRB = other.nrRB;
        this.SWIFT = other.SWIFT;
        this.rachunekWlasnyBanku = other.rachunekWlasnyBanku;
        this.nazwaBanku = other.nazwaBanku;
        this.opisRachunku = other.opisRachunku;
    }

    /**
     * Returns element {@code NrRB}: Full account number.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getNrRB() {
        return nrRB;
    }

    /**
     * Sets element {@code NrRB}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNrRB(@Nullable String value) {
        this.nrRB = value;
    }

    /**
     * Returns element {@code SWIFT}: SWIFT code.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getSWIFT() {
        return SWIFT;
    }

    /**
     * Sets element {@code SWIFT}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setSWIFT(@Nullable String value) {
        this.SWIFT = value;
    }

    /**
     * Returns element {@code RachunekWlasnyBanku}: Bank's own account.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable RachunekWlasnyBanku getRachunekWlasnyBanku() {
        return rachunekWlasnyBanku;
    }

    /**
     * Sets element {@code RachunekWlasnyBanku}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setRachunekWlasnyBanku(@Nullable RachunekWlasnyBanku value) {
        this.rachunekWlasnyBanku = value;
    }

    /**
     * Returns element {@code NazwaBanku}: Bank name.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getNazwaBanku() {
        return nazwaBanku;
    }

    /**
     * Sets element {@code NazwaBanku}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNazwaBanku(@Nullable String value) {
        this.nazwaBanku = value;
    }

    /**
     * Returns element {@code OpisRachunku}: Description of the account.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getOpisRachunku() {
        return opisRachunku;
    }

    /**
     * Sets element {@code OpisRachunku}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setOpisRachunku(@Nullable String value) {
        this.opisRachunku = value;
    }

    /**
     * Starts building a {@code RachunekBankowy}.
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
        if (!(o instanceof RachunekBankowy)) {
            return false;
        }
        RachunekBankowy other = (RachunekBankowy) o;
        return Objects.equals(nrRB, other.nrRB)
                && Objects.equals(SWIFT, other.SWIFT)
                && Objects.equals(rachunekWlasnyBanku, other.rachunekWlasnyBanku)
                && Objects.equals(nazwaBanku, other.nazwaBanku)
                && Objects.equals(opisRachunku, other.opisRachunku);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nrRB, SWIFT, rachunekWlasnyBanku, nazwaBanku, opisRachunku);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("RachunekBankowy[");
        String sep = "";
        if (nrRB != null) {
            sb.append(sep).append("NrRB=").append(nrRB);
            sep = ", ";
        }
        if (SWIFT != null) {
            sb.append(sep).append("SWIFT=").append(SWIFT);
            sep = ", ";
        }
        if (rachunekWlasnyBanku != null) {
            sb.append(sep).append("RachunekWlasnyBanku=").append(rachunekWlasnyBanku);
            sep = ", ";
        }
        if (nazwaBanku != null) {
            sb.append(sep).append("NazwaBanku=").append(nazwaBanku);
            sep = ", ";
        }
        if (opisRachunku != null) {
            sb.append(sep).append("OpisRachunku=").append(opisRachunku);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code RachunekBankowy} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final RachunekBankowy value = new RachunekBankowy();

        private Builder() {
        }

        /**
         * Sets {@code NrRB}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see RachunekBankowy#setNrRB(String)
         */
        public Builder nrRB(@Nullable String v) {
            value.setNrRB(v);
            return this;
        }

        /**
         * Sets {@code SWIFT}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see RachunekBankowy#setSWIFT(String)
         */
        public Builder SWIFT(@Nullable String v) {
            value.setSWIFT(v);
            return this;
        }

        /**
         * Sets {@code RachunekWlasnyBanku}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see RachunekBankowy#setRachunekWlasnyBanku(RachunekWlasnyBanku)
         */
        public Builder rachunekWlasnyBanku(@Nullable RachunekWlasnyBanku v) {
            value.setRachunekWlasnyBanku(v);
            return this;
        }

        /**
         * Sets {@code NazwaBanku}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see RachunekBankowy#setNazwaBanku(String)
         */
        public Builder nazwaBanku(@Nullable String v) {
            value.setNazwaBanku(v);
            return this;
        }

        /**
         * Sets {@code OpisRachunku}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see RachunekBankowy#setOpisRachunku(String)
         */
        public Builder opisRachunku(@Nullable String v) {
            value.setOpisRachunku(v);
            return this;
        }

        /**
         * Returns a new {@code RachunekBankowy} with the values set so far.
         *
         * @return a new instance
         */
        public RachunekBankowy build() {
            return new RachunekBankowy(value);
        }
    }
}
