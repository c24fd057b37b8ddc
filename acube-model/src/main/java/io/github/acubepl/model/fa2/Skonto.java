package io.github.acubepl.model.fa2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Cash discount (skonto).
 *
 * <p>Schema element {@code Skonto} (Faktura/Fa/Platnosc/Skonto).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"warunkiSkonta", "wysokoscSkonta"})
public final class Skonto {
    @XmlElement(name = "WarunkiSkonta", required = true)
    private @Nullable String warunkiSkonta;

    @XmlElement(name = "WysokoscSkonta", required = true)
    private @Nullable String wysokoscSkonta;

    /** Creates an empty instance. */
    public Skonto() {
    }

    private Skonto(Skonto other) {
        this.warunkiSkonta = other.warunkiSkonta;
        this.wysokoscSkonta = other.wysokoscSkonta;
    }

    /**
     * Returns element {@code WarunkiSkonta}: Conditions the buyer must meet to benefit from the
     * cash discount.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getWarunkiSkonta() {
        return warunkiSkonta;
    }

    /**
     * Sets element {@code WarunkiSkonta}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setWarunkiSkonta(@Nullable String value) {
        this.warunkiSkonta = value;
    }

    /**
     * Returns element {@code WysokoscSkonta}: Amount of the cash discount.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getWysokoscSkonta() {
        return wysokoscSkonta;
    }

    /**
     * Sets element {@code WysokoscSkonta}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setWysokoscSkonta(@Nullable String value) {
        this.wysokoscSkonta = value;
    }

    /**
     * Starts building a {@code Skonto}.
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
        if (!(o instanceof Skonto)) {
            return false;
        }
        Skonto other = (Skonto) o;
        return Objects.equals(warunkiSkonta, other.warunkiSkonta)
                && Objects.equals(wysokoscSkonta, other.wysokoscSkonta);
    }

    @Override
    public int hashCode() {
        return Objects.hash(warunkiSkonta, wysokoscSkonta);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Skonto[");
        String sep = "";
        if (warunkiSkonta != null) {
            sb.append(sep).append("WarunkiSkonta=").append(warunkiSkonta);
            sep = ", ";
        }
        if (wysokoscSkonta != null) {
            sb.append(sep).append("WysokoscSkonta=").append(wysokoscSkonta);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code Skonto} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final Skonto value = new Skonto();

        private Builder() {
        }

        /**
         * Sets {@code WarunkiSkonta}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Skonto#setWarunkiSkonta(String)
         */
        public Builder warunkiSkonta(@Nullable String v) {
            value.setWarunkiSkonta(v);
            return this;
        }

        /**
         * Sets {@code WysokoscSkonta}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Skonto#setWysokoscSkonta(String)
         */
        public Builder wysokoscSkonta(@Nullable String v) {
            value.setWysokoscSkonta(v);
            return this;
        }

        /**
         * Returns a new {@code Skonto} with the values set so far.
         *
         * @return a new instance
         */
        public Skonto build() {
            return new Skonto(value);
        }
    }
}
