package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Text part of the data block.
 *
 * <p>Schema element {@code Tekst} (Faktura/Zalacznik/BlokDanych/Tekst).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"akapit"})
public final class Tekst {
    @XmlElement(name = "Akapit")
    private @Nullable List<String> akapit;

    /** Creates an empty instance. */
    public Tekst() {
    }

    private Tekst(Tekst other) {
        this.akapit = other.akapit == null ? null : new ArrayList<>(other.akapit);
    }

    /**
     * Returns element {@code Akapit}: A paragraph of the text.
     *
     * <p>At least one value, up to 10 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<String> getAkapit() {
        return akapit == null ? List.of() : Collections.unmodifiableList(akapit);
    }

    /**
     * Replaces the values of element {@code Akapit}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setAkapit(@Nullable List<String> values) {
        this.akapit = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code Akapit}.
     *
     * @param value the value to append
     */
    public void addAkapit(String value) {
        if (this.akapit == null) {
            this.akapit = new ArrayList<>();
        }
        this.akapit.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Starts building a {@code Tekst}.
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
        if (!(o instanceof Tekst)) {
            return false;
        }
        Tekst other = (Tekst) o;
        return getAkapit().equals(other.getAkapit());
    }

    @Override
    public int hashCode() {
        return Objects.hash(getAkapit());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Tekst[");
        String sep = "";
        if (akapit != null) {
            sb.append(sep).append("Akapit=").append(akapit);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code Tekst} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final Tekst value = new Tekst();

        private Builder() {
        }

        /**
         * Sets the values of {@code Akapit}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see Tekst#setAkapit(List)
         */
        public Builder akapit(@Nullable List<String> values) {
            value.setAkapit(values);
            return this;
        }

        /**
         * Appends a value of {@code Akapit}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see Tekst#addAkapit(String)
         */
        public Builder addAkapit(String item) {
            value.addAkapit(item);
            return this;
        }

        /**
         * Returns a new {@code Tekst} with the values set so far.
         *
         * @return a new instance
         */
        public Tekst build() {
            return new Tekst(value);
        }
    }
}
