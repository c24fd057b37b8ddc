package io.github.acubepl.model.fa2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Contact details of the authorised entity.
 *
 * <p>Schema element {@code DaneKontaktowe} (Faktura/PodmiotUpowazniony/DaneKontaktowe).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"emailPU", "telefonPU"})
public final class DaneKontaktowePU {
    @XmlElement(name = "EmailPU")
    private @Nullable String emailPU;

    @XmlElement(name = "TelefonPU")
    private @Nullable String telefonPU;

    /** Creates an empty instance. */
    public DaneKontaktowePU() {
    }

    private DaneKontaktowePU(DaneKontaktowePU other) {
        this.emailPU = other.emailPU;
        this.telefonPU = other.telefonPU;
    }

    /**
     * Returns element {@code EmailPU}: E-mail address of the authorised entity.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getEmailPU() {
        return emailPU;
    }

    /**
     * Sets element {@code EmailPU}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setEmailPU(@Nullable String value) {
        this.emailPU = value;
    }

    /**
     * Returns element {@code TelefonPU}: Telephone number of the authorised entity.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getTelefonPU() {
        return telefonPU;
    }

    /**
     * Sets element {@code TelefonPU}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setTelefonPU(@Nullable String value) {
        this.telefonPU = value;
    }

    /**
     * Starts building a {@code DaneKontaktowePU}.
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
        if (!(o instanceof DaneKontaktowePU)) {
            return false;
        }
        DaneKontaktowePU other = (DaneKontaktowePU) o;
        return Objects.equals(emailPU, other.emailPU)
                && Objects.equals(telefonPU, other.telefonPU);
    }

    @Override
    public int hashCode() {
        return Objects.hash(emailPU, telefonPU);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("DaneKontaktowePU[");
        String sep = "";
        if (emailPU != null) {
            sb.append(sep).append("EmailPU=").append(emailPU);
            sep = ", ";
        }
        if (telefonPU != null) {
            sb.append(sep).append("TelefonPU=").append(telefonPU);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code DaneKontaktowePU} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final DaneKontaktowePU value = new DaneKontaktowePU();

        private Builder() {
        }

        /**
         * Sets {@code EmailPU}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see DaneKontaktowePU#setEmailPU(String)
         */
        public Builder emailPU(@Nullable String v) {
            value.setEmailPU(v);
            return this;
        }

        /**
         * Sets {@code TelefonPU}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see DaneKontaktowePU#setTelefonPU(String)
         */
        public Builder telefonPU(@Nullable String v) {
            value.setTelefonPU(v);
            return this;
        }

        /**
         * Returns a new {@code DaneKontaktowePU} with the values set so far.
         *
         * @return a new instance
         */
        public DaneKontaktowePU build() {
            return new DaneKontaktowePU(value);
        }
    }
}
