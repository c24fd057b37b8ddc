package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Intra-Community supply of new means of transport: either such supplies (P_22 = 1, P_42_5 and the
 * vehicles) or none (P_22N = 1).
 *
 * <p>Schema element {@code NoweSrodkiTransportu} (Faktura/Fa/Adnotacje/NoweSrodkiTransportu).
 *
 * <p>Some elements are alternatives (an XSD choice): setting one of them to a non-null value clears
 * the others, so only one branch is ever filled.
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"p_22", "p_42_5", "nowySrodekTransportu", "p_22N"})
public final class NoweSrodkiTransportu {
    @XmlElement(name = "P_22")
    private @Nullable Wybor1 p_22;

    @XmlElement(name = "P_42_5")
    private @Nullable Wybor1_2 p_42_5;

    @XmlElement(name = "NowySrodekTransportu")
    private @Nullable List<NowySrodekTransportu> nowySrodekTransportu;

    @XmlElement(name = "P_22N")
    private @Nullable Wybor1 p_22N;

    /** Creates an empty instance. */
    public NoweSrodkiTransportu() {
    }

    private NoweSrodkiTransportu(NoweSrodkiTransportu other) {
        this.p_22 = other.p_22;
        this.p_42_5 = other.p_42_5;
        this.nowySrodekTransportu = other.nowySrodekTransportu == null ? null : new ArrayList<>(other.nowySrodekTransportu);
        this.p_22N = other.p_22N;
    }

    /**
     * No intra-Community supply of new means of transport on the invoice ({@code P_22N} = 1).
     *
     * @return a new {@code NoweSrodkiTransportu}
     */
    public static NoweSrodkiTransportu none() {
        NoweSrodkiTransportu n = new NoweSrodkiTransportu();
        n.setP_22N(Wybor1.YES);
        return n;
    }

    /**
     * Returns element {@code P_22}: Flag for an intra-Community supply of new means of transport.
     *
     * <p>Optional. An alternative to {@code P_22N}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1 getP_22() {
        return p_22;
    }

    /**
     * Sets element {@code P_22}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22(@Nullable Wybor1 value) {
        this.p_22 = value;
        if (value != null) {
            this.p_22N = null;
        }
    }

    /**
     * Returns element {@code P_42_5}: Where the obligation referred to in art. 42(5) of the VAT Act
     * applies: value "1"; otherwise value "2".
     *
     * <p>Optional. An alternative to {@code P_22N}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1_2 getP_42_5() {
        return p_42_5;
    }

    /**
     * Sets element {@code P_42_5}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_42_5(@Nullable Wybor1_2 value) {
        this.p_42_5 = value;
        if (value != null) {
            this.p_22N = null;
        }
    }

    /**
     * Returns element {@code NowySrodekTransportu}: One new means of transport supplied within the
     * Community.
     *
     * <p>Optional, up to 10000 values. An alternative to {@code P_22N}.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<NowySrodekTransportu> getNowySrodekTransportu() {
        return nowySrodekTransportu == null ? List.of() : Collections.unmodifiableList(nowySrodekTransportu);
    }

    /**
     * Replaces the values of element {@code NowySrodekTransportu}.
     *
     * <p>Setting a non-empty list clears the alternative elements of the choice.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setNowySrodekTransportu(@Nullable List<NowySrodekTransportu> values) {
        this.nowySrodekTransportu = values == null || values.isEmpty() ? null : new ArrayList<>(values);
        if (this.nowySrodekTransportu != null) {
            this.p_22N = null;
        }
    }

    /**
     * Appends a value of element {@code NowySrodekTransportu}.
     *
     * <p>Clears the alternative elements of the choice.
     *
     * @param value the value to append
     */
    public void addNowySrodekTransportu(NowySrodekTransportu value) {
        if (this.nowySrodekTransportu == null) {
            this.nowySrodekTransportu = new ArrayList<>();
        }
        this.nowySrodekTransportu.add(Objects.requireNonNull(value, "value"));
        this.p_22N = null;
    }

    /**
     * Returns element {@code P_22N}: Flag for no intra-Community supply of new means of transport.
     *
     * <p>Optional. An alternative to {@code P_22}, {@code P_42_5}, {@code NowySrodekTransportu}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1 getP_22N() {
        return p_22N;
    }

    /**
     * Sets element {@code P_22N}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22N(@Nullable Wybor1 value) {
        this.p_22N = value;
        if (value != null) {
            this.p_22 = null;
            this.p_42_5 = null;
            this.nowySrodekTransportu = null;
        }
    }

    /**
     * Starts building a {@code NoweSrodkiTransportu}.
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
        if (!(o instanceof NoweSrodkiTransportu)) {
            return false;
        }
        NoweSrodkiTransportu other = (NoweSrodkiTransportu) o;
        return Objects.equals(p_22, other.p_22)
                && Objects.equals(p_42_5, other.p_42_5)
                && getNowySrodekTransportu().equals(other.getNowySrodekTransportu())
                && Objects.equals(p_22N, other.p_22N);
    }

    @Override
    public int hashCode() {
        return Objects.hash(p_22, p_42_5, getNowySrodekTransportu(), p_22N);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("NoweSrodkiTransportu[");
        String sep = "";
        if (p_22 != null) {
            sb.append(sep).append("P_22=").append(p_22);
            sep = ", ";
        }
        if (p_42_5 != null) {
            sb.append(sep).append("P_42_5=").append(p_42_5);
            sep = ", ";
        }
        if (nowySrodekTransportu != null) {
            sb.append(sep).append("NowySrodekTransportu=").append(nowySrodekTransportu);
            sep = ", ";
        }
        if (p_22N != null) {
            sb.append(sep).append("P_22N=").append(p_22N);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code NoweSrodkiTransportu} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final NoweSrodkiTransportu value = new NoweSrodkiTransportu();

        private Builder() {
        }

        /**
         * Sets {@code P_22}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see NoweSrodkiTransportu#setP_22(Wybor1)
         */
        public Builder p_22(@Nullable Wybor1 v) {
            value.setP_22(v);
            return this;
        }

        /**
         * Sets {@code P_42_5}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see NoweSrodkiTransportu#setP_42_5(Wybor1_2)
         */
        public Builder p_42_5(@Nullable Wybor1_2 v) {
            value.setP_42_5(v);
            return this;
        }

        /**
         * Sets the values of {@code NowySrodekTransportu}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see NoweSrodkiTransportu#setNowySrodekTransportu(List)
         */
        public Builder nowySrodekTransportu(@Nullable List<NowySrodekTransportu> values) {
            value.setNowySrodekTransportu(values);
            return this;
        }

        /**
         * Appends a value of {@code NowySrodekTransportu}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see NoweSrodkiTransportu#addNowySrodekTransportu(NowySrodekTransportu)
         */
        public Builder addNowySrodekTransportu(NowySrodekTransportu item) {
            value.addNowySrodekTransportu(item);
            return this;
        }

        /**
         * Sets {@code P_22N}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see NoweSrodkiTransportu#setP_22N(Wybor1)
         */
        public Builder p_22N(@Nullable Wybor1 v) {
            value.setP_22N(v);
            return this;
        }

        /**
         * Returns a new {@code NoweSrodkiTransportu} with the values set so far.
         *
         * @return a new instance
         */
        public NoweSrodkiTransportu build() {
            return new NoweSrodkiTransportu(value);
        }
    }
}
