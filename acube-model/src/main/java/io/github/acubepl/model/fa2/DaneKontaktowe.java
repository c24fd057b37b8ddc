package io.github.acubepl.model.fa2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Contact details: an e-mail address, a telephone number or both.
 *
 * <p>Schema elements {@code DaneKontaktowe} (Faktura/Podmiot1/DaneKontaktowe,
 * Faktura/Podmiot2/DaneKontaktowe, Faktura/Podmiot3/DaneKontaktowe), whose types have the same
 * content.
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"email", "telefon"})
public final class DaneKontaktowe {
    @XmlElement(name = "Email")
    private @Nullable String email;

    @XmlElement(name = "Telefon")
    private @Nullable String telefon;

    /** Creates an empty instance. */
    public DaneKontaktowe() {
    }

    private DaneKontaktowe(DaneKontaktowe other) {
        this.email = other.email;
        this.telefon = other.telefon;
    }

    /**
     * Returns element {@code Email}: E-mail address.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getEmail() {
        return email;
    }

    /**
     * Sets element {@code Email}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setEmail(@Nullable String value) {
        this.email = value;
    }

    /**
     * Returns element {@code Telefon}: Telephone number.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getTelefon() {
        return telefon;
    }

    /**
     * Sets element {@code Telefon}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setTelefon(@Nullable String value) {
        this.telefon = value;
    }

    /**
     * Starts building a {@code DaneKontaktowe}.
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
        if (!(o instanceof DaneKontaktowe)) {
            return false;
        }
        DaneKontaktowe other = (DaneKontaktowe) o;
        return Objects.equals(email, other.email)
                && Objects.equals(telefon, other.telefon);
    }

    @Override
    public int hashCode() {
        return Objects.hash(email, telefon);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("DaneKontaktowe[");
        String sep = "";
        if (email != null) {
            sb.append(sep).append("Email=").append(email);
            sep = ", ";
        }
        if (telefon != null) {
            sb.append(sep).append("Telefon=").append(telefon);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code DaneKontaktowe} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final DaneKontaktowe value = new DaneKontaktowe();

        private Builder() {
        }

        /**
         * Sets {@code Email}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see DaneKontaktowe#setEmail(String)
         */
        public Builder email(@Nullable String v) {
            value.setEmail(v);
            return this;
        }

        /**
         * Sets {@code Telefon}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see DaneKontaktowe#setTelefon(String)
         */
        public Builder telefon(@Nullable String v) {
            value.setTelefon(v);
            return this;
        }

        /**
         * Returns a new {@code DaneKontaktowe} with the values set so far.
         *
         * @return a new instance
         */
        public DaneKontaktowe build() {
            return new DaneKontaktowe(value);
        }
    }
}
