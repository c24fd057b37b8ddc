package io.github.acubepl.model.fa2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Transaction terms, if any.
 *
 * <p>Schema element {@code WarunkiTransakcji} (Faktura/Fa/WarunkiTransakcji).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"umowy", "zamowienia", "nrPartiiTowaru", "warunkiDostawy", "kursUmowny", "walutaUmowna", "transport", "podmiotPosredniczacy"})
public final class WarunkiTransakcji {
    @XmlElement(name = "Umowy")
    private @Nullable List<Umowy> umowy;

    @XmlElement(name = "Zamowienia")
    private @Nullable List<Zamowienia> zamowienia;

    @XmlElement(name = "NrPartiiTowaru")
    private @Nullable List<String> nrPartiiTowaru;

    @XmlElement(name = "WarunkiDostawy")
    private @Nullable String warunkiDostawy;

    @XmlElement(name = "KursUmowny")
    private @Nullable BigDecimal kursUmowny;

    @XmlElement(name = "WalutaUmowna")
    private @Nullable KodWaluty walutaUmowna;

    @XmlElement(name = "Transport")
    private @Nullable List<Transport> transport;

    @XmlElement(name = "PodmiotPosredniczacy")
    private @Nullable Wybor1 podmiotPosredniczacy;

    /** Creates an empty instance. */
    public WarunkiTransakcji() {
    }

    private WarunkiTransakcji(WarunkiTransakcji other) {
        this.umowy = other.umowy == null ? null : new ArrayList<>(other.umowy);
        this.zamowienia = other.zamowienia == null ? null : new ArrayList<>(other.zamowienia);
        this.nrPartiiTowaru = other.nrPartiiTowaru == null ? null : new ArrayList<>(other.nrPartiiTowaru);
        this.warunkiDostawy = other.warunkiDostawy;
        this.kursUmowny = other.kursUmowny;
        this.walutaUmowna = other.walutaUmowna;
        this.transport = other.transport == null ? null : new ArrayList<>(other.transport);
        this.podmiotPosredniczacy = other.podmiotPosredniczacy;
    }

    /**
     * Returns element {@code Umowy}: A contract: its date and number.
     *
     * <p>Optional, up to 100 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<Umowy> getUmowy() {
        return umowy == null ? List.of() : Collections.unmodifiableList(umowy);
    }

    /**
     * Replaces the values of element {@code Umowy}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setUmowy(@Nullable List<Umowy> values) {
        this.umowy = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code Umowy}.
     *
     * @param value the value to append
     */
    public void addUmowy(Umowy value) {
        if (this.umowy == null) {
            this.umowy = new ArrayList<>();
        }
        this.umowy.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns element {@code Zamowienia}: An order: its date and number.
     *
     * <p>Optional, up to 100 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<Zamowienia> getZamowienia() {
        return zamowienia == null ? List.of() : Collections.unmodifiableList(zamowienia);
    }

    /**
     * Replaces the values of element {@code Zamowienia}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setZamowienia(@Nullable List<Zamowienia> values) {
        this.zamowienia = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code Zamowienia}.
     *
     * @param value the value to append
     */
    public void addZamowienia(Zamowienia value) {
        if (this.zamowienia == null) {
            this.zamowienia = new ArrayList<>();
        }
        this.zamowienia.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns element {@code NrPartiiTowaru}: Goods batch numbers.
     *
     * <p>Optional, up to 1000 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<String> getNrPartiiTowaru() {
        return nrPartiiTowaru == null ? List.of() : Collections.unmodifiableList(nrPartiiTowaru);
    }

    /**
     * Replaces the values of element {@code NrPartiiTowaru}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setNrPartiiTowaru(@Nullable List<String> values) {
        this.nrPartiiTowaru = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code NrPartiiTowaru}.
     *
     * @param value the value to append
     */
    public void addNrPartiiTowaru(String value) {
        if (this.nrPartiiTowaru == null) {
            this.nrPartiiTowaru = new ArrayList<>();
        }
        this.nrPartiiTowaru.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns element {@code WarunkiDostawy}: Terms of delivery of goods - where the parties have
     * an agreement specifying the delivery terms (Incoterms).
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getWarunkiDostawy() {
        return warunkiDostawy;
    }

    /**
     * Sets element {@code WarunkiDostawy}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setWarunkiDostawy(@Nullable String value) {
        this.warunkiDostawy = value;
    }

    /**
     * Returns element {@code KursUmowny}: Contractual exchange rate - where the invoice contains
     * information on the rate at which amounts shown on the invoice were converted into zloty. Does
     * not apply to the cases referred to in Division VI of the VAT Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getKursUmowny() {
        return kursUmowny;
    }

    /**
     * Sets element {@code KursUmowny}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setKursUmowny(@Nullable BigDecimal value) {
        this.kursUmowny = value;
    }

    /**
     * Returns element {@code WalutaUmowna}: Contractual currency - currency code (ISO 4217), where
     * the invoice contains information on the rate at which amounts shown on the invoice were
     * converted into zloty. Does not apply to the cases referred to in Division VI of the VAT Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable KodWaluty getWalutaUmowna() {
        return walutaUmowna;
    }

    /**
     * Sets element {@code WalutaUmowna}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setWalutaUmowna(@Nullable KodWaluty value) {
        this.walutaUmowna = value;
    }

    /**
     * Returns element {@code Transport}: A transport of the goods.
     *
     * <p>Optional, up to 20 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<Transport> getTransport() {
        return transport == null ? List.of() : Collections.unmodifiableList(transport);
    }

    /**
     * Replaces the values of element {@code Transport}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setTransport(@Nullable List<Transport> values) {
        this.transport = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code Transport}.
     *
     * @param value the value to append
     */
    public void addTransport(Transport value) {
        if (this.transport == null) {
            this.transport = new ArrayList<>();
        }
        this.transport.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns element {@code PodmiotPosredniczacy}: Value "1" indicates a supply made by the entity
     * referred to in art. 22(2d) of the VAT Act (intermediary operator). Applies where the entity
     * takes part in a chain transaction other than the simplified triangular procedure referred to
     * in art. 135(1)(4) of the VAT Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1 getPodmiotPosredniczacy() {
        return podmiotPosredniczacy;
    }

    /**
     * Sets element {@code PodmiotPosredniczacy}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setPodmiotPosredniczacy(@Nullable Wybor1 value) {
        this.podmiotPosredniczacy = value;
    }

    /**
     * Starts building a {@code WarunkiTransakcji}.
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
        if (!(o instanceof WarunkiTransakcji)) {
            return false;
        }
        WarunkiTransakcji other = (WarunkiTransakcji) o;
        return getUmowy().equals(other.getUmowy())
                && getZamowienia().equals(other.getZamowienia())
                && getNrPartiiTowaru().equals(other.getNrPartiiTowaru())
                && Objects.equals(warunkiDostawy, other.warunkiDostawy)
                && Objects.equals(kursUmowny, other.kursUmowny)
                && Objects.equals(walutaUmowna, other.walutaUmowna)
                && getTransport().equals(other.getTransport())
                && Objects.equals(podmiotPosredniczacy, other.podmiotPosredniczacy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getUmowy(), getZamowienia(), getNrPartiiTowaru(), warunkiDostawy, kursUmowny, walutaUmowna, getTransport(), podmiotPosredniczacy);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("WarunkiTransakcji[");
        String sep = "";
        if (umowy != null) {
            sb.append(sep).append("Umowy=").append(umowy);
            sep = ", ";
        }
        if (zamowienia != null) {
            sb.append(sep).append("Zamowienia=").append(zamowienia);
            sep = ", ";
        }
        if (nrPartiiTowaru != null) {
            sb.append(sep).append("NrPartiiTowaru=").append(nrPartiiTowaru);
            sep = ", ";
        }
        if (warunkiDostawy != null) {
            sb.append(sep).append("WarunkiDostawy=").append(warunkiDostawy);
            sep = ", ";
        }
        if (kursUmowny != null) {
            sb.append(sep).append("KursUmowny=").append(kursUmowny);
            sep = ", ";
        }
        if (walutaUmowna != null) {
            sb.append(sep).append("WalutaUmowna=").append(walutaUmowna);
            sep = ", ";
        }
        if (transport != null) {
            sb.append(sep).append("Transport=").append(transport);
            sep = ", ";
        }
        if (podmiotPosredniczacy != null) {
            sb.append(sep).append("PodmiotPosredniczacy=").append(podmiotPosredniczacy);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code WarunkiTransakcji} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final WarunkiTransakcji value = new WarunkiTransakcji();

        private Builder() {
        }

        /**
         * Sets the values of {@code Umowy}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see WarunkiTransakcji#setUmowy(List)
         */
        public Builder umowy(@Nullable List<Umowy> values) {
            value.setUmowy(values);
            return this;
        }

        /**
         * Appends a value of {@code Umowy}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see WarunkiTransakcji#addUmowy(Umowy)
         */
        public Builder addUmowy(Umowy item) {
            value.addUmowy(item);
            return this;
        }

        /**
         * Sets the values of {@code Zamowienia}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see WarunkiTransakcji#setZamowienia(List)
         */
        public Builder zamowienia(@Nullable List<Zamowienia> values) {
            value.setZamowienia(values);
            return this;
        }

        /**
         * Appends a value of {@code Zamowienia}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see WarunkiTransakcji#addZamowienia(Zamowienia)
         */
        public Builder addZamowienia(Zamowienia item) {
            value.addZamowienia(item);
            return this;
        }

        /**
         * Sets the values of {@code NrPartiiTowaru}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see WarunkiTransakcji#setNrPartiiTowaru(List)
         */
        public Builder nrPartiiTowaru(@Nullable List<String> values) {
            value.setNrPartiiTowaru(values);
            return this;
        }

        /**
         * Appends a value of {@code NrPartiiTowaru}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see WarunkiTransakcji#addNrPartiiTowaru(String)
         */
        public Builder addNrPartiiTowaru(String item) {
            value.addNrPartiiTowaru(item);
            return this;
        }

        /**
         * Sets {@code WarunkiDostawy}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see WarunkiTransakcji#setWarunkiDostawy(String)
         */
        public Builder warunkiDostawy(@Nullable String v) {
            value.setWarunkiDostawy(v);
            return this;
        }

        /**
         * Sets {@code KursUmowny}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see WarunkiTransakcji#setKursUmowny(BigDecimal)
         */
        public Builder kursUmowny(@Nullable BigDecimal v) {
            value.setKursUmowny(v);
            return this;
        }

        /**
         * Sets {@code WalutaUmowna}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see WarunkiTransakcji#setWalutaUmowna(KodWaluty)
         */
        public Builder walutaUmowna(@Nullable KodWaluty v) {
            value.setWalutaUmowna(v);
            return this;
        }

        /**
         * Sets the values of {@code Transport}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see WarunkiTransakcji#setTransport(List)
         */
        public Builder transport(@Nullable List<Transport> values) {
            value.setTransport(values);
            return this;
        }

        /**
         * Appends a value of {@code Transport}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see WarunkiTransakcji#addTransport(Transport)
         */
        public Builder addTransport(Transport item) {
            value.addTransport(item);
            return this;
        }

        /**
         * Sets {@code PodmiotPosredniczacy}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see WarunkiTransakcji#setPodmiotPosredniczacy(Wybor1)
         */
        public Builder podmiotPosredniczacy(@Nullable Wybor1 v) {
            value.setPodmiotPosredniczacy(v);
            return this;
        }

        /**
         * Returns a new {@code WarunkiTransakcji} with the values set so far.
         *
         * @return a new instance
         */
        public WarunkiTransakcji build() {
            return new WarunkiTransakcji(value);
        }
    }
}
