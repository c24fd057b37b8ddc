package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Summary row of the table.
 *
 * <p>Schema element {@code Suma} (Faktura/Zalacznik/BlokDanych/Tabela/Suma).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"SKom"})
public final class Suma {
    @XmlElement(name = "SKom")
    private @Nullable List<String> SKom;

    /** Creates an empty instance. */
    public Suma() {
    }

    private Suma(Suma other) {
        this.SKom = other.SKom == null ? null : new ArrayList<>(other.SKom);
    }

    /**
     * Returns element {@code SKom}: Content of the field: one cell (may be empty).
     *
     * <p>At least one value, up to 20 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<String> getSKom() {
        return SKom == null ? List.of() : Collections.unmodifiableList(SKom);
    }

    /**
     * Replaces the values of element {@code SKom}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setSKom(@Nullable List<String> values) {
        this.SKom = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code SKom}.
     *
     * @param value the value to append
     */
    public void addSKom(String value) {
        if (this.SKom == null) {
            this.SKom = new ArrayList<>();
        }
        this.SKom.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Starts building a {@code Suma}.
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
        if (!(o instanceof Suma)) {
            return false;
        }
        Suma other = (Suma) o;
        return getSKom().equals(other.getSKom());
    }

    @Override
    public int hashCode() {
        return Objects.hash(getSKom());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Suma[");
        String sep = "";
        if (SKom != null) {
            sb.append(sep).append("SKom=").append(SKom);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code Suma} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final Suma value = new Suma();

        private Builder() {
        }

        /**
         * Sets the values of {@code SKom}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see Suma#setSKom(List)
         */
        public Builder SKom(@Nullable List<String> values) {
            value.setSKom(values);
            return this;
        }

        /**
         * Appends a value of {@code SKom}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see Suma#addSKom(String)
         */
        public Builder addSKom(String item) {
            value.addSKom(item);
            return this;
        }

        /**
         * Returns a new {@code Suma} with the values set so far.
         *
         * @return a new instance
         */
        public Suma build() {
            return new Suma(value);
        }
    }
}
