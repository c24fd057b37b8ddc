package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Margin scheme: either a margin procedure (P_PMarzy = 1 with its kind) or none (P_PMarzyN = 1).
 *
 * <p>Schema element {@code PMarzy} (Faktura/Fa/Adnotacje/PMarzy).
 *
 * <p>Some elements are alternatives (an XSD choice): setting one of them to a non-null value clears
 * the others, so only one branch is ever filled.
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"p_PMarzy", "p_PMarzy_2", "p_PMarzy_3_1", "p_PMarzy_3_2", "p_PMarzy_3_3", "p_PMarzyN"})
public final class PMarzy {
    @XmlElement(name = "P_PMarzy")
    private @Nullable Wybor1 p_PMarzy;

    @XmlElement(name = "P_PMarzy_2")
    private @Nullable Wybor1 p_PMarzy_2;

    @XmlElement(name = "P_PMarzy_3_1")
    private @Nullable Wybor1 p_PMarzy_3_1;

    @XmlElement(name = "P_PMarzy_3_2")
    private @Nullable Wybor1 p_PMarzy_3_2;

    @XmlElement(name = "P_PMarzy_3_3")
    private @Nullable Wybor1 p_PMarzy_3_3;

    @XmlElement(name = "P_PMarzyN")
    private @Nullable Wybor1 p_PMarzyN;

    /** Creates an empty instance. */
    public PMarzy() {
    }

    private PMarzy(PMarzy other) {
        this.p_PMarzy = other.p_PMarzy;
        this.p_PMarzy_2 = other.p_PMarzy_2;
        this.p_PMarzy_3_1 = other.p_PMarzy_3_1;
        this.p_PMarzy_3_2 = other.p_PMarzy_3_2;
        this.p_PMarzy_3_3 = other.p_PMarzy_3_3;
        this.p_PMarzyN = other.p_PMarzyN;
    }

    /**
     * No margin scheme on the invoice ({@code P_PMarzyN} = 1).
     *
     * @return a new {@code PMarzy}
     */
    public static PMarzy none() {
        PMarzy p = new PMarzy();
        p.setP_PMarzyN(Wybor1.YES);
        return p;
    }

    /**
     * Returns element {@code P_PMarzy}: Flag for the margin schemes referred to in art. 119 or art.
     * 120 of the VAT Act.
     *
     * <p>Optional. An alternative to {@code P_PMarzyN}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1 getP_PMarzy() {
        return p_PMarzy;
    }

    /**
     * Sets element {@code P_PMarzy}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_PMarzy(@Nullable Wybor1 value) {
        this.p_PMarzy = value;
        if (value != null) {
            this.p_PMarzyN = null;
        }
    }

    /**
     * Returns element {@code P_PMarzy_2}: Flag for tourism services taxed on the margin under art.
     * 119(1) of the VAT Act, where the invoice contains the words "procedura marży dla biur
     * podróży" (margin scheme - travel agents).
     *
     * <p>Optional. An alternative to {@code P_PMarzy_3_1}, {@code P_PMarzy_3_2}, {@code
     * P_PMarzy_3_3}, {@code P_PMarzyN}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1 getP_PMarzy_2() {
        return p_PMarzy_2;
    }

    /**
     * Sets element {@code P_PMarzy_2}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_PMarzy_2(@Nullable Wybor1 value) {
        this.p_PMarzy_2 = value;
        if (value != null) {
            this.p_PMarzy_3_1 = null;
            this.p_PMarzy_3_2 = null;
            this.p_PMarzy_3_3 = null;
            this.p_PMarzyN = null;
        }
    }

    /**
     * Returns element {@code P_PMarzy_3_1}: Flag for supplies of second-hand goods taxed on the
     * margin under art. 120 of the VAT Act, where the invoice contains the words "procedura marży -
     * towary używane" (margin scheme - second-hand goods).
     *
     * <p>Optional. An alternative to {@code P_PMarzy_2}, {@code P_PMarzy_3_2}, {@code
     * P_PMarzy_3_3}, {@code P_PMarzyN}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1 getP_PMarzy_3_1() {
        return p_PMarzy_3_1;
    }

    /**
     * Sets element {@code P_PMarzy_3_1}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_PMarzy_3_1(@Nullable Wybor1 value) {
        this.p_PMarzy_3_1 = value;
        if (value != null) {
            this.p_PMarzy_2 = null;
            this.p_PMarzy_3_2 = null;
            this.p_PMarzy_3_3 = null;
            this.p_PMarzyN = null;
        }
    }

    /**
     * Returns element {@code P_PMarzy_3_2}: Flag for supplies of works of art taxed on the margin
     * under art. 120 of the VAT Act, where the invoice contains the words "procedura marży - dzieła
     * sztuki" (margin scheme - works of art).
     *
     * <p>Optional. An alternative to {@code P_PMarzy_2}, {@code P_PMarzy_3_1}, {@code
     * P_PMarzy_3_3}, {@code P_PMarzyN}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1 getP_PMarzy_3_2() {
        return p_PMarzy_3_2;
    }

    /**
     * Sets element {@code P_PMarzy_3_2}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_PMarzy_3_2(@Nullable Wybor1 value) {
        this.p_PMarzy_3_2 = value;
        if (value != null) {
            this.p_PMarzy_2 = null;
            this.p_PMarzy_3_1 = null;
            this.p_PMarzy_3_3 = null;
            this.p_PMarzyN = null;
        }
    }

    /**
     * Returns element {@code P_PMarzy_3_3}: Flag for supplies of collectors' items and antiques
     * taxed on the margin under art. 120 of the VAT Act, where the invoice contains the words
     * "procedura marży - przedmioty kolekcjonerskie i antyki" (margin scheme - collectors' items
     * and antiques).
     *
     * <p>Optional. An alternative to {@code P_PMarzy_2}, {@code P_PMarzy_3_1}, {@code
     * P_PMarzy_3_2}, {@code P_PMarzyN}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1 getP_PMarzy_3_3() {
        return p_PMarzy_3_3;
    }

    /**
     * Sets element {@code P_PMarzy_3_3}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_PMarzy_3_3(@Nullable Wybor1 value) {
        this.p_PMarzy_3_3 = value;
        if (value != null) {
            this.p_PMarzy_2 = null;
            this.p_PMarzy_3_1 = null;
            this.p_PMarzy_3_2 = null;
            this.p_PMarzyN = null;
        }
    }

    /**
     * Returns element {@code P_PMarzyN}: Flag for no margin scheme referred to in art. 119 or art.
     * 120 of the VAT Act.
     *
     * <p>Optional. An alternative to {@code P_PMarzy}, {@code P_PMarzy_2}, {@code P_PMarzy_3_1},
     * {@code P_PMarzy_3_2}, {@code P_PMarzy_3_3}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1 getP_PMarzyN() {
        return p_PMarzyN;
    }

    /**
     * Sets element {@code P_PMarzyN}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_PMarzyN(@Nullable Wybor1 value) {
        this.p_PMarzyN = value;
        if (value != null) {
            this.p_PMarzy = null;
            this.p_PMarzy_2 = null;
            this.p_PMarzy_3_1 = null;
            this.p_PMarzy_3_2 = null;
            this.p_PMarzy_3_3 = null;
        }
    }

    /**
     * Starts building a {@code PMarzy}.
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
        if (!(o instanceof PMarzy)) {
            return false;
        }
        PMarzy other = (PMarzy) o;
        return Objects.equals(p_PMarzy, other.p_PMarzy)
                && Objects.equals(p_PMarzy_2, other.p_PMarzy_2)
                && Objects.equals(p_PMarzy_3_1, other.p_PMarzy_3_1)
                && Objects.equals(p_PMarzy_3_2, other.p_PMarzy_3_2)
                && Objects.equals(p_PMarzy_3_3, other.p_PMarzy_3_3)
                && Objects.equals(p_PMarzyN, other.p_PMarzyN);
    }

    @Override
    public int hashCode() {
        return Objects.hash(p_PMarzy, p_PMarzy_2, p_PMarzy_3_1, p_PMarzy_3_2, p_PMarzy_3_3, p_PMarzyN);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("PMarzy[");
        String sep = "";
        if (p_PMarzy != null) {
            sb.append(sep).append("P_PMarzy=").append(p_PMarzy);
            sep = ", ";
        }
        if (p_PMarzy_2 != null) {
            sb.append(sep).append("P_PMarzy_2=").append(p_PMarzy_2);
            sep = ", ";
        }
        if (p_PMarzy_3_1 != null) {
            sb.append(sep).append("P_PMarzy_3_1=").append(p_PMarzy_3_1);
            sep = ", ";
        }
        if (p_PMarzy_3_2 != null) {
            sb.append(sep).append("P_PMarzy_3_2=").append(p_PMarzy_3_2);
            sep = ", ";
        }
        if (p_PMarzy_3_3 != null) {
            sb.append(sep).append("P_PMarzy_3_3=").append(p_PMarzy_3_3);
            sep = ", ";
        }
        if (p_PMarzyN != null) {
            sb.append(sep).append("P_PMarzyN=").append(p_PMarzyN);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code PMarzy} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final PMarzy value = new PMarzy();

        private Builder() {
        }

        /**
         * Sets {@code P_PMarzy}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see PMarzy#setP_PMarzy(Wybor1)
         */
        public Builder p_PMarzy(@Nullable Wybor1 v) {
            value.setP_PMarzy(v);
            return this;
        }

        /**
         * Sets {@code P_PMarzy_2}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see PMarzy#setP_PMarzy_2(Wybor1)
         */
        public Builder p_PMarzy_2(@Nullable Wybor1 v) {
            value.setP_PMarzy_2(v);
            return this;
        }

        /**
         * Sets {@code P_PMarzy_3_1}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see PMarzy#setP_PMarzy_3_1(Wybor1)
         */
        public Builder p_PMarzy_3_1(@Nullable Wybor1 v) {
            value.setP_PMarzy_3_1(v);
            return this;
        }

        /**
         * Sets {@code P_PMarzy_3_2}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see PMarzy#setP_PMarzy_3_2(Wybor1)
         */
        public Builder p_PMarzy_3_2(@Nullable Wybor1 v) {
            value.setP_PMarzy_3_2(v);
            return this;
        }

        /**
         * Sets {@code P_PMarzy_3_3}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see PMarzy#setP_PMarzy_3_3(Wybor1)
         */
        public Builder p_PMarzy_3_3(@Nullable Wybor1 v) {
            value.setP_PMarzy_3_3(v);
            return this;
        }

        /**
         * Sets {@code P_PMarzyN}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see PMarzy#setP_PMarzyN(Wybor1)
         */
        public Builder p_PMarzyN(@Nullable Wybor1 v) {
            value.setP_PMarzyN(v);
            return this;
        }

        /**
         * Returns a new {@code PMarzy} with the values set so far.
         *
         * @return a new instance
         */
        public PMarzy build() {
            return new PMarzy(value);
        }
    }
}
