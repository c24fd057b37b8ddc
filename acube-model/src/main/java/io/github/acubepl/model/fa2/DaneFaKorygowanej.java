package io.github.acubepl.model.fa2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Data of the corrected invoice.
 *
 * <p>Schema element {@code DaneFaKorygowanej} (Faktura/Fa/DaneFaKorygowanej).
 *
 * <p>Some elements are alternatives (an XSD choice): setting one of them to a non-null value clears
 * the others, so only one branch is ever filled.
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"dataWystFaKorygowanej", "nrFaKorygowanej", "nrKSeF", "nrKSeFFaKorygowanej", "nrKSeFN"})
public final class DaneFaKorygowanej {
    @XmlElement(name = "DataWystFaKorygowanej", required = true)
    private @Nullable LocalDate dataWystFaKorygowanej;

    @XmlElement(name = "NrFaKorygowanej", required = true)
    private @Nullable String nrFaKorygowanej;

    @XmlElement(name = "NrKSeF")
    private @Nullable Wybor1 nrKSeF;

    @XmlElement(name = "NrKSeFFaKorygowanej")
    private @Nullable String nrKSeFFaKorygowanej;

    @XmlElement(name = "NrKSeFN")
    private @Nullable Wybor1 nrKSeFN;

    /** Creates an empty instance. */
    public DaneFaKorygowanej() {
    }

    private DaneFaKorygowanej(DaneFaKorygowanej other) {
        this.dataWystFaKorygowanej = other.dataWystFaKorygowanej;
        this.nrFaKorygowanej = other.nrFaKorygowanej;
        this.nrKSeF = other.nrKSeF;
        this.nrKSeFFaKorygowanej = other.nrKSeFFaKorygowanej;
        this.nrKSeFN = other.nrKSeFN;
    }

    /**
     * Returns element {@code DataWystFaKorygowanej}: Issue date of the invoice to which the
     * corrective invoice relates.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable LocalDate getDataWystFaKorygowanej() {
        return dataWystFaKorygowanej;
    }

    /**
     * Sets element {@code DataWystFaKorygowanej}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setDataWystFaKorygowanej(@Nullable LocalDate value) {
        this.dataWystFaKorygowanej = value;
    }

    /**
     * Returns element {@code NrFaKorygowanej}: Number of the corrected invoice.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getNrFaKorygowanej() {
        return nrFaKorygowanej;
    }

    /**
     * Sets element {@code NrFaKorygowanej}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNrFaKorygowanej(@Nullable String value) {
        this.nrFaKorygowanej = value;
    }

    /**
     * Returns element {@code NrKSeF}: Flag: the corrected invoice has a KSeF number (given in
     * NrKSeFFaKorygowanej).
     *
     * <p>Optional. An alternative to {@code NrKSeFN}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1 getNrKSeF() {
        return nrKSeF;
    }

    /**
     * Sets element {@code NrKSeF}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNrKSeF(@Nullable Wybor1 value) {
        this.nrKSeF = value;
        if (value != null) {
            this.nrKSeFN = null;
        }
    }

    /**
     * Returns element {@code NrKSeFFaKorygowanej}: Number identifying the corrected invoice in the
     * National e-Invoice System (KSeF).
     *
     * <p>Optional. An alternative to {@code NrKSeFN}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getNrKSeFFaKorygowanej() {
        return nrKSeFFaKorygowanej;
    }

    /**
     * Sets element {@code NrKSeFFaKorygowanej}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNrKSeFFaKorygowanej(@Nullable String value) {
        this.nrKSeFFaKorygowanej = value;
        if (value != null) {
            this.nrKSeFN = null;
        }
    }

    /**
     * Returns element {@code NrKSeFN}: Flag: the corrected invoice was issued outside KSeF.
     *
     * <p>Optional. An alternative to {@code NrKSeF}, {@code NrKSeFFaKorygowanej}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1 getNrKSeFN() {
        return nrKSeFN;
    }

    /**
     * Sets element {@code NrKSeFN}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNrKSeFN(@Nullable Wybor1 value) {
        this.nrKSeFN = value;
        if (value != null) {
            this.nrKSeF = null;
            this.nrKSeFFaKorygowanej = null;
        }
    }

    /**
     * Starts building a {@code DaneFaKorygowanej}.
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
        if (!(o instanceof DaneFaKorygowanej)) {
            return false;
        }
        DaneFaKorygowanej other = (DaneFaKorygowanej) o;
        return Objects.equals(dataWystFaKorygowanej, other.dataWystFaKorygowanej)
                && Objects.equals(nrFaKorygowanej, other.nrFaKorygowanej)
                && Objects.equals(nrKSeF, other.nrKSeF)
                && Objects.equals(nrKSeFFaKorygowanej, other.nrKSeFFaKorygowanej)
                && Objects.equals(nrKSeFN, other.nrKSeFN);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dataWystFaKorygowanej, nrFaKorygowanej, nrKSeF, nrKSeFFaKorygowanej, nrKSeFN);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("DaneFaKorygowanej[");
        String sep = "";
        if (dataWystFaKorygowanej != null) {
            sb.append(sep).append("DataWystFaKorygowanej=").append(dataWystFaKorygowanej);
            sep = ", ";
        }
        if (nrFaKorygowanej != null) {
            sb.append(sep).append("NrFaKorygowanej=").append(nrFaKorygowanej);
            sep = ", ";
        }
        if (nrKSeF != null) {
            sb.append(sep).append("NrKSeF=").append(nrKSeF);
            sep = ", ";
        }
        if (nrKSeFFaKorygowanej != null) {
            sb.append(sep).append("NrKSeFFaKorygowanej=").append(nrKSeFFaKorygowanej);
            sep = ", ";
        }
        if (nrKSeFN != null) {
            sb.append(sep).append("NrKSeFN=").append(nrKSeFN);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code DaneFaKorygowanej} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final DaneFaKorygowanej value = new DaneFaKorygowanej();

        private Builder() {
        }

        /**
         * Sets {@code DataWystFaKorygowanej}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see DaneFaKorygowanej#setDataWystFaKorygowanej(LocalDate)
         */
        public Builder dataWystFaKorygowanej(@Nullable LocalDate v) {
            value.setDataWystFaKorygowanej(v);
            return this;
        }

        /**
         * Sets {@code NrFaKorygowanej}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see DaneFaKorygowanej#setNrFaKorygowanej(String)
         */
        public Builder nrFaKorygowanej(@Nullable String v) {
            value.setNrFaKorygowanej(v);
            return this;
        }

        /**
         * Sets {@code NrKSeF}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see DaneFaKorygowanej#setNrKSeF(Wybor1)
         */
        public Builder nrKSeF(@Nullable Wybor1 v) {
            value.setNrKSeF(v);
            return this;
        }

        /**
         * Sets {@code NrKSeFFaKorygowanej}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see DaneFaKorygowanej#setNrKSeFFaKorygowanej(String)
         */
        public Builder nrKSeFFaKorygowanej(@Nullable String v) {
            value.setNrKSeFFaKorygowanej(v);
            return this;
        }

        /**
         * Sets {@code NrKSeFN}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see DaneFaKorygowanej#setNrKSeFN(Wybor1)
         */
        public Builder nrKSeFN(@Nullable Wybor1 v) {
            value.setNrKSeFN(v);
            return this;
        }

        /**
         * Returns a new {@code DaneFaKorygowanej} with the values set so far.
         *
         * @return a new instance
         */
        public DaneFaKorygowanej build() {
            return new DaneFaKorygowanej(value);
        }
    }
}
