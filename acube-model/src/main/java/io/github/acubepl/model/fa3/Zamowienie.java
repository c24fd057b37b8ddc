package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Order or contract referred to in art. 106f(1)(4) of the VAT Act (for advance invoices), in the
 * currency of the advance invoice. For an invoice correcting an advance invoice, where the
 * correction concerns the order or contract value, the differences resulting from the correction of
 * each item, or the corrected items as before and after the correction, are shown as separate
 * lines. Where the correction does not concern the order or contract value but changes the tax base
 * or tax, a line as before the correction and a line as after it confirm that the item's value is
 * unchanged.
 *
 * <p>Schema element {@code Zamowienie} (Faktura/Fa/Zamowienie).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"wartoscZamowienia", "zamowienieWiersz"})
public final class Zamowienie {
    @XmlElement(name = "WartoscZamowienia", required = true)
    private @Nullable BigDecimal wartoscZamowienia;

    @XmlElement(name = "ZamowienieWiersz")
    private @Nullable List<ZamowienieWiersz> zamowienieWiersz;

    /** Creates an empty instance. */
    public Zamowienie() {
    }

    private Zamowienie(Zamowienie other) {
        this.wartoscZamowienia = other.wartoscZamowienia;
        this.zamowienieWiersz = other.zamowienieWiersz == null ? null : new ArrayList<>(other.zamowienieWiersz);
    }

    /**
     * Returns element {@code WartoscZamowienia}: Value of the order or contract including tax.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getWartoscZamowienia() {
        return wartoscZamowienia;
    }

    /**
     * Sets element {@code WartoscZamowienia}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setWartoscZamowienia(@Nullable BigDecimal value) {
        this.wartoscZamowienia = value;
    }

    /**
     * Returns element {@code ZamowienieWiersz}: Detailed order or contract items in the currency of
     * the advance invoice.
     *
     * <p>At least one value, up to 10000 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<ZamowienieWiersz> getZamowienieWiersz() {
        return zamowienieWiersz == null ? List.of() : Collections.unmodifiableList(zamowienieWiersz);
    }

    /**
     * Replaces the values of element {@code ZamowienieWiersz}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setZamowienieWiersz(@Nullable List<ZamowienieWiersz> values) {
        this.zamowienieWiersz = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code ZamowienieWiersz}.
     *
     * @param value the value to append
     */
    public void addZamowienieWiersz(ZamowienieWiersz value) {
        if (this.zamowienieWiersz == null) {
            this.zamowienieWiersz = new ArrayList<>();
        }
        this.zamowienieWiersz.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Starts building a {@code Zamowienie}.
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
        if (!(o instanceof Zamowienie)) {
            return false;
        }
        Zamowienie other = (Zamowienie) o;
        return Objects.equals(wartoscZamowienia, other.wartoscZamowienia)
                && getZamowienieWiersz().equals(other.getZamowienieWiersz());
    }

    @Override
    public int hashCode() {
        return Objects.hash(wartoscZamowienia, getZamowienieWiersz());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Zamowienie[");
        String sep = "";
        if (wartoscZamowienia != null) {
            sb.append(sep).append("WartoscZamowienia=").append(wartoscZamowienia);
            sep = ", ";
        }
        if (zamowienieWiersz != null) {
            sb.append(sep).append("ZamowienieWiersz=").append(zamowienieWiersz);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code Zamowienie} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final Zamowienie value = new Zamowienie();

        private Builder() {
        }

        /**
         * Sets {@code WartoscZamowienia}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Zamowienie#setWartoscZamowienia(BigDecimal)
         */
        public Builder wartoscZamowienia(@Nullable BigDecimal v) {
            value.setWartoscZamowienia(v);
            return this;
        }

        /**
         * Sets the values of {@code ZamowienieWiersz}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see Zamowienie#setZamowienieWiersz(List)
         */
        public Builder zamowienieWiersz(@Nullable List<ZamowienieWiersz> values) {
            value.setZamowienieWiersz(values);
            return this;
        }

        /**
         * Appends a value of {@code ZamowienieWiersz}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see Zamowienie#addZamowienieWiersz(ZamowienieWiersz)
         */
        public Builder addZamowienieWiersz(ZamowienieWiersz item) {
            value.addZamowienieWiersz(item);
            return this;
        }

        /**
         * Returns a new {@code Zamowienie} with the values set so far.
         *
         * @return a new instance
         */
        public Zamowienie build() {
            return new Zamowienie(value);
        }
    }
}
