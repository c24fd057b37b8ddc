package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Data for invoices documenting the receipt of more than one payment referred to in art. 106b(1)(4)
 * of the VAT Act. Where an invoice referred to in art. 106f(3) of the VAT Act also documents the
 * receipt of part of the payment before the transaction, the difference between P_15 and the sum of
 * the P_15Z is the amount remaining beyond the payments received before the transaction.
 *
 * <p>Schema element {@code ZaliczkaCzesciowa} (Faktura/Fa/ZaliczkaCzesciowa).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"p_6Z", "p_15Z", "kursWalutyZW"})
public final class ZaliczkaCzesciowa {
    @XmlElement(name = "P_6Z", required = true)
    private @Nullable LocalDate p_6Z;

    @XmlElement(name = "P_15Z", required = true)
    private @Nullable BigDecimal p_15Z;

    @XmlElement(name = "KursWalutyZW")
    private @Nullable BigDecimal kursWalutyZW;

    /** Creates an empty instance. */
    public ZaliczkaCzesciowa() {
    }

    private ZaliczkaCzesciowa(ZaliczkaCzesciowa other) {
        this.p_6Z = other.p_6Z;
        this.p_15Z = other.p_15Z;
        this.kursWalutyZW = other.kursWalutyZW;
    }

    /**
     * Returns element {@code P_6Z}: Date of receipt of the payment referred to in art. 106b(1)(4)
     * of the VAT Act.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable LocalDate getP_6Z() {
        return p_6Z;
    }

    /**
     * Sets element {@code P_6Z}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_6Z(@Nullable LocalDate value) {
        this.p_6Z = value;
    }

    /**
     * Returns element {@code P_15Z}: Amount of the payment referred to in art. 106b(1)(4) of the
     * VAT Act, part of the amount in P_15. For corrective invoices, the correction of the amount on
     * the corrected invoice.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getP_15Z() {
        return p_15Z;
    }

    /**
     * Sets element {@code P_15Z}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_15Z(@Nullable BigDecimal value) {
        this.p_15Z = value;
    }

    /**
     * Returns element {@code KursWalutyZW}: Exchange rate used to calculate the tax amount in the
     * cases referred to in Division VI of the VAT Act.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getKursWalutyZW() {
        return kursWalutyZW;
    }

    /**
     * Sets element {@code KursWalutyZW}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setKursWalutyZW(@Nullable BigDecimal value) {
        this.kursWalutyZW = value;
    }

    /**
     * Starts building a {@code ZaliczkaCzesciowa}.
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
        if (!(o instanceof ZaliczkaCzesciowa)) {
            return false;
        }
        ZaliczkaCzesciowa other = (ZaliczkaCzesciowa) o;
        return Objects.equals(p_6Z, other.p_6Z)
                && Objects.equals(p_15Z, other.p_15Z)
                && Objects.equals(kursWalutyZW, other.kursWalutyZW);
    }

    @Override
    public int hashCode() {
        return Objects.hash(p_6Z, p_15Z, kursWalutyZW);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ZaliczkaCzesciowa[");
        String sep = "";
        if (p_6Z != null) {
            sb.append(sep).append("P_6Z=").append(p_6Z);
            sep = ", ";
        }
        if (p_15Z != null) {
            sb.append(sep).append("P_15Z=").append(p_15Z);
            sep = ", ";
        }
        if (kursWalutyZW != null) {
            sb.append(sep).append("KursWalutyZW=").append(kursWalutyZW);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code ZaliczkaCzesciowa} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final ZaliczkaCzesciowa value = new ZaliczkaCzesciowa();

        private Builder() {
        }

        /**
         * Sets {@code P_6Z}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see ZaliczkaCzesciowa#setP_6Z(LocalDate)
         */
        public Builder p_6Z(@Nullable LocalDate v) {
            value.setP_6Z(v);
            return this;
        }

        /**
         * Sets {@code P_15Z}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see ZaliczkaCzesciowa#setP_15Z(BigDecimal)
         */
        public Builder p_15Z(@Nullable BigDecimal v) {
            value.setP_15Z(v);
            return this;
        }

        /**
         * Sets {@code KursWalutyZW}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see ZaliczkaCzesciowa#setKursWalutyZW(BigDecimal)
         */
        public Builder kursWalutyZW(@Nullable BigDecimal v) {
            value.setKursWalutyZW(v);
            return this;
        }

        /**
         * Returns a new {@code ZaliczkaCzesciowa} with the values set so far.
         *
         * @return a new instance
         */
        public ZaliczkaCzesciowa build() {
            return new ZaliczkaCzesciowa(value);
        }
    }
}
