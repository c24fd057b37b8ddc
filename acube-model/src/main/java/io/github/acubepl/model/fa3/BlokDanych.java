package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Detailed data of the attachment: one block.
 *
 * <p>Schema element {@code BlokDanych} (Faktura/Zalacznik/BlokDanych).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"ZNaglowek", "metaDane", "tekst", "tabela"})
public final class BlokDanych {
    @XmlElement(name = "ZNaglowek")
    private @Nullable String ZNaglowek;

    @XmlElement(name = "MetaDane")
    private @Nullable List<MetaDane> metaDane;

    @XmlElement(name = "Tekst")
    private @Nullable Tekst tekst;

    @XmlElement(name = "Tabela")
    private @Nullable List<Tabela> tabela;

    /** Creates an empty instance. */
    public BlokDanych() {
    }

    private BlokDanych(BlokDanych other) {
        this.ZNaglowek = other.ZNaglowek;
        this.metaDane = other.metaDane == null ? null : new ArrayList<>(other.metaDane);
        this.tekst = other.tekst;
        this.tabela = other.tabela == null ? null : new ArrayList<>(other.tabela);
    }

    /**
     * Returns element {@code ZNaglowek}: Heading of the data block.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getZNaglowek() {
        return ZNaglowek;
    }

    /**
     * Sets element {@code ZNaglowek}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setZNaglowek(@Nullable String value) {
        this.ZNaglowek = value;
    }

    /**
     * Returns element {@code MetaDane}: Descriptive data: a key and its value.
     *
     * <p>At least one value, up to 1000 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<MetaDane> getMetaDane() {
        return metaDane == null ? List.of() : Collections.unmodifiableList(metaDane);
    }

    /**
     * Replaces the values of element {@code MetaDane}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setMetaDane(@Nullable List<MetaDane> values) {
        this.metaDane = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code MetaDane}.
     *
     * @param value the value to append
     */
    public void addMetaDane(MetaDane value) {
        if (this.metaDane == null) {
            this.metaDane = new ArrayList<>();
        }
        this.metaDane.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns element {@code Tekst}: Text part of the data block.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Tekst getTekst() {
        return tekst;
    }

    /**
     * Sets element {@code Tekst}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setTekst(@Nullable Tekst value) {
        this.tekst = value;
    }

    /**
     * Returns element {@code Tabela}: A table.
     *
     * <p>Optional, up to 1000 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<Tabela> getTabela() {
        return tabela == null ? List.of() : Collections.unmodifiableList(tabela);
    }

    /**
     * Replaces the values of element {@code Tabela}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setTabela(@Nullable List<Tabela> values) {
        this.tabela = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code Tabela}.
     *
     * @param value the value to append
     */
    public void addTabela(Tabela value) {
        if (this.tabela == null) {
            this.tabela = new ArrayList<>();
        }
        this.tabela.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Starts building a {@code BlokDanych}.
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
        if (!(o instanceof BlokDanych)) {
            return false;
        }
        BlokDanych other = (BlokDanych) o;
        return Objects.equals(ZNaglowek, other.ZNaglowek)
                && getMetaDane().equals(other.getMetaDane())
                && Objects.equals(tekst, other.tekst)
                && getTabela().equals(other.getTabela());
    }

    @Override
    public int hashCode() {
        return Objects.hash(ZNaglowek, getMetaDane(), tekst, getTabela());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("BlokDanych[");
        String sep = "";
        if (ZNaglowek != null) {
            sb.append(sep).append("ZNaglowek=").append(ZNaglowek);
            sep = ", ";
        }
        if (metaDane != null) {
            sb.append(sep).append("MetaDane=").append(metaDane);
            sep = ", ";
        }
        if (tekst != null) {
            sb.append(sep).append("Tekst=").append(tekst);
            sep = ", ";
        }
        if (tabela != null) {
            sb.append(sep).append("Tabela=").append(tabela);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code BlokDanych} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final BlokDanych value = new BlokDanych();

        private Builder() {
        }

        /**
         * Sets {@code ZNaglowek}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see BlokDanych#setZNaglowek(String)
         */
        public Builder ZNaglowek(@Nullable String v) {
            value.setZNaglowek(v);
            return this;
        }

        /**
         * Sets the values of {@code MetaDane}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see BlokDanych#setMetaDane(List)
         */
        public Builder metaDane(@Nullable List<MetaDane> values) {
            value.setMetaDane(values);
            return this;
        }

        /**
         * Appends a value of {@code MetaDane}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see BlokDanych#addMetaDane(MetaDane)
         */
        public Builder addMetaDane(MetaDane item) {
            value.addMetaDane(item);
            return this;
        }

        /**
         * Sets {@code Tekst}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see BlokDanych#setTekst(Tekst)
         */
        public Builder tekst(@Nullable Tekst v) {
            value.setTekst(v);
            return this;
        }

        /**
         * Sets the values of {@code Tabela}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see BlokDanych#setTabela(List)
         */
        public Builder tabela(@Nullable List<Tabela> values) {
            value.setTabela(values);
            return this;
        }

        /**
         * Appends a value of {@code Tabela}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see BlokDanych#addTabela(Tabela)
         */
        public Builder addTabela(Tabela item) {
            value.addTabela(item);
            return this;
        }

        /**
         * Returns a new {@code BlokDanych} with the values set so far.
         *
         * @return a new instance
         */
        public BlokDanych build() {
            return new BlokDanych(value);
        }
    }
}
