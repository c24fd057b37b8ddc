package io.github.acubepl.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.acubepl.model.fa1.Faktura;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Issue 7, "Numbers that explode": a 2.7 KB invoice whose P_13_1 was {@code 1e10000000} kept
 * validation at full CPU for over a minute, {@code 1e1000000} printed a million-digit number, and
 * {@code 1e2147483647}, {@code 1e-999999999} or {@code 1e-2147483648} threw ArithmeticException out
 * of {@link InvoiceMapper#validate}. Now no rule computes with a value that is not a valid decimal
 * of its type, readers bound what a number may cost, and messages quote a short prefix only.
 */
class NumbersThatExplodeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final InvoiceMapper MAPPER = InvoiceMapper.builder()
            .context(ValidationContext.builder().clock(Fa1BusinessRulesTest.CLOCK).build())
            .build();
    private static final byte[] VALID_JSON = MAPPER.toJson(Fa1Fixtures.validInvoice());
    /** The JSON Pointers of every number in the fixture: every non-enumerated numeric field it has. */
    private static final List<String> NUMBER_FIELDS = numberFields();
    private static final Pattern PLAIN_JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    /** Longer than any message quoting a shortened value may be. */
    private static final int MAX_MESSAGE = 600;

    // -------------------------------------------------------------------------------- the findings

    @Example
    void anExponentOfTenMillionIsReportedNotComputedInJson() {
        assertReportedAsInvalid(withNumberToken("/Fa/P_13_1", "1e10000000"), "/Fa/P_13_1");
    }

    @Example
    void anExponentOfAMillionIsReportedWithoutPrintingAMillionDigits() {
        ValidationReport report = assertReportedAsInvalid(withNumberToken("/Fa/P_13_1", "1e1000000"), "/Fa/P_13_1");
        assertTrue(report.issues().stream().allMatch(i -> i.messageEn().length() < MAX_MESSAGE), report.toString());
    }

    @Example
    void exponentsAtTheLimitsOfAnIntDoNotThrowInJsonOrXml() {
        for (String value : List.of("1e10000000", "1e2147483647", "1e-999999999", "-1e-2147483648", "1e-2147483648",
                "1E+2147483648", "0e-2147483648", "1e99999999999999999999")) {
            assertReportedAsInvalid(withNumberToken("/Fa/P_13_1", value), "/Fa/P_13_1");
            assertReportedAsInvalid(asXml(withString("/Fa/P_13_1", value)), "/Fa/P_13_1");
            assertReportedAsInvalid(withString("/Fa/P_13_1", value), "/Fa/P_13_1");
        }
    }

    @Example
    void tenMillionTrailingZerosOfAValidAmountAreBoundedBeforeAnyRuleComputes() {
        // valid per the XSD (trailing zeros are not counted): binding it as it stands made the rules
        // compute at a scale of ten million, for more than an hour
        byte[] xml = asXml(withString("/Fa/P_13_1", "1000." + "0".repeat(10_000_000)));
        InvoiceDocument doc = MAPPER.read(xml);
        ValidationReport report = doc.validate(MAPPER.context());
        assertEquals(List.of("FA-TECH-001", "FA-TECH-002"), ruleIds(report), report.toString());
        assertEquals(new BigDecimal("1000.00"), doc.toModel(Faktura.class).getFa().getP_13_1());
    }

    @Example
    void tenMillionLeadingZerosOfAValidAmountAreBoundedToo() {
        byte[] xml = asXml(withString("/Fa/P_13_1", "+" + "0".repeat(10_000_000) + "1000.00"));
        InvoiceDocument doc = MAPPER.read(xml);
        assertEquals(List.of("FA-TECH-001", "FA-TECH-002"), ruleIds(doc.validate(MAPPER.context())));
        assertEquals(new BigDecimal("1000.00"), doc.toModel(Faktura.class).getFa().getP_13_1());
    }

    @Example
    void aNumberOfTenMillionDigitsIsReportedWithAShortPrefix() {
        ValidationReport report = assertReportedAsInvalid(withNumberToken("/Fa/P_13_1", "9".repeat(10_000_000)),
                "/Fa/P_13_1");
        assertTrue(report.issues().stream().allMatch(i -> i.messageEn().length() < MAX_MESSAGE), report.toString());
    }

    @Example
    void anInvalidTotalIsNotCalledAbsentAndDrivesNoArithmetic() {
        ValidationReport report = MAPPER.validate(withString("/Fa/P_13_1", "12,50"));
        assertEquals(List.of("FA-STRUCT-005", "FA-TECH-002"), ruleIds(report), report.toString());
        assertTrue(report.issues().stream().noneMatch(i -> i.messageEn().contains("absent")), report.toString());
    }

    @Example
    void anInvalidLineAmountStopsTheSumsOverItFromMisreporting() {
        ValidationReport report = MAPPER.validate(withString("/Fa/FaWiersze/FaWiersz/0/P_11", "8e2"));
        assertEquals(List.of("FA-STRUCT-005", "FA-TECH-002"), ruleIds(report), report.toString());
    }

    @Example
    void controlCharactersOfAValueAreEscapedInMessages() {
        // C1 controls (CSI) and bidirectional overrides are legal XML characters, so they reach the message
        ValidationReport report = MAPPER.validate(withString("/Fa/P_13_1", "12\u009b2J\u202e05"));
        String message = report.issues("FA-STRUCT-005").get(0).messageEn();
        assertFalse(message.chars().anyMatch(c -> c < 0x20 || c >= 0x7f && c <= 0x9f || c == 0x202e), message);
        assertTrue(message.contains("12\\u009b2J\\u202e05"), message);
    }

    // ------------------------------------------------------------- the same on FA(3), through the rule library

    /**
     * The business rules read the tree, not a binding: the bound on what a number may cost must hold
     * there too. FA(3)'s amount pattern refuses more than 8 decimals, so ten million trailing zeros
     * in a total are a structural error (and the file too big), and no rule computes with them.
     */
    @Example
    void tenMillionTrailingZerosOfAnFa3TotalAreReportedNotComputed() {
        byte[] xml = XmlEdit.of(BusinessRulesBreakingTest.base(3))
                .set("Fa/P_13_1", "1666.66" + "0".repeat(10_000_000)).bytes();
        ValidationReport report = MAPPER.validate(xml);
        assertEquals(List.of("FA-STRUCT-007", "FA-TECH-001"), ruleIds(report), shorten(report.toString()));
    }

    /**
     * A second {@code Fa} placed before {@code Podmiot1}, with a ten-million-digit {@code P_15}: the
     * rules read the first {@code Fa}, so they meet that value. Whatever the structural pass makes of
     * an element out of its place, no rule may compute with the number (InvoiceView also refuses
     * more digits than any FA amount has, a second bound independent of the structural pass).
     */
    @Example
    void aTenMillionDigitNumberTheStructuralPassNeverCheckedDrivesNoRuleArithmetic() {
        String xml = new String(BusinessRulesBreakingTest.base(3), StandardCharsets.UTF_8);
        String fa = xml.substring(xml.indexOf("<Fa>"), xml.indexOf("</Fa>") + 5)
                .replace("<P_15>2051</P_15>", "<P_15>" + "9".repeat(10_000_000) + "</P_15>");
        byte[] input = xml.replace("<Podmiot1>", fa + "<Podmiot1>").getBytes(StandardCharsets.UTF_8);
        ValidationReport report = MAPPER.validate(input);
        assertTrue(report.issues().stream().anyMatch(i -> i.ruleId().startsWith("FA-STRUCT-")), shorten(report.toString()));
        assertTrue(report.issues().stream().noneMatch(i -> i.ruleId().startsWith("FA-SUM")), shorten(report.toString()));
        assertTrue(report.issues().stream().allMatch(i -> i.messageEn().length() < MAX_MESSAGE), shorten(report.toString()));
    }

    /** Garbage where the FA(3) rules read amounts, dates and codes: structural issues, no rule throws or computes. */
    @Example
    void garbageInEveryValueTheFa3RulesReadGivesStructuralIssuesOnly() {
        XmlEdit e = XmlEdit.of(BusinessRulesBreakingTest.base(3));
        for (String path : List.of("Fa/P_1", "Fa/P_6", "Fa/P_13_1", "Fa/P_14_1", "Fa/P_15", "Fa/KodWaluty",
                "Fa/RodzajFaktury", "Fa/FaWiersz[1]/P_11", "Fa/FaWiersz[1]/P_12", "Fa/FaWiersz[2]/NrWierszaFa",
                "Fa/Adnotacje/P_18", "Podmiot2/DaneIdentyfikacyjne/NIP")) {
            e.set(path, "1e99999 x");
        }
        ValidationReport report = MAPPER.validate(e.bytes());
        assertTrue(report.issues().stream().noneMatch(i -> i.ruleId().matches("FA-(SUM|CUR|LINE|ADN|DATE|NIP|KOR)-.*")),
                shorten(report.toString()));
        assertTrue(report.issues().stream().anyMatch(i -> i.ruleId().startsWith("FA-STRUCT-")));
    }

    // -------------------------------------------------------------------------------- the property

    /**
     * Random signs, digit runs, fractions and exponents in every numeric field of the fixture, as
     * JSON numbers, JSON strings and XML text: validation never throws, text in scientific
     * notation is always a structural error at its own pointer, every message stays short, and
     * the model the rules compute with holds no decimal longer than its type allows. (Bounding the
     * digits that reach arithmetic is what keeps the time linear in the input: the only
     * superlinear operations left are BigDecimal arithmetic and conversions.)
     */
    @Property(tries = 300)
    void anyNumberInAnyNumericFieldGivesABoundedReport(@ForAll @IntRange(max = 1000) int field,
            @ForAll("numbers") String number, @ForAll @IntRange(max = 2) int how) {
        String pointer = NUMBER_FIELDS.get(field % NUMBER_FIELDS.size());
        boolean jsonNumber = PLAIN_JSON_NUMBER.matcher(number).matches();
        byte[] input;
        switch (how) {
            case 0:
                input = jsonNumber ? withNumberToken(pointer, number) : withString(pointer, number);
                break;
            case 1:
                input = withString(pointer, number);
                break;
            default:
                input = asXml(withString(pointer, number));
        }
        InvoiceDocument doc = MAPPER.read(input);
        ValidationReport report = doc.validate(MAPPER.context());
        for (ValidationIssue issue : report.issues()) {
            assertTrue(issue.messageEn().length() < MAX_MESSAGE && issue.messagePl().length() < MAX_MESSAGE,
                    shorten(issue.toString()));
        }
        // As text, scientific notation is never an xsd:decimal. (A JSON number token is a number:
        // 1.5e2 is 150, and only one whose plain notation would be absurdly long stays text.)
        boolean asText = how > 0 || !jsonNumber;
        if (asText && (number.indexOf('e') >= 0 || number.indexOf('E') >= 0)) {
            assertTrue(report.issues().stream().anyMatch(i -> i.ruleId().startsWith("FA-STRUCT")
                    && i.jsonPointer().startsWith(pointer)), pointer + " = " + shorten(number) + ": " + report);
        }
        assertBounded(doc.toModel(Faktura.class));
    }

    @Provide
    Arbitrary<String> numbers() {
        Arbitrary<String> sign = Arbitraries.of("", "", "-", "+");
        Arbitrary<String> digits = Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(25),
                Arbitraries.strings().numeric().ofMinLength(26).ofMaxLength(5000),
                Arbitraries.integers().between(1, 200_000).map(n -> "0".repeat(n) + "1"),
                Arbitraries.integers().between(1, 200_000).map(n -> "9".repeat(n)));
        Arbitrary<String> fraction = Arbitraries.oneOf(
                Arbitraries.just(""),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(8).map(f -> "." + f),
                Arbitraries.integers().between(1, 200_000).map(n -> ".5" + "0".repeat(n)),
                Arbitraries.integers().between(1, 200_000).map(n -> "." + "0".repeat(n) + "1"));
        Arbitrary<String> exponent = Arbitraries.oneOf(
                Arbitraries.just(""),
                Combinators.combine(Arbitraries.of("e", "E"), Arbitraries.of("", "+", "-"),
                        Arbitraries.oneOf(Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12),
                                Arbitraries.of("2147483647", "2147483648", "999999999", "10000000", "0")))
                        .as((e, s, n) -> e + s + n));
        return Combinators.combine(sign, digits, fraction, exponent).as((s, d, f, e) -> s + d + f + e);
    }

    // -------------------------------------------------------------------------------- helpers

    private static ValidationReport assertReportedAsInvalid(byte[] input, String pointer) {
        ValidationReport report = MAPPER.validate(input);
        assertTrue(report.issues().stream().anyMatch(i -> i.ruleId().startsWith("FA-STRUCT-")
                && i.jsonPointer().equals(pointer)), shorten(report.toString()));
        assertTrue(report.issues().stream().noneMatch(i -> i.ruleId().startsWith("FA-SUM")), shorten(report.toString()));
        return report;
    }

    /** Every BigDecimal reachable through the model's getters: at most 28 digits, scale 0 to 6. */
    private static void assertBounded(Object model) {
        walk(model, new IdentityHashMap<>());
    }

    private static void walk(Object o, Map<Object, Boolean> seen) {
        if (o == null || seen.put(o, Boolean.TRUE) != null) {
            return;
        }
        if (o instanceof BigDecimal d) {
            assertTrue(d.precision() <= 28 && d.scale() >= 0 && d.scale() <= 6, "unbounded decimal in the model: "
                    + shorten(d.toString()));
            return;
        }
        if (o instanceof List<?> list) {
            for (Object item : list) {
                walk(item, seen);
            }
            return;
        }
        if (!o.getClass().getName().startsWith("io.github.acubepl.model.")) {
            return;
        }
        for (Method m : o.getClass().getMethods()) {
            if (m.getParameterCount() == 0 && m.getName().startsWith("get") && !Modifier.isStatic(m.getModifiers())
                    && m.getDeclaringClass() != Object.class) {
                try {
                    walk(m.invoke(o), seen);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new AssertionError(m + " failed", e);
                }
            }
        }
    }

    private static List<String> ruleIds(ValidationReport report) {
        return report.issues().stream().map(ValidationIssue::ruleId).sorted().toList();
    }

    private static String shorten(String s) {
        return s.length() <= 400 ? s : s.substring(0, 400) + "…";
    }

    private static List<String> numberFields() {
        List<String> out = new ArrayList<>();
        try {
            collect(JSON.readTree(VALID_JSON), "", out);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return List.copyOf(out);
    }

    private static void collect(JsonNode node, String pointer, List<String> out) {
        if (node.isNumber()) {
            out.add(pointer);
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                collect(e.getValue(), pointer + "/" + e.getKey(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, out);
            }
        }
    }

    /** The fixture's JSON with the value at {@code pointer} replaced by a JSON string. */
    private static byte[] withString(String pointer, String value) {
        try {
            JsonNode tree = JSON.readTree(VALID_JSON);
            JsonPointer p = JsonPointer.compile(pointer);
            JsonNode parent = tree.at(p.head());
            if (parent.isArray()) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(p.last().getMatchingProperty()),
                        TextNode.valueOf(value));
            } else {
                ((ObjectNode) parent).set(p.last().getMatchingProperty(), TextNode.valueOf(value));
            }
            return JSON.writeValueAsBytes(tree);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The fixture's JSON with the value at {@code pointer} replaced by {@code token}, written as a JSON number. */
    private static byte[] withNumberToken(String pointer, String token) {
        String marker = "\"@@NUMBER@@\"";
        String json = new String(withString(pointer, "@@NUMBER@@"), StandardCharsets.UTF_8);
        return json.replace(marker, token).getBytes(StandardCharsets.UTF_8);
    }

    /** The FA XML of a JSON invoice (strings pass into the XML text as they are). */
    private static byte[] asXml(byte[] json) {
        return MAPPER.read(json).toXml();
    }
}
