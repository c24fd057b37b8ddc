package io.github.acubepl.model.fa1;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Identification and address data of the buyer and third parties.
 *
 * <p>Schema type {@code TPodmiot}.
 *
 * <p>Some elements are alternatives (an XSD choice): setting one of them to a non-null value clears
 * the others, so only one branch is ever filled.
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "TPodmiot", propOrder = {"NIP", "nrID", "brakID", "imiePierwsze", "nazwisko", "pelnaNazwa", "nazwaHandlowa"})
public final class DaneIdentyfikacyjne {
    @XmlElement(name = "NIP")
    private @Nullable String NIP;

    @XmlElement(name = "NrID")
    private @Nullable String nrID;

    @XmlElement(name = "BrakID")
    private @Nullable Wybor1 brakID;

    @XmlElement(name = "ImiePierwsze")
    private @Nullable String imiePierwsze;

    @XmlElement(name = "Nazwisko")
    private @Nullable String nazwisko;

    @XmlElement(name = "PelnaNazwa")
    private @Nullable String pelnaNazwa;

    @XmlElement(name = "NazwaHandlowa")
    private @Nullable String nazwaHandlowa;

    /** Creates an empty instance. */
    public DaneIdentyfikacyjne() {
    }

    private DaneIdentyfikacyjne(DaneIdentyfikacyjne other) {
        this.NIP = other.NIP;
        this.nrID = other.nrID;
        this.brakID = other.brakID;
        this.imiePierwsze = other.imiePierwsze;
        this.nazwisko = other.nazwisko;
        this.pelnaNazwa = other.pelnaNazwa;
        this.nazwaHandlowa = other.nazwaHandlowa;
    }

    /**
     * A party identified by a Polish {@code NIP}, with its full name.
     *
     * @param nip the Polish tax identification number (10 digits)
     * @param fullName the full name ({@code PelnaNazwa})
     * @return new identification data
     */
    public static DaneIdentyfikacyjne company(String nip, String fullName) {
        DaneIdentyfikacyjne d = new DaneIdentyfikacyjne();
        d.setNIP(Objects.requireNonNull(nip, "nip"));
        d.setPelnaNazwa(Objects.requireNonNull(fullName, "fullName"));
        return d;
    }

    /**
     * A party identified by a foreign tax identifier ({@code NrID}), with its full name.
     *
     * @param taxId the foreign tax identifier
     * @param fullName the full name ({@code PelnaNazwa})
     * @return new identification data
     */
    public static DaneIdentyfikacyjne foreign(String taxId, String fullName) {
        DaneIdentyfikacyjne d = new DaneIdentyfikacyjne();
        d.setNrID(Objects.requireNonNull(taxId, "taxId"));
        d.setPelnaNazwa(Objects.requireNonNull(fullName, "fullName"));
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
     * <p>Optional. An alternative to {@code NrID}, {@code BrakID}.
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
            this.nrID = null;
            this.brakID = null;
        }
    }

    /**
     * Returns element {@code NrID}: Other tax identifier.
     *
     * <p>Optional. An alternative to {@code NIP}, {@code BrakID}.
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
            this.brakID = null;
        }
    }

    /**
     * Returns element {@code BrakID}: The entity has no tax identifier: 1 - yes.
     *
     * <p>Optional. An alternative to {@code NIP}, {@code NrID}.
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
            this.nrID = null;
        }
    }

    /**
     * Returns element {@code ImiePierwsze}: First name.
     *
     * <p>Optional. An alternative to {@code PelnaNazwa}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getImiePierwsze() {
        return imiePierwsze;
    }

    /**
     * Sets element {@code ImiePierwsze}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setImiePierwsze(@Nullable String value) {
        this.imiePierwsze = value;
        if (value != null) {
            this.pelnaNazwa = null;
        }
    }

    /**
     * Returns element {@code Nazwisko}: Surname.
     *
     * <p>Optional. An alternative to {@code PelnaNazwa}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getNazwisko() {
        return nazwisko;
    }

    /**
     * Sets element {@code Nazwisko}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNazwisko(@Nullable String value) {
        this.nazwisko = value;
        if (value != null) {
            this.pelnaNazwa = null;
        }
    }

    /**
     * Returns element {@code PelnaNazwa}: Full name.
     *
     * <p>Optional. An alternative to {@code ImiePierwsze}, {@code Nazwisko}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getPelnaNazwa() {
        return pelnaNazwa;
    }

    /**
     * Sets element {@code PelnaNazwa}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setPelnaNazwa(@Nullable String value) {
        this.pelnaNazwa = value;
        if (value != null) {
            this.imiePierwsze = null;
            this.nazwisko = null;
        }
    }

    /**
     * Returns element {@code NazwaHandlowa}: Trade name.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getNazwaHandlowa() {
        return nazwaHandlowa;
    }

    /**
     * Sets element {@code NazwaHandlowa}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNazwaHandlowa(@Nullable String value) {
        this.nazwaHandlowa = value;
    }

    /**
     * Identifies a natural person by first name and surname ({@code ImiePierwsze}, {@code
     * Nazwisko}); clears {@code PelnaNazwa}.
     *
     * @param firstName the first name
     *
     * @param lastName the surname
     */
    public void setOsobaFizyczna(@Nullable String firstName, @Nullable String lastName) {
        setImiePierwsze(firstName);
        setNazwisko(lastName);
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
                && Objects.equals(nrID, other.nrID)
                && Objects.equals(brakID, other.brakID)
                && Objects.equals(imiePierwsze, other.imiePierwsze)
                && Objects.equals(nazwisko, other.nazwisko)
                && Objects.equals(pelnaNazwa, other.pelnaNazwa)
                && Objects.equals(nazwaHandlowa, other.nazwaHandlowa);
    }

    @Override
    public int hashCode() {
        return Objects.hash(NIP, nrID, brakID, imiePierwsze, nazwisko, pelnaNazwa, nazwaHandlowa);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("DaneIdentyfikacyjne[");
        String sep = "";
        if (NIP != null) {
            sb.append(sep).append("NIP=").append(NIP);
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
        if (imiePierwsze != null) {
            sb.append(sep).append("ImiePierwsze=").append(imiePierwsze);
            sep = ", ";
        }
        if (nazwisko != null) {
            sb.append(sep).append("Nazwisko=").append(nazwisko);
            sep = ", ";
        }
        if (pelnaNazwa != null) {
            sb.append(sep).append("PelnaNazwa=").append(pelnaNazwa);
            sep = ", ";
        }
        if (nazwaHandlowa != null) {
            sb.append(sep).append("NazwaHandlowa=").append(nazwaHandlowa);
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
         * Sets {@code ImiePierwsze}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see DaneIdentyfikacyjne#setImiePierwsze(String)
         */
        public Builder imiePierwsze(@Nullable String v) {
            value.setImiePierwsze(v);
            return this;
        }

        /**
         * Sets {@code Nazwisko}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see DaneIdentyfikacyjne#setNazwisko(String)
         */
        public Builder nazwisko(@Nullable String v) {
            value.setNazwisko(v);
            return this;
        }

        /**
         * Sets {@code PelnaNazwa}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see DaneIdentyfikacyjne#setPelnaNazwa(String)
         */
        public Builder pelnaNazwa(@Nullable String v) {
            value.setPelnaNazwa(v);
            return this;
        }

        /**
         * Sets {@code NazwaHandlowa}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see DaneIdentyfikacyjne#setNazwaHandlowa(String)
         */
        public Builder nazwaHandlowa(@Nullable String v) {
            value.setNazwaHandlowa(v);
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
