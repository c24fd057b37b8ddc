package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Descriptive data: a key and its value.
 *
 * <p>Schema element {@code MetaDane} (Faktura/Zalacznik/BlokDanych/MetaDane).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"ZKlucz", "ZWartosc"})
public final class MetaDane {
    @XmlElement(name = "ZKlucz", required = true)
    private @Nullable String ZKlucz;

    @XmlElement(name = "ZWartosc", required = true)
    private @Nullable String ZWartosc;

    /** Creates an empty instance. */
    public MetaDane() {
    }

    private MetaDane(MetaDane other) {
        this.ZKlucz = other.ZKlucz;
        this.ZWartosc = other.ZWartosc;
    }

    /**
     * Returns element {@code ZKlucz}: Key.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getZKlucz() {
        return ZKlucz;
    }

    /**
     * Sets element {@code ZKlucz}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setZKlucz(@Nullable String value) {
        this.ZKlucz = value;
    }

    /**
     * Returns element {@code ZWartosc}: Value.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getZWartosc() {
        return ZWartosc;
    }

    /**
     * Sets element {@code ZWartosc}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setZWartosc(@Nullable String value) {
        this.ZWartosc = value;
    }

    /**
     * Starts building a {@code MetaDane}.
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
        if (!(o instanceof MetaDane)) {
            return false;
        }
        MetaDane other = (MetaDane) o;
        return Objects.equals(ZKlucz, other.ZKlucz)
                && Objects.equals(ZWartosc, other.ZWartosc);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ZKlucz, ZWartosc);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("MetaDane[");
        String sep = "";
        if (ZKlucz != null) {
            sb.append(sep).append("ZKlucz=").append(ZKlucz);
            sep = ", ";
        }
        if (ZWartosc != null) {
            sb.append(sep).append("ZWartosc=").append(ZWartosc);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code MetaDane} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final MetaDane value = new MetaDane();

        private Builder() {
        }

        /**
         * Sets {@code ZKlucz}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see MetaDane#setZKlucz(String)
         */
        public Builder ZKlucz(@Nullable String v) {
            value.setZKlucz(v);
            return this;
        }

        /**
         * Sets {@code ZWartosc}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see MetaDane#setZWartosc(String)
         */
        public Builder ZWartosc(@Nullable String v) {
            value.setZWartosc(v);
            return this;
        }

        /**
         * Returns a new {@code MetaDane} with the values set so far.
         *
         * @return a new instance
         */
        public MetaDane build() {
            return new MetaDane(value);
        }
    }
}
