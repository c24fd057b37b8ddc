package io.github.acubepl.model.fa1;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Data of the authorised entity related to the invoice.
 *
 * <p>Schema element {@code PodmiotUpowazniony} (Faktura/PodmiotUpowazniony).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"nrEORI", "daneIdentyfikacyjne", "adres", "adresKoresp", "emailPU", "telefonPU", "rolaPU"})
public final class PodmiotUpowazniony {
    @XmlElement(name = "NrEORI")
    private @Nullable String nrEORI;

    @XmlElement(name = "DaneIdentyfikacyjne", required = true)
    private @Nullable DaneIdentyfikacyjne daneIdentyfikacyjne;

    @XmlElement(name = "Adres", required = true)
    private @Nullable Adres adres;

    @XmlElement(name = "AdresKoresp")
    private @Nullable Adres adresKoresp;

    @XmlElement(name = "EmailPU")
    private @Nullable String emailPU;

    @XmlElement(name = "TelefonPU")
    private @Nullable List<String> telefonPU;

    @XmlElement(name = "RolaPU", required = true)
    private @Nullable RolaPodmiotuUpowaznionego rolaPU;

    /** Creates an empty instance. */
    public PodmiotUpowazniony() {
    }

    private PodmiotUpowazniony(PodmiotUpowazniony other) {
        this.nrEORI = other.nrEORI;
        this.daneIdentyfikacyjne = other.daneIdentyfikacyjne;
        this.adres = other.adres;
        this.adresKoresp = other.adresKoresp;
        this.emailPU = other.emailPU;
        this.telefonPU = other.telefonPU == null ? null : new ArrayList<>(other.telefonPU);
        this.rolaPU = other.rolaPU;
    }

    /**
     * Returns element {@code NrEORI}: EORI number of the authorised entity.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getNrEORI() {
        return nrEORI;
    }

    /**
     * Sets element {@code NrEORI}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNrEORI(@Nullable String value) {
        this.nrEORI = value;
    }

    /**
     * Returns element {@code DaneIdentyfikacyjne}: Authorised entity identification data.
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
     * Returns element {@code Adres}: Authorised entity address.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Adres getAdres() {
        return adres;
    }

    /**
     * Sets element {@code Adres}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setAdres(@Nullable Adres value) {
        this.adres = value;
    }

    /**
     * Returns element {@code AdresKoresp}: Authorised entity correspondence address.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Adres getAdresKoresp() {
        return adresKoresp;
    }

    /**
     * Sets element {@code AdresKoresp}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setAdresKoresp(@Nullable Adres value) {
        this.adresKoresp = value;
    }

    /**
     * Returns element {@code EmailPU}: Authorised entity e-mail address.
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
     * Returns element {@code TelefonPU}: Authorised entity telephone number.
     *
     * <p>Optional, up to 3 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<String> getTelefonPU() {
        return telefonPU == null ? List.of() : Collections.unmodifiableList(telefonPU);
    }

    /**
     * Replaces the values of element {@code TelefonPU}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setTelefonPU(@Nullable List<String> values) {
        this.telefonPU = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code TelefonPU}.
     *
     * @param value the value to append
     */
    public void addTelefonPU(String value) {
        if (this.telefonPU == null) {
            this.telefonPU = new ArrayList<>();
        }
        this.telefonPU.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns element {@code RolaPU}: Role of the authorised entity.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable RolaPodmiotuUpowaznionego getRolaPU() {
        return rolaPU;
    }

    /**
     * Sets element {@code RolaPU}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setRolaPU(@Nullable RolaPodmiotuUpowaznionego value) {
        this.rolaPU = value;
    }

    /**
     * Starts building a {@code PodmiotUpowazniony}.
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
        if (!(o instanceof PodmiotUpowazniony)) {
            return false;
        }
        PodmiotUpowazniony other = (PodmiotUpowazniony) o;
        return Objects.equals(nrEORI, other.nrEORI)
                && Objects.equals(daneIdentyfikacyjne, other.daneIdentyfikacyjne)
                && Objects.equals(adres, other.adres)
                && Objects.equals(adresKoresp, other.adresKoresp)
                && Objects.equals(emailPU, other.emailPU)
                && getTelefonPU().equals(other.getTelefonPU())
                && Objects.equals(rolaPU, other.rolaPU);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nrEORI, daneIdentyfikacyjne, adres, adresKoresp, emailPU, getTelefonPU(), rolaPU);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("PodmiotUpowazniony[");
        String sep = "";
        if (nrEORI != null) {
            sb.append(sep).append("NrEORI=").append(nrEORI);
            sep = ", ";
        }
        if (daneIdentyfikacyjne != null) {
            sb.append(sep).append("DaneIdentyfikacyjne=").append(daneIdentyfikacyjne);
            sep = ", ";
        }
        if (adres != null) {
            sb.append(sep).append("Adres=").append(adres);
            sep = ", ";
        }
        if (adresKoresp != null) {
            sb.append(sep).append("AdresKoresp=").append(adresKoresp);
            sep = ", ";
        }
        if (emailPU != null) {
            sb.append(sep).append("EmailPU=").append(emailPU);
            sep = ", ";
        }
        if (telefonPU != null) {
            sb.append(sep).append("TelefonPU=").append(telefonPU);
            sep = ", ";
        }
        if (rolaPU != null) {
            sb.append(sep).append("RolaPU=").append(rolaPU);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code PodmiotUpowazniony} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final PodmiotUpowazniony value = new PodmiotUpowazniony();

        private Builder() {
        }

        /**
         * Sets {@code NrEORI}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see PodmiotUpowazniony#setNrEORI(String)
         */
        public Builder nrEORI(@Nullable String v) {
            value.setNrEORI(v);
            return this;
        }

        /**
         * Sets {@code DaneIdentyfikacyjne}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see PodmiotUpowazniony#setDaneIdentyfikacyjne(DaneIdentyfikacyjne)
         */
        public Builder daneIdentyfikacyjne(@Nullable DaneIdentyfikacyjne v) {
            value.setDaneIdentyfikacyjne(v);
            return this;
        }

        /**
         * Sets {@code Adres}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see PodmiotUpowazniony#setAdres(Adres)
         */
        public Builder adres(@Nullable Adres v) {
            value.setAdres(v);
            return this;
        }

        /**
         * Sets {@code AdresKoresp}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see PodmiotUpowazniony#setAdresKoresp(Adres)
         */
        public Builder adresKoresp(@Nullable Adres v) {
            value.setAdresKoresp(v);
            return this;
        }

        /**
         * Sets {@code EmailPU}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see PodmiotUpowazniony#setEmailPU(String)
         */
        public Builder emailPU(@Nullable String v) {
            value.setEmailPU(v);
            return this;
        }

        /**
         * Sets the values of {@code TelefonPU}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see PodmiotUpowazniony#setTelefonPU(List)
         */
        public Builder telefonPU(@Nullable List<String> values) {
            value.setTelefonPU(values);
            return this;
        }

        /**
         * Appends a value of {@code TelefonPU}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see PodmiotUpowazniony#addTelefonPU(String)
         */
        public Builder addTelefonPU(String item) {
            value.addTelefonPU(item);
            return this;
        }

        /**
         * Sets {@code RolaPU}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see PodmiotUpowazniony#setRolaPU(RolaPodmiotuUpowaznionego)
         */
        public Builder rolaPU(@Nullable RolaPodmiotuUpowaznionego v) {
            value.setRolaPU(v);
            return this;
        }

        /**
         * Returns a new {@code PodmiotUpowazniony} with the values set so far.
         *
         * @return a new instance
         */
        public PodmiotUpowazniony build() {
            return new PodmiotUpowazniony(value);
        }
    }
}
