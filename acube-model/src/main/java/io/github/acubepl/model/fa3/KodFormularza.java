package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Form code: the text "FA" with the fixed attributes kodSystemowy "FA (3)" and wersjaSchemy "1-0E".
 *
 * <p>Schema element {@code KodFormularza} (TNaglowek/KodFormularza).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {})
public final class KodFormularza {
    @XmlValue
    private @Nullable String value;

    @XmlAttribute(name = "kodSystemowy", required = true)
    private @Nullable String kodSystemowy;

    @XmlAttribute(name = "wersjaSchemy", required = true)
    private @Nullable String wersjaSchemy;

    /** Creates an empty instance with the schema's fixed values filled in. */
    public KodFormularza() {
        this.value = "FA";
        this.kodSystemowy = "FA (3)";
        this.wersjaSchemy = "1-0E";
    }

    private KodFormularza(KodFormularza other) {
        this.value = other.value;
        this.kodSystemowy = other.kodSystemowy;
        this.wersjaSchemy = other.wersjaSchemy;
    }

    /**
     * Returns the text content: The form code, always "FA".
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getValue() {
        return value;
    }

    /**
     * Sets the text content.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setValue(@Nullable String value) {
        this.value = value;
    }

    /**
     * Returns attribute {@code kodSystemowy}: System code of the form, fixed to "FA (3)".
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getKodSystemowy() {
        return kodSystemowy;
    }

    /**
     * Sets attribute {@code kodSystemowy}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setKodSystemowy(@Nullable String value) {
        this.kodSystemowy = value;
    }

    /**
     * Returns attribute {@code wersjaSchemy}: Version of the schema, fixed to "1-0E".
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getWersjaSchemy() {
        return wersjaSchemy;
    }

    /**
     * Sets attribute {@code wersjaSchemy}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setWersjaSchemy(@Nullable String value) {
        this.wersjaSchemy = value;
    }

    /**
     * Starts building a {@code KodFormularza}.
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
        if (!(o instanceof KodFormularza)) {
            return false;
        }
        KodFormularza other = (KodFormularza) o;
        return Objects.equals(value, other.value)
                && Objects.equals(kodSystemowy, other.kodSystemowy)
                && Objects.equals(wersjaSchemy, other.wersjaSchemy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, kodSystemowy, wersjaSchemy);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("KodFormularza[");
        String sep = "";
        if (value != null) {
            sb.append(sep).append("value=").append(value);
            sep = ", ";
        }
        if (kodSystemowy != null) {
            sb.append(sep).append("kodSystemowy=").append(kodSystemowy);
            sep = ", ";
        }
        if (wersjaSchemy != null) {
            sb.append(sep).append("wersjaSchemy=").append(wersjaSchemy);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code KodFormularza} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final KodFormularza value = new KodFormularza();

        private Builder() {
        }

        /**
         * Sets the text content.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see KodFormularza#setValue(String)
         */
        public Builder value(@Nullable String v) {
            value.setValue(v);
            return this;
        }

        /**
         * Sets {@code kodSystemowy}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see KodFormularza#setKodSystemowy(String)
         */
        public Builder kodSystemowy(@Nullable String v) {
            value.setKodSystemowy(v);
            return this;
        }

        /**
         * Sets {@code wersjaSchemy}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see KodFormularza#setWersjaSchemy(String)
         */
        public Builder wersjaSchemy(@Nullable String v) {
            value.setWersjaSchemy(v);
            return this;
        }

        /**
         * Returns a new {@code KodFormularza} with the values set so far.
         *
         * @return a new instance
         */
        public KodFormularza build() {
            return new KodFormularza(value);
        }
    }
}
