package io.github.acubepl.model.fa1;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A contract: its date and number.
 *
 * <p>Schema element {@code Umowy} (Faktura/Fa/WarunkiTransakcji/Umowy).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"dataUmowy", "nrUmowy"})
public final class Umowy {
    @XmlElement(name = "DataUmowy")
    private @Nullable LocalDate dataUmowy;

    @XmlElement(name = "NrUmowy")
    private @Nullable String nrUmowy;

    /** Creates an empty instance. */
    public Umowy() {
    }

    private Umowy(Umowy other) {
        this.dataUmowy = other.dataUmowy;
        this.nrUmowy = other.nrUmowy;
    }

    /**
     * Returns element {@code DataUmowy}: Contract date.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable LocalDate getDataUmowy() {
        return dataUmowy;
    }

    /**
     * Sets element {@code DataUmowy}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setDataUmowy(@Nullable LocalDate value) {
        this.dataUmowy = value;
    }

    /**
     * Returns element {@code NrUmowy}: Contract number.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getNrUmowy() {
        return nrUmowy;
    }

    /**
     * Sets element {@code NrUmowy}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNrUmowy(@Nullable String value) {
        this.nrUmowy = value;
    }

    /**
     * Starts building a {@code Umowy}.
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
        if (!(o instanceof Umowy)) {
            return false;
        }
        Umowy other = (Umowy) o;
        return Objects.equals(dataUmowy, other.dataUmowy)
                && Objects.equals(nrUmowy, other.nrUmowy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dataUmowy, nrUmowy);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Umowy[");
        String sep = "";
        if (dataUmowy != null) {
            sb.append(sep).append("DataUmowy=").append(dataUmowy);
            sep = ", ";
        }
        if (nrUmowy != null) {
            sb.append(sep).append("NrUmowy=").append(nrUmowy);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code Umowy} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final Umowy value = new Umowy();

        private Builder() {
        }

        /**
         * Sets {@code DataUmowy}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Umowy#setDataUmowy(LocalDate)
         */
        public Builder dataUmowy(@Nullable LocalDate v) {
            value.setDataUmowy(v);
            return this;
        }

        /**
         * Sets {@code NrUmowy}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Umowy#setNrUmowy(String)
         */
        public Builder nrUmowy(@Nullable String v) {
            value.setNrUmowy(v);
            return this;
        }

        /**
         * Returns a new {@code Umowy} with the values set so far.
         *
         * @return a new instance
         */
        public Umowy build() {
            return new Umowy(value);
        }
    }
}
