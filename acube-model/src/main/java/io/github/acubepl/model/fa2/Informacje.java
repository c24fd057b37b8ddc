package io.github.acubepl.model.fa2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Other information.
 *
 * <p>Schema element {@code Informacje} (Faktura/Stopka/Informacje).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"stopkaFaktury"})
public final class Informacje {
    @XmlElement(name = "StopkaFaktury")
    private @Nullable String stopkaFaktury;

    /** Creates an empty instance. */
    public Informacje() {
    }

    private Informacje(Informacje other) {
        this.stopkaFaktury = other.stopkaFaktury;
    }

    /**
     * Returns element {@code StopkaFaktury}: Invoice footer.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getStopkaFaktury() {
        return stopkaFaktury;
    }

    /**
     * Sets element {@code StopkaFaktury}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setStopkaFaktury(@Nullable String value) {
        this.stopkaFaktury = value;
    }

    /**
     * Starts building a {@code Informacje}.
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
        if (!(o instanceof Informacje)) {
            return false;
        }
        Informacje other = (Informacje) o;
        return Objects.equals(stopkaFaktury, other.stopkaFaktury);
    }

    @Override
    public int hashCode() {
        return Objects.hash(stopkaFaktury);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Informacje[");
        String sep = "";
        if (stopkaFaktury != null) {
            sb.append(sep).append("StopkaFaktury=").append(stopkaFaktury);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code Informacje} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final Informacje value = new Informacje();

        private Builder() {
        }

        /**
         * Sets {@code StopkaFaktury}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Informacje#setStopkaFaktury(String)
         */
        public Builder stopkaFaktury(@Nullable String v) {
            value.setStopkaFaktury(v);
            return this;
        }

        /**
         * Returns a new {@code Informacje} with the values set so far.
         *
         * @return a new instance
         */
        public Informacje build() {
            return new Informacje(value);
        }
    }
}
