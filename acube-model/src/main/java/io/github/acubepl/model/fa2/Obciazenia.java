package io.github.acubepl.model.fa2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Charges.
 *
 * <p>Schema element {@code Obciazenia} (Faktura/Fa/Rozliczenie/Obciazenia).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"kwota", "powod"})
public final class Obciazenia {
    @XmlElement(name = "Kwota", required = true)
    private @Nullable BigDecimal kwota;

    @XmlElement(name = "Powod", required = true)
    private @Nullable String powod;

    /** Creates an empty instance. */
    public Obciazenia() {
    }

    private Obciazenia(Obciazenia other) {
        this.kwota = other.kwota;
        this.powod = other.powod;
    }

    /**
     * Returns element {@code Kwota}: Amount added to the amount shown in P_15.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getKwota() {
        return kwota;
    }

    /**
     * Sets element {@code Kwota}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setKwota(@Nullable BigDecimal value) {
        this.kwota = value;
    }

    /**
     * Returns element {@code Powod}: Reason for the charge.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getPowod() {
        return powod;
    }

    /**
     * Sets element {@code Powod}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setPowod(@Nullable String value) {
        this.powod = value;
    }

    /**
     * Starts building a {@code Obciazenia}.
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
        if (!(o instanceof Obciazenia)) {
            return false;
        }
        Obciazenia other = (Obciazenia) o;
        return Objects.equals(kwota, other.kwota)
                && Objects.equals(powod, other.powod);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kwota, powod);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Obciazenia[");
        String sep = "";
        if (kwota != null) {
            sb.append(sep).append("Kwota=").append(kwota);
            sep = ", ";
        }
        if (powod != null) {
            sb.append(sep).append("Powod=").append(powod);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code Obciazenia} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final Obciazenia value = new Obciazenia();

        private Builder() {
        }

        /**
         * Sets {@code Kwota}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Obciazenia#setKwota(BigDecimal)
         */
        public Builder kwota(@Nullable BigDecimal v) {
            value.setKwota(v);
            return this;
        }

        /**
         * Sets {@code Powod}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Obciazenia#setPowod(String)
         */
        public Builder powod(@Nullable String v) {
            value.setPowod(v);
            return this;
        }

        /**
         * Returns a new {@code Obciazenia} with the values set so far.
         *
         * @return a new instance
         */
        public Obciazenia build() {
            return new Obciazenia(value);
        }
    }
}
