package io.github.acubepl.model.fa2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Identification data of a third party: one tax identifier (or none), and the name.
 *
 * <p>Schema type {@code TPodmiot3}.
 *
 * <p>Some elements are alternatives (an XSD choice): setting one of them to a non-null value clears
 * the others, so only one branch is ever filled.
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "TPodmiot3", propOrder = {"NIP", "IDWew", "kodUE", "nrVatUE", "kodKraju", "nrID", "brakID", "nazwa"})
public final class DaneIdentyfikacyjnePodmiotu3 {
    @XmlElement(name = "NIP")
    private @Nullable String NIP;

    @XmlElement(name = "IDWew")
    private @Nullable String IDWew;

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
    public DaneIdentyfikacyjnePodmiotu3() {
    }

    private DaneIdentyfikacyjnePodmiotu3(DaneIdentyfikacyjnePodmiotu3 other) {
        this.NIP = other.NIP;
        this.IDWew = other.IDWew;
        this.kodUE = other.kodUE;
        this.nrVatUE = other.nrVatUE;
        this.kodKraju = other.kodKraju;
        this.nrID = other.nrID;
        this.brakID = other.brakID;
        this.nazwa = other.nazwa;
    }

    /**
     * A third party identified by its Polish {@code NIP}, with its name.
     *
     * @param nip the Polish tax identification number (10 digits)
     * @param name the name ({@code Nazwa})
     * @return new identification data
     */
    public static DaneIdentyfikacyjnePodmiotu3 nip(String nip, String name) {
        DaneIdentyfikacyjnePodmiotu3 d = new DaneIdentyfikacyjnePodmiotu3();
        d.setNIP(Objects.requireNonNull(nip, "nip"));
        d.setNazwa(Objects.requireNonNull(name, "name"));
        return d;
    }

    /**
     * A third party identified by an internal identifier ({@code IDWew}: the NIP of the entity
     * it belongs to, a hyphen and five digits), with its name: a unit of a local government
     * (JST) or a member of a VAT group, for example.
     *
     * @param internalId the internal identifier, such as {@code 1111111111-00001}
     * @param name the name ({@code Nazwa})
     * @return new identification data
     */
    public static DaneIdentyfikacyjnePodmiotu3 internalId(String internalId, String name) {
        DaneIdentyfikacyjnePodmiotu3 d = new DaneIdentyfikacyjnePodmiotu3();
        d.setIDWew(Objects.requireNonNull(internalId, "internalId"));
        d.setNazwa(Objects.requireNonNull(name, "name"));
        return d;
    }

    /**
     * A third party identified by its VAT number in another EU member state ({@code KodUE} and
     * {@code NrVatUE}), with its name.
     *
     * @param country the EU country code of the VAT number
     * @param vatNumber the VAT number without the country prefix
     * @param name the name ({@code Nazwa})
     * @return new identification data
     */
    public static DaneIdentyfikacyjnePodmiotu3 euVat(KodKrajuUE country, String vatNumber, String name) {
        DaneIdentyfikacyjnePodmiotu3 d = new DaneIdentyfikacyjnePodmiotu3();
        d.setKodUE(Objects.requireNonNull(country, "country"));
        d.setNrVatUE(Objects.requireNonNull(vatNumber, "vatNumber"));
        d.setNazwa(Objects.requireNonNull(name, "name"));
        return d;
    }

    /**
     * A third party identified by another tax identifier ({@code NrID}) with its optional
     * country ({@code KodKraju}), with its name.
     *
     * @param country the country that issued the identifier, or {@code null} when not given
     * @param taxId the tax identifier
     * @param name the name ({@code Nazwa})
     * @return new identification data
     */
    public static DaneIdentyfikacyjnePodmiotu3 foreign(@Nullable KodKraju country, String taxId, String name) {
        DaneIdentyfikacyjnePodmiotu3 d = new DaneIdentyfikacyjnePodmiotu3();
        d.setKodKraju(country);
        d.setNrID(Objects.requireNonNull(taxId, "taxId"));
        d.setNazwa(Objects.requireNonNull(name, "name"));
        return d;
    }

    /**
     * A third party without a tax identifier ({@code BrakID} = 1).
     *
     * @return new identification data
     */
    public static DaneIdentyfikacyjnePodmiotu3 withoutId() {
        DaneIdentyfikacyjnePodmiotu3 d = new DaneIdentyfikacyjnePodmiotu3();
        d.setBrakID(Wybor1.YES);
        return d;
    }

    /**
     * Returns element {@code NIP}: NIP tax identifier.
     *
     * <p>Optional. An alternative to {@code IDWew}, {@code KodUE}, {@code NrVatUE}, {@code
     * KodKraju}, {@code NrID}, {@code BrakID}.
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
            this.IDWew = null;
            this.kodUE = null;
            this.nrVatUE = null;
            this.kodKraju = null;
            this.nrID = null;
            this.brakID = null;
        }
    }

    /**
     * Returns element {@code IDWew}: Internal identifier based on the NIP (the NIP, a hyphen and
     * five digits).
     *
     * <p>Optional. An alternative to {@code NIP}, {@code KodUE}, {@code NrVatUE}, {@code KodKraju},
     * {@code NrID}, {@code BrakID}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getIDWew() {
        return IDWew;
    }

    /**
     * Sets element {@code IDWew}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setIDWew(@Nullable String value) {
        this.IDWew = value;
        if (value != null) {
            this.NIP = null;
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
     * <p>Optional. An alternative to {@code NIP}, {@code IDWew}, {@code KodKraju}, {@code NrID},
     * {@code BrakID}.
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
            this.IDWew = null;
            this.kodKraju = null;
            this.nrID = null;
            this.brakID = null;
        }
    }

    /**
     * Returns element {@code NrVatUE}: VAT identification number of the EU trading partner.
     *
     * <p>Optional. An alternative to {@code NIP}, {@code IDWew}, {@code KodKraju}, {@code NrID},
     * {@code BrakID}.
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
            this.IDWew = null;
            this.kodKraju = null;
            this.nrID = null;
            this.brakID = null;
        }
    }

    /**
     * Returns element {@code KodKraju}: Code of the country that issued the tax identifier.
     *
     * <p>Optional. An alternative to {@code NIP}, {@code IDWew}, {@code KodUE}, {@code NrVatUE},
     * {@code BrakID}.
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
            this.IDWew = null;
            this.kodUE = null;
            this.nrVatUE = null;
            this.brakID = null;
        }
    }

    /**
     * Returns element {@code NrID}: Other tax identifier.
     *
     * <p>Optional. An alternative to {@code NIP}, {@code IDWew}, {@code KodUE}, {@code NrVatUE},
     * {@code BrakID}.
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
            this.IDWew = null;
            this.kodUE = null;
            this.nrVatUE = null;
            this.brakID = null;
        }
    }

    /**
     * Returns element {@code BrakID}: The entity has no tax identifier, or the identifier does not
     * appear on the invoice: 1 - yes.
     *
     * <p>Optional. An alternative to {@code NIP}, {@code IDWew}, {@code KodUE}, {@code NrVatUE},
     * {@code KodKraju}, {@code NrID}.
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
            this.IDWew = null;
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
     * Starts building a {@code DaneIdentyfikacyjnePodmiotu3}.
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
        if (!(o instanceof DaneIdentyfikacyjnePodmiotu3)) {
            return false;
        }
        DaneIdentyfikacyjnePodmiotu3 other = (DaneIdentyfikacyjnePodmiotu3) o;
        return Objects.equals(NIP, other.NIP)
                && Objects.equals(IDWew, other.IDWew)
                && Objects.equals(kodUE, other.kodUE)
                && Objects.equals(nrVatUE, other.nrVatUE)
                && Objects.equals(kodKraju, other.kodKraju)
                && Objects.equals(nrID, other.nrID)
                && Objects.equals(brakID, other.brakID)
                && Objects.equals(nazwa, other.nazwa);
    }

    @Override
    public int hashCode() {
        return Objects.hash(NIP, IDWew, kodUE, nrVatUE, kodKraju, nrID, brakID, nazwa);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("DaneIdentyfikacyjnePodmiotu3[");
        String sep = "";
        if (NIP != null) {
            sb.append(sep).append("NIP=").append(NIP);
            sep = ", ";
        }
        if (IDWew != null) {
            sb.append(sep).append("IDWew=").append(IDWew);
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
     * Builds {@code DaneIdentyfikacyjnePodmiotu3} instances; each method sets one element or
     * attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final DaneIdentyfikacyjnePodmiotu3 value = new DaneIdentyfikacyjnePodmiotu3();

        private Builder() {
        }

        /**
         * Sets {@code NIP}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see DaneIdentyfikacyjnePodmiotu3#setNIP(String)
         */
        public Builder NIP(@Nullable String v) {
            value.setNIP(v);
            return this;
        }

        /**
         * Sets {@code IDWew}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see DaneIdentyfikacyjnePodmiotu3#setIDWew(String)
         */
        public Builder IDWew(@Nullable String v) {
            value.setIDWew(v);
            return this;
        }

        /**
         * Sets {@code KodUE}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see DaneIdentyfikacyjnePodmiotu3#setKodUE(KodKrajuUE)
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
         * @see DaneIdentyfikacyjnePodmiotu3#setNrVatUE(String)
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
         * @see DaneIdentyfikacyjnePodmiotu3#setKodKraju(KodKraju)
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
         * @see DaneIdentyfikacyjnePodmiotu3#setNrID(String)
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
         * @see DaneIdentyfikacyjnePodmiotu3#setBrakID(Wybor1)
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
         * @see DaneIdentyfikacyjnePodmiotu3#setNazwa(String)
         */
        public Builder nazwa(@Nullable String v) {
            value.setNazwa(v);
            return this;
        }

        /**
         * Returns a new {@code DaneIdentyfikacyjnePodmiotu3} with the values set so far.
         *
         * @return a new instance
         */
        public DaneIdentyfikacyjnePodmiotu3 build() {
            return new DaneIdentyfikacyjnePodmiotu3(value);
        }
    }
}
