package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Other annotations on the invoice.
 *
 * <p>Schema element {@code Adnotacje} (Faktura/Fa/Adnotacje).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"p_16", "p_17", "p_18", "p_18A", "zwolnienie", "noweSrodkiTransportu", "p_23", "PMarzy"})
public final class Adnotacje {
    @XmlElement(name = "P_16", required = true)
    private @Nullable Wybor1_2 p_16;

    @XmlElement(name = "P_17", required = true)
    private @Nullable Wybor1_2 p_17;

    @XmlElement(name = "P_18", required = true)
    private @Nullable Wybor1_2 p_18;

    @XmlElement(name = "P_18A", required = true)
    private @Nullable Wybor1_2 p_18A;

    @XmlElement(name = "Zwolnienie", required = true)
    private @Nullable Zwolnienie zwolnienie;

    @XmlElement(name = "NoweSrodkiTransportu", required = true)
    private @Nullable NoweSrodkiTransportu noweSrodkiTransportu;

    @XmlElement(name = "P_23", required = true)
    private @Nullable Wybor1_2 p_23;

    @XmlElement(name = "PMarzy", required = true)
    private @Nullable PMarzy PMarzy;

    /** Creates an empty instance. */
    public Adnotacje() {
    }

    private Adnotacje(Adnotacje other) {
        this.p_16 = other.p_16;
        this.p_17 = other.p_17;
        this.p_18 = other.p_18;
        this.p_18A = other.p_18A;
        this.zwolnienie = other.zwolnienie;
        this.noweSrodkiTransportu = other.noweSrodkiTransportu;
        this.p_23 = other.p_23;
        this.PMarzy = other.PMarzy;
    }

    /**
     * Returns element {@code P_16}: For supplies of goods or services where the tax obligation
     * arises under art. 19a(5)(1) or art. 21(1) of the VAT Act - the words "metoda kasowa" (cash
     * accounting): value "1"; otherwise value "2".
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1_2 getP_16() {
        return p_16;
    }

    /**
     * Sets element {@code P_16}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_16(@Nullable Wybor1_2 value) {
        this.p_16 = value;
    }

    /**
     * Returns element {@code P_17}: For invoices referred to in art. 106d(1) of the VAT Act - the
     * word "samofakturowanie" (self-billing): value "1"; otherwise value "2".
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1_2 getP_17() {
        return p_17;
    }

    /**
     * Sets element {@code P_17}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_17(@Nullable Wybor1_2 value) {
        this.p_17 = value;
    }

    /**
     * Returns element {@code P_18}: For supplies of goods or services where the buyer is liable to
     * account for VAT or a similar tax - the words "odwrotne obciążenie" (reverse charge): value
     * "1"; otherwise value "2".
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1_2 getP_18() {
        return p_18;
    }

    /**
     * Sets element {@code P_18}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_18(@Nullable Wybor1_2 value) {
        this.p_18 = value;
    }

    /**
     * Returns element {@code P_18A}: For invoices with a total amount due exceeding PLN 15,000 (or
     * its equivalent in a foreign currency) covering supplies to a taxpayer of goods or services
     * listed in Annex 15 to the VAT Act - the words "mechanizm podzielonej płatności" (split
     * payment mechanism): value "1"; otherwise value "2". Foreign currency amounts are converted to
     * zloty using the rules applied to determine the tax base.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1_2 getP_18A() {
        return p_18A;
    }

    /**
     * Sets element {@code P_18A}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_18A(@Nullable Wybor1_2 value) {
        this.p_18A = value;
    }

    /**
     * Returns element {@code Zwolnienie}: Exemption from VAT: either exempt supplies (P_19 = 1 with
     * the legal basis in P_19A, P_19B or P_19C) or none (P_19N = 1).
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Zwolnienie getZwolnienie() {
        return zwolnienie;
    }

    /**
     * Sets element {@code Zwolnienie}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setZwolnienie(@Nullable Zwolnienie value) {
        this.zwolnienie = value;
    }

    /**
     * Returns element {@code NoweSrodkiTransportu}: Intra-Community supply of new means of
     * transport: either such supplies (P_22 = 1, P_42_5 and the vehicles) or none (P_22N = 1).
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable NoweSrodkiTransportu getNoweSrodkiTransportu() {
        return noweSrodkiTransportu;
    }

    /**
     * Sets element {@code NoweSrodkiTransportu}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNoweSrodkiTransportu(@Nullable NoweSrodkiTransportu value) {
        this.noweSrodkiTransportu = value;
    }

    /**
     * Returns element {@code P_23}: For invoices issued under the simplified (triangular) procedure
     * by the second taxpayer referred to in art. 135(1)(4)(b) and (c) and art. 135(2), containing
     * the annotation referred to in art. 136(1)(1) and the statement referred to in art. 136(1)(2)
     * of the VAT Act: value "1"; otherwise value "2".
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1_2 getP_23() {
        return p_23;
    }

    /**
     * Sets element {@code P_23}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_23(@Nullable Wybor1_2 value) {
        this.p_23 = value;
    }

    /**
     * Returns element {@code PMarzy}: Margin scheme: either a margin procedure (P_PMarzy = 1 with
     * its kind) or none (P_PMarzyN = 1).
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable PMarzy getPMarzy() {
        return PMarzy;
    }

    /**
     * Sets element {@code PMarzy}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setPMarzy(@Nullable PMarzy value) {
        this.PMarzy = value;
    }

    /**
     * Starts building a {@code Adnotacje}.
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
        if (!(o instanceof Adnotacje)) {
            return false;
        }
        Adnotacje other = (Adnotacje) o;
        return Objects.equals(p_16, other.p_16)
                && Objects.equals(p_17, other.p_17)
                && Objects.equals(p_18, other.p_18)
                && Objects.equals(p_18A, other.p_18A)
                && Objects.equals(zwolnienie, other.zwolnienie)
                && Objects.equals(noweSrodkiTransportu, other.noweSrodkiTransportu)
                && Objects.equals(p_23, other.p_23)
                && Objects.equals(PMarzy, other.PMarzy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(p_16, p_17, p_18, p_18A, zwolnienie, noweSrodkiTransportu, p_23, PMarzy);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Adnotacje[");
        String sep = "";
        if (p_16 != null) {
            sb.append(sep).append("P_16=").append(p_16);
            sep = ", ";
        }
        if (p_17 != null) {
            sb.append(sep).append("P_17=").append(p_17);
            sep = ", ";
        }
        if (p_18 != null) {
            sb.append(sep).append("P_18=").append(p_18);
            sep = ", ";
        }
        if (p_18A != null) {
            sb.append(sep).append("P_18A=").append(p_18A);
            sep = ", ";
        }
        if (zwolnienie != null) {
            sb.append(sep).append("Zwolnienie=").append(zwolnienie);
            sep = ", ";
        }
        if (noweSrodkiTransportu != null) {
            sb.append(sep).append("NoweSrodkiTransportu=").append(noweSrodkiTransportu);
            sep = ", ";
        }
        if (p_23 != null) {
            sb.append(sep).append("P_23=").append(p_23);
            sep = ", ";
        }
        if (PMarzy != null) {
            sb.append(sep).append("PMarzy=").append(PMarzy);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code Adnotacje} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final Adnotacje value = new Adnotacje();

        private Builder() {
        }

        /**
         * Sets {@code P_16}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_16(Wybor1_2)
         */
        public Builder p_16(@Nullable Wybor1_2 v) {
            value.setP_16(v);
            return this;
        }

        /**
         * Sets {@code P_17}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_17(Wybor1_2)
         */
        public Builder p_17(@Nullable Wybor1_2 v) {
            value.setP_17(v);
            return this;
        }

        /**
         * Sets {@code P_18}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_18(Wybor1_2)
         */
        public Builder p_18(@Nullable Wybor1_2 v) {
            value.setP_18(v);
            return this;
        }

        /**
         * Sets {@code P_18A}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_18A(Wybor1_2)
         */
        public Builder p_18A(@Nullable Wybor1_2 v) {
            value.setP_18A(v);
            return this;
        }

        /**
         * Sets {@code Zwolnienie}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setZwolnienie(Zwolnienie)
         */
        public Builder zwolnienie(@Nullable Zwolnienie v) {
            value.setZwolnienie(v);
            return this;
        }

        /**
         * Sets {@code NoweSrodkiTransportu}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setNoweSrodkiTransportu(NoweSrodkiTransportu)
         */
        public Builder noweSrodkiTransportu(@Nullable NoweSrodkiTransportu v) {
            value.setNoweSrodkiTransportu(v);
            return this;
        }

        /**
         * Sets {@code P_23}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_23(Wybor1_2)
         */
        public Builder p_23(@Nullable Wybor1_2 v) {
            value.setP_23(v);
            return this;
        }

        /**
         * Sets {@code PMarzy}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setPMarzy(PMarzy)
         */
        public Builder PMarzy(@Nullable PMarzy v) {
            value.setPMarzy(v);
            return this;
        }

        /**
         * Returns a new {@code Adnotacje} with the values set so far.
         *
         * @return a new instance
         */
        public Adnotacje build() {
            return new Adnotacje(value);
        }
    }
}
