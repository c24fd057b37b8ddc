package io.github.acubepl.model.fa3;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Identification data of the buyer: one tax identifier (or none), and the name.
 *
 * <p>Schema type {@code TPodmiot2}.
 *
 * <p>Some elements are alternatives (an XSD choice): setting one of them to a non-null value clears
 * the others, so only one branch is ever filled.
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "TPodmiot2", propOrder = {"NIP", "kodUE", "nrVatUE", "kodKraju", "nrID", "brakID", "nazwa"})
public final class DaneIdentyfikacyjne {
    @XmlElement(name = "NIP")
    private @Nullable String NIP;

    @XmlElement(name = "KodUE")
    private @Nullable KodKrajuUE kodUE;

    @XmlElement(name = "NrVatUE")
    private @Nullable String nrVatUE;

    @XmlElement(name = "KodKraju")
    private @Nullable KodKraju kodKraju;

    @XmlElement(name = "NrID")
    private @Nullable String nrID;

    @XmlElement(name = "BrakID")
    private @Nullable Wybor1 brakID;

    @XmlElement(name = "Nazwa")
    private @Nullable String nazwa;

    /** Creates an empty instance. */
    public DaneIdentyfikacyjne() {
    }

    private DaneIdentyfikacyjne(DaneIdentyfikacyjne other) {
        this.NIP = other.NIP;
        this.kodUE = other.kodUE;
        this.nrVatUE = other.nrVatUE;
        this.kodKraju = other.kodKraju;
        this.nrID = other.nrID;
        this.brakID = other.brakID;
        this.nazwa = other.nazwa;
    }

    /**
     * A party identified by its Polish {@code NIP}, with its name.
     *
     * @param nip the Polish tax identification number (10 digits)
     * @param name the name ({@code Nazwa})
     * @return new identification data
     */
    public static DaneIdentyfikacyjne nip(String nip, String name) {
        DaneIdentyfikacyjne d = new DaneIdentyfikacyjne();
        d.setNIP(Objects.requireNonNull(nip, "nip"));
        d.setNazwa(Objects.requireNonNull(name, "name"));
        return d;
    }

    /**
     * A party identified by its VAT number in another EU member state ({@code KodUE} and
     * {@code NrVatUE}), with its name: the buyer of an intra-Community supply, for example.
     *
     * @param country the EU country code of the VAT number
     * @param vatNumber the VAT number without the country prefix
     * @param name the name ({@code Nazwa})
     * @return new identification data
     */
    public static DaneIdentyfikacyjne euVat(KodKrajuUE country, String vatNumber, String name) {
        DaneIdentyfikacyjne d = new DaneIdentyfikacyjne();
        d.setKodUE(Objects.requireNonNull(country, "country"));
        d.setNrVatUE(Objects.requireNonNull(vatNumber, "vatNumber"));
        d.setNazwa(Objects.requireNonNull(name, "name"));
        return d;
    }

    /**
     * A party identified by another tax identifier ({@code NrID}) with its optional country
     * ({@code KodKraju}), with its name.
     *
     * @param country the country that issued the identifier, or {@code null} when not given
     * @param taxId the tax identifier
     * @param name the name ({@code Nazwa})
     * @return new identification data
     */
    public static DaneIdentyfikacyjne foreign(@Nullable KodKraju country, String taxId, String name) {
        DaneIdentyfikacyjne d = new DaneIdentyfikacyjne();
        d.setKodKraju(country);
        d.setNrID(Objects.requireNonNull(taxId, "taxId"));
        d.setNazwa(Objects.requireNonNull(name, "name"));
        return d;
    }

    /**
     * A party without a tax identifier ({@code BrakID} = 1), such as a consumer.
     *
     * @return new identification data
     */
    public static DaneIdentyfikacyjne withoutId() {
        DaneIdentyfikacyjne d = new DaneIdentyfikacyjne();
        d.setBrakID(Wybor1.YES);
        return d;
    }

    /**
     * Returns element {@code NIP}: NIP tax identifier.
     *
     * <p>Optional. An alternative to {@code KodUE}, {@code NrVatUE}, {@code KodKraju}, {@code
     * NrID}, {@code BrakID}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getNIP() {
        return NIP;
    }

    /**
     * Sets element {@code NIP}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNIP(@Nullable String value) {
        this.NIP = value;
        if (value != null) {
            this.kodUE = null;
            this.nrVatUE = null;
            this.kodKraju = null;
            this.nrID = null;
            this.brakID = null;
        }
    }

    /**
     * Returns element {@code KodUE}: Code (prefix) of the EU VAT buyer referred to in art.
     * 106e(1)(24) of the VAT Act, and in the case referred to in art. 136(1)(4) of the VAT Act.
     *
     * <p>Optional. An alternative to {@code NIP}, {@code KodKraju}, {@code NrID}, {@code BrakID}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable KodKrajuUE getKodUE() {
        return kodUE;
    }

    /**
     * Sets element {@code KodUE}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setKodUE(@Nullable KodKrajuUE value) {
        this.kodUE = value;
        if (value != null) {
            this.NIP = null;
            this.kodKraju = null;
            this.nrID = null;
            this.brakID = null;
        }
    }

    /**
     * Returns element {@code NrVatUE}: VAT identification number of the EU trading partner.
     *
     * <p>Optional. An alternative to {@code NIP}, {@code KodKraju}, {@code NrID}, {@code BrakID}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getNrVatUE() {
        return nrVatUE;
    }

    /**
     * Sets element {@code NrVatUE}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNrVatUE(@Nullable String value) {
        this.nrVatUE = value;
        if (value != null) {
            this.NIP = null;
            this.kodKraju = null;
            this.nrID = null;
            this.brakID = null;
        }
    }

    /**
     * Returns element {@code KodKraju}: Code of the country that issued the tax identifier.
     *
     * <p>Optional. An alternative to {@code NIP}, {@code KodUE}, {@code NrVatUE}, {@code BrakID}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable KodKraju getKodKraju() {
        return kodKraju;
    }

    /**
     * Sets element {@code KodKraju}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setKodKraju(@Nullable KodKraju value) {
        this.kodKraju = value;
        if (value != null) {
            this.NIP = null;
            this.kodUE = null;
            this.nrVatUE = null;
            this.brakID = null;
        }
    }

    /**
     * Returns element {@code NrID}: Other tax identifier.
     *
     * <p>Optional. An alternative to {@code NIP}, {@code KodUE}, {@code NrVatUE}, {@code BrakID}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getNrID() {
        return nrID;
    }

    /**
     * Sets element {@code NrID}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNrID(@Nullable String value) {
        this.nrID = value;
        if (value != null) {
            this.NIP = null;
            this.kodUE = null;
            this.nrVatUE = null;
            this.brakID = null;
        }
    }

    /**
     * Returns element {@code BrakID}: The entity has no tax identifier, or the identifier does not
     * appear on the invoice: 1 - yes.
     *
     * <p>Optional. An alternative to {@code NIP}, {@code KodUE}, {@code NrVatUE}, {@code KodKraju},
     * {@code NrID}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1 getBrakID() {
        return brakID;
    }

    /**
     * Sets element {@code BrakID}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setBrakID(@Nullable Wybor1 value) {
        this.brakID = value;
        if (value != null) {
            this.NIP = null;
            this.kodUE = null;
            this.nrVatUE = null;
            this.kodKraju = null;
            this.nrID = null;
        }
    }

    /**
     * Returns element {@code Nazwa}: First name and surname, or name.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getNazwa() {
        return nazwa;
    }

    /**
     * Sets element {@code Nazwa}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNazwa(@Nullable String value) {
        this.nazwa = value;
    }

    /**
     * Starts building a {@code DaneIdentyfikacyjne}.
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
        if (!(o instanceof DaneIdentyfikacyjne)) {
            return false;
        }
        DaneIdentyfikacyjne other = (DaneIdentyfikacyjne) o;
        return Objects.equals(NIP, other.NIP)
                && Objects.equals(kodUE, other.kodUE)
                && Objects.equals(nrVatUE, other.nrVatUE)
                && Objects.equals(kodKraju, other.kodKraju)
                && Objects.equals(nrID, other.nrID)
                && Objects.equals(brakID, other.brakID)
                && Objects.equals(nazwa, other.nazwa);
    }

    @Override
    public int hashCode() {
        return Objects.hash(NIP, kodUE, nrVatUE, kodKraju, nrID, brakID, nazwa);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("DaneIdentyfikacyjne[");
        String sep = "";
        if (NIP != null) {
            sb.append(sep).append("NIP=").append(NIP);
            sep = ", ";
        }
        if (kodUE != null) {
            sb.append(sep).append("KodUE=").append(kodUE);
            sep = ", ";
        }
        if (nrVatUE != null) {
            sb.append(sep).append("NrVatUE=").append(nrVatUE);
            sep = ", ";
        }
        if (kodKraju != null) {
            sb.append(sep).append("KodKraju=").append(kodKraju);
            sep = ", ";
        }
        if (nrID != null) {
            sb.append(sep).append("NrID=").append(nrID);
            sep = ", ";
        }
        if (brakID != null) {
            sb.append(sep).append("BrakID=").append(brakID);
            sep = ", ";
        }
        if (nazwa != null) {
            sb.append(sep).append("Nazwa=").append(nazwa);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code DaneIdentyfikacyjne} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final DaneIdentyfikacyjne value = new DaneIdentyfikacyjne();

        private Builder() {
        }

        /**
         * Sets {@code NIP}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see DaneIdentyfikacyjne#setNIP(String)
         */
        public Builder NIP(@Nullable String v) {
            value.setNIP(v);
            return this;
        }

        /**
         * Sets {@code KodUE}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see DaneIdentyfikacyjne#setKodUE(KodKrajuUE)
         */
        public Builder kodUE(@Nullable KodKrajuUE v) {
            value.setKodUE(v);
            return this;
        }

        /**
         * Sets {@code NrVatUE}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see DaneIdentyfikacyjne#setNrVatUE(String)
         */
        public Builder nrVatUE(@Nullable String v) {
            value.setNrVatUE(v);
            return this;
        }

        /**
         * Sets {@code KodKraju}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see DaneIdentyfikacyjne#setKodKraju(KodKraju)
         */
        public Builder kodKraju(@Nullable KodKraju v) {
            value.setKodKraju(v);
            return this;
        }

        /**
         * Sets {@code NrID}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see DaneIdentyfikacyjne#setNrID(String)
         */
        public Builder nrID(@Nullable String v) {
            value.setNrID(v);
            return this;
        }

        /**
         * Sets {@code BrakID}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see DaneIdentyfikacyjne#setBrakID(Wybor1)
         */
        public Builder brakID(@Nullable Wybor1 v) {
            value.setBrakID(v);
            return this;
        }

        /**
         * Sets {@code Nazwa}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see DaneIdentyfikacyjne#setNazwa(String)
         */
        public Builder nazwa(@Nullable String v) {
            value.setNazwa(v);
            return this;
        }

        /**
         * Returns a new {@code DaneIdentyfikacyjne} with the values set so far.
         *
         * @return a new instance
         */
        public DaneIdentyfikacyjne build() {
            return new DaneIdentyfikacyjne(value);
        }
    }
}
