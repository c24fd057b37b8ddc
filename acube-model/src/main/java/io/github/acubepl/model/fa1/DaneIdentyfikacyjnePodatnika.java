package io.github.acubepl.model.fa1;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Identification and address data of the taxpayer.
 *
 * <p>Schema type {@code TPodmiot1}.
 *
 * <p>Some elements are alternatives (an XSD choice): setting one of them to a non-null value clears
 * the others, so only one branch is ever filled.
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "TPodmiot1", propOrder = {"NIP", "imiePierwsze", "nazwisko", "pelnaNazwa", "nazwaHandlowa"})
public final class DaneIdentyfikacyjnePodatnika {
    @XmlElement(name = "NIP", required = true)
    private @Nullable String NIP;

    @XmlElement(name = "ImiePierwsze")
    private @Nullable String imiePierwsze;

    @XmlElement(name = "Nazwisko")
    private @Nullable String nazwisko;

    @XmlElement(name = "PelnaNazwa")
    private @Nullable String pelnaNazwa;

    @XmlElement(name = "NazwaHandlowa")
    private @Nullable String nazwaHandlowa;

    /** Creates an empty instance. */
    public DaneIdentyfikacyjnePodatnika() {
    }

    private DaneIdentyfikacyjnePodatnika(DaneIdentyfikacyjnePodatnika other) {
        this.NIP = other.NIP;
        this.imiePierwsze = other.imiePierwsze;
        this.nazwisko = other.nazwisko;
        this.pelnaNazwa = other.pelnaNazwa;
        this.nazwaHandlowa = other.nazwaHandlowa;
    }

    /**
     * A taxpayer that is a company or other organisation: {@code NIP} and {@code PelnaNazwa}.
     *
     * @param nip the Polish tax identification number (10 digits)
     * @param fullName the full name
     * @return new identification data
     */
    public static DaneIdentyfikacyjnePodatnika company(String nip, String fullName) {
        DaneIdentyfikacyjnePodatnika d = new DaneIdentyfikacyjnePodatnika();
        d.setNIP(Objects.requireNonNull(nip, "nip"));
        d.setPelnaNazwa(Objects.requireNonNull(fullName, "fullName"));
        return d;
    }

    /**
     * A taxpayer that is a natural person: {@code NIP}, {@code ImiePierwsze} and {@code Nazwisko}.
     *
     * @param nip the Polish tax identification number (10 digits)
     * @param firstName the first name
     * @param lastName the surname
     * @return new identification data
     */
    public static DaneIdentyfikacyjnePodatnika person(String nip, String firstName, String lastName) {
        DaneIdentyfikacyjnePodatnika d = new DaneIdentyfikacyjnePodatnika();
        d.setNIP(Objects.requireNonNull(nip, "nip"));
        d.setOsobaFizyczna(Objects.requireNonNull(firstName, "firstName"), Objects.requireNonNull(lastName, "lastName"));
        return d;
    }

    /**
     * Returns element {@code NIP}: NIP tax identifier.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getNIP() {
        return NIP;
    }

    /**
     * Sets element {@code NIP}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNIP(@Nullable String value) {
        this.NIP = value;
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
     * Starts building a {@code DaneIdentyfikacyjnePodatnika}.
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
        if (!(o instanceof DaneIdentyfikacyjnePodatnika)) {
            return false;
        }
        DaneIdentyfikacyjnePodatnika other = (DaneIdentyfikacyjnePodatnika) o;
        return Objects.equals(NIP, other.NIP)
                && Objects.equals(imiePierwsze, other.imiePierwsze)
                && Objects.equals(nazwisko, other.nazwisko)
                && Objects.equals(pelnaNazwa, other.pelnaNazwa)
                && Objects.equals(nazwaHandlowa, other.nazwaHandlowa);
    }

    @Override
    public int hashCode() {
        return Objects.hash(NIP, imiePierwsze, nazwisko, pelnaNazwa, nazwaHandlowa);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("DaneIdentyfikacyjnePodatnika[");
        String sep = "";
        if (NIP != null) {
            sb.append(sep).append("NIP=").append(NIP);
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
     * Builds {@code DaneIdentyfikacyjnePodatnika} instances; each method sets one element or
     * attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final DaneIdentyfikacyjnePodatnika value = new DaneIdentyfikacyjnePodatnika();

        private Builder() {
        }

        /**
         * Sets {@code NIP}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see DaneIdentyfikacyjnePodatnika#setNIP(String)
         */
        public Builder NIP(@Nullable String v) {
            value.setNIP(v);
            return this;
        }

        /**
         * Sets {@code ImiePierwsze}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see DaneIdentyfikacyjnePodatnika#setImiePierwsze(String)
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
         * @see DaneIdentyfikacyjnePodatnika#setNazwisko(String)
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
         * @see DaneIdentyfikacyjnePodatnika#setPelnaNazwa(String)
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
         * @see DaneIdentyfikacyjnePodatnika#setNazwaHandlowa(String)
         */
        public Builder nazwaHandlowa(@Nullable String v) {
            value.setNazwaHandlowa(v);
            return this;
        }

        /**
         * Returns a new {@code DaneIdentyfikacyjnePodatnika} with the values set so far.
         *
         * @return a new instance
         */
        public DaneIdentyfikacyjnePodatnika build() {
            return new DaneIdentyfikacyjnePodatnika(value);
        }
    }
}
