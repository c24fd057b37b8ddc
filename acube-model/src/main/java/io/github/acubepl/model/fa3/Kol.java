package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A column: its heading (NKom) and the type of its cells (attribute Typ).
 *
 * <p>Schema element {@code Kol} (Faktura/Zalacznik/BlokDanych/Tabela/TNaglowek/Kol).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"NKom"})
public final class Kol {
    @XmlAttribute(name = "Typ", required = true)
    private @Nullable TypKolumny typ;

    @XmlElement(name = "NKom", required = true)
    private @Nullable String NKom;

    /** Creates an empty instance. */
    public Kol() {
    }

    private Kol(Kol other) {
        this.typ = other.typ;
        this.NKom = other.NKom;
    }

    /**
     * Returns attribute {@code Typ}: Type of the data in the column.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable TypKolumny getTyp() {
        return typ;
    }

    /**
     * Sets attribute {@code Typ}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setTyp(@Nullable TypKolumny value) {
        this.typ = value;
    }

    /**
     * Returns element {@code NKom}: Content of the field: the column heading.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getNKom() {
        return NKom;
    }

    /**
     * Sets element {@code NKom}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNKom(@Nullable String value) {
        this.NKom = value;
    }

    /**
     * Starts building a {@code Kol}.
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
        if (!(o instanceof Kol)) {
            return false;
        }
        Kol other = (Kol) o;
        return Objects.equals(typ, other.typ)
                && Objects.equals(NKom, other.NKom);
    }

    @Override
    public int hashCode() {
        return Objects.hash(typ, NKom);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Kol[");
        String sep = "";
        if (typ != null) {
            sb.append(sep).append("Typ=").append(typ);
            sep = ", ";
        }
        if (NKom != null) {
            sb.append(sep).append("NKom=").append(NKom);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code Kol} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final Kol value = new Kol();

        private Builder() {
        }

        /**
         * Sets {@code Typ}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Kol#setTyp(TypKolumny)
         */
        public Builder typ(@Nullable TypKolumny v) {
            value.setTyp(v);
            return this;
        }

        /**
         * Sets {@code NKom}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Kol#setNKom(String)
         */
        public Builder NKom(@Nullable String v) {
            value.setNKom(v);
            return this;
        }

        /**
         * Returns a new {@code Kol} with the values set so far.
         *
         * @return a new instance
         */
        public Kol build() {
            return new Kol(value);
        }
    }
}
