package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Descriptive data of the table: a key and its value.
 *
 * <p>Schema element {@code TMetaDane} (Faktura/Zalacznik/BlokDanych/Tabela/TMetaDane).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"TKlucz", "TWartosc"})
public final class TMetaDane {
    @XmlElement(name = "TKlucz", required = true)
    private @Nullable String TKlucz;

    @XmlElement(name = "TWartosc", required = true)
    private @Nullable String TWartosc;

    /** Creates an empty instance. */
    public TMetaDane() {
    }

    private TMetaDane(TMetaDane other) {
        this.TKlucz = other.TKlucz;
        this.TWartosc = other.TWartosc;
    }

    /**
     * Returns element {@code TKlucz}: Key.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getTKlucz() {
        return TKlucz;
    }

    /**
     * Sets element {@code TKlucz}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setTKlucz(@Nullable String value) {
        this.TKlucz = value;
    }

    /**
     * Returns element {@code TWartosc}: Value.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getTWartosc() {
        return TWartosc;
    }

    /**
     * Sets element {@code TWartosc}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setTWartosc(@Nullable String value) {
        this.TWartosc = value;
    }

    /**
     * Starts building a {@code TMetaDane}.
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
        if (!(o instanceof TMetaDane)) {
            return false;
        }
        TMetaDane other = (TMetaDane) o;
        return Objects.equals(TKlucz, other.TKlucz)
                && Objects.equals(TWartosc, other.TWartosc);
    }

    @Override
    public int hashCode() {
        return Objects.hash(TKlucz, TWartosc);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("TMetaDane[");
        String sep = "";
        if (TKlucz != null) {
            sb.append(sep).append("TKlucz=").append(TKlucz);
            sep = ", ";
        }
        if (TWartosc != null) {
            sb.append(sep).append("TWartosc=").append(TWartosc);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code TMetaDane} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final TMetaDane value = new TMetaDane();

        private Builder() {
        }

        /**
         * Sets {@code TKlucz}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see TMetaDane#setTKlucz(String)
         */
        public Builder TKlucz(@Nullable String v) {
            value.setTKlucz(v);
            return this;
        }

        /**
         * Sets {@code TWartosc}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see TMetaDane#setTWartosc(String)
         */
        public Builder TWartosc(@Nullable String v) {
            value.setTWartosc(v);
            return this;
        }

        /**
         * Returns a new {@code TMetaDane} with the values set so far.
         *
         * @return a new instance
         */
        public TMetaDane build() {
            return new TMetaDane(value);
        }
    }
}
