package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A row of the table.
 *
 * <p>Schema element {@code Wiersz} (Faktura/Zalacznik/BlokDanych/Tabela/Wiersz).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"WKom"})
public final class Wiersz {
    @XmlElement(name = "WKom")
    private @Nullable List<String> WKom;

    /** Creates an empty instance. */
    public Wiersz() {
    }

    private Wiersz(Wiersz other) {
        this.WKom = other.WKom == null ? null : new ArrayList<>(other.WKom);
    }

    /**
     * Returns element {@code WKom}: Content of the field: one cell (may be empty).
     *
     * <p>At least one value, up to 20 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<String> getWKom() {
        return WKom == null ? List.of() : Collections.unmodifiableList(WKom);
    }

    /**
     * Replaces the values of element {@code WKom}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setWKom(@Nullable List<String> values) {
        this.WKom = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code WKom}.
     *
     * @param value the value to append
     */
    public void addWKom(String value) {
        if (this.WKom == null) {
            this.WKom = new ArrayList<>();
        }
        this.WKom.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Starts building a {@code Wiersz}.
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
        if (!(o instanceof Wiersz)) {
            return false;
        }
        Wiersz other = (Wiersz) o;
        return getWKom().equals(other.getWKom());
    }

    @Override
    public int hashCode() {
        return Objects.hash(getWKom());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Wiersz[");
        String sep = "";
        if (WKom != null) {
            sb.append(sep).append("WKom=").append(WKom);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code Wiersz} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final Wiersz value = new Wiersz();

        private Builder() {
        }

        /**
         * Sets the values of {@code WKom}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see Wiersz#setWKom(List)
         */
        public Builder WKom(@Nullable List<String> values) {
            value.setWKom(values);
            return this;
        }

        /**
         * Appends a value of {@code WKom}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see Wiersz#addWKom(String)
         */
        public Builder addWKom(String item) {
            value.addWKom(item);
            return this;
        }

        /**
         * Returns a new {@code Wiersz} with the values set so far.
         *
         * @return a new instance
         */
        public Wiersz build() {
            return new Wiersz(value);
        }
    }
}
