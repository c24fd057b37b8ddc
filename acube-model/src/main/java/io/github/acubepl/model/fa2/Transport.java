package io.github.acubepl.model.fa2;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A transport of the goods.
 *
 * <p>Schema element {@code Transport} (Faktura/Fa/WarunkiTransakcji/Transport).
 *
 * <p>Some elements are alternatives (an XSD choice): setting one of them to a non-null value clears
 * the others, so only one branch is ever filled.
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"rodzajTransportu", "transportInny", "opisInnegoTransportu", "przewoznik", "nrZleceniaTransportu", "opisLadunku", "ladunekInny", "opisInnegoLadunku", "jednostkaOpakowania", "dataGodzRozpTransportu", "dataGodzZakTransportu", "wysylkaZ", "wysylkaPrzez", "wysylkaDo"})
public final class Transport {
    @XmlElement(name = "RodzajTransportu")
    private @Nullable RodzajTransportu rodzajTransportu;

    @XmlElement(name = "TransportInny")
    private @Nullable Wybor1 transportInny;

    @XmlElement(name = "OpisInnegoTransportu")
    private @Nullable String opisInnegoTransportu;

    @XmlElement(name = "Przewoznik")
    private @Nullable Przewoznik przewoznik;

    @XmlElement(name = "NrZleceniaTransportu")
    private @Nullable String nrZleceniaTransportu;

    @XmlElement(name = "OpisLadunku")
    private @Nullable Ladunek opisLadunku;

    @XmlElement(name = "LadunekInny")
    private @Nullable Wybor1 ladunekInny;

    @XmlElement(name = "OpisInnegoLadunku")
    private @Nullable String opisInnegoLadunku;

    @XmlElement(name = "JednostkaOpakowania")
    private @Nullable String jednostkaOpakowania;

    @XmlElement(name = "DataGodzRozpTransportu")
    private @Nullable OffsetDateTime dataGodzRozpTransportu;

    @XmlElement(name = "DataGodzZakTransportu")
    private @Nullable OffsetDateTime dataGodzZakTransportu;

    @XmlElement(name = "WysylkaZ")
    private @Nullable Adres wysylkaZ;

    @XmlElement(name = "WysylkaPrzez")
    private @Nullable List<Adres> wysylkaPrzez;

    @XmlElement(name = "WysylkaDo")
    private @Nullable Adres wysylkaDo;

    /** Creates an empty instance. */
    public Transport() {
    }

    private Transport(Transport other) {
        this.rodzajTransportu = other.rodzajTransportu;
        this.transportInny = other.transportInny;
        this.opisInnegoTransportu = other.opisInnegoTransportu;
        this.przewoznik = other.przewoznik;
        this.nrZleceniaTransportu = other.nrZleceniaTransportu;
        this.opisLadunku = other.opisLadunku;
        this.ladunekInny = other.ladunekInny;
        this.opisInnegoLadunku = other.opisInnegoLadunku;
        this.jednostkaOpakowania = other.jednostkaOpakowania;
        this.dataGodzRozpTransportu = other.dataGodzRozpTransportu;
        this.dataGodzZakTransportu = other.dataGodzZakTransportu;
        this.wysylkaZ = other.wysylkaZ;
        this.wysylkaPrzez = other.wysylkaPrzez == null ? null : new ArrayList<>(other.wysylkaPrzez);
        this.wysylkaDo = other.wysylkaDo;
    }

    /**
     * Returns element {@code RodzajTransportu}: Mode of transport used for the supply of goods.
     *
     * <p>Optional. An alternative to {@code TransportInny}, {@code OpisInnegoTransportu}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable RodzajTransportu getRodzajTransportu() {
        return rodzajTransportu;
    }

    /**
     * Sets element {@code RodzajTransportu}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setRodzajTransportu(@Nullable RodzajTransportu value) {
        this.rodzajTransportu = value;
        if (value != null) {
            this.transportInny = null;
            this.opisInnegoTransportu = null;
        }
    }

    /**
     * Returns element {@code TransportInny}: Other mode of transport flag: 1 - other mode of
     * transport.
     *
     * <p>Optional. An alternative to {@code RodzajTransportu}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1 getTransportInny() {
        return transportInny;
    }

    /**
     * Sets element {@code TransportInny}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setTransportInny(@Nullable Wybor1 value) {
        this.transportInny = value;
        if (value != null) {
            this.rodzajTransportu = null;
        }
    }

    /**
     * Returns element {@code OpisInnegoTransportu}: Description of the other mode of transport.
     *
     * <p>Optional. An alternative to {@code RodzajTransportu}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getOpisInnegoTransportu() {
        return opisInnegoTransportu;
    }

    /**
     * Sets element {@code OpisInnegoTransportu}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setOpisInnegoTransportu(@Nullable String value) {
        this.opisInnegoTransportu = value;
        if (value != null) {
            this.rodzajTransportu = null;
        }
    }

    /**
     * Returns element {@code Przewoznik}: The carrier.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Przewoznik getPrzewoznik() {
        return przewoznik;
    }

    /**
     * Sets element {@code Przewoznik}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setPrzewoznik(@Nullable Przewoznik value) {
        this.przewoznik = value;
    }

    /**
     * Returns element {@code NrZleceniaTransportu}: Transport order number.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getNrZleceniaTransportu() {
        return nrZleceniaTransportu;
    }

    /**
     * Sets element {@code NrZleceniaTransportu}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNrZleceniaTransportu(@Nullable String value) {
        this.nrZleceniaTransportu = value;
    }

    /**
     * Returns element {@code OpisLadunku}: Type of cargo.
     *
     * <p>Optional. An alternative to {@code LadunekInny}, {@code OpisInnegoLadunku}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Ladunek getOpisLadunku() {
        return opisLadunku;
    }

    /**
     * Sets element {@code OpisLadunku}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setOpisLadunku(@Nullable Ladunek value) {
        this.opisLadunku = value;
        if (value != null) {
            this.ladunekInny = null;
            this.opisInnegoLadunku = null;
        }
    }

    /**
     * Returns element {@code LadunekInny}: Other cargo flag: 1 - other cargo.
     *
     * <p>Optional. An alternative to {@code OpisLadunku}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1 getLadunekInny() {
        return ladunekInny;
    }

    /**
     * Sets element {@code LadunekInny}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setLadunekInny(@Nullable Wybor1 value) {
        this.ladunekInny = value;
        if (value != null) {
            this.opisLadunku = null;
        }
    }

    /**
     * Returns element {@code OpisInnegoLadunku}: Description of the other cargo, including mixed
     * cargo.
     *
     * <p>Optional. An alternative to {@code OpisLadunku}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getOpisInnegoLadunku() {
        return opisInnegoLadunku;
    }

    /**
     * Sets element {@code OpisInnegoLadunku}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setOpisInnegoLadunku(@Nullable String value) {
        this.opisInnegoLadunku = value;
        if (value != null) {
            this.opisLadunku = null;
        }
    }

    /**
     * Returns element {@code JednostkaOpakowania}: Packaging unit.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getJednostkaOpakowania() {
        return jednostkaOpakowania;
    }

    /**
     * Sets element {@code JednostkaOpakowania}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setJednostkaOpakowania(@Nullable String value) {
        this.jednostkaOpakowania = value;
    }

    /**
     * Returns element {@code DataGodzRozpTransportu}: Date and time the transport started.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable OffsetDateTime getDataGodzRozpTransportu() {
        return dataGodzRozpTransportu;
    }

    /**
     * Sets element {@code DataGodzRozpTransportu}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setDataGodzRozpTransportu(@Nullable OffsetDateTime value) {
        this.dataGodzRozpTransportu = value;
    }

    /**
     * Returns element {@code DataGodzZakTransportu}: Date and time the transport ended.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable OffsetDateTime getDataGodzZakTransportu() {
        return dataGodzZakTransportu;
    }

    /**
     * Sets element {@code DataGodzZakTransportu}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setDataGodzZakTransportu(@Nullable OffsetDateTime value) {
        this.dataGodzZakTransportu = value;
    }

    /**
     * Returns element {@code WysylkaZ}: Address of the place of dispatch.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Adres getWysylkaZ() {
        return wysylkaZ;
    }

    /**
     * Sets element {@code WysylkaZ}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setWysylkaZ(@Nullable Adres value) {
        this.wysylkaZ = value;
    }

    /**
     * Returns element {@code WysylkaPrzez}: Intermediate dispatch address.
     *
     * <p>Optional, up to 20 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<Adres> getWysylkaPrzez() {
        return wysylkaPrzez == null ? List.of() : Collections.unmodifiableList(wysylkaPrzez);
    }

    /**
     * Replaces the values of element {@code WysylkaPrzez}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setWysylkaPrzez(@Nullable List<Adres> values) {
        this.wysylkaPrzez = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code WysylkaPrzez}.
     *
     * @param value the value to append
     */
    public void addWysylkaPrzez(Adres value) {
        if (this.wysylkaPrzez == null) {
            this.wysylkaPrzez = new ArrayList<>();
        }
        this.wysylkaPrzez.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns element {@code WysylkaDo}: Address of the destination to which the transport was
     * ordered.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Adres getWysylkaDo() {
        return wysylkaDo;
    }

    /**
     * Sets element {@code WysylkaDo}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setWysylkaDo(@Nullable Adres value) {
        this.wysylkaDo = value;
    }

    /**
     * Starts building a {@code Transport}.
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
        if (!(o instanceof Transport)) {
            return false;
        }
        Transport other = (Transport) o;
        return Objects.equals(rodzajTransportu, other.rodzajTransportu)
                && Objects.equals(transportInny, other.transportInny)
                && Objects.equals(opisInnegoTransportu, other.opisInnegoTransportu)
                && Objects.equals(przewoznik, other.przewoznik)
                && Objects.equals(nrZleceniaTransportu, other.nrZleceniaTransportu)
                && Objects.equals(opisLadunku, other.opisLadunku)
                && Objects.equals(ladunekInny, other.ladunekInny)
                && Objects.equals(opisInnegoLadunku, other.opisInnegoLadunku)
                && Objects.equals(jednostkaOpakowania, other.jednostkaOpakowania)
                && Objects.equals(dataGodzRozpTransportu, other.dataGodzRozpTransportu)
                && Objects.equals(dataGodzZakTransportu, other.dataGodzZakTransportu)
                && Objects.equals(wysylkaZ, other.wysylkaZ)
                && getWysylkaPrzez().equals(other.getWysylkaPrzez())
                && Objects.equals(wysylkaDo, other.wysylkaDo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rodzajTransportu, transportInny, opisInnegoTransportu, przewoznik, nrZleceniaTransportu, opisLadunku, ladunekInny, opisInnegoLadunku, jednostkaOpakowania, dataGodzRozpTransportu, dataGodzZakTransportu, wysylkaZ, getWysylkaPrzez(), wysylkaDo);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Transport[");
        String sep = "";
        if (rodzajTransportu != null) {
            sb.append(sep).append("RodzajTransportu=").append(rodzajTransportu);
            sep = ", ";
        }
        if (transportInny != null) {
            sb.append(sep).append("TransportInny=").append(transportInny);
            sep = ", ";
        }
        if (opisInnegoTransportu != null) {
            sb.append(sep).append("OpisInnegoTransportu=").append(opisInnegoTransportu);
            sep = ", ";
        }
        if (przewoznik != null) {
            sb.append(sep).append("Przewoznik=").append(przewoznik);
            sep = ", ";
        }
        if (nrZleceniaTransportu != null) {
            sb.append(sep).append("NrZleceniaTransportu=").append(nrZleceniaTransportu);
            sep = ", ";
        }
        if (opisLadunku != null) {
            sb.append(sep).append("OpisLadunku=").append(opisLadunku);
            sep = ", ";
        }
        if (ladunekInny != null) {
            sb.append(sep).append("LadunekInny=").append(ladunekInny);
            sep = ", ";
        }
        if (opisInnegoLadunku != null) {
            sb.append(sep).append("OpisInnegoLadunku=").append(opisInnegoLadunku);
            sep = ", ";
        }
        if (jednostkaOpakowania != null) {
            sb.append(sep).append("JednostkaOpakowania=").append(jednostkaOpakowania);
            sep = ", ";
        }
        if (dataGodzRozpTransportu != null) {
            sb.append(sep).append("DataGodzRozpTransportu=").append(dataGodzRozpTransportu);
            sep = ", ";
        }
        if (dataGodzZakTransportu != null) {
            sb.append(sep).append("DataGodzZakTransportu=").append(dataGodzZakTransportu);
            sep = ", ";
        }
        if (wysylkaZ != null) {
            sb.append(sep).append("WysylkaZ=").append(wysylkaZ);
            sep = ", ";
        }
        if (wysylkaPrzez != null) {
            sb.append(sep).append("WysylkaPrzez=").append(wysylkaPrzez);
            sep = ", ";
        }
        if (wysylkaDo != null) {
            sb.append(sep).append("WysylkaDo=").append(wysylkaDo);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code Transport} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final Transport value = new Transport();

        private Builder() {
        }

        /**
         * Sets {@code RodzajTransportu}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Transport#setRodzajTransportu(RodzajTransportu)
         */
        public Builder rodzajTransportu(@Nullable RodzajTransportu v) {
            value.setRodzajTransportu(v);
            return this;
        }

        /**
         * Sets {@code TransportInny}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Transport#setTransportInny(Wybor1)
         */
        public Builder transportInny(@Nullable Wybor1 v) {
            value.setTransportInny(v);
            return this;
        }

        /**
         * Sets {@code OpisInnegoTransportu}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Transport#setOpisInnegoTransportu(String)
         */
        public Builder opisInnegoTransportu(@Nullable String v) {
            value.setOpisInnegoTransportu(v);
            return this;
        }

        /**
         * Sets {@code Przewoznik}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Transport#setPrzewoznik(Przewoznik)
         */
        public Builder przewoznik(@Nullable Przewoznik v) {
            value.setPrzewoznik(v);
            return this;
        }

        /**
         * Sets {@code NrZleceniaTransportu}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Transport#setNrZleceniaTransportu(String)
         */
        public Builder nrZleceniaTransportu(@Nullable String v) {
            value.setNrZleceniaTransportu(v);
            return this;
        }

        /**
         * Sets {@code OpisLadunku}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Transport#setOpisLadunku(Ladunek)
         */
        public Builder opisLadunku(@Nullable Ladunek v) {
            value.setOpisLadunku(v);
            return this;
        }

        /**
         * Sets {@code LadunekInny}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Transport#setLadunekInny(Wybor1)
         */
        public Builder ladunekInny(@Nullable Wybor1 v) {
            value.setLadunekInny(v);
            return this;
        }

        /**
         * Sets {@code OpisInnegoLadunku}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Transport#setOpisInnegoLadunku(String)
         */
        public Builder opisInnegoLadunku(@Nullable String v) {
            value.setOpisInnegoLadunku(v);
            return this;
        }

        /**
         * Sets {@code JednostkaOpakowania}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Transport#setJednostkaOpakowania(String)
         */
        public Builder jednostkaOpakowania(@Nullable String v) {
            value.setJednostkaOpakowania(v);
            return this;
        }

        /**
         * Sets {@code DataGodzRozpTransportu}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Transport#setDataGodzRozpTransportu(OffsetDateTime)
         */
        public Builder dataGodzRozpTransportu(@Nullable OffsetDateTime v) {
            value.setDataGodzRozpTransportu(v);
            return this;
        }

        /**
         * Sets {@code DataGodzZakTransportu}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Transport#setDataGodzZakTransportu(OffsetDateTime)
         */
        public Builder dataGodzZakTransportu(@Nullable OffsetDateTime v) {
            value.setDataGodzZakTransportu(v);
            return this;
        }

        /**
         * Sets {@code WysylkaZ}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Transport#setWysylkaZ(Adres)
         */
        public Builder wysylkaZ(@Nullable Adres v) {
            value.setWysylkaZ(v);
            return this;
        }

        /**
         * Sets the values of {@code WysylkaPrzez}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see Transport#setWysylkaPrzez(List)
         */
        public Builder wysylkaPrzez(@Nullable List<Adres> values) {
            value.setWysylkaPrzez(values);
            return this;
        }

        /**
         * Appends a value of {@code WysylkaPrzez}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see Transport#addWysylkaPrzez(Adres)
         */
        public Builder addWysylkaPrzez(Adres item) {
            value.addWysylkaPrzez(item);
            return this;
        }

        /**
         * Sets {@code WysylkaDo}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Transport#setWysylkaDo(Adres)
         */
        public Builder wysylkaDo(@Nullable Adres v) {
            value.setWysylkaDo(v);
            return this;
        }

        /**
         * Returns a new {@code Transport} with the values set so far.
         *
         * @return a new instance
         */
        public Transport build() {
            return new Transport(value);
        }
    }
}
