package io.github.acubepl.model.fa2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One new means of transport supplied within the Community.
 *
 * <p>Schema element {@code NowySrodekTransportu}
 * (Faktura/Fa/Adnotacje/NoweSrodkiTransportu/NowySrodekTransportu).
 *
 * <p>Some elements are alternatives (an XSD choice): setting one of them to a non-null value clears
 * the others, so only one branch is ever filled.
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"p_22A", "p_NrWierszaNST", "p_22BMK", "p_22BMD", "p_22BK", "p_22BNR", "p_22BRP", "p_22B", "p_22B1", "p_22B2", "p_22B3", "p_22B4", "p_22BT", "p_22C", "p_22C1", "p_22D", "p_22D1"})
public final class NowySrodekTransportu {
    @XmlElement(name = "P_22A", required = true)
    private @Nullable LocalDate p_22A;

    @XmlElement(name = "P_NrWierszaNST", required = true)
    private @Nullable Long p_NrWierszaNST;

    @XmlElement(name = "P_22BMK")
    private @Nullable String p_22BMK;

    @XmlElement(name = "P_22BMD")
    private @Nullable String p_22BMD;

    @XmlElement(name = "P_22BK")
    private @Nullable String p_22BK;

    @XmlElement(name = "P_22BNR")
    private @Nullable String p_22BNR;

    @XmlElement(name = "P_22BRP")
    private @Nullable String p_22BRP;

    @XmlElement(name = "P_22B")
    private @Nullable String p_22B;

    @XmlElement(name = "P_22B1")
    private @Nullable String p_22B1;

    @XmlElement(name = "P_22B2")
    private @Nullable String p_22B2;

    @XmlElement(name = "P_22B3")
    private @Nullable String p_22B3;

    @XmlElement(name = "P_22B4")
    private @Nullable String p_22B4;

    @XmlElement(name = "P_22BT")
    private @Nullable String p_22BT;

    @XmlElement(name = "P_22C")
    private @Nullable String p_22C;

    @XmlElement(name = "P_22C1")
    private @Nullable String p_22C1;

    @XmlElement(name = "P_22D")
    private @Nullable String p_22D;

    @XmlElement(name = "P_22D1")
    private @Nullable String p_22D1;

    /** Creates an empty instance. */
    public NowySrodekTransportu() {
    }

    private NowySrodekTransportu(NowySrodekTransportu other) {
        this.p_22A = other.p_22A;
        this.p_NrWierszaNST = other.p_NrWierszaNST;
        this.p_22BMK = other.p_22BMK;
        this.p_22BMD = other.p_22BMD;
        this.p_22BK = other.p_22BK;
        this.p_22BNR = other.p_22BNR;
        this.p_22BRP = other.p_22BRP;
        this.p_22B = other.p_22B;
        this.p_22B1 = other.p_22B1;
        this.p_22B2 = other.p_22B2;
        this.p_22B3 = other.p_22B3;
        this.p_22B4 = other.p_22B4;
        this.p_22BT = other.p_22BT;
        this.p_22C = other.p_22C;
        this.p_22C1 = other.p_22C1;
        this.p_22D = other.p_22D;
        this.p_22D1 = other.p_22D1;
    }

    /**
     * Returns element {@code P_22A}: Date on which the new means of transport was first put into
     * use.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable LocalDate getP_22A() {
        return p_22A;
    }

    /**
     * Sets element {@code P_22A}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22A(@Nullable LocalDate value) {
        this.p_22A = value;
    }

    /**
     * Returns element {@code P_NrWierszaNST}: Number of the invoice line showing the supply of the
     * new means of transport.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Long getP_NrWierszaNST() {
        return p_NrWierszaNST;
    }

    /**
     * Sets element {@code P_NrWierszaNST}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_NrWierszaNST(@Nullable Long value) {
        this.p_NrWierszaNST = value;
    }

    /**
     * Returns element {@code P_22BMK}: Make of the new means of transport.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_22BMK() {
        return p_22BMK;
    }

    /**
     * Sets element {@code P_22BMK}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22BMK(@Nullable String value) {
        this.p_22BMK = value;
    }

    /**
     * Returns element {@code P_22BMD}: Model of the new means of transport.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_22BMD() {
        return p_22BMD;
    }

    /**
     * Sets element {@code P_22BMD}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22BMD(@Nullable String value) {
        this.p_22BMD = value;
    }

    /**
     * Returns element {@code P_22BK}: Colour of the new means of transport.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_22BK() {
        return p_22BK;
    }

    /**
     * Sets element {@code P_22BK}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22BK(@Nullable String value) {
        this.p_22BK = value;
    }

    /**
     * Returns element {@code P_22BNR}: Registration number of the new means of transport.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_22BNR() {
        return p_22BNR;
    }

    /**
     * Sets element {@code P_22BNR}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22BNR(@Nullable String value) {
        this.p_22BNR = value;
    }

    /**
     * Returns element {@code P_22BRP}: Year of production of the new means of transport.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_22BRP() {
        return p_22BRP;
    }

    /**
     * Sets element {@code P_22BRP}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22BRP(@Nullable String value) {
        this.p_22BRP = value;
    }

    /**
     * Returns element {@code P_22B}: For land vehicles referred to in art. 2(10)(a) of the VAT Act:
     * the mileage of the vehicle.
     *
     * <p>Optional. An alternative to {@code P_22C}, {@code P_22C1}, {@code P_22D}, {@code P_22D1}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_22B() {
        return p_22B;
    }

    /**
     * Sets element {@code P_22B}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22B(@Nullable String value) {
        this.p_22B = value;
        if (value != null) {
            this.p_22C = null;
            this.p_22C1 = null;
            this.p_22D = null;
            this.p_22D1 = null;
        }
    }

    /**
     * Returns element {@code P_22B1}: For land vehicles referred to in art. 2(10)(a) of the VAT
     * Act: the VIN may be given.
     *
     * <p>Optional. An alternative to {@code P_22B2}, {@code P_22B3}, {@code P_22B4}, {@code P_22C},
     * {@code P_22C1}, {@code P_22D}, {@code P_22D1}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_22B1() {
        return p_22B1;
    }

    /**
     * Sets element {@code P_22B1}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22B1(@Nullable String value) {
        this.p_22B1 = value;
        if (value != null) {
            this.p_22B2 = null;
            this.p_22B3 = null;
            this.p_22B4 = null;
            this.p_22C = null;
            this.p_22C1 = null;
            this.p_22D = null;
            this.p_22D1 = null;
        }
    }

    /**
     * Returns element {@code P_22B2}: For land vehicles referred to in art. 2(10)(a) of the VAT
     * Act: the body number may be given.
     *
     * <p>Optional. An alternative to {@code P_22B1}, {@code P_22B3}, {@code P_22B4}, {@code P_22C},
     * {@code P_22C1}, {@code P_22D}, {@code P_22D1}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_22B2() {
        return p_22B2;
    }

    /**
     * Sets element {@code P_22B2}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22B2(@Nullable String value) {
        this.p_22B2 = value;
        if (value != null) {
            this.p_22B1 = null;
            this.p_22B3 = null;
            this.p_22B4 = null;
            this.p_22C = null;
            this.p_22C1 = null;
            this.p_22D = null;
            this.p_22D1 = null;
        }
    }

    /**
     * Returns element {@code P_22B3}: For land vehicles referred to in art. 2(10)(a) of the VAT
     * Act: the chassis number may be given.
     *
     * <p>Optional. An alternative to {@code P_22B1}, {@code P_22B2}, {@code P_22B4}, {@code P_22C},
     * {@code P_22C1}, {@code P_22D}, {@code P_22D1}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_22B3() {
        return p_22B3;
    }

    /**
     * Sets element {@code P_22B3}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22B3(@Nullable String value) {
        this.p_22B3 = value;
        if (value != null) {
            this.p_22B1 = null;
            this.p_22B2 = null;
            this.p_22B4 = null;
            this.p_22C = null;
            this.p_22C1 = null;
            this.p_22D = null;
            this.p_22D1 = null;
        }
    }

    /**
     * Returns element {@code P_22B4}: For land vehicles referred to in art. 2(10)(a) of the VAT
     * Act: the frame number may be given.
     *
     * <p>Optional. An alternative to {@code P_22B1}, {@code P_22B2}, {@code P_22B3}, {@code P_22C},
     * {@code P_22C1}, {@code P_22D}, {@code P_22D1}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_22B4() {
        return p_22B4;
    }

    /**
     * Sets element {@code P_22B4}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22B4(@Nullable String value) {
        this.p_22B4 = value;
        if (value != null) {
            this.p_22B1 = null;
            this.p_22B2 = null;
            this.p_22B3 = null;
            this.p_22C = null;
            this.p_22C1 = null;
            this.p_22D = null;
            this.p_22D1 = null;
        }
    }

    /**
     * Returns element {@code P_22BT}: For land vehicles referred to in art. 2(10)(a) of the VAT
     * Act: the type of the new means of transport may be given.
     *
     * <p>Optional. An alternative to {@code P_22C}, {@code P_22C1}, {@code P_22D}, {@code P_22D1}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_22BT() {
        return p_22BT;
    }

    /**
     * Sets element {@code P_22BT}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22BT(@Nullable String value) {
        this.p_22BT = value;
        if (value != null) {
            this.p_22C = null;
            this.p_22C1 = null;
            this.p_22D = null;
            this.p_22D1 = null;
        }
    }

    /**
     * Returns element {@code P_22C}: For vessels referred to in art. 2(10)(b) of the VAT Act: the
     * number of operating hours of the new means of transport.
     *
     * <p>Optional. An alternative to {@code P_22B}, {@code P_22B1}, {@code P_22B2}, {@code P_22B3},
     * {@code P_22B4}, {@code P_22BT}, {@code P_22D}, {@code P_22D1}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_22C() {
        return p_22C;
    }

    /**
     * Sets element {@code P_22C}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22C(@Nullable String value) {
        this.p_22C = value;
        if (value != null) {
            this.p_22B = null;
            this.p_22B1 = null;
            this.p_22B2 = null;
            this.p_22B3 = null;
            this.p_22B4 = null;
            this.p_22BT = null;
            this.p_22D = null;
            this.p_22D1 = null;
        }
    }

    /**
     * Returns element {@code P_22C1}: For vessels referred to in art. 2(10)(b) of the VAT Act: the
     * hull number may be given.
     *
     * <p>Optional. An alternative to {@code P_22B}, {@code P_22B1}, {@code P_22B2}, {@code P_22B3},
     * {@code P_22B4}, {@code P_22BT}, {@code P_22D}, {@code P_22D1}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_22C1() {
        return p_22C1;
    }

    /**
     * Sets element {@code P_22C1}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22C1(@Nullable String value) {
        this.p_22C1 = value;
        if (value != null) {
            this.p_22B = null;
            this.p_22B1 = null;
            this.p_22B2 = null;
            this.p_22B3 = null;
            this.p_22B4 = null;
            this.p_22BT = null;
            this.p_22D = null;
            this.p_22D1 = null;
        }
    }

    /**
     * Returns element {@code P_22D}: For aircraft referred to in art. 2(10)(c) of the VAT Act: the
     * number of operating hours of the new means of transport.
     *
     * <p>Optional. An alternative to {@code P_22B}, {@code P_22B1}, {@code P_22B2}, {@code P_22B3},
     * {@code P_22B4}, {@code P_22BT}, {@code P_22C}, {@code P_22C1}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_22D() {
        return p_22D;
    }

    /**
     * Sets element {@code P_22D}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22D(@Nullable String value) {
        this.p_22D = value;
        if (value != null) {
            this.p_22B = null;
            this.p_22B1 = null;
            this.p_22B2 = null;
            this.p_22B3 = null;
            this.p_22B4 = null;
            this.p_22BT = null;
            this.p_22C = null;
            this.p_22C1 = null;
        }
    }

    /**
     * Returns element {@code P_22D1}: For aircraft referred to in art. 2(10)(c) of the VAT Act: the
     * factory (serial) number may be given.
     *
     * <p>Optional. An alternative to {@code P_22B}, {@code P_22B1}, {@code P_22B2}, {@code P_22B3},
     * {@code P_22B4}, {@code P_22BT}, {@code P_22C}, {@code P_22C1}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_22D1() {
        return p_22D1;
    }

    /**
     * Sets element {@code P_22D1}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22D1(@Nullable String value) {
        this.p_22D1 = value;
        if (value != null) {
            this.p_22B = null;
            this.p_22B1 = null;
            this.p_22B2 = null;
            this.p_22B3 = null;
            this.p_22B4 = null;
            this.p_22BT = null;
            this.p_22C = null;
            this.p_22C1 = null;
        }
    }

    /**
     * Starts building a {@code NowySrodekTransportu}.
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
        if (!(o instanceof NowySrodekTransportu)) {
            return false;
        }
        NowySrodekTransportu other = (NowySrodekTransportu) o;
        return Objects.equals(p_22A, other.p_22A)
                && Objects.equals(p_NrWierszaNST, other.p_NrWierszaNST)
                && Objects.equals(p_22BMK, other.p_22BMK)
                && Objects.equals(p_22BMD, other.p_22BMD)
                && Objects.equals(p_22BK, other.p_22BK)
                && Objects.equals(p_22BNR, other.p_22BNR)
                && Objects.equals(p_22BRP, other.p_22BRP)
                && Objects.equals(p_22B, other.p_22B)
                && Objects.equals(p_22B1, other.p_22B1)
                && Objects.equals(p_22B2, other.p_22B2)
                && Objects.equals(p_22B3, other.p_22B3)
                && Objects.equals(p_22B4, other.p_22B4)
                && Objects.equals(p_22BT, other.p_22BT)
                && Objects.equals(p_22C, other.p_22C)
                && Objects.equals(p_22C1, other.p_22C1)
                && Objects.equals(p_22D, other.p_22D)
                && Objects.equals(p_22D1, other.p_22D1);
    }

    @Override
    public int hashCode() {
        return Objects.hash(p_22A, p_NrWierszaNST, p_22BMK, p_22BMD, p_22BK, p_22BNR, p_22BRP, p_22B, p_22B1, p_22B2, p_22B3, p_22B4, p_22BT, p_22C, p_22C1, p_22D, p_22D1);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("NowySrodekTransportu[");
        String sep = "";
        if (p_22A != null) {
            sb.append(sep).append("P_22A=").append(p_22A);
            sep = ", ";
        }
        if (p_NrWierszaNST != null) {
            sb.append(sep).append("P_NrWierszaNST=").append(p_NrWierszaNST);
            sep = ", ";
        }
        if (p_22BMK != null) {
            sb.append(sep).append("P_22BMK=").append(p_22BMK);
            sep = ", ";
        }
        if (p_22BMD != null) {
            sb.append(sep).append("P_22BMD=").append(p_22BMD);
            sep = ", ";
        }
        if (p_22BK != null) {
            sb.append(sep).append("P_22BK=").append(p_22BK);
            sep = ", ";
        }
        if (p_22BNR != null) {
            sb.append(sep).append("P_22BNR=").append(p_22BNR);
            sep = ", ";
        }
        if (p_22BRP != null) {
            sb.append(sep).append("P_22BRP=").append(p_22BRP);
            sep = ", ";
        }
        if (p_22B != null) {
            sb.append(sep).append("P_22B=").append(p_22B);
            sep = ", ";
        }
        if (p_22B1 != null) {
            sb.append(sep).append("P_22B1=").append(p_22B1);
            sep = ", ";
        }
        if (p_22B2 != null) {
            sb.append(sep).append("P_22B2=").append(p_22B2);
            sep = ", ";
        }
        if (p_22B3 != null) {
            sb.append(sep).append("P_22B3=").append(p_22B3);
            sep = ", ";
        }
        if (p_22B4 != null) {
            sb.append(sep).append("P_22B4=").append(p_22B4);
            sep = ", ";
        }
        if (p_22BT != null) {
            sb.append(sep).append("P_22BT=").append(p_22BT);
            sep = ", ";
        }
        if (p_22C != null) {
            sb.append(sep).append("P_22C=").append(p_22C);
            sep = ", ";
        }
        if (p_22C1 != null) {
            sb.append(sep).append("P_22C1=").append(p_22C1);
            sep = ", ";
        }
        if (p_22D != null) {
            sb.append(sep).append("P_22D=").append(p_22D);
            sep = ", ";
        }
        if (p_22D1 != null) {
            sb.append(sep).append("P_22D1=").append(p_22D1);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code NowySrodekTransportu} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final NowySrodekTransportu value = new NowySrodekTransportu();

        private Builder() {
        }

        /**
         * Sets {@code P_22A}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see NowySrodekTransportu#setP_22A(LocalDate)
         */
        public Builder p_22A(@Nullable LocalDate v) {
            value.setP_22A(v);
            return this;
        }

        /**
         * Sets {@code P_NrWierszaNST}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see NowySrodekTransportu#setP_NrWierszaNST(Long)
         */
        public Builder p_NrWierszaNST(@Nullable Long v) {
            value.setP_NrWierszaNST(v);
            return this;
        }

        /**
         * Sets {@code P_NrWierszaNST}.
         *
         * @param v the value
         *
         * @return this builder
         */
        public Builder p_NrWierszaNST(long v) {
            value.setP_NrWierszaNST(v);
            return this;
        }

        /**
         * Sets {@code P_22BMK}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see NowySrodekTransportu#setP_22BMK(String)
         */
        public Builder p_22BMK(@Nullable String v) {
            value.setP_22BMK(v);
            return this;
        }

        /**
         * Sets {@code P_22BMD}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see NowySrodekTransportu#setP_22BMD(String)
         */
        public Builder p_22BMD(@Nullable String v) {
            value.setP_22BMD(v);
            return this;
        }

        /**
         * Sets {@code P_22BK}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see NowySrodekTransportu#setP_22BK(String)
         */
        public Builder p_22BK(@Nullable String v) {
            value.setP_22BK(v);
            return this;
        }

        /**
         * Sets {@code P_22BNR}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see NowySrodekTransportu#setP_22BNR(String)
         */
        public Builder p_22BNR(@Nullable String v) {
            value.setP_22BNR(v);
            return this;
        }

        /**
         * Sets {@code P_22BRP}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see NowySrodekTransportu#setP_22BRP(String)
         */
        public Builder p_22BRP(@Nullable String v) {
            value.setP_22BRP(v);
            return this;
        }

        /**
         * Sets {@code P_22B}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see NowySrodekTransportu#setP_22B(String)
         */
        public Builder p_22B(@Nullable String v) {
            value.setP_22B(v);
            return this;
        }

        /**
         * Sets {@code P_22B1}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see NowySrodekTransportu#setP_22B1(String)
         */
        public Builder p_22B1(@Nullable String v) {
            value.setP_22B1(v);
            return this;
        }

        /**
         * Sets {@code P_22B2}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see NowySrodekTransportu#setP_22B2(String)
         */
        public Builder p_22B2(@Nullable String v) {
            value.setP_22B2(v);
            return this;
        }

        /**
         * Sets {@code P_22B3}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see NowySrodekTransportu#setP_22B3(String)
         */
        public Builder p_22B3(@Nullable String v) {
            value.setP_22B3(v);
            return this;
        }

        /**
         * Sets {@code P_22B4}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see NowySrodekTransportu#setP_22B4(String)
         */
        public Builder p_22B4(@Nullable String v) {
            value.setP_22B4(v);
            return this;
        }

        /**
         * Sets {@code P_22BT}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see NowySrodekTransportu#setP_22BT(String)
         */
        public Builder p_22BT(@Nullable String v) {
            value.setP_22BT(v);
            return this;
        }

        /**
         * Sets {@code P_22C}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see NowySrodekTransportu#setP_22C(String)
         */
        public Builder p_22C(@Nullable String v) {
            value.setP_22C(v);
            return this;
        }

        /**
         * Sets {@code P_22C1}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see NowySrodekTransportu#setP_22C1(String)
         */
        public Builder p_22C1(@Nullable String v) {
            value.setP_22C1(v);
            return this;
        }

        /**
         * Sets {@code P_22D}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see NowySrodekTransportu#setP_22D(String)
         */
        public Builder p_22D(@Nullable String v) {
            value.setP_22D(v);
            return this;
        }

        /**
         * Sets {@code P_22D1}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see NowySrodekTransportu#setP_22D1(String)
         */
        public Builder p_22D1(@Nullable String v) {
            value.setP_22D1(v);
            return this;
        }

        /**
         * Returns a new {@code NowySrodekTransportu} with the values set so far.
         *
         * @return a new instance
         */
        public NowySrodekTransportu build() {
            return new NowySrodekTransportu(value);
        }
    }
}
