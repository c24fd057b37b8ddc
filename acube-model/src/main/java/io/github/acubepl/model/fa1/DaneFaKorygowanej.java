package io.github.acubepl.model.fa1;

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
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"dataWystFaKorygowanej", "nrFaKorygowanej", "nrKSeFFaKorygowanej"})
public final class DaneFaKorygowanej {
    @XmlElement(name = "DataWystFaKorygowanej", required = true)
    private @Nullable LocalDate dataWystFaKorygowanej;

    @XmlElement(name = "NrFaKorygowanej", required = true)
    private @Nullable String nrFaKorygowanej;

    @XmlElement(name = "NrKSeFFaKorygowanej", required = true)
    private @Nullable String nrKSeFFaKorygowanej;

    /** Creates an empty instance. */
    public DaneFaKorygowanej() {
    }

    private DaneFaKorygowanej(DaneFaKorygowanej other) {
        this.dataWystFaKorygowanej = other.dataWystFaKorygowanej;
        this.nrFaKorygowanej = other.nrFaKorygowanej;
        this.nrKSeFFaKorygowanej = other.nrKSeFFaKorygowanej;
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
     * Returns element {@code NrKSeFFaKorygowanej}: Number identifying the corrected invoice in the
     * National e-Invoice System (KSeF).
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getNrKSeFFaKorygowanej() {
        return nrKSeFFaKorygowanej;
    }

    /**
     * Sets element {@code NrKSeFFaKorygowanej}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNrKSeFFaKorygowanej(@Nullable String value) {
        this.nrKSeFFaKorygowanej = value;
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
                && Objects.equals(nrKSeFFaKorygowanej, other.nrKSeFFaKorygowanej);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dataWystFaKorygowanej, nrFaKorygowanej, nrKSeFFaKorygowanej);
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
        if (nrKSeFFaKorygowanej != null) {
            sb.append(sep).append("NrKSeFFaKorygowanej=").append(nrKSeFFaKorygowanej);
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
         * Returns a new {@code DaneFaKorygowanej} with the values set so far.
         *
         * @return a new instance
         */
        public DaneFaKorygowanej build() {
            return new DaneFaKorygowanej(value);
        }
    }
}
