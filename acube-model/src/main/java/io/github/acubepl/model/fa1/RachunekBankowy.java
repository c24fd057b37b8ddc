package io.github.acubepl.model.fa1;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Bank account information.
 *
 * <p>Schema type {@code TRachunekBankowy}.
 *
 * <p>Some elements are alternatives (an XSD choice): setting one of them to a non-null value clears
 * the others, so only one branch is ever filled.
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "TRachunekBankowy", propOrder = {"nrRBPL", "nrRBZagr", "SWIFT", "rachunekWlasnyBanku", "nazwaBanku"})
public final class RachunekBankowy {
    @XmlElement(name = "NrRBPL")
    private @Nullable String nrRBPL;

    @XmlElement(name = "NrRBZagr")
    private @Nullable String nrRBZagr;

    @XmlElement(name = "SWIFT")
    private @Nullable String SWIFT;

    @XmlElement(name = "RachunekWlasnyBanku")
    private @Nullable RachunekWlasnyBanku rachunekWlasnyBanku;

    @XmlElement(name = "NazwaBanku")
    private @Nullable String nazwaBanku;

    /** Creates an empty instance. */
    public RachunekBankowy() {
    }

    private RachunekBankowy(RachunekBankowy other) {
        this.nrRBPL = other.nrRBPL;
        this.nrRBZagr = other.nrRBZagr;
        this.SWIFT = other.SWIFT;
        this.rachunekWlasnyBanku = other.rachunekWlasnyBanku;
        this.nazwaBanku = other.nazwaBanku;
    }

    /**
     * Returns element {@code NrRBPL}: Full account number in the NRB standard.
     *
     * <p>Optional. An alternative to {@code NrRBZagr}, {@code SWIFT}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getNrRBPL() {
        return nrRBPL;
    }

    /**
     * Sets element {@code NrRBPL}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNrRBPL(@Nullable String value) {
        this.nrRBPL = value;
        if (value != null) {
            this.nrRBZagr = null;
            this.SWIFT = null;
        }
    }

    /**
     * Returns element {@code NrRBZagr}: Full foreign account number.
     *
     * <p>Optional. An alternative to {@code NrRBPL}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getNrRBZagr() {
        return nrRBZagr;
    }

    /**
     * Sets element {@code NrRBZagr}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNrRBZagr(@Nullable String value) {
        this.nrRBZagr = value;
        if (value != null) {
            this.nrRBPL = null;
        }
    }

    /**
     * Returns element {@code SWIFT}: SWIFT code.
     *
     * <p>Optional. An alternative to {@code NrRBPL}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getSWIFT() {
        return SWIFT;
    }

    /**
     * Sets element {@code SWIFT}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setSWIFT(@Nullable String value) {
        this.SWIFT = value;
        if (value != null) {
            this.nrRBPL = null;
        }
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
        return Objects.equals(nrRBPL, other.nrRBPL)
                && Objects.equals(nrRBZagr, other.nrRBZagr)
                && Objects.equals(SWIFT, other.SWIFT)
                && Objects.equals(rachunekWlasnyBanku, other.rachunekWlasnyBanku)
                && Objects.equals(nazwaBanku, other.nazwaBanku);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nrRBPL, nrRBZagr, SWIFT, rachunekWlasnyBanku, nazwaBanku);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("RachunekBankowy[");
        String sep = "";
        if (nrRBPL != null) {
            sb.append(sep).append("NrRBPL=").append(nrRBPL);
            sep = ", ";
        }
        if (nrRBZagr != null) {
            sb.append(sep).append("NrRBZagr=").append(nrRBZagr);
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
         * Sets {@code NrRBPL}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see RachunekBankowy#setNrRBPL(String)
         */
        public Builder nrRBPL(@Nullable String v) {
            value.setNrRBPL(v);
            return this;
        }

        /**
         * Sets {@code NrRBZagr}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see RachunekBankowy#setNrRBZagr(String)
         */
        public Builder nrRBZagr(@Nullable String v) {
            value.setNrRBZagr(v);
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
         * Returns a new {@code RachunekBankowy} with the values set so far.
         *
         * @return a new instance
         */
        public RachunekBankowy build() {
            return new RachunekBankowy(value);
        }
    }
}
