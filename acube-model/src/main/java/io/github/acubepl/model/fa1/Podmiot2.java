package io.github.acubepl.model.fa1;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Buyer data.
 *
 * <p>Schema element {@code Podmiot2} (Faktura/Podmiot2).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"prefiksNabywcy", "nrEORI", "daneIdentyfikacyjne", "adres", "adresKoresp", "email", "telefon", "nrKlienta"})
public final class Podmiot2 {
    @XmlElement(name = "PrefiksNabywcy")
    private @Nullable KodKrajuUE prefiksNabywcy;

    @XmlElement(name = "NrEORI")
    private @Nullable String nrEORI;

    @XmlElement(name = "DaneIdentyfikacyjne", required = true)
    private @Nullable DaneIdentyfikacyjne daneIdentyfikacyjne;

    @XmlElement(name = "Adres")
    private @Nullable Adres adres;

    @XmlElement(name = "AdresKoresp")
    private @Nullable Adres adresKoresp;

    @XmlElement(name = "Email")
    private @Nullable String email;

    @XmlElement(name = "Telefon")
    private @Nullable List<String> telefon;

    @XmlElement(name = "NrKlienta")
    private @Nullable String nrKlienta;

    /** Creates an empty instance. */
    public Podmiot2() {
    }

    private Podmiot2(Podmiot2 other) {
        this.prefiksNabywcy = other.prefiksNabywcy;
        this.nrEORI = other.nrEORI;
        this.daneIdentyfikacyjne = other.daneIdentyfikacyjne;
        this.adres = other.adres;
        this.adresKoresp = other.adresKoresp;
        this.email = other.email;
        this.telefon = other.telefon == null ? null : new ArrayList<>(other.telefon);
        this.nrKlienta = other.nrKlienta;
    }

    /**
     * Returns element {@code PrefiksNabywcy}: EU VAT prefix (code) of the buyer referred to in art.
     * 106e(1)(24) of the VAT Act and in the case referred to in art. 136(1)(4) of the VAT Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable KodKrajuUE getPrefiksNabywcy() {
        return prefiksNabywcy;
    }

    /**
     * Sets element {@code PrefiksNabywcy}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setPrefiksNabywcy(@Nullable KodKrajuUE value) {
        this.prefiksNabywcy = value;
    }

    /**
     * Returns element {@code NrEORI}: EORI number of the buyer of goods.
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
     * Returns element {@code DaneIdentyfikacyjne}: Buyer identification data.
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
     * Returns element {@code Adres}: Buyer address. Optional in the cases specified in art.
     * 106e(5)(3) of the VAT Act.
     *
     * <p>Optional.
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
     * Returns element {@code AdresKoresp}: Buyer correspondence address.
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
     * Returns element {@code Email}: Buyer e-mail address.
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
     * Returns element {@code Telefon}: Buyer telephone number.
     *
     * <p>Optional, up to 3 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<String> getTelefon() {
        return telefon == null ? List.of() : Collections.unmodifiableList(telefon);
    }

    /**
     * Replaces the values of element {@code Telefon}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setTelefon(@Nullable List<String> values) {
        this.telefon = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code Telefon}.
     *
     * @param value the value to append
     */
    public void addTelefon(String value) {
        if (this.telefon == null) {
            this.telefon = new ArrayList<>();
        }
        this.telefon.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns element {@code NrKlienta}: Customer number, where the buyer uses it in the contract
     * or order.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getNrKlienta() {
        return nrKlienta;
    }

    /**
     * Sets element {@code NrKlienta}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNrKlienta(@Nullable String value) {
        this.nrKlienta = value;
    }

    /**
     * Starts building a {@code Podmiot2}.
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
        if (!(o instanceof Podmiot2)) {
            return false;
        }
        Podmiot2 other = (Podmiot2) o;
        return Objects.equals(prefiksNabywcy, other.prefiksNabywcy)
                && Objects.equals(nrEORI, other.nrEORI)
                && Objects.equals(daneIdentyfikacyjne, other.daneIdentyfikacyjne)
                && Objects.equals(adres, other.adres)
                && Objects.equals(adresKoresp, other.adresKoresp)
                && Objects.equals(email, other.email)
                && getTelefon().equals(other.getTelefon())
                && Objects.equals(nrKlienta, other.nrKlienta);
    }

    @Override
    public int hashCode() {
        return Objects.hash(prefiksNabywcy, nrEORI, daneIdentyfikacyjne, adres, adresKoresp, email, getTelefon(), nrKlienta);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Podmiot2[");
        String sep = "";
        if (prefiksNabywcy != null) {
            sb.append(sep).append("PrefiksNabywcy=").append(prefiksNabywcy);
            sep = ", ";
        }
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
        if (email != null) {
            sb.append(sep).append("Email=").append(email);
            sep = ", ";
        }
        if (telefon != null) {
            sb.append(sep).append("Telefon=").append(telefon);
            sep = ", ";
        }
        if (nrKlienta != null) {
            sb.append(sep).append("NrKlienta=").append(nrKlienta);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code Podmiot2} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final Podmiot2 value = new Podmiot2();

        private Builder() {
        }

        /**
         * Sets {@code PrefiksNabywcy}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Podmiot2#setPrefiksNabywcy(KodKrajuUE)
         */
        public Builder prefiksNabywcy(@Nullable KodKrajuUE v) {
            value.setPrefiksNabywcy(v);
            return this;
        }

        /**
         * Sets {@code NrEORI}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Podmiot2#setNrEORI(String)
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
         * @see Podmiot2#setDaneIdentyfikacyjne(DaneIdentyfikacyjne)
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
         * @see Podmiot2#setAdres(Adres)
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
         * @see Podmiot2#setAdresKoresp(Adres)
         */
        public Builder adresKoresp(@Nullable Adres v) {
            value.setAdresKoresp(v);
            return this;
        }

        /**
         * Sets {@code Email}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Podmiot2#setEmail(String)
         */
        public Builder email(@Nullable String v) {
            value.setEmail(v);
            return this;
        }

        /**
         * Sets the values of {@code Telefon}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see Podmiot2#setTelefon(List)
         */
        public Builder telefon(@Nullable List<String> values) {
            value.setTelefon(values);
            return this;
        }

        /**
         * Appends a value of {@code Telefon}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see Podmiot2#addTelefon(String)
         */
        public Builder addTelefon(String item) {
            value.addTelefon(item);
            return this;
        }

        /**
         * Sets {@code NrKlienta}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Podmiot2#setNrKlienta(String)
         */
        public Builder nrKlienta(@Nullable String v) {
            value.setNrKlienta(v);
            return this;
        }

        /**
         * Returns a new {@code Podmiot2} with the values set so far.
         *
         * @return a new instance
         */
        public Podmiot2 build() {
            return new Podmiot2(value);
        }
    }
}
