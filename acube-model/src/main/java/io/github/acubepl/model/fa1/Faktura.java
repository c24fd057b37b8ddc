package io.github.acubepl.model.fa1;

import io.github.acubepl.model.InvoiceModel;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * VAT invoice.
 *
 * <p>Schema element {@code Faktura} (Faktura).
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlRootElement(name = "Faktura")
@XmlType(name = "", propOrder = {"naglowek", "podmiot1", "podmiot2", "podmiot3", "podmiotUpowazniony", "fa", "stopka"})
public final class Faktura implements InvoiceModel {
    @XmlElement(name = "Naglowek", required = true)
    private @Nullable Naglowek naglowek;

    @XmlElement(name = "Podmiot1", required = true)
    private @Nullable Podmiot1 podmiot1;

    @XmlElement(name = "Podmiot2", required = true)
    private @Nullable Podmiot2 podmiot2;

    @XmlElement(name = "Podmiot3")
    private @Nullable List<Podmiot3> podmiot3;

    @XmlElement(name = "PodmiotUpowazniony")
    private @Nullable PodmiotUpowazniony podmiotUpowazniony;

    @XmlElement(name = "Fa", required = true)
    private @Nullable Fa fa;

    @XmlElement(name = "Stopka")
    private @Nullable Stopka stopka;

    /** Creates an empty instance. */
    public Faktura() {
    }

    private Faktura(Faktura other) {
        this.naglowek = other.naglowek;
        this.podmiot1 = other.podmiot1;
        this.podmiot2 = other.podmiot2;
        this.podmiot3 = other.podmiot3 == null ? null : new ArrayList<>(other.podmiot3);
        this.podmiotUpowazniony = other.podmiotUpowazniony;
        this.fa = other.fa;
        this.stopka = other.stopka;
    }

    @Override
    public String schemaVersion() {
        return "FA(1)";
    }

    /**
     * Returns element {@code Naglowek}: Header.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Naglowek getNaglowek() {
        return naglowek;
    }

    /**
     * Sets element {@code Naglowek}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setNaglowek(@Nullable Naglowek value) {
        this.naglowek = value;
    }

    /**
     * Returns element {@code Podmiot1}: Taxpayer data. First name and surname or name of the seller
     * of goods or services.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Podmiot1 getPodmiot1() {
        return podmiot1;
    }

    /**
     * Sets element {@code Podmiot1}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setPodmiot1(@Nullable Podmiot1 value) {
        this.podmiot1 = value;
    }

    /**
     * Returns element {@code Podmiot2}: Buyer data.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Podmiot2 getPodmiot2() {
        return podmiot2;
    }

    /**
     * Sets element {@code Podmiot2}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setPodmiot2(@Nullable Podmiot2 value) {
        this.podmiot2 = value;
    }

    /**
     * Returns element {@code Podmiot3}: Data of the third party or parties (other than the seller
     * and the buyer listed in section Podmiot2) related to the invoice.
     *
     * <p>Optional, up to 100 values.
     *
     * @return an unmodifiable view of the values (empty when there are none)
     */
    public List<Podmiot3> getPodmiot3() {
        return podmiot3 == null ? List.of() : Collections.unmodifiableList(podmiot3);
    }

    /**
     * Replaces the values of element {@code Podmiot3}.
     *
     * @param values the new values; {@code null} or empty removes them
     */
    public void setPodmiot3(@Nullable List<Podmiot3> values) {
        this.podmiot3 = values == null || values.isEmpty() ? null : new ArrayList<>(values);
    }

    /**
     * Appends a value of element {@code Podmiot3}.
     *
     * @param value the value to append
     */
    public void addPodmiot3(Podmiot3 value) {
        if (this.podmiot3 == null) {
            this.podmiot3 = new ArrayList<>();
        }
        this.podmiot3.add(Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns element {@code PodmiotUpowazniony}: Data of the authorised entity related to the
     * invoice.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable PodmiotUpowazniony getPodmiotUpowazniony() {
        return podmiotUpowazniony;
    }

    /**
     * Sets element {@code PodmiotUpowazniony}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setPodmiotUpowazniony(@Nullable PodmiotUpowazniony value) {
        this.podmiotUpowazniony = value;
    }

    /**
     * Returns element {@code Fa}: Based on art. 106a-106q of the VAT Act. Sales values and tax
     * amounts are given in the invoice currency, except for fields where tax amounts have been
     * converted in accordance with art. 31a in conjunction with art. 106e(11) of the VAT Act. For a
     * corrective invoice, all data are given as they stand after the correction; tax bases, tax
     * amounts and the total amount are given as the difference.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Fa getFa() {
        return fa;
    }

    /**
     * Sets element {@code Fa}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setFa(@Nullable Fa value) {
        this.fa = value;
    }

    /**
     * Returns element {@code Stopka}: Other information on the invoice.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Stopka getStopka() {
        return stopka;
    }

    /**
     * Sets element {@code Stopka}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setStopka(@Nullable Stopka value) {
        this.stopka = value;
    }

    /**
     * Starts building a {@code Faktura}.
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
        if (!(o instanceof Faktura)) {
            return false;
        }
        Faktura other = (Faktura) o;
        return Objects.equals(naglowek, other.naglowek)
                && Objects.equals(podmiot1, other.podmiot1)
                && Objects.equals(podmiot2, other.podmiot2)
                && getPodmiot3().equals(other.getPodmiot3())
                && Objects.equals(podmiotUpowazniony, other.podmiotUpowazniony)
                && Objects.equals(fa, other.fa)
                && Objects.equals(stopka, other.stopka);
    }

    @Override
    public int hashCode() {
        return Objects.hash(naglowek, podmiot1, podmiot2, getPodmiot3(), podmiotUpowazniony, fa, stopka);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Faktura[");
        String sep = "";
        if (naglowek != null) {
            sb.append(sep).append("Naglowek=").append(naglowek);
            sep = ", ";
        }
        if (podmiot1 != null) {
            sb.append(sep).append("Podmiot1=").append(podmiot1);
            sep = ", ";
        }
        if (podmiot2 != null) {
            sb.append(sep).append("Podmiot2=").append(podmiot2);
            sep = ", ";
        }
        if (podmiot3 != null) {
            sb.append(sep).append("Podmiot3=").append(podmiot3);
            sep = ", ";
        }
        if (podmiotUpowazniony != null) {
            sb.append(sep).append("PodmiotUpowazniony=").append(podmiotUpowazniony);
            sep = ", ";
        }
        if (fa != null) {
            sb.append(sep).append("Fa=").append(fa);
            sep = ", ";
        }
        if (stopka != null) {
            sb.append(sep).append("Stopka=").append(stopka);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code Faktura} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final Faktura value = new Faktura();

        private Builder() {
        }

        /**
         * Sets {@code Naglowek}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Faktura#setNaglowek(Naglowek)
         */
        public Builder naglowek(@Nullable Naglowek v) {
            value.setNaglowek(v);
            return this;
        }

        /**
         * Sets {@code Podmiot1}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Faktura#setPodmiot1(Podmiot1)
         */
        public Builder podmiot1(@Nullable Podmiot1 v) {
            value.setPodmiot1(v);
            return this;
        }

        /**
         * Sets {@code Podmiot2}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Faktura#setPodmiot2(Podmiot2)
         */
        public Builder podmiot2(@Nullable Podmiot2 v) {
            value.setPodmiot2(v);
            return this;
        }

        /**
         * Sets the values of {@code Podmiot3}.
         *
         * @param values the values
         *
         * @return this builder
         *
         * @see Faktura#setPodmiot3(List)
         */
        public Builder podmiot3(@Nullable List<Podmiot3> values) {
            value.setPodmiot3(values);
            return this;
        }

        /**
         * Appends a value of {@code Podmiot3}.
         *
         * @param item the value
         *
         * @return this builder
         *
         * @see Faktura#addPodmiot3(Podmiot3)
         */
        public Builder addPodmiot3(Podmiot3 item) {
            value.addPodmiot3(item);
            return this;
        }

        /**
         * Sets {@code PodmiotUpowazniony}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Faktura#setPodmiotUpowazniony(PodmiotUpowazniony)
         */
        public Builder podmiotUpowazniony(@Nullable PodmiotUpowazniony v) {
            value.setPodmiotUpowazniony(v);
            return this;
        }

        /**
         * Sets {@code Fa}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Faktura#setFa(Fa)
         */
        public Builder fa(@Nullable Fa v) {
            value.setFa(v);
            return this;
        }

        /**
         * Sets {@code Stopka}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Faktura#setStopka(Stopka)
         */
        public Builder stopka(@Nullable Stopka v) {
            value.setStopka(v);
            return this;
        }

        /**
         * Returns a new {@code Faktura} with the values set so far.
         *
         * @return a new instance
         */
        public Faktura build() {
            return new Faktura(value);
        }
    }
}
