package io.github.acubepl.model.fa2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Numbers of the advance invoices, or their KSeF numbers where they were issued through KSeF.
 *
 * <p>Schema element {@code FakturaZaliczkowa} (Faktura/Fa/FakturaZaliczkowa).
 *
 * <p>Some elements are alternatives (an XSD choice): setting one of them to a non-null value clears
 * the others, so only one branch is ever filled.
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"nrKSeFZN", "nrFaZaliczkowej", "nrKSeFFaZaliczkowej"})
public final class FakturaZaliczkowa {
    @XmlElement(name = "NrKSeFZN")
    private @Nullable Wybor1 nrKSeFZN;

    @XmlElement(name = "NrFaZaliczkowej")
    private @Nullable String nrFaZaliczkowej;

    @XmlElement(name = "NrKSeFFaZaliczkowej")
    private @Nullable String nrKSeFFaZaliczkowej;

    /** Creates an empty instance. */
    public FakturaZaliczkowa() {
    }

    private FakturaZaliczkowa(FakturaZaliczkowa other) {
        this.nrKSeFZN = other.nrKSeFZN;
        this.nrFaZaliczkowej = other.nrFaZaliczkowej;
        this.nrKSeFFaZaliczkowej = other.nrKSeFFaZaliczkowej;
    }

    /**
     * Returns element {@code NrKSeFZN}: Flag: the advance invoice was issued outside KSeF.
     *
     * <p>Optional. An alternative to {@code NrKSeFFaZaliczkowej}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1 getNrKSeFZN() {
        return nrKSeFZN;
    }

    /**
     * Sets element {@code NrKSeFZN}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNrKSeFZN(@Nullable Wybor1 value) {
        this.nrKSeFZN = value;
        if (value != null) {
            this.nrKSeFFaZaliczkowej = null;
        }
    }

    /**
     * Returns element {@code NrFaZaliczkowej}: Number of an advance invoice issued outside KSeF.
     * Mandatory for an invoice issued after the supply of goods or the service referred to in art.
     * 106f(3) of the VAT Act, and for the last of the invoices referred to in art. 106f(4) of the
     * VAT Act.
     *
     * <p>Optional. An alternative to {@code NrKSeFFaZaliczkowej}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getNrFaZaliczkowej() {
        return nrFaZaliczkowej;
    }

    /**
     * Sets element {@code NrFaZaliczkowej}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNrFaZaliczkowej(@Nullable String value) {
        this.nrFaZaliczkowej = value;
        if (value != null) {
            this.nrKSeFFaZaliczkowej = null;
        }
    }

    /**
     * Returns element {@code NrKSeFFaZaliczkowej}: KSeF number of the advance invoice. Mandatory
     * where the advance invoice was issued through KSeF.
     *
     * <p>Optional. An alternative to {@code NrKSeFZN}, {@code NrFaZaliczkowej}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getNrKSeFFaZaliczkowej() {
        return nrKSeFFaZaliczkowej;
    }

    /**
     * Sets element {@code NrKSeFFaZaliczkowej}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNrKSeFFaZaliczkowej(@Nullable String value) {
        this.nrKSeFFaZaliczkowej = value;
        if (value != null) {
            this.nrKSeFZN = null;
            this.nrFaZaliczkowej = null;
        }
    }

    /**
     * Starts building a {@code FakturaZaliczkowa}.
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
        if (!(o instanceof FakturaZaliczkowa)) {
            return false;
        }
        FakturaZaliczkowa other = (FakturaZaliczkowa) o;
        return Objects.equals(nrKSeFZN, other.nrKSeFZN)
                && Objects.equals(nrFaZaliczkowej, other.nrFaZaliczkowej)
                && Objects.equals(nrKSeFFaZaliczkowej, other.nrKSeFFaZaliczkowej);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nrKSeFZN, nrFaZaliczkowej, nrKSeFFaZaliczkowej);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("FakturaZaliczkowa[");
        String sep = "";
        if (nrKSeFZN != null) {
            sb.append(sep).append("NrKSeFZN=").append(nrKSeFZN);
            sep = ", ";
        }
        if (nrFaZaliczkowej != null) {
            sb.append(sep).append("NrFaZaliczkowej=").append(nrFaZaliczkowej);
            sep = ", ";
        }
        if (nrKSeFFaZaliczkowej != null) {
            sb.append(sep).append("NrKSeFFaZaliczkowej=").append(nrKSeFFaZaliczkowej);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code FakturaZaliczkowa} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final FakturaZaliczkowa value = new FakturaZaliczkowa();

        private Builder() {
        }

        /**
         * Sets {@code NrKSeFZN}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see FakturaZaliczkowa#setNrKSeFZN(Wybor1)
         */
        public Builder nrKSeFZN(@Nullable Wybor1 v) {
            value.setNrKSeFZN(v);
            return this;
        }

        /**
         * Sets {@code NrFaZaliczkowej}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see FakturaZaliczkowa#setNrFaZaliczkowej(String)
         */
        public Builder nrFaZaliczkowej(@Nullable String v) {
            value.setNrFaZaliczkowej(v);
            return this;
        }

        /**
         * Sets {@code NrKSeFFaZaliczkowej}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see FakturaZaliczkowa#setNrKSeFFaZaliczkowej(String)
         */
        public Builder nrKSeFFaZaliczkowej(@Nullable String v) {
            value.setNrKSeFFaZaliczkowej(v);
            return this;
        }

        /**
         * Returns a new {@code FakturaZaliczkowa} with the values set so far.
         *
         * @return a new instance
         */
        public FakturaZaliczkowa build() {
            return new FakturaZaliczkowa(value);
        }
    }
}
