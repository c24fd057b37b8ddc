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
 * Additional settlements on the invoice.
 *
 * <p>Schema element {@code Rozliczenie} (Faktura/Fa/Rozliczenie).
 *
 * <p>Some elements are alternatives (an XSD choice): setting one of them to a non-null value clears
 * the others, so only one branch is ever filled.
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"obciazenia", "sumaObciazen", "odliczenia", "sumaOdliczen", "doZaplaty", "doRozliczenia"})
public final class Rozliczenie {
    @XmlElement(name = "Obciazenia")
    private @Nullable List<Obciazenia> obciazenia;

    @XmlElement(name = "SumaObciazen")
    private @Nullable BigDecimal sumaObciazen;

    @XmlElement(name = "Odliczenia")
    private @Nullable List<Odliczenia> odliczenia;

    @XmlElement(name = "SumaOdliczen")
    private @Nullable BigDecimal sumaOdliczen;

    @XmlElement(name = "DoZaplaty")
    private @Nullable BigDecimal doZaplaty;

    @XmlElement(name = "DoRozliczenia")
    private @Nullable BigDecimal doRozliczenia;

    /** Creates an empty instance. */
    public Rozliczenie() {
    }

    private Rozliczenie(Rozliczenie other) {
        this.obciazenia = other.obciazenia == null ? null : new ArrayList<>(other.obciazenia);
        this.sumaObciazen = other.sumaObciazen;
        this.odliczenia = other.odliczenia == null ? null : new ArrayList<>(other.odliczenia);
        this.sumaOdliczen = other.sumaOdliczen;
        this.doZaplaty = other.doZaplaty;
        this.doRozliczenia = other.doRozliczenia;
    }

    /**
     * Returns element {@code Obciazenia}: Charges.
     *
     * <p>Optional, up to 100 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<Obciazenia> getObciazenia() {
        return obciazenia == null ? List.of() : Collections.unmodifiableList(obciazenia);
    }

    /**
     * Replaces the values of element {@code Obciazenia}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setObciazenia(@Nullable List<Obciazenia> values) {
        this.obciazenia = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code Obciazenia}.
     *
     * @param value the value to append
     */
    public void addObciazenia(Obciazenia value) {
        if (this.obciazenia == null) {
            this.obciazenia = new ArrayList<>();
        }
        this.obciazenia.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns element {@code SumaObciazen}: Total charges.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getSumaObciazen() {
        return sumaObciazen;
    }

    /**
     * Sets element {@code SumaObciazen}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setSumaObciazen(@Nullable BigDecimal value) {
        this.sumaObciazen = value;
    }

    /**
     * Returns element {@code Odliczenia}: Deductions.
     *
     * <p>Optional, up to 100 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<Odliczenia> getOdliczenia() {
        return odliczenia == null ? List.of() : Collections.unmodifiableList(odliczenia);
    }

    /**
     * Replaces the values of element {@code Odliczenia}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setOdliczenia(@Nullable List<Odliczenia> values) {
        this.odliczenia = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code Odliczenia}.
     *
     * @param value the value to append
     */
    public void addOdliczenia(Odliczenia value) {
        if (this.odliczenia == null) {
            this.odliczenia = new ArrayList<>();
        }
        this.odliczenia.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns element {@code SumaOdliczen}: Total deductions.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getSumaOdliczen() {
        return sumaOdliczen;
    }

    /**
     * Sets element {@code SumaOdliczen}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setSumaOdliczen(@Nullable BigDecimal value) {
        this.sumaOdliczen = value;
    }

    /**
     * Returns element {@code DoZaplaty}: Amount due for payment, equal to P_15 plus charges
     * (Obciazenia) minus deductions (Odliczenia).
     *
     * <p>Optional. An alternative to {@code DoRozliczenia}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getDoZaplaty() {
        return doZaplaty;
    }

    /**
     * Sets element {@code DoZaplaty}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setDoZaplaty(@Nullable BigDecimal value) {
        this.doZaplaty = value;
        if (value != null) {
            this.doRozliczenia = null;
        }
    }

    /**
     * Returns element {@code DoRozliczenia}: Overpaid amount to be settled or refunded.
     *
     * <p>Optional. An alternative to {@code DoZaplaty}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getDoRozliczenia() {
        return doRozliczenia;
    }

    /**
     * Sets element {@code DoRozliczenia}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setDoRozliczenia(@Nullable BigDecimal value) {
        this.doRozliczenia = value;
        if (value != null) {
            this.doZaplaty = null;
        }
    }

    /**
     * Starts building a {@code Rozliczenie}.
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
        if (!(o instanceof Rozliczenie)) {
            return false;
        }
        Rozliczenie other = (Rozliczenie) o;
        return getObciazenia().equals(other.getObciazenia())
                && Objects.equals(sumaObciazen, other.sumaObciazen)
                && getOdliczenia().equals(other.getOdliczenia())
                && Objects.equals(sumaOdliczen, other.sumaOdliczen)
                && Objects.equals(doZaplaty, other.doZaplaty)
                && Objects.equals(doRozliczenia, other.doRozliczenia);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getObciazenia(), sumaObciazen, getOdliczenia(), sumaOdliczen, doZaplaty, doRozliczenia);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Rozliczenie[");
        String sep = "";
        if (obciazenia != null) {
            sb.append(sep).append("Obciazenia=").append(obciazenia);
            sep = ", ";
        }
        if (sumaObciazen != null) {
            sb.append(sep).append("SumaObciazen=").append(sumaObciazen);
            sep = ", ";
        }
        if (odliczenia != null) {
            sb.append(sep).append("Odliczenia=").append(odliczenia);
            sep = ", ";
        }
        if (sumaOdliczen != null) {
            sb.append(sep).append("SumaOdliczen=").append(sumaOdliczen);
            sep = ", ";
        }
        if (doZaplaty != null) {
            sb.append(sep).append("DoZaplaty=").append(doZaplaty);
            sep = ", ";
        }
        if (doRozliczenia != null) {
            sb.append(sep).append("DoRozliczenia=").append(doRozliczenia);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code Rozliczenie} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final Rozliczenie value = new Rozliczenie();

        private Builder() {
        }

        /**
         * Sets the values of {@code Obciazenia}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see Rozliczenie#setObciazenia(List)
         */
        public Builder obciazenia(@Nullable List<Obciazenia> values) {
            value.setObciazenia(values);
            return this;
        }

        /**
         * Appends a value of {@code Obciazenia}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see Rozliczenie#addObciazenia(Obciazenia)
         */
        public Builder addObciazenia(Obciazenia item) {
            value.addObciazenia(item);
            return this;
        }

        /**
         * Sets {@code SumaObciazen}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Rozliczenie#setSumaObciazen(BigDecimal)
         */
        public Builder sumaObciazen(@Nullable BigDecimal v) {
            value.setSumaObciazen(v);
            return this;
        }

        /**
         * Sets the values of {@code Odliczenia}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see Rozliczenie#setOdliczenia(List)
         */
        public Builder odliczenia(@Nullable List<Odliczenia> values) {
            value.setOdliczenia(values);
            return this;
        }

        /**
         * Appends a value of {@code Odliczenia}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see Rozliczenie#addOdliczenia(Odliczenia)
         */
        public Builder addOdliczenia(Odliczenia item) {
            value.addOdliczenia(item);
            return this;
        }

        /**
         * Sets {@code SumaOdliczen}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Rozliczenie#setSumaOdliczen(BigDecimal)
         */
        public Builder sumaOdliczen(@Nullable BigDecimal v) {
            value.setSumaOdliczen(v);
            return this;
        }

        /**
         * Sets {@code DoZaplaty}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Rozliczenie#setDoZaplaty(BigDecimal)
         */
        public Builder doZaplaty(@Nullable BigDecimal v) {
            value.setDoZaplaty(v);
            return this;
        }

        /**
         * Sets {@code DoRozliczenia}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Rozliczenie#setDoRozliczenia(BigDecimal)
         */
        public Builder doRozliczenia(@Nullable BigDecimal v) {
            value.setDoRozliczenia(v);
            return this;
        }

        /**
         * Returns a new {@code Rozliczenie} with the values set so far.
         *
         * @return a new instance
         */
        public Rozliczenie build() {
            return new Rozliczenie(value);
        }
    }
}
