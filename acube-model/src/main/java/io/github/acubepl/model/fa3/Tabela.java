package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A table.
 *
 * <p>Schema element {@code Tabela} (Faktura/Zalacznik/BlokDanych/Tabela).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"TMetaDane", "opis", "TNaglowek", "wiersz", "suma"})
public final class Tabela {
    @XmlElement(name = "TMetaDane")
    private @Nullable List<TMetaDane> TMetaDane;

    @XmlElement(name = "Opis")
    private @Nullable String opis;

    @XmlElement(name = "TNaglowek", required = true)
    private @Nullable TNaglowek TNaglowek;

    @XmlElement(name = "Wiersz")
    private @Nullable List<Wiersz> wiersz;

    @XmlElement(name = "Suma")
    private @Nullable Suma suma;

    /** Creates an empty instance. */
    public Tabela() {
    }

    private Tabela(Tabela other) {
        this.TMetaDane = other.TMetaDane == null ? null : new ArrayList<>(other.TMetaDane);
        this.opis = other.opis;
        this.TNaglowek = other.TNaglowek;
        this.wiersz = other.wiersz == null ? null : new ArrayList<>(other.wiersz);
        this.suma = other.suma;
    }

    /**
     * Returns element {@code TMetaDane}: Descriptive data of the table: a key and its value.
     *
     * <p>Optional, up to 1000 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<TMetaDane> getTMetaDane() {
        return TMetaDane == null ? List.of() : Collections.unmodifiableList(TMetaDane);
    }

    /**
     * Replaces the values of element {@code TMetaDane}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setTMetaDane(@Nullable List<TMetaDane> values) {
        this.TMetaDane = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code TMetaDane}.
     *
     * @param value the value to append
     */
    public void addTMetaDane(TMetaDane value) {
        if (this.TMetaDane == null) {
            this.TMetaDane = new ArrayList<>();
        }
        this.TMetaDane.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns element {@code Opis}: Description of the table.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getOpis() {
        return opis;
    }

    /**
     * Sets element {@code Opis}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setOpis(@Nullable String value) {
        this.opis = value;
    }

    /**
     * Returns element {@code TNaglowek}: Header of the table: its columns.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable TNaglowek getTNaglowek() {
        return TNaglowek;
    }

    /**
     * Sets element {@code TNaglowek}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setTNaglowek(@Nullable TNaglowek value) {
        this.TNaglowek = value;
    }

    /**
     * Returns element {@code Wiersz}: A row of the table.
     *
     * <p>At least one value, up to 1000 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<Wiersz> getWiersz() {
        return wiersz == null ? List.of() : Collections.unmodifiableList(wiersz);
    }

    /**
     * Replaces the values of element {@code Wiersz}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setWiersz(@Nullable List<Wiersz> values) {
        this.wiersz = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code Wiersz}.
     *
     * @param value the value to append
     */
    public void addWiersz(Wiersz value) {
        if (this.wiersz == null) {
            this.wiersz = new ArrayList<>();
        }
        this.wiersz.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns element {@code Suma}: Summary row of the table.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Suma getSuma() {
        return suma;
    }

    /**
     * Sets element {@code Suma}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setSuma(@Nullable Suma value) {
        this.suma = value;
    }

    /**
     * Starts building a {@code Tabela}.
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
        if (!(o instanceof Tabela)) {
            return false;
        }
        Tabela other = (Tabela) o;
        return getTMetaDane().equals(other.getTMetaDane())
                && Objects.equals(opis, other.opis)
                && Objects.equals(TNaglowek, other.TNaglowek)
                && getWiersz().equals(other.getWiersz())
                && Objects.equals(suma, other.suma);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getTMetaDane(), opis, TNaglowek, getWiersz(), suma);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Tabela[");
        String sep = "";
        if (TMetaDane != null) {
            sb.append(sep).append("TMetaDane=").append(TMetaDane);
            sep = ", ";
        }
        if (opis != null) {
            sb.append(sep).append("Opis=").append(opis);
            sep = ", ";
        }
        if (TNaglowek != null) {
            sb.append(sep).append("TNaglowek=").append(TNaglowek);
            sep = ", ";
        }
        if (wiersz != null) {
            sb.append(sep).append("Wiersz=").append(wiersz);
            sep = ", ";
        }
        if (suma != null) {
            sb.append(sep).append("Suma=").append(suma);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code Tabela} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final Tabela value = new Tabela();

        private Builder() {
        }

        /**
         * Sets the values of {@code TMetaDane}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see Tabela#setTMetaDane(List)
         */
        public Builder TMetaDane(@Nullable List<TMetaDane> values) {
            value.setTMetaDane(values);
            return this;
        }

        /**
         * Appends a value of {@code TMetaDane}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see Tabela#addTMetaDane(TMetaDane)
         */
        public Builder addTMetaDane(TMetaDane item) {
            value.addTMetaDane(item);
            return this;
        }

        /**
         * Sets {@code Opis}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Tabela#setOpis(String)
         */
        public Builder opis(@Nullable String v) {
            value.setOpis(v);
            return this;
        }

        /**
         * Sets {@code TNaglowek}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Tabela#setTNaglowek(TNaglowek)
         */
        public Builder TNaglowek(@Nullable TNaglowek v) {
            value.setTNaglowek(v);
            return this;
        }

        /**
         * Sets the values of {@code Wiersz}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see Tabela#setWiersz(List)
         */
        public Builder wiersz(@Nullable List<Wiersz> values) {
            value.setWiersz(values);
            return this;
        }

        /**
         * Appends a value of {@code Wiersz}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see Tabela#addWiersz(Wiersz)
         */
        public Builder addWiersz(Wiersz item) {
            value.addWiersz(item);
            return this;
        }

        /**
         * Sets {@code Suma}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Tabela#setSuma(Suma)
         */
        public Builder suma(@Nullable Suma v) {
            value.setSuma(v);
            return this;
        }

        /**
         * Returns a new {@code Tabela} with the values set so far.
         *
         * @return a new instance
         */
        public Tabela build() {
            return new Tabela(value);
        }
    }
}
