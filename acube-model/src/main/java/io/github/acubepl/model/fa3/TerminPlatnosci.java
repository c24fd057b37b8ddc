package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A payment due date.
 *
 * <p>Schema element {@code TerminPlatnosci} (Faktura/Fa/Platnosc/TerminPlatnosci).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"termin", "terminOpis"})
public final class TerminPlatnosci {
    @XmlElement(name = "Termin")
    private @Nullable LocalDate termin;

    @XmlElement(name = "TerminOpis")
    private @Nullable TerminOpis terminOpis;

    /** Creates an empty instance. */
    public TerminPlatnosci() {
    }

    private TerminPlatnosci(TerminPlatnosci other) {
        this.termin = other.termin;
        this.terminOpis = other.terminOpis;
    }

    /**
     * Returns element {@code Termin}: Payment due date.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable LocalDate getTermin() {
        return termin;
    }

    /**
     * Sets element {@code Termin}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setTermin(@Nullable LocalDate value) {
        this.termin = value;
    }

    /**
     * Returns element {@code TerminOpis}: Description of the payment due date: a number of units
     * counted from a starting event.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable TerminOpis getTerminOpis() {
        return terminOpis;
    }

    /**
     * Sets element {@code TerminOpis}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setTerminOpis(@Nullable TerminOpis value) {
        this.terminOpis = value;
    }

    /**
     * Starts building a {@code TerminPlatnosci}.
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
        if (!(o instanceof TerminPlatnosci)) {
            return false;
        }
        TerminPlatnosci other = (TerminPlatnosci) o;
        return Objects.equals(termin, other.termin)
                && Objects.equals(terminOpis, other.terminOpis);
    }

    @Override
    public int hashCode() {
        return Objects.hash(termin, terminOpis);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("TerminPlatnosci[");
        String sep = "";
        if (termin != null) {
            sb.append(sep).append("Termin=").append(termin);
            sep = ", ";
        }
        if (terminOpis != null) {
            sb.append(sep).append("TerminOpis=").append(terminOpis);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code TerminPlatnosci} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final TerminPlatnosci value = new TerminPlatnosci();

        private Builder() {
        }

        /**
         * Sets {@code Termin}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see TerminPlatnosci#setTermin(LocalDate)
         */
        public Builder termin(@Nullable LocalDate v) {
            value.setTermin(v);
            return this;
        }

        /**
         * Sets {@code TerminOpis}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see TerminPlatnosci#setTerminOpis(TerminOpis)
         */
        public Builder terminOpis(@Nullable TerminOpis v) {
            value.setTerminOpis(v);
            return this;
        }

        /**
         * Returns a new {@code TerminPlatnosci} with the values set so far.
         *
         * @return a new instance
         */
        public TerminPlatnosci build() {
            return new TerminPlatnosci(value);
        }
    }
}
