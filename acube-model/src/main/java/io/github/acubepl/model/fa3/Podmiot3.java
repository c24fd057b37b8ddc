package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Data of the third party or parties (other than the seller and the buyer listed in section
 * Podmiot2) related to the invoice.
 *
 * <p>Schema element {@code Podmiot3} (Faktura/Podmiot3).
 *
 * <p>Some elements are alternatives (an XSD choice): setting one of them to a non-null value clears
 * the others, so only one branch is ever filled.
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"IDNabywcy", "nrEORI", "daneIdentyfikacyjne", "adres", "adresKoresp", "daneKontaktowe", "rola", "rolaInna", "opisRoli", "udzial", "nrKlienta"})
public final class Podmiot3 {
    @XmlElement(name = "IDNabywcy")
    private @Nullable String IDNabywcy;

    @XmlElement(name = "NrEORI")
    private @Nullable String nrEORI;

    @XmlElement(name = "DaneIdentyfikacyjne", required = true)
    private @Nullable DaneIdentyfikacyjnePodmiotu3 daneIdentyfikacyjne;

    @XmlElement(name = "Adres")
    private @Nullable Adres adres;

    @XmlElement(name = "AdresKoresp")
    private @Nullable Adres adresKoresp;

    @XmlElement(name = "DaneKontaktowe")
    private @Nullable List<DaneKontaktowe> daneKontaktowe;

    @XmlElement(name = "Rola")
    private @Nullable RolaPodmiotu3 rola;

    @XmlElement(name = "RolaInna")
    private @Nullable Wybor1 rolaInna;

    @XmlElement(name = "OpisRoli")
    private @Nullable String opisRoli;

    @XmlElement(name = "Udzial")
    private @Nullable BigDecimal udzial;

    @XmlElement(name = "NrKlienta")
    private @Nullable String nrKlienta;

    /** Creates an empty instance. */
    public Podmiot3() {
    }

    private Podmiot3(Podmiot3 other) {
        this.IDNabywcy = other.IDNabywcy;
        this.nrEORI = other.nrEORI;
        this.daneIdentyfikacyjne = other.daneIdentyfikacyjne;
        this.adres = other.adres;
        this.adresKoresp = other.adresKoresp;
        this.daneKontaktowe = other.daneKontaktowe == null ? null : new ArrayList<>(other.daneKontaktowe);
        this.rola = other.rola;
        this.rolaInna = other.rolaInna;
        this.opisRoli = other.opisRoli;
        this.udzial = other.udzial;
        this.nrKlienta = other.nrKlienta;
    }

    /**
     * Returns element {@code IDNabywcy}: Unique key linking the buyer data across corrective
     * invoices, where the buyer data on the corrective invoice differ from those on the corrected
     * invoice.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getIDNabywcy() {
        return IDNabywcy;
    }

    /**
     * Sets element {@code IDNabywcy}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setIDNabywcy(@Nullable String value) {
        this.IDNabywcy = value;
    }

    /**
     * Returns element {@code NrEORI}: EORI number of the third party.
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
     * Returns element {@code DaneIdentyfikacyjne}: Third party identification data.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable DaneIdentyfikacyjnePodmiotu3 getDaneIdentyfikacyjne() {
        return daneIdentyfikacyjne;
    }

    /**
     * Sets element {@code DaneIdentyfikacyjne}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setDaneIdentyfikacyjne(@Nullable DaneIdentyfikacyjnePodmiotu3 value) {
        this.daneIdentyfikacyjne = value;
    }

    /**
     * Returns element {@code Adres}: Address of the third party.
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
     * Returns element {@code AdresKoresp}: Third party correspondence address.
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
     * Returns element {@code DaneKontaktowe}: Contact details of the third party.
     *
     * <p>Optional, up to 3 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<DaneKontaktowe> getDaneKontaktowe() {
        return daneKontaktowe == null ? List.of() : Collections.unmodifiableList(daneKontaktowe);
    }

    /**
     * Replaces the values of element {@code DaneKontaktowe}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setDaneKontaktowe(@Nullable List<DaneKontaktowe> values) {
        this.daneKontaktowe = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code DaneKontaktowe}.
     *
     * @param value the value to append
     */
    public void addDaneKontaktowe(DaneKontaktowe value) {
        if (this.daneKontaktowe == null) {
            this.daneKontaktowe = new ArrayList<>();
        }
        this.daneKontaktowe.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns element {@code Rola}: Role of the entity.
     *
     * <p>Optional. An alternative to {@code RolaInna}, {@code OpisRoli}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable RolaPodmiotu3 getRola() {
        return rola;
    }

    /**
     * Sets element {@code Rola}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setRola(@Nullable RolaPodmiotu3 value) {
        this.rola = value;
        if (value != null) {
            this.rolaInna = null;
            this.opisRoli = null;
        }
    }

    /**
     * Returns element {@code RolaInna}: Other entity flag: 1 - other entity.
     *
     * <p>Optional. An alternative to {@code Rola}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1 getRolaInna() {
        return rolaInna;
    }

    /**
     * Sets element {@code RolaInna}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setRolaInna(@Nullable Wybor1 value) {
        this.rolaInna = value;
        if (value != null) {
            this.rola = null;
        }
    }

    /**
     * Returns element {@code OpisRoli}: Description of the entity's role - where the role selected
     * is Other entity.
     *
     * <p>Optional. An alternative to {@code Rola}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getOpisRoli() {
        return opisRoli;
    }

    /**
     * Sets element {@code OpisRoli}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setOpisRoli(@Nullable String value) {
        this.opisRoli = value;
        if (value != null) {
            this.rola = null;
        }
    }

    /**
     * Returns element {@code Udzial}: Share - percentage share of the additional buyer. The share
     * of the buyer listed in section Podmiot2 is then the remainder up to 100% of the sum of the
     * additional buyers' shares. If not filled in, the shares of the buyers on the invoice are
     * assumed to be equal.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getUdzial() {
        return udzial;
    }

    /**
     * Sets element {@code Udzial}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setUdzial(@Nullable BigDecimal value) {
        this.udzial = value;
    }

    /**
     * Returns element {@code NrKlienta}: Customer number, where the entity listed as a third party
     * uses it in the contract or order.
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
     * Starts building a {@code Podmiot3}.
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
        if (!(o instanceof Podmiot3)) {
            return false;
        }
        Podmiot3 other = (Podmiot3) o;
        return Objects.equals(IDNabywcy, other.IDNabywcy)
                && Objects.equals(nrEORI, other.nrEORI)
                && Objects.equals(daneIdentyfikacyjne, other.daneIdentyfikacyjne)
                && Objects.equals(adres, other.adres)
                && Objects.equals(adresKoresp, other.adresKoresp)
                && getDaneKontaktowe().equals(other.getDaneKontaktowe())
                && Objects.equals(rola, other.rola)
                && Objects.equals(rolaInna, other.rolaInna)
                && Objects.equals(opisRoli, other.opisRoli)
                && Objects.equals(udzial, other.udzial)
                && Objects.equals(nrKlienta, other.nrKlienta);
    }

    @Override
    public int hashCode() {
        return Objects.hash(IDNabywcy, nrEORI, daneIdentyfikacyjne, adres, adresKoresp, getDaneKontaktowe(), rola, rolaInna, opisRoli, udzial, nrKlienta);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Podmiot3[");
        String sep = "";
        if (IDNabywcy != null) {
            sb.append(sep).append("IDNabywcy=").append(IDNabywcy);
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
        if (daneKontaktowe != null) {
            sb.append(sep).append("DaneKontaktowe=").append(daneKontaktowe);
            sep = ", ";
        }
        if (rola != null) {
            sb.append(sep).append("Rola=").append(rola);
            sep = ", ";
        }
        if (rolaInna != null) {
            sb.append(sep).append("RolaInna=").append(rolaInna);
            sep = ", ";
        }
        if (opisRoli != null) {
            sb.append(sep).append("OpisRoli=").append(opisRoli);
            sep = ", ";
        }
        if (udzial != null) {
            sb.append(sep).append("Udzial=").append(udzial);
            sep = ", ";
        }
        if (nrKlienta != null) {
            sb.append(sep).append("NrKlienta=").append(nrKlienta);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code Podmiot3} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final Podmiot3 value = new Podmiot3();

        private Builder() {
        }

        /**
         * Sets {@code IDNabywcy}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Podmiot3#setIDNabywcy(String)
         */
        public Builder IDNabywcy(@Nullable String v) {
            value.setIDNabywcy(v);
            return this;
        }

        /**
         * Sets {@code NrEORI}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Podmiot3#setNrEORI(String)
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
         * @see Podmiot3#setDaneIdentyfikacyjne(DaneIdentyfikacyjnePodmiotu3)
         */
        public Builder daneIdentyfikacyjne(@Nullable DaneIdentyfikacyjnePodmiotu3 v) {
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
         * @see Podmiot3#setAdres(Adres)
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
         * @see Podmiot3#setAdresKoresp(Adres)
         */
        public Builder adresKoresp(@Nullable Adres v) {
            value.setAdresKoresp(v);
            return this;
        }

        /**
         * Sets the values of {@code DaneKontaktowe}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see Podmiot3#setDaneKontaktowe(List)
         */
        public Builder daneKontaktowe(@Nullable List<DaneKontaktowe> values) {
            value.setDaneKontaktowe(values);
            return this;
        }

        /**
         * Appends a value of {@code DaneKontaktowe}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see Podmiot3#addDaneKontaktowe(DaneKontaktowe)
         */
        public Builder addDaneKontaktowe(DaneKontaktowe item) {
            value.addDaneKontaktowe(item);
            return this;
        }

        /**
         * Sets {@code Rola}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Podmiot3#setRola(RolaPodmiotu3)
         */
        public Builder rola(@Nullable RolaPodmiotu3 v) {
            value.setRola(v);
            return this;
        }

        /**
         * Sets {@code RolaInna}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Podmiot3#setRolaInna(Wybor1)
         */
        public Builder rolaInna(@Nullable Wybor1 v) {
            value.setRolaInna(v);
            return this;
        }

        /**
         * Sets {@code OpisRoli}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Podmiot3#setOpisRoli(String)
         */
        public Builder opisRoli(@Nullable String v) {
            value.setOpisRoli(v);
            return this;
        }

        /**
         * Sets {@code Udzial}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Podmiot3#setUdzial(BigDecimal)
         */
        public Builder udzial(@Nullable BigDecimal v) {
            value.setUdzial(v);
            return this;
        }

        /**
         * Sets {@code NrKlienta}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Podmiot3#setNrKlienta(String)
         */
        public Builder nrKlienta(@Nullable String v) {
            value.setNrKlienta(v);
            return this;
        }

        /**
         * Returns a new {@code Podmiot3} with the values set so far.
         *
         * @return a new instance
         */
        public Podmiot3 build() {
            return new Podmiot3(value);
        }
    }
}
