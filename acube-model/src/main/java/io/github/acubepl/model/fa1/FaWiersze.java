package io.github.acubepl.model.fa1;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Detailed invoice items in the invoice currency. Optional for advance invoices, invoices
 * correcting advance invoices, and corrective invoices under art. 106j(3) of the VAT Act covering
 * all supplies in a given period, for which the discount or price reduction is given per tax rate
 * and procedure in section Fa. For corrective invoices under art. 106j(3) where the discount or
 * reduction covers only part of the supplies in the period, the names (types) of the goods or
 * services corrected are given in FaWiersz. For invoices under art. 106f(3) of the VAT Act, the
 * full values of the order or contract are presented. For corrective invoices (including
 * corrections of invoices under art. 106f(3) where the correction concerns the order value), the
 * differences resulting from the correction of individual items, or reversals of the corrected
 * items together with their correct values, are presented as separate lines. For corrections of
 * invoices under art. 106f(3) that do not concern the order value but change the tax base or tax, a
 * line reversing the item as before the correction and a line restoring the order value must be
 * entered to confirm that its value is unchanged.
 *
 * <p>Schema element {@code FaWiersze} (Faktura/Fa/FaWiersze).
 *
 * <p>Some elements are alternatives (an XSD choice): setting one of them to a non-null value clears
 * the others, so only one branch is ever filled.
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"liczbaWierszyFaktury", "wartoscWierszyFaktury1", "wartoscWierszyFaktury2", "faWiersz"})
public final class FaWiersze {
    @XmlElement(name = "LiczbaWierszyFaktury", required = true)
    private @Nullable Long liczbaWierszyFaktury;

    @XmlElement(name = "WartoscWierszyFaktury1")
    private @Nullable BigDecimal wartoscWierszyFaktury1;

    @XmlElement(name = "WartoscWierszyFaktury2")
    private @Nullable BigDecimal wartoscWierszyFaktury2;

    @XmlElement(name = "FaWiersz")
    private @Nullable List<FaWiersz> faWiersz;

    /** Creates an empty instance. */
    public FaWiersze() {
    }

    private FaWiersze(FaWiersze other) {
        this.liczbaWierszyFaktury = other.liczbaWierszyFaktury;
        this.wartoscWierszyFaktury1 = other.wartoscWierszyFaktury1;
        this.wartoscWierszyFaktury2 = other.wartoscWierszyFaktury2;
        this.faWiersz = other.faWiersz == null ? null : new ArrayList<>(other.faWiersz);
    }

    /**
     * Returns element {@code LiczbaWierszyFaktury}: Number of invoice lines.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Long getLiczbaWierszyFaktury() {
        return liczbaWierszyFaktury;
    }

    /**
     * Sets element {@code LiczbaWierszyFaktury}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setLiczbaWierszyFaktury(@Nullable Long value) {
        this.liczbaWierszyFaktury = value;
    }

    /**
     * Returns element {@code WartoscWierszyFaktury1}: Total value of column P_11.
     *
     * <p>Optional. An alternative to {@code WartoscWierszyFaktury2}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getWartoscWierszyFaktury1() {
        return wartoscWierszyFaktury1;
    }

    /**
     * Sets element {@code WartoscWierszyFaktury1}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setWartoscWierszyFaktury1(@Nullable BigDecimal value) {
        this.wartoscWierszyFaktury1 = value;
        if (value != null) {
            this.wartoscWierszyFaktury2 = null;
        }
    }

    /**
     * Returns element {@code WartoscWierszyFaktury2}: Total value of column P_11A.
     *
     * <p>Optional. An alternative to {@code WartoscWierszyFaktury1}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getWartoscWierszyFaktury2() {
        return wartoscWierszyFaktury2;
    }

    /**
     * Sets element {@code WartoscWierszyFaktury2}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setWartoscWierszyFaktury2(@Nullable BigDecimal value) {
        this.wartoscWierszyFaktury2 = value;
        if (value != null) {
            this.wartoscWierszyFaktury1 = null;
        }
    }

    /**
     * Returns element {@code FaWiersz}: Detailed invoice items in the invoice currency.
     *
     * <p>At least one value, up to any number of values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<FaWiersz> getFaWiersz() {
        return faWiersz == null ? List.of() : Collections.unmodifiableList(faWiersz);
    }

    /**
     * Replaces the values of element {@code FaWiersz}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setFaWiersz(@Nullable List<FaWiersz> values) {
        this.faWiersz = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code FaWiersz}.
     *
     * @param value the value to append
     */
    public void addFaWiersz(FaWiersz value) {
        if (this.faWiersz == null) {
            this.faWiersz = new ArrayList<>();
        }
        this.faWiersz.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Starts building a {@code FaWiersze}.
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
        if (!(o instanceof FaWiersze)) {
            return false;
        }
        FaWiersze other = (FaWiersze) o;
        return Objects.equals(liczbaWierszyFaktury, other.liczbaWierszyFaktury)
                && Objects.equals(wartoscWierszyFaktury1, other.wartoscWierszyFaktury1)
                && Objects.equals(wartoscWierszyFaktury2, other.wartoscWierszyFaktury2)
                && getFaWiersz().equals(other.getFaWiersz());
    }

    @Override
    public int hashCode() {
        return Objects.hash(liczbaWierszyFaktury, wartoscWierszyFaktury1, wartoscWierszyFaktury2, getFaWiersz());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("FaWiersze[");
        String sep = "";
        if (liczbaWierszyFaktury != null) {
            sb.append(sep).append("LiczbaWierszyFaktury=").append(liczbaWierszyFaktury);
            sep = ", ";
        }
        if (wartoscWierszyFaktury1 != null) {
            sb.append(sep).append("WartoscWierszyFaktury1=").append(wartoscWierszyFaktury1);
            sep = ", ";
        }
        if (wartoscWierszyFaktury2 != null) {
            sb.append(sep).append("WartoscWierszyFaktury2=").append(wartoscWierszyFaktury2);
            sep = ", ";
        }
        if (faWiersz != null) {
            sb.append(sep).append("FaWiersz=").append(faWiersz);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code FaWiersze} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final FaWiersze value = new FaWiersze();

        private Builder() {
        }

        /**
         * Sets {@code LiczbaWierszyFaktury}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see FaWiersze#setLiczbaWierszyFaktury(Long)
         */
        public Builder liczbaWierszyFaktury(@Nullable Long v) {
            value.setLiczbaWierszyFaktury(v);
            return this;
        }

        /**
         * Sets {@code LiczbaWierszyFaktury}.
         *
         * @param v the value
         *
         * @return this builder
         */
        public Builder liczbaWierszyFaktury(long v) {
            value.setLiczbaWierszyFaktury(v);
            return this;
        }

        /**
         * Sets {@code WartoscWierszyFaktury1}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see FaWiersze#setWartoscWierszyFaktury1(BigDecimal)
         */
        public Builder wartoscWierszyFaktury1(@Nullable BigDecimal v) {
            value.setWartoscWierszyFaktury1(v);
            return this;
        }

        /**
         * Sets {@code WartoscWierszyFaktury2}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see FaWiersze#setWartoscWierszyFaktury2(BigDecimal)
         */
        public Builder wartoscWierszyFaktury2(@Nullable BigDecimal v) {
            value.setWartoscWierszyFaktury2(v);
            return this;
        }

        /**
         * Sets the values of {@code FaWiersz}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see FaWiersze#setFaWiersz(List)
         */
        public Builder faWiersz(@Nullable List<FaWiersz> values) {
            value.setFaWiersz(values);
            return this;
        }

        /**
         * Appends a value of {@code FaWiersz}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see FaWiersze#addFaWiersz(FaWiersz)
         */
        public Builder addFaWiersz(FaWiersz item) {
            value.addFaWiersz(item);
            return this;
        }

        /**
         * Returns a new {@code FaWiersze} with the values set so far.
         *
         * @return a new instance
         */
        public FaWiersze build() {
            return new FaWiersze(value);
        }
    }
}
