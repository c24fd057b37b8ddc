package io.github.acubepl.model.fa3;

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
@XmlType(name = "", propOrder = {"nrEORI", "daneIdentyfikacyjne", "adres", "adresKoresp", "daneKontaktowe", "nrKlienta", "IDNabywcy", "JST", "GV"})
public final class Podmiot2 {
    @XmlElement(name = "NrEORI")
    private @Nullable String nrEORI;

    @XmlElement(name = "DaneIdentyfikacyjne", required = true)
    private @Nullable DaneIdentyfikacyjne daneIdentyfikacyjne;

    @XmlElement(name = "Adres")
    private @Nullable Adres adres;

    @XmlElement(name = "AdresKoresp")
    private @Nullable Adres adresKoresp;

    @XmlElement(name = "DaneKontaktowe")
    private @Nullable List<DaneKontaktowe> daneKontaktowe;

    @XmlElement(name = "NrKlienta")
    private @Nullable String nrKlienta;

    @XmlElement(name = "IDNabywcy")
    private @Nullable String IDNabywcy;

    @XmlElement(name = "JST", required = true)
    private @Nullable Wybor1_2 JST;

    @XmlElement(name = "GV", required = true)
    private @Nullable Wybor1_2 GV;

    /** Creates an empty instance. */
    public Podmiot2() {
    }

    private Podmiot2(Podmiot2 other) {
        this.nrEORI = other.nrEORI;
        this.daneIdentyfikacyjne = other.daneIdentyfikacyjne;
        this.adres = other.adres;
        this.adresKoresp = other.adresKoresp;
        this.daneKontaktowe = other.daneKontaktowe == null ? null : new ArrayList<>(other.daneKontaktowe);
        this.nrKlienta = other.nrKlienta;
        this.IDNabywcy = other.IDNabywcy;
        this.JST = other.JST;
        this.GV = other.GV;
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
     * Returns element {@code DaneKontaktowe}: Contact details of the buyer.
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
     * Returns element {@code JST}: Flag for a subordinate unit of a local government (JST). "1"
     * means that the invoice concerns a subordinate unit of a JST; to make the invoice available to
     * that unit, fill in section Podmiot3, in particular the NIP or IDWew, with role 8. "2" means
     * that the invoice does not concern a subordinate unit of a JST.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1_2 getJST() {
        return JST;
    }

    /**
     * Sets element {@code JST}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setJST(@Nullable Wybor1_2 value) {
        this.JST = value;
    }

    /**
     * Returns element {@code GV}: Flag for a member of a VAT group. "1" means that the invoice
     * concerns a member of a VAT group; to make the invoice available to that member, fill in
     * section Podmiot3, in particular the NIP or IDWew, with role 10. "2" means that the invoice
     * does not concern a member of a VAT group.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1_2 getGV() {
        return GV;
    }

    /**
     * Sets element {@code GV}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setGV(@Nullable Wybor1_2 value) {
        this.GV = value;
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
        return Objects.equals(nrEORI, other.nrEORI)
                && Objects.equals(daneIdentyfikacyjne, other.daneIdentyfikacyjne)
                && Objects.equals(adres, other.adres)
                && Objects.equals(adresKoresp, other.adresKoresp)
                && getDaneKontaktowe().equals(other.getDaneKontaktowe())
                && Objects.equals(nrKlienta, other.nrKlienta)
                && Objects.equals(IDNabywcy, other.IDNabywcy)
                && Objects.equals(JST, other.JST)
                && Objects.equals(GV, other.GV);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nrEORI, daneIdentyfikacyjne, adres, adresKoresp, getDaneKontaktowe(), nrKlienta, IDNabywcy, JST, GV);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Podmiot2[");
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
        if (daneKontaktowe != null) {
            sb.append(sep).append("DaneKontaktowe=").append(daneKontaktowe);
            sep = ", ";
        }
        if (nrKlienta != null) {
            sb.append(sep).append("NrKlienta=").append(nrKlienta);
            sep = ", ";
        }
        if (IDNabywcy != null) {
            sb.append(sep).append("IDNabywcy=").append(IDNabywcy);
            sep = ", ";
        }
        if (JST != null) {
            sb.append(sep).append("JST=").append(JST);
            sep = ", ";
        }
        if (GV != null) {
            sb.append(sep).append("GV=").append(GV);
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
         * Sets the values of {@code DaneKontaktowe}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see Podmiot2#setDaneKontaktowe(List)
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
         * @see Podmiot2#addDaneKontaktowe(DaneKontaktowe)
         */
        public Builder addDaneKontaktowe(DaneKontaktowe item) {
            value.addDaneKontaktowe(item);
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
         * Sets {@code IDNabywcy}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Podmiot2#setIDNabywcy(String)
         */
        public Builder IDNabywcy(@Nullable String v) {
            value.setIDNabywcy(v);
            return this;
        }

        /**
         * Sets {@code JST}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Podmiot2#setJST(Wybor1_2)
         */
        public Builder JST(@Nullable Wybor1_2 v) {
            value.setJST(v);
            return this;
        }

        /**
         * Sets {@code GV}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Podmiot2#setGV(Wybor1_2)
         */
        public Builder GV(@Nullable Wybor1_2 v) {
            value.setGV(v);
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
