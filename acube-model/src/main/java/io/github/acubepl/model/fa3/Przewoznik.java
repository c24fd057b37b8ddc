package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The carrier.
 *
 * <p>Schema element {@code Przewoznik} (Faktura/Fa/WarunkiTransakcji/Transport/Przewoznik).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"daneIdentyfikacyjne", "adresPrzewoznika"})
public final class Przewoznik {
    @XmlElement(name = "DaneIdentyfikacyjne", required = true)
    private @Nullable DaneIdentyfikacyjne daneIdentyfikacyjne;

    @XmlElement(name = "AdresPrzewoznika", required = true)
    private @Nullable Adres adresPrzewoznika;

    /** Creates an empty instance. */
    public Przewoznik() {
    }

    private Przewoznik(Przewoznik other) {
        this.daneIdentyfikacyjne = other.daneIdentyfikacyjne;
        this.adresPrzewoznika = other.adresPrzewoznika;
    }

    /**
     * Returns element {@code DaneIdentyfikacyjne}: Carrier identification data.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable DaneIdentyfikacyjne getDaneIdentyfikacyjne() {
        return daneIdentyfikacyjne;
    }

    /**
     * Sets element {@code DaneIdentyfikacyjne}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setDaneIdentyfikacyjne(@Nullable DaneIdentyfikacyjne value) {
        this.daneIdentyfikacyjne = value;
    }

    /**
     * Returns element {@code AdresPrzewoznika}: Carrier address.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Adres getAdresPrzewoznika() {
        return adresPrzewoznika;
    }

    /**
     * Sets element {@code AdresPrzewoznika}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setAdresPrzewoznika(@Nullable Adres value) {
        this.adresPrzewoznika = value;
    }

    /**
     * Starts building a {@code Przewoznik}.
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
        if (!(o instanceof Przewoznik)) {
            return false;
        }
        Przewoznik other = (Przewoznik) o;
        return Objects.equals(daneIdentyfikacyjne, other.daneIdentyfikacyjne)
                && Objects.equals(adresPrzewoznika, other.adresPrzewoznika);
    }

    @Override
    public int hashCode() {
        return Objects.hash(daneIdentyfikacyjne, adresPrzewoznika);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Przewoznik[");
        String sep = "";
        if (daneIdentyfikacyjne != null) {
            sb.append(sep).append("DaneIdentyfikacyjne=").append(daneIdentyfikacyjne);
            sep = ", ";
        }
        if (adresPrzewoznika != null) {
            sb.append(sep).append("AdresPrzewoznika=").append(adresPrzewoznika);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code Przewoznik} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final Przewoznik value = new Przewoznik();

        private Builder() {
        }

        /**
         * Sets {@code DaneIdentyfikacyjne}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Przewoznik#setDaneIdentyfikacyjne(DaneIdentyfikacyjne)
         */
        public Builder daneIdentyfikacyjne(@Nullable DaneIdentyfikacyjne v) {
            value.setDaneIdentyfikacyjne(v);
            return this;
        }

        /**
         * Sets {@code AdresPrzewoznika}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Przewoznik#setAdresPrzewoznika(Adres)
         */
        public Builder adresPrzewoznika(@Nullable Adres v) {
            value.setAdresPrzewoznika(v);
            return this;
        }

        /**
         * Returns a new {@code Przewoznik} with the values set so far.
         *
         * @return a new instance
         */
        public Przewoznik build() {
            return new Przewoznik(value);
        }
    }
}
