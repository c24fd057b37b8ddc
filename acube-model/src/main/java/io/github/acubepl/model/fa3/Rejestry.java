package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Numbers of the entity or group of entities in other registers and databases.
 *
 * <p>Schema element {@code Rejestry} (Faktura/Stopka/Rejestry).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"pelnaNazwa", "KRS", "REGON", "BDO"})
public final class Rejestry {
    @XmlElement(name = "PelnaNazwa")
    private @Nullable String pelnaNazwa;

    @XmlElement(name = "KRS")
    private @Nullable String KRS;

    @XmlElement(name = "REGON")
    private @Nullable String REGON;

    @XmlElement(name = "BDO")
    private @Nullable String BDO;

    /** Creates an empty instance. */
    public Rejestry() {
    }

    private Rejestry(Rejestry other) {
        this.pelnaNazwa = other.pelnaNazwa;
        this.KRS = other.KRS;
        this.REGON = other.REGON;
        this.BDO = other.BDO;
    }

    /**
     * Returns element {@code PelnaNazwa}: Full name.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getPelnaNazwa() {
        return pelnaNazwa;
    }

    /**
     * Sets element {@code PelnaNazwa}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setPelnaNazwa(@Nullable String value) {
        this.pelnaNazwa = value;
    }

    /**
     * Returns element {@code KRS}: National Court Register (KRS) number.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getKRS() {
        return KRS;
    }

    /**
     * Sets element {@code KRS}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setKRS(@Nullable String value) {
        this.KRS = value;
    }

    /**
     * Returns element {@code REGON}: REGON number.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getREGON() {
        return REGON;
    }

    /**
     * Sets element {@code REGON}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setREGON(@Nullable String value) {
        this.REGON = value;
    }

    /**
     * Returns element {@code BDO}: Number in the Waste Database (BDO).
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getBDO() {
        return BDO;
    }

    /**
     * Sets element {@code BDO}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setBDO(@Nullable String value) {
        this.BDO = value;
    }

    /**
     * Starts building a {@code Rejestry}.
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
        if (!(o instanceof Rejestry)) {
            return false;
        }
        Rejestry other = (Rejestry) o;
        return Objects.equals(pelnaNazwa, other.pelnaNazwa)
                && Objects.equals(KRS, other.KRS)
                && Objects.equals(REGON, other.REGON)
                && Objects.equals(BDO, other.BDO);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pelnaNazwa, KRS, REGON, BDO);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Rejestry[");
        String sep = "";
        if (pelnaNazwa != null) {
            sb.append(sep).append("PelnaNazwa=").append(pelnaNazwa);
            sep = ", ";
        }
        if (KRS != null) {
            sb.append(sep).append("KRS=").append(KRS);
            sep = ", ";
        }
        if (REGON != null) {
            sb.append(sep).append("REGON=").append(REGON);
            sep = ", ";
        }
        if (BDO != null) {
            sb.append(sep).append("BDO=").append(BDO);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code Rejestry} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final Rejestry value = new Rejestry();

        private Builder() {
        }

        /**
         * Sets {@code PelnaNazwa}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Rejestry#setPelnaNazwa(String)
         */
        public Builder pelnaNazwa(@Nullable String v) {
            value.setPelnaNazwa(v);
            return this;
        }

        /**
         * Sets {@code KRS}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Rejestry#setKRS(String)
         */
        public Builder KRS(@Nullable String v) {
            value.setKRS(v);
            return this;
        }

        /**
         * Sets {@code REGON}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Rejestry#setREGON(String)
         */
        public Builder REGON(@Nullable String v) {
            value.setREGON(v);
            return this;
        }

        /**
         * Sets {@code BDO}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Rejestry#setBDO(String)
         */
        public Builder BDO(@Nullable String v) {
            value.setBDO(v);
            return this;
        }

        /**
         * Returns a new {@code Rejestry} with the values set so far.
         *
         * @return a new instance
         */
        public Rejestry build() {
            return new Rejestry(value);
        }
    }
}
