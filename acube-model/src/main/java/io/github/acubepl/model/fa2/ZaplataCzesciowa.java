package io.github.acubepl.model.fa2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A partial payment: its amount and date.
 *
 * <p>Schema element {@code ZaplataCzesciowa} (Faktura/Fa/Platnosc/ZaplataCzesciowa).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"kwotaZaplatyCzesciowej", "dataZaplatyCzesciowej"})
public final class ZaplataCzesciowa {
    @XmlElement(name = "KwotaZaplatyCzesciowej", required = true)
    private @Nullable BigDecimal kwotaZaplatyCzesciowej;

    @XmlElement(name = "DataZaplatyCzesciowej", required = true)
    private @Nullable LocalDate dataZaplatyCzesciowej;

    /** Creates an empty instance. */
    public ZaplataCzesciowa() {
    }

    private ZaplataCzesciowa(ZaplataCzesciowa other) {
        this.kwotaZaplatyCzesciowej = other.kwotaZaplatyCzesciowej;
        this.dataZaplatyCzesciowej = other.dataZaplatyCzesciowej;
    }

    /**
     * Returns element {@code KwotaZaplatyCzesciowej}: Partial payment amount.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getKwotaZaplatyCzesciowej() {
        return kwotaZaplatyCzesciowej;
    }

    /**
     * Sets element {@code KwotaZaplatyCzesciowej}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setKwotaZaplatyCzesciowej(@Nullable BigDecimal value) {
        this.kwotaZaplatyCzesciowej = value;
    }

    /**
     * Returns element {@code DataZaplatyCzesciowej}: Partial payment date, if the partial payment
     * was made before the invoice was issued.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable LocalDate getDataZaplatyCzesciowej() {
        return dataZaplatyCzesciowej;
    }

    /**
     * Sets element {@code DataZaplatyCzesciowej}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setDataZaplatyCzesciowej(@Nullable LocalDate value) {
        this.dataZaplatyCzesciowej = value;
    }

    /**
     * Starts building a {@code ZaplataCzesciowa}.
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
        if (!(o instanceof ZaplataCzesciowa)) {
            return false;
        }
        ZaplataCzesciowa other = (ZaplataCzesciowa) o;
        return Objects.equals(kwotaZaplatyCzesciowej, other.kwotaZaplatyCzesciowej)
                && Objects.equals(dataZaplatyCzesciowej, other.dataZaplatyCzesciowej);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kwotaZaplatyCzesciowej, dataZaplatyCzesciowej);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ZaplataCzesciowa[");
        String sep = "";
        if (kwotaZaplatyCzesciowej != null) {
            sb.append(sep).append("KwotaZaplatyCzesciowej=").append(kwotaZaplatyCzesciowej);
            sep = ", ";
        }
        if (dataZaplatyCzesciowej != null) {
            sb.append(sep).append("DataZaplatyCzesciowej=").append(dataZaplatyCzesciowej);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code ZaplataCzesciowa} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final ZaplataCzesciowa value = new ZaplataCzesciowa();

        private Builder() {
        }

        /**
         * Sets {@code KwotaZaplatyCzesciowej}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see ZaplataCzesciowa#setKwotaZaplatyCzesciowej(BigDecimal)
         */
        public Builder kwotaZaplatyCzesciowej(@Nullable BigDecimal v) {
            value.setKwotaZaplatyCzesciowej(v);
            return this;
        }

        /**
         * Sets {@code DataZaplatyCzesciowej}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see ZaplataCzesciowa#setDataZaplatyCzesciowej(LocalDate)
         */
        public Builder dataZaplatyCzesciowej(@Nullable LocalDate v) {
            value.setDataZaplatyCzesciowej(v);
            return this;
        }

        /**
         * Returns a new {@code ZaplataCzesciowa} with the values set so far.
         *
         * @return a new instance
         */
        public ZaplataCzesciowa build() {
            return new ZaplataCzesciowa(value);
        }
    }
}
