package io.github.acubepl.model.fa2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Payment terms.
 *
 * <p>Schema element {@code Platnosc} (Faktura/Fa/Platnosc).
 *
 * <p>Some elements are alternatives (an XSD choice): setting one of them to a non-null value clears
 * the others, so only one branch is ever filled.
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"zaplacono", "dataZaplaty", "znacznikZaplatyCzesciowej", "zaplataCzesciowa", "terminPlatnosci", "formaPlatnosci", "platnoscInna", "opisPlatnosci", "rachunekBankowy", "rachunekBankowyFaktora", "skonto"})
public final class Platnosc {
    @XmlElement(name = "Zaplacono")
    private @Nullable Wybor1 zaplacono;

    @XmlElement(name = "DataZaplaty")
    private @Nullable LocalDate dataZaplaty;

    @XmlElement(name = "ZnacznikZaplatyCzesciowej")
    private @Nullable Wybor1 znacznikZaplatyCzesciowej;

    @XmlElement(name = "ZaplataCzesciowa")
    private @Nullable List<ZaplataCzesciowa> zaplataCzesciowa;

    @XmlElement(name = "TerminPlatnosci")
    private @Nullable List<TerminPlatnosci> terminPlatnosci;

    @XmlElement(name = "FormaPlatnosci")
    private @Nullable FormaPlatnosci formaPlatnosci;

    @XmlElement(name = "PlatnoscInna")
    private @Nullable Wybor1 platnoscInna;

    @XmlElement(name = "OpisPlatnosci")
    private @Nullable String opisPlatnosci;

    @XmlElement(name = "RachunekBankowy")
    private @Nullable List<RachunekBankowy> rachunekBankowy;

    @XmlElement(name = "RachunekBankowyFaktora")
    private @Nullable List<RachunekBankowy> rachunekBankowyFaktora;

    @XmlElement(name = "Skonto")
    private @Nullable Skonto skonto;

    /** Creates an empty instance. */
    public Platnosc() {
    }

    private Platnosc(Platnosc other) {
        this.zaplacono = other.zaplacono;
        this.dataZaplaty = other.dataZaplaty;
        this.znacznikZaplatyCzesciowej = other.znacznikZaplatyCzesciowej;
        this.zaplataCzesciowa = other.zaplataCzesciowa == null ? null : new ArrayList<>(other.zaplataCzesciowa);
        this.terminPlatnosci = other.terminPlatnosci == null ? null : new ArrayList<>(other.terminPlatnosci);
        this.formaPlatnosci = other.formaPlatnosci;
        this.platnoscInna = other.platnoscInna;
        this.opisPlatnosci = other.opisPlatnosci;
        this.rachunekBankowy = other.rachunekBankowy == null ? null : new ArrayList<>(other.rachunekBankowy);
        this.rachunekBankowyFaktora = other.rachunekBankowyFaktora == null ? null : new ArrayList<>(other.rachunekBankowyFaktora);
        this.skonto = other.skonto;
    }

    /**
     * Returns element {@code Zaplacono}: Flag indicating that the amount due under the invoice has
     * been paid: 1 - paid.
     *
     * <p>Optional. An alternative to {@code ZnacznikZaplatyCzesciowej}, {@code ZaplataCzesciowa}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1 getZaplacono() {
        return zaplacono;
    }

    /**
     * Sets element {@code Zaplacono}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setZaplacono(@Nullable Wybor1 value) {
        this.zaplacono = value;
        if (value != null) {
            this.znacznikZaplatyCzesciowej = null;
            this.zaplataCzesciowa = null;
        }
    }

    /**
     * Returns element {@code DataZaplaty}: Payment date, if payment was made before the invoice was
     * issued.
     *
     * <p>Optional. An alternative to {@code ZnacznikZaplatyCzesciowej}, {@code ZaplataCzesciowa}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable LocalDate getDataZaplaty() {
        return dataZaplaty;
    }

    /**
     * Sets element {@code DataZaplaty}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setDataZaplaty(@Nullable LocalDate value) {
        this.dataZaplaty = value;
        if (value != null) {
            this.znacznikZaplatyCzesciowej = null;
            this.zaplataCzesciowa = null;
        }
    }

    /**
     * Returns element {@code ZnacznikZaplatyCzesciowej}: Flag indicating that the amount due under
     * the invoice has been partly paid: 1 - partly paid.
     *
     * <p>Optional. An alternative to {@code Zaplacono}, {@code DataZaplaty}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1 getZnacznikZaplatyCzesciowej() {
        return znacznikZaplatyCzesciowej;
    }

    /**
     * Sets element {@code ZnacznikZaplatyCzesciowej}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setZnacznikZaplatyCzesciowej(@Nullable Wybor1 value) {
        this.znacznikZaplatyCzesciowej = value;
        if (value != null) {
            this.zaplacono = null;
            this.dataZaplaty = null;
        }
    }

    /**
     * Returns element {@code ZaplataCzesciowa}: A partial payment: its amount and date.
     *
     * <p>Optional, up to 100 values. An alternative to {@code Zaplacono}, {@code DataZaplaty}.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<ZaplataCzesciowa> getZaplataCzesciowa() {
        return zaplataCzesciowa == null ? List.of() : Collections.unmodifiableList(zaplataCzesciowa);
    }

    /**
     * Replaces the values of element {@code ZaplataCzesciowa}.
     *
     * <p>Setting a non-empty list clears the alternative elements of the choice.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setZaplataCzesciowa(@Nullable List<ZaplataCzesciowa> values) {
        this.zaplataCzesciowa = values == null || values.isEmpty() ? null : new ArrayList<>(values);
        if (this.zaplataCzesciowa != null) {
            this.zaplacono = null;
            this.dataZaplaty = null;
        }
    }

    /**
     * Appends a value of element {@code ZaplataCzesciowa}.
     *
     * <p>Clears the alternative elements of the choice.
     *
     * @param value the value to append
     */
    public void addZaplataCzesciowa(ZaplataCzesciowa value) {
        if (this.zaplataCzesciowa == null) {
            this.zaplataCzesciowa = new ArrayList<>();
        }
        this.zaplataCzesciowa.add(Objects.requireNonNull(value, "value"));
        this.zaplacono = null;
        this.dataZaplaty = null;
    }

    /**
     * Returns element {@code TerminPlatnosci}: A payment due date.
     *
     * <p>Optional, up to 100 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<TerminPlatnosci> getTerminPlatnosci() {
        return terminPlatnosci == null ? List.of() : Collections.unmodifiableList(terminPlatnosci);
    }

    /**
     * Replaces the values of element {@code TerminPlatnosci}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setTerminPlatnosci(@Nullable List<TerminPlatnosci> values) {
        this.terminPlatnosci = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code TerminPlatnosci}.
     *
     * @param value the value to append
     */
    public void addTerminPlatnosci(TerminPlatnosci value) {
        if (this.terminPlatnosci == null) {
            this.terminPlatnosci = new ArrayList<>();
        }
        this.terminPlatnosci.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns element {@code FormaPlatnosci}: Payment method.
     *
     * <p>Optional. An alternative to {@code PlatnoscInna}, {@code OpisPlatnosci}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable FormaPlatnosci getFormaPlatnosci() {
        return formaPlatnosci;
    }

    /**
     * Sets element {@code FormaPlatnosci}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setFormaPlatnosci(@Nullable FormaPlatnosci value) {
        this.formaPlatnosci = value;
        if (value != null) {
            this.platnoscInna = null;
            this.opisPlatnosci = null;
        }
    }

    /**
     * Returns element {@code PlatnoscInna}: Other payment method flag: 1 - other payment method.
     *
     * <p>Optional. An alternative to {@code FormaPlatnosci}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1 getPlatnoscInna() {
        return platnoscInna;
    }

    /**
     * Sets element {@code PlatnoscInna}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setPlatnoscInna(@Nullable Wybor1 value) {
        this.platnoscInna = value;
        if (value != null) {
            this.formaPlatnosci = null;
        }
    }

    /**
     * Returns element {@code OpisPlatnosci}: Specification of the other payment method.
     *
     * <p>Optional. An alternative to {@code FormaPlatnosci}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getOpisPlatnosci() {
        return opisPlatnosci;
    }

    /**
     * Sets element {@code OpisPlatnosci}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setOpisPlatnosci(@Nullable String value) {
        this.opisPlatnosci = value;
        if (value != null) {
            this.formaPlatnosci = null;
        }
    }

    /**
     * Returns element {@code RachunekBankowy}: Bank account number.
     *
     * <p>Optional, up to 100 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<RachunekBankowy> getRachunekBankowy() {
        return rachunekBankowy == null ? List.of() : Collections.unmodifiableList(rachunekBankowy);
    }

    /**
     * Replaces the values of element {@code RachunekBankowy}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setRachunekBankowy(@Nullable List<RachunekBankowy> values) {
        this.rachunekBankowy = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code RachunekBankowy}.
     *
     * @param value the value to append
     */
    public void addRachunekBankowy(RachunekBankowy value) {
        if (this.rachunekBankowy == null) {
            this.rachunekBankowy = new ArrayList<>();
        }
        this.rachunekBankowy.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns element {@code RachunekBankowyFaktora}: Factor's bank account.
     *
     * <p>Optional, up to 20 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<RachunekBankowy> getRachunekBankowyFaktora() {
        return rachunekBankowyFaktora == null ? List.of() : Collections.unmodifiableList(rachunekBankowyFaktora);
    }

    /**
     * Replaces the values of element {@code RachunekBankowyFaktora}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setRachunekBankowyFaktora(@Nullable List<RachunekBankowy> values) {
        this.rachunekBankowyFaktora = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code RachunekBankowyFaktora}.
     *
     * @param value the value to append
     */
    public void addRachunekBankowyFaktora(RachunekBankowy value) {
        if (this.rachunekBankowyFaktora == null) {
            this.rachunekBankowyFaktora = new ArrayList<>();
        }
        this.rachunekBankowyFaktora.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns element {@code Skonto}: Cash discount (skonto).
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Skonto getSkonto() {
        return skonto;
    }

    /**
     * Sets element {@code Skonto}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setSkonto(@Nullable Skonto value) {
        this.skonto = value;
    }

    /**
     * Starts building a {@code Platnosc}.
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
        if (!(o instanceof Platnosc)) {
            return false;
        }
        Platnosc other = (Platnosc) o;
        return Objects.equals(zaplacono, other.zaplacono)
                && Objects.equals(dataZaplaty, other.dataZaplaty)
                && Objects.equals(znacznikZaplatyCzesciowej, other.znacznikZaplatyCzesciowej)
                && getZaplataCzesciowa().equals(other.getZaplataCzesciowa())
                && getTerminPlatnosci().equals(other.getTerminPlatnosci())
                && Objects.equals(formaPlatnosci, other.formaPlatnosci)
                && Objects.equals(platnoscInna, other.platnoscInna)
                && Objects.equals(opisPlatnosci, other.opisPlatnosci)
                && getRachunekBankowy().equals(other.getRachunekBankowy())
                && getRachunekBankowyFaktora().equals(other.getRachunekBankowyFaktora())
                && Objects.equals(skonto, other.skonto);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zaplacono, dataZaplaty, znacznikZaplatyCzesciowej, getZaplataCzesciowa(), getTerminPlatnosci(), formaPlatnosci, platnoscInna, opisPlatnosci, getRachunekBankowy(), getRachunekBankowyFaktora(), skonto);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Platnosc[");
        String sep = "";
        if (zaplacono != null) {
            sb.append(sep).append("Zaplacono=").append(zaplacono);
            sep = ", ";
        }
        if (dataZaplaty != null) {
            sb.append(sep).append("DataZaplaty=").append(dataZaplaty);
            sep = ", ";
        }
        if (znacznikZaplatyCzesciowej != null) {
            sb.append(sep).append("ZnacznikZaplatyCzesciowej=").append(znacznikZaplatyCzesciowej);
            sep = ", ";
        }
        if (zaplataCzesciowa != null) {
            sb.append(sep).append("ZaplataCzesciowa=").append(zaplataCzesciowa);
            sep = ", ";
        }
        if (terminPlatnosci != null) {
            sb.append(sep).append("TerminPlatnosci=").append(terminPlatnosci);
            sep = ", ";
        }
        if (formaPlatnosci != null) {
            sb.append(sep).append("FormaPlatnosci=").append(formaPlatnosci);
            sep = ", ";
        }
        if (platnoscInna != null) {
            sb.append(sep).append("PlatnoscInna=").append(platnoscInna);
            sep = ", ";
        }
        if (opisPlatnosci != null) {
            sb.append(sep).append("OpisPlatnosci=").append(opisPlatnosci);
            sep = ", ";
        }
        if (rachunekBankowy != null) {
            sb.append(sep).append("RachunekBankowy=").append(rachunekBankowy);
            sep = ", ";
        }
        if (rachunekBankowyFaktora != null) {
            sb.append(sep).append("RachunekBankowyFaktora=").append(rachunekBankowyFaktora);
            sep = ", ";
        }
        if (skonto != null) {
            sb.append(sep).append("Skonto=").append(skonto);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code Platnosc} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final Platnosc value = new Platnosc();

        private Builder() {
        }

        /**
         * Sets {@code Zaplacono}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Platnosc#setZaplacono(Wybor1)
         */
        public Builder zaplacono(@Nullable Wybor1 v) {
            value.setZaplacono(v);
            return this;
        }

        /**
         * Sets {@code DataZaplaty}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Platnosc#setDataZaplaty(LocalDate)
         */
        public Builder dataZaplaty(@Nullable LocalDate v) {
            value.setDataZaplaty(v);
            return this;
        }

        /**
         * Sets {@code ZnacznikZaplatyCzesciowej}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Platnosc#setZnacznikZaplatyCzesciowej(Wybor1)
         */
        public Builder znacznikZaplatyCzesciowej(@Nullable Wybor1 v) {
            value.setZnacznikZaplatyCzesciowej(v);
            return this;
        }

        /**
         * Sets the values of {@code ZaplataCzesciowa}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see Platnosc#setZaplataCzesciowa(List)
         */
        public Builder zaplataCzesciowa(@Nullable List<ZaplataCzesciowa> values) {
            value.setZaplataCzesciowa(values);
            return this;
        }

        /**
         * Appends a value of {@code ZaplataCzesciowa}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see Platnosc#addZaplataCzesciowa(ZaplataCzesciowa)
         */
        public Builder addZaplataCzesciowa(ZaplataCzesciowa item) {
            value.addZaplataCzesciowa(item);
            return this;
        }

        /**
         * Sets the values of {@code TerminPlatnosci}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see Platnosc#setTerminPlatnosci(List)
         */
        public Builder terminPlatnosci(@Nullable List<TerminPlatnosci> values) {
            value.setTerminPlatnosci(values);
            return this;
        }

        /**
         * Appends a value of {@code TerminPlatnosci}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see Platnosc#addTerminPlatnosci(TerminPlatnosci)
         */
        public Builder addTerminPlatnosci(TerminPlatnosci item) {
            value.addTerminPlatnosci(item);
            return this;
        }

        /**
         * Sets {@code FormaPlatnosci}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Platnosc#setFormaPlatnosci(FormaPlatnosci)
         */
        public Builder formaPlatnosci(@Nullable FormaPlatnosci v) {
            value.setFormaPlatnosci(v);
            return this;
        }

        /**
         * Sets {@code PlatnoscInna}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Platnosc#setPlatnoscInna(Wybor1)
         */
        public Builder platnoscInna(@Nullable Wybor1 v) {
            value.setPlatnoscInna(v);
            return this;
        }

        /**
         * Sets {@code OpisPlatnosci}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Platnosc#setOpisPlatnosci(String)
         */
        public Builder opisPlatnosci(@Nullable String v) {
            value.setOpisPlatnosci(v);
            return this;
        }

        /**
         * Sets the values of {@code RachunekBankowy}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see Platnosc#setRachunekBankowy(List)
         */
        public Builder rachunekBankowy(@Nullable List<RachunekBankowy> values) {
            value.setRachunekBankowy(values);
            return this;
        }

        /**
         * Appends a value of {@code RachunekBankowy}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see Platnosc#addRachunekBankowy(RachunekBankowy)
         */
        public Builder addRachunekBankowy(RachunekBankowy item) {
            value.addRachunekBankowy(item);
            return this;
        }

        /**
         * Sets the values of {@code RachunekBankowyFaktora}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see Platnosc#setRachunekBankowyFaktora(List)
         */
        public Builder rachunekBankowyFaktora(@Nullable List<RachunekBankowy> values) {
            value.setRachunekBankowyFaktora(values);
            return this;
        }

        /**
         * Appends a value of {@code RachunekBankowyFaktora}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see Platnosc#addRachunekBankowyFaktora(RachunekBankowy)
         */
        public Builder addRachunekBankowyFaktora(RachunekBankowy item) {
            value.addRachunekBankowyFaktora(item);
            return this;
        }

        /**
         * Sets {@code Skonto}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Platnosc#setSkonto(Skonto)
         */
        public Builder skonto(@Nullable Skonto v) {
            value.setSkonto(v);
            return this;
        }

        /**
         * Returns a new {@code Platnosc} with the values set so far.
         *
         * @return a new instance
         */
        public Platnosc build() {
            return new Platnosc(value);
        }
    }
}
