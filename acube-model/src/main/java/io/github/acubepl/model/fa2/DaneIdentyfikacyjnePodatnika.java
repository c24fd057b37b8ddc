package io.github.acubepl.model.fa2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Identification and address data of the taxpayer.
 *
 * <p>Schema type {@code TPodmiot1}.
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "TPodmiot1", propOrder = {"NIP", "nazwa"})
public final class DaneIdentyfikacyjnePodatnika {
    @XmlElement(name = "NIP", required = true)
    private @Nullable String NIP;

    @XmlElement(name = "Nazwa", required = true)
    private @Nullable String nazwa;

    /** Creates an empty instance. */
    public DaneIdentyfikacyjnePodatnika() {
    }

    private DaneIdentyfikacyjnePodatnika(DaneIdentyfikacyjnePodatnika other) {
        this.NIP = other.NIP;
        this.nazwa = other.nazwa;
    }

    /**
     * A taxpayer identified by its Polish {@code NIP}, with its name.
     *
     * @param nip the Polish tax identification number (10 digits)
     * @param name the name or the first name and surname ({@code Nazwa})
     * @return new identification data
     */
    public static DaneIdentyfikacyjnePodatnika of(String nip, String name) {
        DaneIdentyfikacyjnePodatnika d = new DaneIdentyfikacyjnePodatnika();
        d.setNIP(Objects.requireNonNull(nip, "nip"));
        d.setNazwa(Objects.requireNonNull(name, "name"));
        return d;
    }

    /**
     * Returns element {@code NIP}: NIP tax identifier.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getNIP() {
        return NIP;
    }

    /**
     * Sets element {@code NIP}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNIP(@Nullable String value) {
        this.NIP = value;
    }

    /**
     * Returns element {@code Nazwa}: First name and surname, or name.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getNazwa() {
        return nazwa;
    }

    /**
     * Sets element {@code Nazwa}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNazwa(@Nullable String value) {
        this.nazwa = value;
    }

    /**
     * Starts building a {@code DaneIdentyfikacyjnePodatnika}.
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
        if (!(o instanceof DaneIdentyfikacyjnePodatnika)) {
            return false;
        }
        DaneIdentyfikacyjnePodatnika other = (DaneIdentyfikacyjnePodatnika) o;
        return Objects.equals(NIP, other.NIP)
                && Objects.equals(nazwa, other.nazwa);
    }

    @Override
    public int hashCode() {
        return Objects.hash(NIP, nazwa);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("DaneIdentyfikacyjnePodatnika[");
        String sep = "";
        if (NIP != null) {
            sb.append(sep).append("NIP=").append(NIP);
            sep = ", ";
        }
        if (nazwa != null) {
            sb.append(sep).append("Nazwa=").append(nazwa);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code DaneIdentyfikacyjnePodatnika} instances; each method sets one element or
     * attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final DaneIdentyfikacyjnePodatnika value = new DaneIdentyfikacyjnePodatnika();

        private Builder() {
        }

        /**
         * Sets {@code NIP}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see DaneIdentyfikacyjnePodatnika#setNIP(String)
         */
        public Builder NIP(@Nullable String v) {
            value.setNIP(v);
            return this;
        }

        /**
         * Sets {@code Nazwa}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see DaneIdentyfikacyjnePodatnika#setNazwa(String)
         */
        public Builder nazwa(@Nullable String v) {
            value.setNazwa(v);
            return this;
        }

        /**
         * Returns a new {@code DaneIdentyfikacyjnePodatnika} with the values set so far.
         *
         * @return a new instance
         */
        public DaneIdentyfikacyjnePodatnika build() {
            return new DaneIdentyfikacyjnePodatnika(value);
        }
    }
}
