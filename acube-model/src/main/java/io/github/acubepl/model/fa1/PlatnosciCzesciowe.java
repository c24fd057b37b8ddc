package io.github.acubepl.model.fa1;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * More than one partial payment may appear on an invoice only for payments made after the supply of
 * goods or performance of services but before the invoice is issued, except where receipt of
 * payment does not trigger an obligation to issue an invoice.
 *
 * <p>Schema element {@code PlatnosciCzesciowe} (Faktura/Fa/Platnosc/PlatnosciCzesciowe).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"kwotaZaplatyCzesciowej", "dataZaplatyCzesciowej"})
public final class PlatnosciCzesciowe {
    @XmlElement(name = "KwotaZaplatyCzesciowej", required = true)
    private @Nullable BigDecimal kwotaZaplatyCzesciowej;

    @XmlElement(name = "DataZaplatyCzesciowej", required = true)
    private @Nullable LocalDate dataZaplatyCzesciowej;

    /** Creates an empty instance. */
    public PlatnosciCzesciowe() {
    }

    private PlatnosciCzesciowe(PlatnosciCzesciowe other) {
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
     * Starts building a {@code PlatnosciCzesciowe}.
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
        if (!(o instanceof PlatnosciCzesciowe)) {
            return false;
        }
        PlatnosciCzesciowe other = (PlatnosciCzesciowe) o;
        return Objects.equals(kwotaZaplatyCzesciowej, other.kwotaZaplatyCzesciowej)
                && Objects.equals(dataZaplatyCzesciowej, other.dataZaplatyCzesciowej);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kwotaZaplatyCzesciowej, dataZaplatyCzesciowej);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("PlatnosciCzesciowe[");
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
     * Builds {@code PlatnosciCzesciowe} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final PlatnosciCzesciowe value = new PlatnosciCzesciowe();

        private Builder() {
        }

        /**
         * Sets {@code KwotaZaplatyCzesciowej}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see PlatnosciCzesciowe#setKwotaZaplatyCzesciowej(BigDecimal)
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
         * @see PlatnosciCzesciowe#setDataZaplatyCzesciowej(LocalDate)
         */
        public Builder dataZaplatyCzesciowej(@Nullable LocalDate v) {
            value.setDataZaplatyCzesciowej(v);
            return this;
        }

        /**
         * Returns a new {@code PlatnosciCzesciowe} with the values set so far.
         *
         * @return a new instance
         */
        public PlatnosciCzesciowe build() {
            return new PlatnosciCzesciowe(value);
        }
    }
}
