package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An order: its date and number.
 *
 * <p>Schema element {@code Zamowienia} (Faktura/Fa/WarunkiTransakcji/Zamowienia).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"dataZamowienia", "nrZamowienia"})
public final class Zamowienia {
    @XmlElement(name = "DataZamowienia")
    private @Nullable LocalDate dataZamowienia;

    @XmlElement(name = "NrZamowienia")
    private @Nullable String nrZamowienia;

    /** Creates an empty instance. */
    public Zamowienia() {
    }

    private Zamowienia(Zamowienia other) {
        this.dataZamowienia = other.dataZamowienia;
        this.nrZamowienia = other.nrZamowienia;
    }

    /**
     * Returns element {@code DataZamowienia}: Order date.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable LocalDate getDataZamowienia() {
        return dataZamowienia;
    }

    /**
     * Sets element {@code DataZamowienia}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setDataZamowienia(@Nullable LocalDate value) {
        this.dataZamowienia = value;
    }

    /**
     * Returns element {@code NrZamowienia}: Order number.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getNrZamowienia() {
        return nrZamowienia;
    }

    /**
     * Sets element {@code NrZamowienia}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNrZamowienia(@Nullable String value) {
        this.nrZamowienia = value;
    }

    /**
     * Starts building a {@code Zamowienia}.
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
        if (!(o instanceof Zamowienia)) {
            return false;
        }
        Zamowienia other = (Zamowienia) o;
        return Objects.equals(dataZamowienia, other.dataZamowienia)
                && Objects.equals(nrZamowienia, other.nrZamowienia);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dataZamowienia, nrZamowienia);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Zamowienia[");
        String sep = "";
        if (dataZamowienia != null) {
            sb.append(sep).append("DataZamowienia=").append(dataZamowienia);
            sep = ", ";
        }
        if (nrZamowienia != null) {
            sb.append(sep).append("NrZamowienia=").append(nrZamowienia);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code Zamowienia} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final Zamowienia value = new Zamowienia();

        private Builder() {
        }

        /**
         * Sets {@code DataZamowienia}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Zamowienia#setDataZamowienia(LocalDate)
         */
        public Builder dataZamowienia(@Nullable LocalDate v) {
            value.setDataZamowienia(v);
            return this;
        }

        /**
         * Sets {@code NrZamowienia}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Zamowienia#setNrZamowienia(String)
         */
        public Builder nrZamowienia(@Nullable String v) {
            value.setNrZamowienia(v);
            return this;
        }

        /**
         * Returns a new {@code Zamowienia} with the values set so far.
         *
         * @return a new instance
         */
        public Zamowienia build() {
            return new Zamowienia(value);
        }
    }
}
