package io.github.acubepl.model.fa2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Period covered by the invoice in the cases referred to in art. 19a(3), first sentence, art.
 * 19a(4) and art. 19a(5)(4) of the VAT Act.
 *
 * <p>Schema element {@code OkresFa} (Faktura/Fa/OkresFa).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"p_6_Od", "p_6_Do"})
public final class OkresFa {
    @XmlElement(name = "P_6_Od", required = true)
    private @Nullable LocalDate p_6_Od;

    @XmlElement(name = "P_6_Do", required = true)
    private @Nullable LocalDate p_6_Do;

    /** Creates an empty instance. */
    public OkresFa() {
    }

    private OkresFa(OkresFa other) {
        this.p_6_Od = other.p_6_Od;
        this.p_6_Do = other.p_6_Do;
    }

    /**
     * Returns element {@code P_6_Od}: Start date of the period covered by the invoice.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable LocalDate getP_6_Od() {
        return p_6_Od;
    }

    /**
     * Sets element {@code P_6_Od}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_6_Od(@Nullable LocalDate value) {
        this.p_6_Od = value;
    }

    /**
     * Returns element {@code P_6_Do}: End date of the period covered by the invoice - the date of
     * making or completing the supply of goods or performing the service.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable LocalDate getP_6_Do() {
        return p_6_Do;
    }

    /**
     * Sets element {@code P_6_Do}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_6_Do(@Nullable LocalDate value) {
        this.p_6_Do = value;
    }

    /**
     * Starts building a {@code OkresFa}.
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
        if (!(o instanceof OkresFa)) {
            return false;
        }
        OkresFa other = (OkresFa) o;
        return Objects.equals(p_6_Od, other.p_6_Od)
                && Objects.equals(p_6_Do, other.p_6_Do);
    }

    @Override
    public int hashCode() {
        return Objects.hash(p_6_Od, p_6_Do);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("OkresFa[");
        String sep = "";
        if (p_6_Od != null) {
            sb.append(sep).append("P_6_Od=").append(p_6_Od);
            sep = ", ";
        }
        if (p_6_Do != null) {
            sb.append(sep).append("P_6_Do=").append(p_6_Do);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code OkresFa} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final OkresFa value = new OkresFa();

        private Builder() {
        }

        /**
         * Sets {@code P_6_Od}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see OkresFa#setP_6_Od(LocalDate)
         */
        public Builder p_6_Od(@Nullable LocalDate v) {
            value.setP_6_Od(v);
            return this;
        }

        /**
         * Sets {@code P_6_Do}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see OkresFa#setP_6_Do(LocalDate)
         */
        public Builder p_6_Do(@Nullable LocalDate v) {
            value.setP_6_Do(v);
            return this;
        }

        /**
         * Returns a new {@code OkresFa} with the values set so far.
         *
         * @return a new instance
         */
        public OkresFa build() {
            return new OkresFa(value);
        }
    }
}
