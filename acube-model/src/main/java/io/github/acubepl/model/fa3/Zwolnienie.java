package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Exemption from VAT: either exempt supplies (P_19 = 1 with the legal basis in P_19A, P_19B or
 * P_19C) or none (P_19N = 1).
 *
 * <p>Schema element {@code Zwolnienie} (Faktura/Fa/Adnotacje/Zwolnienie).
 *
 * <p>Some elements are alternatives (an XSD choice): setting one of them to a non-null value clears
 * the others, so only one branch is ever filled.
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"p_19", "p_19A", "p_19B", "p_19C", "p_19N"})
public final class Zwolnienie {
    @XmlElement(name = "P_19")
    private @Nullable Wybor1 p_19;

    @XmlElement(name = "P_19A")
    private @Nullable String p_19A;

    @XmlElement(name = "P_19B")
    private @Nullable String p_19B;

    @XmlElement(name = "P_19C")
    private @Nullable String p_19C;

    @XmlElement(name = "P_19N")
    private @Nullable Wybor1 p_19N;

    /** Creates an empty instance. */
    public Zwolnienie() {
    }

    private Zwolnienie(Zwolnienie other) {
        this.p_19 = other.p_19;
        this.p_19A = other.p_19A;
        this.p_19B = other.p_19B;
        this.p_19C = other.p_19C;
        this.p_19N = other.p_19N;
    }

    /**
     * No supply on the invoice is exempt from VAT ({@code P_19N} = 1).
     *
     * @return a new {@code Zwolnienie}
     */
    public static Zwolnienie none() {
        Zwolnienie z = new Zwolnienie();
        z.setP_19N(Wybor1.YES);
        return z;
    }

    /**
     * Exempt supplies ({@code P_19} = 1) under the provision of the Polish VAT act (or of an
     * implementing act) given as {@code P_19A}.
     *
     * @param provision the provision of the act
     * @return a new {@code Zwolnienie}
     */
    public static Zwolnienie statute(String provision) {
        Zwolnienie z = new Zwolnienie();
        z.setP_19(Wybor1.YES);
        z.setP_19A(Objects.requireNonNull(provision, "provision"));
        return z;
    }

    /**
     * Exempt supplies ({@code P_19} = 1) under the provision of Directive 2006/112/EC given as
     * {@code P_19B}.
     *
     * @param provision the provision of the directive
     * @return a new {@code Zwolnienie}
     */
    public static Zwolnienie directive(String provision) {
        Zwolnienie z = new Zwolnienie();
        z.setP_19(Wybor1.YES);
        z.setP_19B(Objects.requireNonNull(provision, "provision"));
        return z;
    }

    /**
     * Exempt supplies ({@code P_19} = 1) on another legal basis, given as {@code P_19C}.
     *
     * @param basis the other legal basis
     * @return a new {@code Zwolnienie}
     */
    public static Zwolnienie otherBasis(String basis) {
        Zwolnienie z = new Zwolnienie();
        z.setP_19(Wybor1.YES);
        z.setP_19C(Objects.requireNonNull(basis, "basis"));
        return z;
    }

    /**
     * Returns element {@code P_19}: Flag for a supply of goods or services exempt from tax under
     * art. 43(1), art. 113(1) and (9) of the VAT Act, provisions issued under art. 82(3) of the VAT
     * Act, or other provisions.
     *
     * <p>Optional. An alternative to {@code P_19N}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1 getP_19() {
        return p_19;
    }

    /**
     * Sets element {@code P_19}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_19(@Nullable Wybor1 value) {
        this.p_19 = value;
        if (value != null) {
            this.p_19N = null;
        }
    }

    /**
     * Returns element {@code P_19A}: If P_19 equals "1" - the provision of the VAT Act, or of an
     * act issued under it, on the basis of which the taxpayer applies the tax exemption.
     *
     * <p>Optional. An alternative to {@code P_19B}, {@code P_19C}, {@code P_19N}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_19A() {
        return p_19A;
    }

    /**
     * Sets element {@code P_19A}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_19A(@Nullable String value) {
        this.p_19A = value;
        if (value != null) {
            this.p_19B = null;
            this.p_19C = null;
            this.p_19N = null;
        }
    }

    /**
     * Returns element {@code P_19B}: If P_19 equals "1" - the provision of Directive 2006/112/EC
     * that exempts such supply of goods or provision of services from tax.
     *
     * <p>Optional. An alternative to {@code P_19A}, {@code P_19C}, {@code P_19N}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_19B() {
        return p_19B;
    }

    /**
     * Sets element {@code P_19B}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_19B(@Nullable String value) {
        this.p_19B = value;
        if (value != null) {
            this.p_19A = null;
            this.p_19C = null;
            this.p_19N = null;
        }
    }

    /**
     * Returns element {@code P_19C}: If P_19 equals "1" - another legal basis indicating that the
     * supply of goods or provision of services is exempt.
     *
     * <p>Optional. An alternative to {@code P_19A}, {@code P_19B}, {@code P_19N}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_19C() {
        return p_19C;
    }

    /**
     * Sets element {@code P_19C}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_19C(@Nullable String value) {
        this.p_19C = value;
        if (value != null) {
            this.p_19A = null;
            this.p_19B = null;
            this.p_19N = null;
        }
    }

    /**
     * Returns element {@code P_19N}: Flag for no supply of goods or services exempt from tax under
     * art. 43(1), art. 113(1) and (9) of the VAT Act, provisions issued under art. 82(3) of the VAT
     * Act, or other provisions.
     *
     * <p>Optional. An alternative to {@code P_19}, {@code P_19A}, {@code P_19B}, {@code P_19C}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1 getP_19N() {
        return p_19N;
    }

    /**
     * Sets element {@code P_19N}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_19N(@Nullable Wybor1 value) {
        this.p_19N = value;
        if (value != null) {
            this.p_19 = null;
            this.p_19A = null;
            this.p_19B = null;
            this.p_19C = null;
        }
    }

    /**
     * Starts building a {@code Zwolnienie}.
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
        if (!(o instanceof Zwolnienie)) {
            return false;
        }
        Zwolnienie other = (Zwolnienie) o;
        return Objects.equals(p_19, other.p_19)
                && Objects.equals(p_19A, other.p_19A)
                && Objects.equals(p_19B, other.p_19B)
                && Objects.equals(p_19C, other.p_19C)
                && Objects.equals(p_19N, other.p_19N);
    }

    @Override
    public int hashCode() {
        return Objects.hash(p_19, p_19A, p_19B, p_19C, p_19N);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Zwolnienie[");
        String sep = "";
        if (p_19 != null) {
            sb.append(sep).append("P_19=").append(p_19);
            sep = ", ";
        }
        if (p_19A != null) {
            sb.append(sep).append("P_19A=").append(p_19A);
            sep = ", ";
        }
        if (p_19B != null) {
            sb.append(sep).append("P_19B=").append(p_19B);
            sep = ", ";
        }
        if (p_19C != null) {
            sb.append(sep).append("P_19C=").append(p_19C);
            sep = ", ";
        }
        if (p_19N != null) {
            sb.append(sep).append("P_19N=").append(p_19N);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code Zwolnienie} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final Zwolnienie value = new Zwolnienie();

        private Builder() {
        }

        /**
         * Sets {@code P_19}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Zwolnienie#setP_19(Wybor1)
         */
        public Builder p_19(@Nullable Wybor1 v) {
            value.setP_19(v);
            return this;
        }

        /**
         * Sets {@code P_19A}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Zwolnienie#setP_19A(String)
         */
        public Builder p_19A(@Nullable String v) {
            value.setP_19A(v);
            return this;
        }

        /**
         * Sets {@code P_19B}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Zwolnienie#setP_19B(String)
         */
        public Builder p_19B(@Nullable String v) {
            value.setP_19B(v);
            return this;
        }

        /**
         * Sets {@code P_19C}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Zwolnienie#setP_19C(String)
         */
        public Builder p_19C(@Nullable String v) {
            value.setP_19C(v);
            return this;
        }

        /**
         * Sets {@code P_19N}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Zwolnienie#setP_19N(Wybor1)
         */
        public Builder p_19N(@Nullable Wybor1 v) {
            value.setP_19N(v);
            return this;
        }

        /**
         * Returns a new {@code Zwolnienie} with the values set so far.
         *
         * @return a new instance
         */
        public Zwolnienie build() {
            return new Zwolnienie(value);
        }
    }
}
