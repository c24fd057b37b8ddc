package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Header of the table: its columns.
 *
 * <p>Schema element {@code TNaglowek} (Faktura/Zalacznik/BlokDanych/Tabela/TNaglowek).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"kol"})
public final class TNaglowek {
    @XmlElement(name = "Kol")
    private @Nullable List<Kol> kol;

    /** Creates an empty instance. */
    public TNaglowek() {
    }

    private TNaglowek(TNaglowek other) {
        this.kol = other.kol == null ? null : new ArrayList<>(other.kol);
    }

    /**
     * Returns element {@code Kol}: A column: its heading (NKom) and the type of its cells
     * (attribute Typ).
     *
     * <p>At least one value, up to 20 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<Kol> getKol() {
        return kol == null ? List.of() : Collections.unmodifiableList(kol);
    }

    /**
     * Replaces the values of element {@code Kol}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setKol(@Nullable List<Kol> values) {
        this.kol = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code Kol}.
     *
     * @param value the value to append
     */
    public void addKol(Kol value) {
        if (this.kol == null) {
            this.kol = new ArrayList<>();
        }
        this.kol.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Starts building a {@code TNaglowek}.
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
        if (!(o instanceof TNaglowek)) {
            return false;
        }
        TNaglowek other = (TNaglowek) o;
        return getKol().equals(other.getKol());
    }

    @Override
    public int hashCode() {
        return Objects.hash(getKol());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("TNaglowek[");
        String sep = "";
        if (kol != null) {
            sb.append(sep).append("Kol=").append(kol);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code TNaglowek} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final TNaglowek value = new TNaglowek();

        private Builder() {
        }

        /**
         * Sets the values of {@code Kol}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see TNaglowek#setKol(List)
         */
        public Builder kol(@Nullable List<Kol> values) {
            value.setKol(values);
            return this;
        }

        /**
         * Appends a value of {@code Kol}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see TNaglowek#addKol(Kol)
         */
        public Builder addKol(Kol item) {
            value.addKol(item);
            return this;
        }

        /**
         * Returns a new {@code TNaglowek} with the values set so far.
         *
         * @return a new instance
         */
        public TNaglowek build() {
            return new TNaglowek(value);
        }
    }
}
