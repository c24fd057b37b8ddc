package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Header.
 *
 * <p>Schema type {@code TNaglowek}.
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "TNaglowek", propOrder = {"kodFormularza", "wariantFormularza", "dataWytworzeniaFa", "systemInfo"})
public final class Naglowek {
    @XmlElement(name = "KodFormularza", required = true)
    private @Nullable KodFormularza kodFormularza;

    @XmlElement(name = "WariantFormularza", required = true)
    private @Nullable String wariantFormularza;

    @XmlElement(name = "DataWytworzeniaFa", required = true)
    private @Nullable OffsetDateTime dataWytworzeniaFa;

    @XmlElement(name = "SystemInfo")
    private @Nullable String systemInfo;

    /** Creates an empty instance with the schema's fixed values filled in. */
    public Naglowek() {
        this.kodFormularza = new KodFormularza();
        this.wariantFormularza = "3";
    }

    private Naglowek(Naglowek other) {
        this.kodFormularza = other.kodFormularza;
        this.wariantFormularza = other.wariantFormularza;
        this.dataWytworzeniaFa = other.dataWytworzeniaFa;
        this.systemInfo = other.systemInfo;
    }

    /**
     * A header for an invoice created at {@code created}: form code FA, system code
     * "FA (3)", schema version 1-0E and variant 3 are filled in.
     *
     * @param created when the invoice file is created ({@code DataWytworzeniaFa})
     * @return a new header
     */
    public static Naglowek of(OffsetDateTime created) {
        Naglowek n = new Naglowek();
        n.setDataWytworzeniaFa(Objects.requireNonNull(created, "created"));
        return n;
    }

    /**
     * Returns element {@code KodFormularza}: Form code: the text "FA" with the fixed attributes
     * kodSystemowy "FA (3)" and wersjaSchemy "1-0E".
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable KodFormularza getKodFormularza() {
        return kodFormularza;
    }

    /**
     * Sets element {@code KodFormularza}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setKodFormularza(@Nullable KodFormularza value) {
        this.kodFormularza = value;
    }

    /**
     * Returns element {@code WariantFormularza}: Variant of the form, always 3 for FA(3).
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getWariantFormularza() {
        return wariantFormularza;
    }

    /**
     * Sets element {@code WariantFormularza}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setWariantFormularza(@Nullable String value) {
        this.wariantFormularza = value;
    }

    /**
     * Returns element {@code DataWytworzeniaFa}: Date and time the invoice was generated.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable OffsetDateTime getDataWytworzeniaFa() {
        return dataWytworzeniaFa;
    }

    /**
     * Sets element {@code DataWytworzeniaFa}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setDataWytworzeniaFa(@Nullable OffsetDateTime value) {
        this.dataWytworzeniaFa = value;
    }

    /**
     * Returns element {@code SystemInfo}: Name of the IT system used by the taxpayer.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getSystemInfo() {
        return systemInfo;
    }

    /**
     * Sets element {@code SystemInfo}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setSystemInfo(@Nullable String value) {
        this.systemInfo = value;
    }

    /**
     * Starts building a {@code Naglowek}.
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
        if (!(o instanceof Naglowek)) {
            return false;
        }
        Naglowek other = (Naglowek) o;
        return Objects.equals(kodFormularza, other.kodFormularza)
                && Objects.equals(wariantFormularza, other.wariantFormularza)
                && Objects.equals(dataWytworzeniaFa, other.dataWytworzeniaFa)
                && Objects.equals(systemInfo, other.systemInfo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kodFormularza, wariantFormularza, dataWytworzeniaFa, systemInfo);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Naglowek[");
        String sep = "";
        if (kodFormularza != null) {
            sb.append(sep).append("KodFormularza=").append(kodFormularza);
            sep = ", ";
        }
        if (wariantFormularza != null) {
            sb.append(sep).append("WariantFormularza=").append(wariantFormularza);
            sep = ", ";
        }
        if (dataWytworzeniaFa != null) {
            sb.append(sep).append("DataWytworzeniaFa=").append(dataWytworzeniaFa);
            sep = ", ";
        }
        if (systemInfo != null) {
            sb.append(sep).append("SystemInfo=").append(systemInfo);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code Naglowek} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final Naglowek value = new Naglowek();

        private Builder() {
        }

        /**
         * Sets {@code KodFormularza}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Naglowek#setKodFormularza(KodFormularza)
         */
        public Builder kodFormularza(@Nullable KodFormularza v) {
            value.setKodFormularza(v);
            return this;
        }

        /**
         * Sets {@code WariantFormularza}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Naglowek#setWariantFormularza(String)
         */
        public Builder wariantFormularza(@Nullable String v) {
            value.setWariantFormularza(v);
            return this;
        }

        /**
         * Sets {@code DataWytworzeniaFa}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Naglowek#setDataWytworzeniaFa(OffsetDateTime)
         */
        public Builder dataWytworzeniaFa(@Nullable OffsetDateTime v) {
            value.setDataWytworzeniaFa(v);
            return this;
        }

        /**
         * Sets {@code SystemInfo}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Naglowek#setSystemInfo(String)
         */
        public Builder systemInfo(@Nullable String v) {
            value.setSystemInfo(v);
            return this;
        }

        /**
         * Returns a new {@code Naglowek} with the values set so far.
         *
         * @return a new instance
         */
        public Naglowek build() {
            return new Naglowek(value);
        }
    }
}
