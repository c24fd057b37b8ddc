package io.github.acubepl.model.fa1;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A payment due date.
 *
 * <p>Schema element {@code TerminyPlatnosci} (Faktura/Fa/Platnosc/TerminyPlatnosci).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"terminPlatnosci", "terminPlatnosciOpis"})
public final class TerminyPlatnosci {
    @XmlElement(name = "TerminPlatnosci", required = true)
    private @Nullable LocalDate terminPlatnosci;

    @XmlElement(name = "TerminPlatnosciOpis")
    private @Nullable String terminPlatnosciOpis;

    /** Creates an empty instance. */
    public TerminyPlatnosci() {
    }

    private TerminyPlatnosci(TerminyPlatnosci other) {
        this.terminPlatnosci = other.terminPlatnosci;
        this.terminPlatnosciOpis = other.terminPlatnosciOpis;
    }

    /**
     * Returns element {@code TerminPlatnosci}: Payment due date.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable LocalDate getTerminPlatnosci() {
        return terminPlatnosci;
    }

    /**
     * Sets element {@code TerminPlatnosci}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setTerminPlatnosci(@Nullable LocalDate value) {
        this.terminPlatnosci = value;
    }

    /**
     * Returns element {@code TerminPlatnosciOpis}: Description of the payment due date.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getTerminPlatnosciOpis() {
        return terminPlatnosciOpis;
    }

    /**
     * Sets element {@code TerminPlatnosciOpis}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setTerminPlatnosciOpis(@Nullable String value) {
        this.terminPlatnosciOpis = value;
    }

    /**
     * Starts building a {@code TerminyPlatnosci}.
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
        if (!(o instanceof TerminyPlatnosci)) {
            return false;
        }
        TerminyPlatnosci other = (TerminyPlatnosci) o;
        return Objects.equals(terminPlatnosci, other.terminPlatnosci)
                && Objects.equals(terminPlatnosciOpis, other.terminPlatnosciOpis);
    }

    @Override
    public int hashCode() {
        return Objects.hash(terminPlatnosci, terminPlatnosciOpis);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("TerminyPlatnosci[");
        String sep = "";
        if (terminPlatnosci != null) {
            sb.append(sep).append("TerminPlatnosci=").append(terminPlatnosci);
            sep = ", ";
        }
        if (terminPlatnosciOpis != null) {
            sb.append(sep).append("TerminPlatnosciOpis=").append(terminPlatnosciOpis);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code TerminyPlatnosci} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final TerminyPlatnosci value = new TerminyPlatnosci();

        private Builder() {
        }

        /**
         * Sets {@code TerminPlatnosci}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see TerminyPlatnosci#setTerminPlatnosci(LocalDate)
         */
        public Builder terminPlatnosci(@Nullable LocalDate v) {
            value.setTerminPlatnosci(v);
            return this;
        }

        /**
         * Sets {@code TerminPlatnosciOpis}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see TerminyPlatnosci#setTerminPlatnosciOpis(String)
         */
        public Builder terminPlatnosciOpis(@Nullable String v) {
            value.setTerminPlatnosciOpis(v);
            return this;
        }

        /**
         * Returns a new {@code TerminyPlatnosci} with the values set so far.
         *
         * @return a new instance
         */
        public TerminyPlatnosci build() {
            return new TerminyPlatnosci(value);
        }
    }
}
