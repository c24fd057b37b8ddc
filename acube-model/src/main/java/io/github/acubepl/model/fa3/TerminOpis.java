package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Description of the payment due date: a number of units counted from a starting event.
 *
 * <p>Schema element {@code TerminOpis} (Faktura/Fa/Platnosc/TerminPlatnosci/TerminOpis).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"ilosc", "jednostka", "zdarzeniePoczatkowe"})
public final class TerminOpis {
    @XmlElement(name = "Ilosc", required = true)
    private @Nullable Long ilosc;

    @XmlElement(name = "Jednostka", required = true)
    private @Nullable String jednostka;

    @XmlElement(name = "ZdarzeniePoczatkowe", required = true)
    private @Nullable String zdarzeniePoczatkowe;

    /** Creates an empty instance. */
    public TerminOpis() {
    }

    private TerminOpis(TerminOpis other) {
        this.ilosc = other.ilosc;
        this.jednostka = other.jednostka;
        this.zdarzeniePoczatkowe = other.zdarzeniePoczatkowe;
    }

    /**
     * Returns element {@code Ilosc}: Number of units (days, weeks, months...).
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Long getIlosc() {
        return ilosc;
    }

    /**
     * Sets element {@code Ilosc}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setIlosc(@Nullable Long value) {
        this.ilosc = value;
    }

    /**
     * Returns element {@code Jednostka}: The unit, such as days.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getJednostka() {
        return jednostka;
    }

    /**
     * Sets element {@code Jednostka}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setJednostka(@Nullable String value) {
        this.jednostka = value;
    }

    /**
     * Returns element {@code ZdarzeniePoczatkowe}: The event from which the term runs, such as the
     * delivery.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getZdarzeniePoczatkowe() {
        return zdarzeniePoczatkowe;
    }

    /**
     * Sets element {@code ZdarzeniePoczatkowe}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setZdarzeniePoczatkowe(@Nullable String value) {
        this.zdarzeniePoczatkowe = value;
    }

    /**
     * Starts building a {@code TerminOpis}.
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
        if (!(o instanceof TerminOpis)) {
            return false;
        }
        TerminOpis other = (TerminOpis) o;
        return Objects.equals(ilosc, other.ilosc)
                && Objects.equals(jednostka, other.jednostka)
                && Objects.equals(zdarzeniePoczatkowe, other.zdarzeniePoczatkowe);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ilosc, jednostka, zdarzeniePoczatkowe);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("TerminOpis[");
        String sep = "";
        if (ilosc != null) {
            sb.append(sep).append("Ilosc=").append(ilosc);
            sep = ", ";
        }
        if (jednostka != null) {
            sb.append(sep).append("Jednostka=").append(jednostka);
            sep = ", ";
        }
        if (zdarzeniePoczatkowe != null) {
            sb.append(sep).append("ZdarzeniePoczatkowe=").append(zdarzeniePoczatkowe);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code TerminOpis} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final TerminOpis value = new TerminOpis();

        private Builder() {
        }

        /**
         * Sets {@code Ilosc}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see TerminOpis#setIlosc(Long)
         */
        public Builder ilosc(@Nullable Long v) {
            value.setIlosc(v);
            return this;
        }

        /**
         * Sets {@code Ilosc}.
         *
         * @param v the value
         *
         * @return this builder
         */
        public Builder ilosc(long v) {
            value.setIlosc(v);
            return this;
        }

        /**
         * Sets {@code Jednostka}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see TerminOpis#setJednostka(String)
         */
        public Builder jednostka(@Nullable String v) {
            value.setJednostka(v);
            return this;
        }

        /**
         * Sets {@code ZdarzeniePoczatkowe}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see TerminOpis#setZdarzeniePoczatkowe(String)
         */
        public Builder zdarzeniePoczatkowe(@Nullable String v) {
            value.setZdarzeniePoczatkowe(v);
            return this;
        }

        /**
         * Returns a new {@code TerminOpis} with the values set so far.
         *
         * @return a new instance
         */
        public TerminOpis build() {
            return new TerminOpis(value);
        }
    }
}
