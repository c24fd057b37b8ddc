package io.github.acubepl.mapping.internal.validation;

import io.github.acubepl.mapping.Severity;
import io.github.acubepl.mapping.ValidationRule;
import io.github.acubepl.mapping.ValidationRule.Category;
import io.github.acubepl.mapping.internal.schema.Facet;
import java.util.List;

/** The structural rules (everything the XSD says), shared by every schema version. */
public final class StructureRules {
    public static final ValidationRule REQUIRED = rule("FA-STRUCT-001",
            "A required element or attribute is missing (minOccurs, use=\"required\", a required choice)",
            "Brak wymaganego elementu lub atrybutu (minOccurs, use=\"required\", wymagany wybór)",
            "Fa without P_15");
    public static final ValidationRule UNKNOWN = rule("FA-STRUCT-002",
            "An element that the schema does not declare in this place (or from another namespace)",
            "Element, którego schemat nie deklaruje w tym miejscu (lub z innej przestrzeni nazw)",
            "Fa/Uwagi");
    public static final ValidationRule MISPLACED = rule("FA-STRUCT-003",
            "A declared element in the wrong order, or one excluded by an alternative (xsd:choice)",
            "Zadeklarowany element w złej kolejności lub wykluczony przez alternatywę (xsd:choice)",
            "P_2 before P_1; NIP and BrakID in one DaneIdentyfikacyjne");
    public static final ValidationRule OCCURS = rule("FA-STRUCT-004",
            "An element occurs more (or fewer) times than maxOccurs (minOccurs) allows",
            "Element występuje więcej (mniej) razy niż pozwala maxOccurs (minOccurs)",
            "four Telefon elements in Podmiot1 (at most 3)");
    public static final ValidationRule DATATYPE = rule("FA-STRUCT-005",
            "A value is not a valid value of its built-in type (decimal, integer, date, dateTime)",
            "Wartość nie jest poprawną wartością typu wbudowanego (decimal, integer, date, dateTime)",
            "P_15 = \"12,50\"; P_1 = \"2022-02-30\"");
    public static final ValidationRule LENGTH = rule("FA-STRUCT-006",
            "A text is shorter than minLength or longer than maxLength (length in UTF-16 units, as the JDK "
                    + "validator counts)",
            "Tekst krótszy niż minLength lub dłuższy niż maxLength", "P_2 of 257 characters; empty NrKlienta");
    public static final ValidationRule PATTERN = rule("FA-STRUCT-007",
            "A value does not match the type's pattern", "Wartość nie pasuje do wzorca typu",
            "NIP = \"123-456-32-18\"; KodPocztowy = \"00001\"");
    public static final ValidationRule ENUMERATION = rule("FA-STRUCT-008",
            "A code is not in the enumeration of its type", "Kod spoza wyliczenia typu",
            "RodzajFaktury = \"FV\"; P_12 = \"24\"");
    public static final ValidationRule DIGITS = rule("FA-STRUCT-009",
            "A number has more digits (totalDigits) or decimal places (fractionDigits) than allowed",
            "Liczba ma więcej cyfr (totalDigits) lub miejsc po przecinku (fractionDigits) niż dozwolono",
            "P_11 = 10.005");
    public static final ValidationRule RANGE = rule("FA-STRUCT-010",
            "A value lies outside minInclusive/maxInclusive/minExclusive/maxExclusive",
            "Wartość poza zakresem minInclusive/maxInclusive/minExclusive/maxExclusive",
            "P_1 = 2005-12-31 (before 2006-01-01); NrWierszaFa = 0");
    public static final ValidationRule FIXED = rule("FA-STRUCT-011",
            "An element or attribute with a fixed value has another value",
            "Element lub atrybut o stałej wartości ma inną wartość",
            "KodFormularza/@kodSystemowy = \"FA (2)\" in an FA(1) invoice");
    public static final ValidationRule CONTENT = rule("FA-STRUCT-012",
            "Text where only child elements are allowed, child elements where only text is allowed, or a "
                    + "character XML cannot carry",
            "Tekst tam, gdzie dozwolone są tylko elementy, elementy tam, gdzie dozwolony jest tylko tekst, "
                    + "lub znak niedozwolony w XML",
            "Fa containing text; P_15 containing an element");
    public static final ValidationRule ATTRIBUTE = rule("FA-STRUCT-013",
            "An attribute the schema does not declare (xsi:nil included), or an xsi:type naming a type that "
                    + "cannot stand for the declared one",
            "Atrybut niezadeklarowany w schemacie (w tym xsi:nil) lub xsi:type wskazujący typ, który nie może "
                    + "zastąpić zadeklarowanego",
            "<P_15 waluta=\"PLN\">");
    public static final ValidationRule ROOT = rule("FA-STRUCT-014",
            "The root element is not Faktura in the version's namespace",
            "Element główny nie jest elementem Faktura w przestrzeni nazw wersji", "<Invoice> as the root");
    public static final ValidationRule JSON_SHAPE = new ValidationRule("FA-JSON-001", Category.INPUT,
            Severity.ERROR, "The JSON has a shape A-Cube's convention cannot map (nested arrays, an object as __value)",
            "JSON ma kształt, którego konwencja A-Cube nie odwzorowuje (zagnieżdżone tablice, obiekt jako __value)",
            "\"Telefon\": [[\"1\"]]");
    public static final ValidationRule XSD = new ValidationRule("FA-XSD-001", Category.XSD, Severity.ERROR,
            "The official XSD (optional pass, --schema-dir) rejects the document",
            "Oficjalny schemat XSD (dodatkowy przebieg, --schema-dir) odrzuca dokument",
            "any structural error, as reported by the JDK's XSD validator");

    /** All rules of this class, in id order. */
    public static final List<ValidationRule> ALL = List.of(REQUIRED, UNKNOWN, MISPLACED, OCCURS, DATATYPE, LENGTH,
            PATTERN, ENUMERATION, DIGITS, RANGE, FIXED, CONTENT, ATTRIBUTE, ROOT, JSON_SHAPE, XSD);

    private StructureRules() {
    }

    private static ValidationRule rule(String id, String en, String pl, String example) {
        return new ValidationRule(id, Category.STRUCTURE, Severity.ERROR, en, pl, example);
    }

    /** The rule for a facet violation. */
    public static ValidationRule forFacet(Facet facet) {
        switch (facet) {
            case LEXICAL:
                return DATATYPE;
            case LENGTH:
                return LENGTH;
            case PATTERN:
                return PATTERN;
            case ENUMERATION:
                return ENUMERATION;
            case DIGITS:
                return DIGITS;
            case RANGE:
                return RANGE;
            default:
                return FIXED;
        }
    }
}
