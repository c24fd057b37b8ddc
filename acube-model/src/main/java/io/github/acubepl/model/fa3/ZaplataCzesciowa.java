package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A partial payment: its amount and date.
 *
 * <p>Schema element {@code ZaplataCzesciowa} (Faktura/Fa/Platnosc/ZaplataCzesciowa).
 *
 * <p>Some elements are alternatives (an XSD choice): setting one of them to a non-null value clears
 * the others, so only one branch is ever filled.
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"kwotaZaplatyCzesciowej", "dataZaplatyCzesciowej", "formaPlatnosci", "platnoscInna", "opisPlatnosci"})
public final class ZaplataCzesciowa {
    @XmlElement(name = "KwotaZaplatyCzesciowej", required = true)
    private @Nullable BigDecimal kwotaZaplatyCzesciowej;

    @XmlElement(name = "DataZaplatyCzesciowej", required = true)
    private @Nullable LocalDate dataZaplatyCzesciowej;

    @XmlElement(name = "FormaPlatnosci")
    private @Nullable FormaPlatnosci formaPlatnosci;

    @XmlElement(name = "PlatnoscInna")
    private @Nullable Wybor1 platnoscInna;

    @XmlElement(name = "OpisPlatnosci")
    private @Nullable String opisPlatnosci;

    /** Creates an empty instance. */
    public ZaplataCzesciowa() {
    }

    private ZaplataCzesciowa(ZaplataCzesciowa other) {
        this.kwotaZaplatyCzesciowej = other.kwotaZaplatyCzesciowej;
        this.dataZaplatyCzesciowej = other.dataZaplatyCzesciowej;
        this.formaPlatnosci = other.formaPlatnosci;
        this.platnoscInna = other.platnoscInna;
        this.opisPlatnosci = other.opisPlatnosci;
    }

    /**
     * Returns element {@code KwotaZaplatyCzesciowej}: Partial payment amount.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable BigDecimal getKwotaZaplatyCzesciowej() {
        return kwotaZaplatyCzesciowej;
    }

    /**
     * Sets element {@code KwotaZaplatyCzesciowej}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setKwotaZaplatyCzesciowej(@Nullable BigDecimal value) {
        this.kwotaZaplatyCzesciowej = value;
    }

    /**
     * Returns element {@code DataZaplatyCzesciowej}: Partial payment date, if the partial payment
     * was made before the invoice was issued.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable LocalDate getDataZaplatyCzesciowej() {
        return dataZaplatyCzesciowej;
    }

    /**
     * Sets element {@code DataZaplatyCzesciowej}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setDataZaplatyCzesciowej(@Nullable LocalDate value) {
        this.dataZaplatyCzesciowej = value;
    }

    /**
     * Returns element {@code FormaPlatnosci}: Payment method.
     *
     * <p>Optional. An alternative to {@code PlatnoscInna}, {@code OpisPlatnosci}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable FormaPlatnosci getFormaPlatnosci() {
        return formaPlatnosci;
    }

    /**
     * Sets element {@code FormaPlatnosci}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setFormaPlatnosci(@Nullable FormaPlatnosci value) {
        this.formaPlatnosci = value;
        if (value != null) {
            this.platnoscInna = null;
            this.opisPlatnosci = null;
        }
    }

    /**
     * Returns element {@code PlatnoscInna}: Other payment method flag: 1 - other payment method.
     *
     * <p>Optional. An alternative to {@code FormaPlatnosci}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1 getPlatnoscInna() {
        return platnoscInna;
    }

    /**
     * Sets element {@code PlatnoscInna}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setPlatnoscInna(@Nullable Wybor1 value) {
        this.platnoscInna = value;
        if (value != null) {
            this.formaPlatnosci = null;
        }
    }

    /**
     * Returns element {@code OpisPlatnosci}: Specification of the other payment method.
     *
     * <p>Optional. An alternative to {@code FormaPlatnosci}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getOpisPlatnosci() {
        return opisPlatnosci;
    }

    /**
     * Sets element {@code OpisPlatnosci}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setOpisPlatnosci(@Nullable String value) {
        this.opisPlatnosci = value;
        if (value != null) {
            this.formaPlatnosci = null;
        }
    }

    /**
     * Starts building a {@code ZaplataCzesciowa}.
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
        if (!(o instanceof ZaplataCzesciowa)) {
            return false;
        }
        ZaplataCzesciowa other = (ZaplataCzesciowa) o;
        return Objects.equals(kwotaZaplatyCzesciowej, other.kwotaZaplatyCzesciowej)
                && Objects.equals(dataZaplatyCzesciowej, other.dataZaplatyCzesciowej)
                && Objects.equals(formaPlatnosci, other.formaPlatnosci)
                && Objects.equals(platnoscInna, other.platnoscInna)
                && Objects.equals(opisPlatnosci, other.opisPlatnosci);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kwotaZaplatyCzesciowej, dataZaplatyCzesciowej, formaPlatnosci, platnoscInna, opisPlatnosci);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ZaplataCzesciowa[");
        String sep = "";
        if (kwotaZaplatyCzesciowej != null) {
            sb.append(sep).append("KwotaZaplatyCzesciowej=").append(kwotaZaplatyCzesciowej);
            sep = ", ";
        }
        if (dataZaplatyCzesciowej != null) {
            sb.append(sep).append("DataZaplatyCzesciowej=").append(dataZaplatyCzesciowej);
            sep = ", ";
        }
        if (formaPlatnosci != null) {
            sb.append(sep).append("FormaPlatnosci=").append(formaPlatnosci);
            sep = ", ";
        }
        if (platnoscInna != null) {
            sb.append(sep).append("PlatnoscInna=").append(platnoscInna);
            sep = ", ";
        }
        if (opisPlatnosci != null) {
            sb.append(sep).append("OpisPlatnosci=").append(opisPlatnosci);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code ZaplataCzesciowa} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final ZaplataCzesciowa value = new ZaplataCzesciowa();

        private Builder() {
        }

        /**
         * Sets {@code KwotaZaplatyCzesciowej}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see ZaplataCzesciowa#setKwotaZaplatyCzesciowej(BigDecimal)
         */
        public Builder kwotaZaplatyCzesciowej(@Nullable BigDecimal v) {
            value.setKwotaZaplatyCzesciowej(v);
            return this;
        }

        /**
         * Sets {@code DataZaplatyCzesciowej}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see ZaplataCzesciowa#setDataZaplatyCzesciowej(LocalDate)
         */
        public Builder dataZaplatyCzesciowej(@Nullable LocalDate v) {
            value.setDataZaplatyCzesciowej(v);
            return this;
        }

        /**
         * Sets {@code FormaPlatnosci}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see ZaplataCzesciowa#setFormaPlatnosci(FormaPlatnosci)
         */
        public Builder formaPlatnosci(@Nullable FormaPlatnosci v) {
            value.setFormaPlatnosci(v);
            return this;
        }

        /**
         * Sets {@code PlatnoscInna}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see ZaplataCzesciowa#setPlatnoscInna(Wybor1)
         */
        public Builder platnoscInna(@Nullable Wybor1 v) {
            value.setPlatnoscInna(v);
            return this;
        }

        /**
         * Sets {@code OpisPlatnosci}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see ZaplataCzesciowa#setOpisPlatnosci(String)
         */
        public Builder opisPlatnosci(@Nullable String v) {
            value.setOpisPlatnosci(v);
            return this;
        }

        /**
         * Returns a new {@code ZaplataCzesciowa} with the values set so far.
         *
         * @return a new instance
         */
        public ZaplataCzesciowa build() {
            return new ZaplataCzesciowa(value);
        }
    }
}
