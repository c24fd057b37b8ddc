package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Attachment to the VAT invoice: blocks of structured data (key-value pairs, text and tables). KSeF
 * accepts invoices with attachments only from issuers registered for them.
 *
 * <p>Schema element {@code Zalacznik} (Faktura/Zalacznik).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"blokDanych"})
public final class Zalacznik {
    @XmlElement(name = "BlokDanych")
    private @Nullable List<BlokDanych> blokDanych;

    /** Creates an empty instance. */
    public Zalacznik() {
    }

    private Zalacznik(Zalacznik other) {
        this.blokDanych = other.blokDanych == null ? null : new ArrayList<>(other.blokDanych);
    }

    /**
     * Returns element {@code BlokDanych}: Detailed data of the attachment: one block.
     *
     * <p>At least one value, up to 1000 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<BlokDanych> getBlokDanych() {
        return blokDanych == null ? List.of() : Collections.unmodifiableList(blokDanych);
    }

    /**
     * Replaces the values of element {@code BlokDanych}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setBlokDanych(@Nullable List<BlokDanych> values) {
        this.blokDanych = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code BlokDanych}.
     *
     * @param value the value to append
     */
    public void addBlokDanych(BlokDanych value) {
        if (this.blokDanych == null) {
            this.blokDanych = new ArrayList<>();
        }
        this.blokDanych.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Starts building a {@code Zalacznik}.
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
        if (!(o instanceof Zalacznik)) {
            return false;
        }
        Zalacznik other = (Zalacznik) o;
        return getBlokDanych().equals(other.getBlokDanych());
    }

    @Override
    public int hashCode() {
        return Objects.hash(getBlokDanych());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Zalacznik[");
        String sep = "";
        if (blokDanych != null) {
            sb.append(sep).append("BlokDanych=").append(blokDanych);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code Zalacznik} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final Zalacznik value = new Zalacznik();

        private Builder() {
        }

        /**
         * Sets the values of {@code BlokDanych}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see Zalacznik#setBlokDanych(List)
         */
        public Builder blokDanych(@Nullable List<BlokDanych> values) {
            value.setBlokDanych(values);
            return this;
        }

        /**
         * Appends a value of {@code BlokDanych}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see Zalacznik#addBlokDanych(BlokDanych)
         */
        public Builder addBlokDanych(BlokDanych item) {
            value.addBlokDanych(item);
            return this;
        }

        /**
         * Returns a new {@code Zalacznik} with the values set so far.
         *
         * @return a new instance
         */
        public Zalacznik build() {
            return new Zalacznik(value);
        }
    }
}
