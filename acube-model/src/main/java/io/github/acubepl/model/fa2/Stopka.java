package io.github.acubepl.model.fa2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Other information on the invoice.
 *
 * <p>Schema element {@code Stopka} (Faktura/Stopka).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"informacje", "rejestry"})
public final class Stopka {
    @XmlElement(name = "Informacje")
    private @Nullable List<Informacje> informacje;

    @XmlElement(name = "Rejestry")
    private @Nullable List<Rejestry> rejestry;

    /** Creates an empty instance. */
    public Stopka() {
    }

    private Stopka(Stopka other) {
        this.informacje = other.informacje == null ? null : new ArrayList<>(other.informacje);
        this.rejestry = other.rejestry == null ? null : new ArrayList<>(other.rejestry);
    }

    /**
     * Returns element {@code Informacje}: Other information.
     *
     * <p>Optional, up to 3 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<Informacje> getInformacje() {
        return informacje == null ? List.of() : Collections.unmodifiableList(informacje);
    }

    /**
     * Replaces the values of element {@code Informacje}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setInformacje(@Nullable List<Informacje> values) {
        this.informacje = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code Informacje}.
     *
     * @param value the value to append
     */
    public void addInformacje(Informacje value) {
        if (this.informacje == null) {
            this.informacje = new ArrayList<>();
        }
        this.informacje.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns element {@code Rejestry}: Numbers of the entity or group of entities in other
     * registers and databases.
     *
     * <p>Optional, up to 100 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<Rejestry> getRejestry() {
        return rejestry == null ? List.of() : Collections.unmodifiableList(rejestry);
    }

    /**
     * Replaces the values of element {@code Rejestry}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setRejestry(@Nullable List<Rejestry> values) {
        this.rejestry = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code Rejestry}.
     *
     * @param value the value to append
     */
    public void addRejestry(Rejestry value) {
        if (this.rejestry == null) {
            this.rejestry = new ArrayList<>();
        }
        this.rejestry.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Starts building a {@code Stopka}.
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
        if (!(o instanceof Stopka)) {
            return false;
        }
        Stopka other = (Stopka) o;
        return getInformacje().equals(other.getInformacje())
                && getRejestry().equals(other.getRejestry());
    }

    @Override
    public int hashCode() {
        return Objects.hash(getInformacje(), getRejestry());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Stopka[");
        String sep = "";
        if (informacje != null) {
            sb.append(sep).append("Informacje=").append(informacje);
            sep = ", ";
        }
        if (rejestry != null) {
            sb.append(sep).append("Rejestry=").append(rejestry);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code Stopka} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final Stopka value = new Stopka();

        private Builder() {
        }

        /**
         * Sets the values of {@code Informacje}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see Stopka#setInformacje(List)
         */
        public Builder informacje(@Nullable List<Informacje> values) {
            value.setInformacje(values);
            return this;
        }

        /**
         * Appends a value of {@code Informacje}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see Stopka#addInformacje(Informacje)
         */
        public Builder addInformacje(Informacje item) {
            value.addInformacje(item);
            return this;
        }

        /**
         * Sets the values of {@code Rejestry}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see Stopka#setRejestry(List)
         */
        public Builder rejestry(@Nullable List<Rejestry> values) {
            value.setRejestry(values);
            return this;
        }

        /**
         * Appends a value of {@code Rejestry}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see Stopka#addRejestry(Rejestry)
         */
        public Builder addRejestry(Rejestry item) {
            value.addRejestry(item);
            return this;
        }

        /**
         * Returns a new {@code Stopka} with the values set so far.
         *
         * @return a new instance
         */
        public Stopka build() {
            return new Stopka(value);
        }
    }
}
