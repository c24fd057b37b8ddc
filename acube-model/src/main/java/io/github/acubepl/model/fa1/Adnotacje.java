package io.github.acubepl.model.fa1;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Other annotations on the invoice.
 *
 * <p>Schema element {@code Adnotacje} (Faktura/Fa/Adnotacje).
 *
 * <p>Some elements are alternatives (an XSD choice): setting one of them to a non-null value clears
 * the others, so only one branch is ever filled.
 *
 * <p>Instances are mutable JAXB beans; build them with {@link #builder()}. Validity is checked by
 * the validator of {@code acube-mapping}, not here.
 */
@XmlType(name = "", propOrder = {"p_16", "p_17", "p_18", "p_18A", "p_19", "p_19A", "p_19B", "p_19C", "p_22", "p_22A", "p_22BMK", "p_22BMD", "p_22BK", "p_22BNR", "p_22BRP", "p_22B", "p_22B1", "p_22B2", "p_22B3", "p_22B4", "p_22BT", "p_22C", "p_22C1", "p_22D", "p_22D1", "p_23", "p_PMarzy", "p_PMarzy_2", "p_PMarzy_3_1", "p_PMarzy_3_2", "p_PMarzy_3_3"})
public final class Adnotacje {
    @XmlElement(name = "P_16", required = true)
    private @Nullable Wybor1_2 p_16;

    @XmlElement(name = "P_17", required = true)
    private @Nullable Wybor1_2 p_17;

    @XmlElement(name = "P_18", required = true)
    private @Nullable Wybor1_2 p_18;

    @XmlElement(name = "P_18A", required = true)
    private @Nullable Wybor1_2 p_18A;

    @XmlElement(name = "P_19", required = true)
    private @Nullable Wybor1_2 p_19;

    @XmlElement(name = "P_19A")
    private @Nullable String p_19A;

    @XmlElement(name = "P_19B")
    private @Nullable String p_19B;

    @XmlElement(name = "P_19C")
    private @Nullable String p_19C;

    @XmlElement(name = "P_22", required = true)
    private @Nullable Wybor1_2 p_22;

    @XmlElement(name = "P_22A")
    private @Nullable LocalDate p_22A;

    @XmlElement(name = "P_22BMK")
    private @Nullable String p_22BMK;

    @XmlElement(name = "P_22BMD")
    private @Nullable String p_22BMD;

    @XmlElement(name = "P_22BK")
    private @Nullable String p_22BK;

    @XmlElement(name = "P_22BNR")
    private @Nullable String p_22BNR;

    @XmlElement(name = "P_22BRP")
    private @Nullable String p_22BRP;

    @XmlElement(name = "P_22B")
    private @Nullable String p_22B;

    @XmlElement(name = "P_22B1")
    private @Nullable String p_22B1;

    @XmlElement(name = "P_22B2")
    private @Nullable String p_22B2;

    @XmlElement(name = "P_22B3")
    private @Nullable String p_22B3;

    @XmlElement(name = "P_22B4")
    private @Nullable String p_22B4;

    @XmlElement(name = "P_22BT")
    private @Nullable String p_22BT;

    @XmlElement(name = "P_22C")
    private @Nullable String p_22C;

    @XmlElement(name = "P_22C1")
    private @Nullable String p_22C1;

    @XmlElement(name = "P_22D")
    private @Nullable String p_22D;

    @XmlElement(name = "P_22D1")
    private @Nullable String p_22D1;

    @XmlElement(name = "P_23", required = true)
    private @Nullable Wybor1_2 p_23;

    @XmlElement(name = "P_PMarzy", required = true)
    private @Nullable Wybor1_2 p_PMarzy;

    @XmlElement(name = "P_PMarzy_2")
    private @Nullable Wybor1 p_PMarzy_2;

    @XmlElement(name = "P_PMarzy_3_1")
    private @Nullable Wybor1 p_PMarzy_3_1;

    @XmlElement(name = "P_PMarzy_3_2")
    private @Nullable Wybor1 p_PMarzy_3_2;

    @XmlElement(name = "P_PMarzy_3_3")
    private @Nullable Wybor1 p_PMarzy_3_3;

    /** Creates an empty instance. */
    public Adnotacje() {
    }

    private Adnotacje(Adnotacje other) {
        this.p_16 = other.p_16;
        this.p_17 = other.p_17;
        this.p_18 = other.p_18;
        this.p_18A = other.p_18A;
        this.p_19 = other.p_19;
        this.p_19A = other.p_19A;
        this.p_19B = other.p_19B;
        this.p_19C = other.p_19C;
        this.p_22 = other.p_22;
        this.p_22A = other.p_22A;
        this.p_22BMK = other.p_22BMK;
        this.p_22BMD = other.p_22BMD;
        this.p_22BK = other.p_22BK;
        this.p_22BNR = other.p_22BNR;
        this.p_22BRP = other.p_22BRP;
        this.p_22B = other.p_22B;
        this.p_22B1 = other.p_22B1;
        this.p_22B2 = other.p_22B2;
        this.p_22B3 = other.p_22B3;
        this.p_22B4 = other.p_22B4;
        this.p_22BT = other.p_22BT;
        this.p_22C = other.p_22C;
        this.p_22C1 = other.p_22C1;
        this.p_22D = other.p_22D;
        this.p_22D1 = other.p_22D1;
        this.p_23 = other.p_23;
        this.p_PMarzy = other.p_PMarzy;
        this.p_PMarzy_2 = other.p_PMarzy_2;
        this.p_PMarzy_3_1 = other.p_PMarzy_3_1;
        this.p_PMarzy_3_2 = other.p_PMarzy_3_2;
        this.p_PMarzy_3_3 = other.p_PMarzy_3_3;
    }

    /**
     * Returns element {@code P_16}: For supplies of goods or services where the tax obligation
     * arises under art. 19a(5)(1) or art. 21(1) of the VAT Act - the words "metoda kasowa" (cash
     * accounting): value "1"; otherwise value "2".
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1_2 getP_16() {
        return p_16;
    }

    /**
     * Sets element {@code P_16}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_16(@Nullable Wybor1_2 value) {
        this.p_16 = value;
    }

    /**
     * Returns element {@code P_17}: For invoices referred to in art. 106d(1) of the VAT Act - the
     * word "samofakturowanie" (self-billing): value "1"; otherwise value "2".
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1_2 getP_17() {
        return p_17;
    }

    /**
     * Sets element {@code P_17}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_17(@Nullable Wybor1_2 value) {
        this.p_17 = value;
    }

    /**
     * Returns element {@code P_18}: For supplies of goods or services where the buyer is liable to
     * account for VAT or a similar tax - the words "odwrotne obciążenie" (reverse charge): value
     * "1"; otherwise value "2".
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1_2 getP_18() {
        return p_18;
    }

    /**
     * Sets element {@code P_18}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_18(@Nullable Wybor1_2 value) {
        this.p_18 = value;
    }

    /**
     * Returns element {@code P_18A}: For invoices with a total amount due exceeding PLN 15,000 (or
     * its equivalent in a foreign currency) covering supplies to a taxpayer of goods or services
     * listed in Annex 15 to the VAT Act - the words "mechanizm podzielonej płatności" (split
     * payment mechanism): value "1"; otherwise value "2". Foreign currency amounts are converted to
     * zloty using the rules applied to determine the tax base.
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1_2 getP_18A() {
        return p_18A;
    }

    /**
     * Sets element {@code P_18A}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_18A(@Nullable Wybor1_2 value) {
        this.p_18A = value;
    }

    /**
     * Returns element {@code P_19}: For supplies of goods or services exempt from tax under art.
     * 43(1), art. 113(1) and (9) of the VAT Act, provisions issued under art. 82(3) of the VAT Act,
     * or other provisions: value "1"; otherwise value "2".
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1_2 getP_19() {
        return p_19;
    }

    /**
     * Sets element {@code P_19}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_19(@Nullable Wybor1_2 value) {
        this.p_19 = value;
    }

    /**
     * Returns element {@code P_19A}: If P_19 equals "1" - the provision of the VAT Act, or of an
     * act issued under it, on the basis of which the taxpayer applies the tax exemption.
     *
     * <p>Optional. An alternative to {@code P_19B}, {@code P_19C}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_19A() {
        return p_19A;
    }

    /**
     * Sets element {@code P_19A}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_19A(@Nullable String value) {
        this.p_19A = value;
        if (value != null) {
            this.p_19B = null;
            this.p_19C = null;
        }
    }

    /**
     * Returns element {@code P_19B}: If P_19 equals "1" - the provision of Directive 2006/112/EC
     * that exempts such supply of goods or provision of services from tax.
     *
     * <p>Optional. An alternative to {@code P_19A}, {@code P_19C}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_19B() {
        return p_19B;
    }

    /**
     * Sets element {@code P_19B}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_19B(@Nullable String value) {
        this.p_19B = value;
        if (value != null) {
            this.p_19A = null;
            this.p_19C = null;
        }
    }

    /**
     * Returns element {@code P_19C}: If P_19 equals "1" - another legal basis indicating that the
     * supply of goods or provision of services is exempt.
     *
     * <p>Optional. An alternative to {@code P_19A}, {@code P_19B}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_19C() {
        return p_19C;
    }

    /**
     * Sets element {@code P_19C}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_19C(@Nullable String value) {
        this.p_19C = value;
        if (value != null) {
            this.p_19A = null;
            this.p_19B = null;
        }
    }

    /**
     * Returns element {@code P_22}: Where the subject of an intra-Community supply is new means of
     * transport: value "1"; otherwise value "2".
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1_2 getP_22() {
        return p_22;
    }

    /**
     * Sets element {@code P_22}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22(@Nullable Wybor1_2 value) {
        this.p_22 = value;
    }

    /**
     * Returns element {@code P_22A}: If P_22 equals "1" - the date on which the new means of
     * transport was first put into use.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable LocalDate getP_22A() {
        return p_22A;
    }

    /**
     * Sets element {@code P_22A}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22A(@Nullable LocalDate value) {
        this.p_22A = value;
    }

    /**
     * Returns element {@code P_22BMK}: If P_22 equals "1", the make of the new means of transport
     * may be given.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_22BMK() {
        return p_22BMK;
    }

    /**
     * Sets element {@code P_22BMK}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22BMK(@Nullable String value) {
        this.p_22BMK = value;
    }

    /**
     * Returns element {@code P_22BMD}: If P_22 equals "1", the model of the new means of transport
     * may be given.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_22BMD() {
        return p_22BMD;
    }

    /**
     * Sets element {@code P_22BMD}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22BMD(@Nullable String value) {
        this.p_22BMD = value;
    }

    /**
     * Returns element {@code P_22BK}: If P_22 equals "1", the colour of the new means of transport
     * may be given.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_22BK() {
        return p_22BK;
    }

    /**
     * Sets element {@code P_22BK}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22BK(@Nullable String value) {
        this.p_22BK = value;
    }

    /**
     * Returns element {@code P_22BNR}: If P_22 equals "1", the registration number of the new means
     * of transport may be given.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_22BNR() {
        return p_22BNR;
    }

    /**
     * Sets element {@code P_22BNR}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22BNR(@Nullable String value) {
        this.p_22BNR = value;
    }

    /**
     * Returns element {@code P_22BRP}: If P_22 equals "1", the year of production of the new means
     * of transport may be given.
     *
     * <p>Optional.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_22BRP() {
        return p_22BRP;
    }

    /**
     * Sets element {@code P_22BRP}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22BRP(@Nullable String value) {
        this.p_22BRP = value;
    }

    /**
     * Returns element {@code P_22B}: If P_22 equals "1" and the supply concerns land vehicles
     * referred to in art. 2(10)(a) of the VAT Act, the vehicle mileage must be given.
     *
     * <p>Optional. An alternative to {@code P_22C}, {@code P_22C1}, {@code P_22D}, {@code P_22D1}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_22B() {
        return p_22B;
    }

    /**
     * Sets element {@code P_22B}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22B(@Nullable String value) {
        this.p_22B = value;
        if (value != null) {
            this.p_22C = null;
            this.p_22C1 = null;
            this.p_22D = null;
            this.p_22D1 = null;
        }
    }

    /**
     * Returns element {@code P_22B1}: If P_22 equals "1" and the supply concerns land vehicles
     * referred to in art. 2(10)(a) of the VAT Act, the VIN may be given.
     *
     * <p>Optional. An alternative to {@code P_22B2}, {@code P_22B3}, {@code P_22B4}, {@code P_22C},
     * {@code P_22C1}, {@code P_22D}, {@code P_22D1}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_22B1() {
        return p_22B1;
    }

    /**
     * Sets element {@code P_22B1}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22B1(@Nullable String value) {
        this.p_22B1 = value;
        if (value != null) {
            this.p_22B2 = null;
            this.p_22B3 = null;
            this.p_22B4 = null;
            this.p_22C = null;
            this.p_22C1 = null;
            this.p_22D = null;
            this.p_22D1 = null;
        }
    }

    /**
     * Returns element {@code P_22B2}: If P_22 equals "1" and the supply concerns land vehicles
     * referred to in art. 2(10)(a) of the VAT Act, the body number may be given.
     *
     * <p>Optional. An alternative to {@code P_22B1}, {@code P_22B3}, {@code P_22B4}, {@code P_22C},
     * {@code P_22C1}, {@code P_22D}, {@code P_22D1}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_22B2() {
        return p_22B2;
    }

    /**
     * Sets element {@code P_22B2}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22B2(@Nullable String value) {
        this.p_22B2 = value;
        if (value != null) {
            this.p_22B1 = null;
            this.p_22B3 = null;
            this.p_22B4 = null;
            this.p_22C = null;
            this.p_22C1 = null;
            this.p_22D = null;
            this.p_22D1 = null;
        }
    }

    /**
     * Returns element {@code P_22B3}: If P_22 equals "1" and the supply concerns land vehicles
     * referred to in art. 2(10)(a) of the VAT Act, the chassis number may be given.
     *
     * <p>Optional. An alternative to {@code P_22B1}, {@code P_22B2}, {@code P_22B4}, {@code P_22C},
     * {@code P_22C1}, {@code P_22D}, {@code P_22D1}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_22B3() {
        return p_22B3;
    }

    /**
     * Sets element {@code P_22B3}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22B3(@Nullable String value) {
        this.p_22B3 = value;
        if (value != null) {
            this.p_22B1 = null;
            this.p_22B2 = null;
            this.p_22B4 = null;
            this.p_22C = null;
            this.p_22C1 = null;
            this.p_22D = null;
            this.p_22D1 = null;
        }
    }

    /**
     * Returns element {@code P_22B4}: If P_22 equals "1" and the supply concerns land vehicles
     * referred to in art. 2(10)(a) of the VAT Act, the frame number may be given.
     *
     * <p>Optional. An alternative to {@code P_22B1}, {@code P_22B2}, {@code P_22B3}, {@code P_22C},
     * {@code P_22C1}, {@code P_22D}, {@code P_22D1}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_22B4() {
        return p_22B4;
    }

    /**
     * Sets element {@code P_22B4}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22B4(@Nullable String value) {
        this.p_22B4 = value;
        if (value != null) {
            this.p_22B1 = null;
            this.p_22B2 = null;
            this.p_22B3 = null;
            this.p_22C = null;
            this.p_22C1 = null;
            this.p_22D = null;
            this.p_22D1 = null;
        }
    }

    /**
     * Returns element {@code P_22BT}: If P_22 equals "1" and the supply concerns land vehicles
     * referred to in art. 2(10)(a) of the VAT Act, the type of the new means of transport may be
     * given.
     *
     * <p>Optional. An alternative to {@code P_22C}, {@code P_22C1}, {@code P_22D}, {@code P_22D1}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_22BT() {
        return p_22BT;
    }

    /**
     * Sets element {@code P_22BT}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22BT(@Nullable String value) {
        this.p_22BT = value;
        if (value != null) {
            this.p_22C = null;
            this.p_22C1 = null;
            this.p_22D = null;
            this.p_22D1 = null;
        }
    }

    /**
     * Returns element {@code P_22C}: If P_22 equals "1" and the supply concerns vessels referred to
     * in art. 2(10)(b) of the VAT Act, the number of operating hours of the new means of transport
     * must be given.
     *
     * <p>Optional. An alternative to {@code P_22B}, {@code P_22B1}, {@code P_22B2}, {@code P_22B3},
     * {@code P_22B4}, {@code P_22BT}, {@code P_22D}, {@code P_22D1}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_22C() {
        return p_22C;
    }

    /**
     * Sets element {@code P_22C}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22C(@Nullable String value) {
        this.p_22C = value;
        if (value != null) {
            this.p_22B = null;
            this.p_22B1 = null;
            this.p_22B2 = null;
            this.p_22B3 = null;
            this.p_22B4 = null;
            this.p_22BT = null;
            this.p_22D = null;
            this.p_22D1 = null;
        }
    }

    /**
     * Returns element {@code P_22C1}: If P_22 equals "1" and the supply concerns vessels referred
     * to in art. 2(10)(b) of the VAT Act, the hull number of the new means of transport may be
     * given.
     *
     * <p>Optional. An alternative to {@code P_22B}, {@code P_22B1}, {@code P_22B2}, {@code P_22B3},
     * {@code P_22B4}, {@code P_22BT}, {@code P_22D}, {@code P_22D1}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_22C1() {
        return p_22C1;
    }

    /**
     * Sets element {@code P_22C1}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22C1(@Nullable String value) {
        this.p_22C1 = value;
        if (value != null) {
            this.p_22B = null;
            this.p_22B1 = null;
            this.p_22B2 = null;
            this.p_22B3 = null;
            this.p_22B4 = null;
            this.p_22BT = null;
            this.p_22D = null;
            this.p_22D1 = null;
        }
    }

    /**
     * Returns element {@code P_22D}: If P_22 equals "1" and the supply concerns aircraft referred
     * to in art. 2(10)(c) of the VAT Act, the number of operating hours of the new means of
     * transport must be given.
     *
     * <p>Optional. An alternative to {@code P_22B}, {@code P_22B1}, {@code P_22B2}, {@code P_22B3},
     * {@code P_22B4}, {@code P_22BT}, {@code P_22C}, {@code P_22C1}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_22D() {
        return p_22D;
    }

    /**
     * Sets element {@code P_22D}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22D(@Nullable String value) {
        this.p_22D = value;
        if (value != null) {
            this.p_22B = null;
            this.p_22B1 = null;
            this.p_22B2 = null;
            this.p_22B3 = null;
            this.p_22B4 = null;
            this.p_22BT = null;
            this.p_22C = null;
            this.p_22C1 = null;
        }
    }

    /**
     * Returns element {@code P_22D1}: If P_22 equals "1" and the supply concerns aircraft referred
     * to in art. 2(10)(c) of the VAT Act, the factory (serial) number of the new means of transport
     * may be given.
     *
     * <p>Optional. An alternative to {@code P_22B}, {@code P_22B1}, {@code P_22B2}, {@code P_22B3},
     * {@code P_22B4}, {@code P_22BT}, {@code P_22C}, {@code P_22C1}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable String getP_22D1() {
        return p_22D1;
    }

    /**
     * Sets element {@code P_22D1}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_22D1(@Nullable String value) {
        this.p_22D1 = value;
        if (value != null) {
            this.p_22B = null;
            this.p_22B1 = null;
            this.p_22B2 = null;
            this.p_22B3 = null;
            this.p_22B4 = null;
            this.p_22BT = null;
            this.p_22C = null;
            this.p_22C1 = null;
        }
    }

    /**
     * Returns element {@code P_23}: For invoices issued under the simplified (triangular) procedure
     * by the second taxpayer referred to in art. 135(1)(4)(b) and (c) and art. 135(2), containing
     * the annotation referred to in art. 136(1)(1) and the statement referred to in art. 136(1)(2)
     * of the VAT Act: value "1"; otherwise value "2".
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1_2 getP_23() {
        return p_23;
    }

    /**
     * Sets element {@code P_23}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_23(@Nullable Wybor1_2 value) {
        this.p_23 = value;
    }

    /**
     * Returns element {@code P_PMarzy}: Where the margin schemes referred to in art. 119 or 120 of
     * the VAT Act apply: value "1"; otherwise value "2".
     *
     * <p>Required.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1_2 getP_PMarzy() {
        return p_PMarzy;
    }

    /**
     * Sets element {@code P_PMarzy}.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_PMarzy(@Nullable Wybor1_2 value) {
        this.p_PMarzy = value;
    }

    /**
     * Returns element {@code P_PMarzy_2}: For tourism services taxed on the margin under art.
     * 119(1) of the VAT Act, where the invoice contains the words "procedura marży dla biur
     * podróży" (margin scheme - travel agents): value "1".
     *
     * <p>Optional. An alternative to {@code P_PMarzy_3_1}, {@code P_PMarzy_3_2}, {@code
     * P_PMarzy_3_3}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1 getP_PMarzy_2() {
        return p_PMarzy_2;
    }

    /**
     * Sets element {@code P_PMarzy_2}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_PMarzy_2(@Nullable Wybor1 value) {
        this.p_PMarzy_2 = value;
        if (value != null) {
            this.p_PMarzy_3_1 = null;
            this.p_PMarzy_3_2 = null;
            this.p_PMarzy_3_3 = null;
        }
    }

    /**
     * Returns element {@code P_PMarzy_3_1}: For supplies of second-hand goods taxed on the margin
     * under art. 120 of the VAT Act, where the invoice contains the words "procedura marży - towary
     * używane" (margin scheme - second-hand goods): value "1".
     *
     * <p>Optional. An alternative to {@code P_PMarzy_2}, {@code P_PMarzy_3_2}, {@code
     * P_PMarzy_3_3}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1 getP_PMarzy_3_1() {
        return p_PMarzy_3_1;
    }

    /**
     * Sets element {@code P_PMarzy_3_1}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_PMarzy_3_1(@Nullable Wybor1 value) {
        this.p_PMarzy_3_1 = value;
        if (value != null) {
            this.p_PMarzy_2 = null;
            this.p_PMarzy_3_2 = null;
            this.p_PMarzy_3_3 = null;
        }
    }

    /**
     * Returns element {@code P_PMarzy_3_2}: For supplies of works of art taxed on the margin under
     * art. 120 of the VAT Act, where the invoice contains the words "procedura marży - dzieła
     * sztuki" (margin scheme - works of art): value "1".
     *
     * <p>Optional. An alternative to {@code P_PMarzy_2}, {@code P_PMarzy_3_1}, {@code
     * P_PMarzy_3_3}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1 getP_PMarzy_3_2() {
        return p_PMarzy_3_2;
    }

    /**
     * Sets element {@code P_PMarzy_3_2}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_PMarzy_3_2(@Nullable Wybor1 value) {
        this.p_PMarzy_3_2 = value;
        if (value != null) {
            this.p_PMarzy_2 = null;
            this.p_PMarzy_3_1 = null;
            this.p_PMarzy_3_3 = null;
        }
    }

    /**
     * Returns element {@code P_PMarzy_3_3}: For supplies of collectors' items and antiques taxed on
     * the margin under art. 120 of the VAT Act, where the invoice contains the words "procedura
     * marży - przedmioty kolekcjonerskie i antyki" (margin scheme - collectors' items and
     * antiques): value "1".
     *
     * <p>Optional. An alternative to {@code P_PMarzy_2}, {@code P_PMarzy_3_1}, {@code
     * P_PMarzy_3_2}.
     *
     * @return the value, or {@code null} when absent
     */
    public @Nullable Wybor1 getP_PMarzy_3_3() {
        return p_PMarzy_3_3;
    }

    /**
     * Sets element {@code P_PMarzy_3_3}.
     *
     * <p>A non-null value clears the alternative elements of the choice.
     *
     * @param value the new value, or {@code null} to remove it
     */
    public void setP_PMarzy_3_3(@Nullable Wybor1 value) {
        this.p_PMarzy_3_3 = value;
        if (value != null) {
            this.p_PMarzy_2 = null;
            this.p_PMarzy_3_1 = null;
            this.p_PMarzy_3_2 = null;
        }
    }

    /**
     * Starts building a {@code Adnotacje}.
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
        if (!(o instanceof Adnotacje)) {
            return false;
        }
        Adnotacje other = (Adnotacje) o;
        return Objects.equals(p_16, other.p_16)
                && Objects.equals(p_17, other.p_17)
                && Objects.equals(p_18, other.p_18)
                && Objects.equals(p_18A, other.p_18A)
                && Objects.equals(p_19, other.p_19)
                && Objects.equals(p_19A, other.p_19A)
                && Objects.equals(p_19B, other.p_19B)
                && Objects.equals(p_19C, other.p_19C)
                && Objects.equals(p_22, other.p_22)
                && Objects.equals(p_22A, other.p_22A)
                && Objects.equals(p_22BMK, other.p_22BMK)
                && Objects.equals(p_22BMD, other.p_22BMD)
                && Objects.equals(p_22BK, other.p_22BK)
                && Objects.equals(p_22BNR, other.p_22BNR)
                && Objects.equals(p_22BRP, other.p_22BRP)
                && Objects.equals(p_22B, other.p_22B)
                && Objects.equals(p_22B1, other.p_22B1)
                && Objects.equals(p_22B2, other.p_22B2)
                && Objects.equals(p_22B3, other.p_22B3)
                && Objects.equals(p_22B4, other.p_22B4)
                && Objects.equals(p_22BT, other.p_22BT)
                && Objects.equals(p_22C, other.p_22C)
                && Objects.equals(p_22C1, other.p_22C1)
                && Objects.equals(p_22D, other.p_22D)
                && Objects.equals(p_22D1, other.p_22D1)
                && Objects.equals(p_23, other.p_23)
                && Objects.equals(p_PMarzy, other.p_PMarzy)
                && Objects.equals(p_PMarzy_2, other.p_PMarzy_2)
                && Objects.equals(p_PMarzy_3_1, other.p_PMarzy_3_1)
                && Objects.equals(p_PMarzy_3_2, other.p_PMarzy_3_2)
                && Objects.equals(p_PMarzy_3_3, other.p_PMarzy_3_3);
    }

    @Override
    public int hashCode() {
        return Objects.hash(p_16, p_17, p_18, p_18A, p_19, p_19A, p_19B, p_19C, p_22, p_22A, p_22BMK, p_22BMD, p_22BK, p_22BNR, p_22BRP, p_22B, p_22B1, p_22B2, p_22B3, p_22B4, p_22BT, p_22C, p_22C1, p_22D, p_22D1, p_23, p_PMarzy, p_PMarzy_2, p_PMarzy_3_1, p_PMarzy_3_2, p_PMarzy_3_3);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Adnotacje[");
        String sep = "";
        if (p_16 != null) {
            sb.append(sep).append("P_16=").append(p_16);
            sep = ", ";
        }
        if (p_17 != null) {
            sb.append(sep).append("P_17=").append(p_17);
            sep = ", ";
        }
        if (p_18 != null) {
            sb.append(sep).append("P_18=").append(p_18);
            sep = ", ";
        }
        if (p_18A != null) {
            sb.append(sep).append("P_18A=").append(p_18A);
            sep = ", ";
        }
        if (p_19 != null) {
            sb.append(sep).append("P_19=").append(p_19);
            sep = ", ";
        }
        if (p_19A != null) {
            sb.append(sep).append("P_19A=").append(p_19A);
            sep = ", ";
        }
        if (p_19B != null) {
            sb.append(sep).append("P_19B=").append(p_19B);
            sep = ", ";
        }
        if (p_19C != null) {
            sb.append(sep).append("P_19C=").append(p_19C);
            sep = ", ";
        }
        if (p_22 != null) {
            sb.append(sep).append("P_22=").append(p_22);
            sep = ", ";
        }
        if (p_22A != null) {
            sb.append(sep).append("P_22A=").append(p_22A);
            sep = ", ";
        }
        if (p_22BMK != null) {
            sb.append(sep).append("P_22BMK=").append(p_22BMK);
            sep = ", ";
        }
        if (p_22BMD != null) {
            sb.append(sep).append("P_22BMD=").append(p_22BMD);
            sep = ", ";
        }
        if (p_22BK != null) {
            sb.append(sep).append("P_22BK=").append(p_22BK);
            sep = ", ";
        }
        if (p_22BNR != null) {
            sb.append(sep).append("P_22BNR=").append(p_22BNR);
            sep = ", ";
        }
        if (p_22BRP != null) {
            sb.append(sep).append("P_22BRP=").append(p_22BRP);
            sep = ", ";
        }
        if (p_22B != null) {
            sb.append(sep).append("P_22B=").append(p_22B);
            sep = ", ";
        }
        if (p_22B1 != null) {
            sb.append(sep).append("P_22B1=").append(p_22B1);
            sep = ", ";
        }
        if (p_22B2 != null) {
            sb.append(sep).append("P_22B2=").append(p_22B2);
            sep = ", ";
        }
        if (p_22B3 != null) {
            sb.append(sep).append("P_22B3=").append(p_22B3);
            sep = ", ";
        }
        if (p_22B4 != null) {
            sb.append(sep).append("P_22B4=").append(p_22B4);
            sep = ", ";
        }
        if (p_22BT != null) {
            sb.append(sep).append("P_22BT=").append(p_22BT);
            sep = ", ";
        }
        if (p_22C != null) {
            sb.append(sep).append("P_22C=").append(p_22C);
            sep = ", ";
        }
        if (p_22C1 != null) {
            sb.append(sep).append("P_22C1=").append(p_22C1);
            sep = ", ";
        }
        if (p_22D != null) {
            sb.append(sep).append("P_22D=").append(p_22D);
            sep = ", ";
        }
        if (p_22D1 != null) {
            sb.append(sep).append("P_22D1=").append(p_22D1);
            sep = ", ";
        }
        if (p_23 != null) {
            sb.append(sep).append("P_23=").append(p_23);
            sep = ", ";
        }
        if (p_PMarzy != null) {
            sb.append(sep).append("P_PMarzy=").append(p_PMarzy);
            sep = ", ";
        }
        if (p_PMarzy_2 != null) {
            sb.append(sep).append("P_PMarzy_2=").append(p_PMarzy_2);
            sep = ", ";
        }
        if (p_PMarzy_3_1 != null) {
            sb.append(sep).append("P_PMarzy_3_1=").append(p_PMarzy_3_1);
            sep = ", ";
        }
        if (p_PMarzy_3_2 != null) {
            sb.append(sep).append("P_PMarzy_3_2=").append(p_PMarzy_3_2);
            sep = ", ";
        }
        if (p_PMarzy_3_3 != null) {
            sb.append(sep).append("P_PMarzy_3_3=").append(p_PMarzy_3_3);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@code Adnotacje} instances; each method sets one element or attribute.
     *
     * <p>A builder can be reused: {@link #build()} returns a copy.
     */
    public static final class Builder {
        private final Adnotacje value = new Adnotacje();

        private Builder() {
        }

        /**
         * Sets {@code P_16}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_16(Wybor1_2)
         */
        public Builder p_16(@Nullable Wybor1_2 v) {
            value.setP_16(v);
            return this;
        }

        /**
         * Sets {@code P_17}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_17(Wybor1_2)
         */
        public Builder p_17(@Nullable Wybor1_2 v) {
            value.setP_17(v);
            return this;
        }

        /**
         * Sets {@code P_18}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_18(Wybor1_2)
         */
        public Builder p_18(@Nullable Wybor1_2 v) {
            value.setP_18(v);
            return this;
        }

        /**
         * Sets {@code P_18A}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_18A(Wybor1_2)
         */
        public Builder p_18A(@Nullable Wybor1_2 v) {
            value.setP_18A(v);
            return this;
        }

        /**
         * Sets {@code P_19}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_19(Wybor1_2)
         */
        public Builder p_19(@Nullable Wybor1_2 v) {
            value.setP_19(v);
            return this;
        }

        /**
         * Sets {@code P_19A}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_19A(String)
         */
        public Builder p_19A(@Nullable String v) {
            value.setP_19A(v);
            return this;
        }

        /**
         * Sets {@code P_19B}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_19B(String)
         */
        public Builder p_19B(@Nullable String v) {
            value.setP_19B(v);
            return this;
        }

        /**
         * Sets {@code P_19C}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_19C(String)
         */
        public Builder p_19C(@Nullable String v) {
            value.setP_19C(v);
            return this;
        }

        /**
         * Sets {@code P_22}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_22(Wybor1_2)
         */
        public Builder p_22(@Nullable Wybor1_2 v) {
            value.setP_22(v);
            return this;
        }

        /**
         * Sets {@code P_22A}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_22A(LocalDate)
         */
        public Builder p_22A(@Nullable LocalDate v) {
            value.setP_22A(v);
            return this;
        }

        /**
         * Sets {@code P_22BMK}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_22BMK(String)
         */
        public Builder p_22BMK(@Nullable String v) {
            value.setP_22BMK(v);
            return this;
        }

        /**
         * Sets {@code P_22BMD}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_22BMD(String)
         */
        public Builder p_22BMD(@Nullable String v) {
            value.setP_22BMD(v);
            return this;
        }

        /**
         * Sets {@code P_22BK}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_22BK(String)
         */
        public Builder p_22BK(@Nullable String v) {
            value.setP_22BK(v);
            return this;
        }

        /**
         * Sets {@code P_22BNR}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_22BNR(String)
         */
        public Builder p_22BNR(@Nullable String v) {
            value.setP_22BNR(v);
            return this;
        }

        /**
         * Sets {@code P_22BRP}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_22BRP(String)
         */
        public Builder p_22BRP(@Nullable String v) {
            value.setP_22BRP(v);
            return this;
        }

        /**
         * Sets {@code P_22B}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_22B(String)
         */
        public Builder p_22B(@Nullable String v) {
            value.setP_22B(v);
            return this;
        }

        /**
         * Sets {@code P_22B1}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_22B1(String)
         */
        public Builder p_22B1(@Nullable String v) {
            value.setP_22B1(v);
            return this;
        }

        /**
         * Sets {@code P_22B2}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_22B2(String)
         */
        public Builder p_22B2(@Nullable String v) {
            value.setP_22B2(v);
            return this;
        }

        /**
         * Sets {@code P_22B3}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_22B3(String)
         */
        public Builder p_22B3(@Nullable String v) {
            value.setP_22B3(v);
            return this;
        }

        /**
         * Sets {@code P_22B4}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_22B4(String)
         */
        public Builder p_22B4(@Nullable String v) {
            value.setP_22B4(v);
            return this;
        }

        /**
         * Sets {@code P_22BT}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_22BT(String)
         */
        public Builder p_22BT(@Nullable String v) {
            value.setP_22BT(v);
            return this;
        }

        /**
         * Sets {@code P_22C}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_22C(String)
         */
        public Builder p_22C(@Nullable String v) {
            value.setP_22C(v);
            return this;
        }

        /**
         * Sets {@code P_22C1}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_22C1(String)
         */
        public Builder p_22C1(@Nullable String v) {
            value.setP_22C1(v);
            return this;
        }

        /**
         * Sets {@code P_22D}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_22D(String)
         */
        public Builder p_22D(@Nullable String v) {
            value.setP_22D(v);
            return this;
        }

        /**
         * Sets {@code P_22D1}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_22D1(String)
         */
        public Builder p_22D1(@Nullable String v) {
            value.setP_22D1(v);
            return this;
        }

        /**
         * Sets {@code P_23}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_23(Wybor1_2)
         */
        public Builder p_23(@Nullable Wybor1_2 v) {
            value.setP_23(v);
            return this;
        }

        /**
         * Sets {@code P_PMarzy}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_PMarzy(Wybor1_2)
         */
        public Builder p_PMarzy(@Nullable Wybor1_2 v) {
            value.setP_PMarzy(v);
            return this;
        }

        /**
         * Sets {@code P_PMarzy_2}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_PMarzy_2(Wybor1)
         */
        public Builder p_PMarzy_2(@Nullable Wybor1 v) {
            value.setP_PMarzy_2(v);
            return this;
        }

        /**
         * Sets {@code P_PMarzy_3_1}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_PMarzy_3_1(Wybor1)
         */
        public Builder p_PMarzy_3_1(@Nullable Wybor1 v) {
            value.setP_PMarzy_3_1(v);
            return this;
        }

        /**
         * Sets {@code P_PMarzy_3_2}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_PMarzy_3_2(Wybor1)
         */
        public Builder p_PMarzy_3_2(@Nullable Wybor1 v) {
            value.setP_PMarzy_3_2(v);
            return this;
        }

        /**
         * Sets {@code P_PMarzy_3_3}.
         *
         * @param v the value
         *
         * @return this builder
         *
         * @see Adnotacje#setP_PMarzy_3_3(Wybor1)
         */
        public Builder p_PMarzy_3_3(@Nullable Wybor1 v) {
            value.setP_PMarzy_3_3(v);
            return this;
        }

        /**
         * Returns a new {@code Adnotacje} with the values set so far.
         *
         * @return a new instance
         */
        public Adnotacje build() {
            return new Adnotacje(value);
        }
    }
}
