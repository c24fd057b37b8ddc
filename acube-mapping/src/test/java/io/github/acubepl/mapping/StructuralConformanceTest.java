package io.github.acubepl.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Edge cases of XSD semantics, each checked against the official XSD on the same bytes: our
 * structural verdict must equal the JDK validator's. (The property-based differential test in
 * acube-testkit covers random documents; these pin the corners found while building it.)
 */
class StructuralConformanceTest {
    private static final InvoiceMapper MAPPER = InvoiceMapper.create();
    private static final String BASE = new String(MAPPER.toXml(Fa1Fixtures.validInvoice()), StandardCharsets.UTF_8);

    static boolean ourVerdictValid(byte[] xml) {
        try {
            ValidationReport r = MAPPER.validate(xml);
            return r.issues().stream().noneMatch(i -> i.isError() && (i.ruleId().startsWith("FA-STRUCT")
                    || i.ruleId().startsWith("FA-JSON")));
        } catch (InvoiceReadException e) {
            return false;
        }
    }

    private static Arguments replace(String find, String with) {
        return Arguments.of(find, with);
    }

    private static Stream<Arguments> value(String element, String original, String... values) {
        List<Arguments> out = new ArrayList<>();
        for (String v : values) {
            out.add(replace("<" + element + ">" + original + "</" + element + ">", "<" + element + ">" + v + "</"
                    + element + ">"));
        }
        return out.stream();
    }

    static Stream<Arguments> cases() {
        String created = "2026-11-20T10:15:00Z";
        return Stream.of(
                value("DataWytworzeniaFa", created, "2026-11-20T10:15:00", "2022-01-01T00:00:00", "2022-01-01T14:00:00",
                        "2022-01-01T14:00:01", "2050-01-01T23:59:59", "2050-01-01T09:59:59", "2050-01-01T10:00:00",
                        "2022-02-15T24:00:00Z", "2022-02-15T24:00:01Z", "2022-02-15T23:59:60Z",
                        "2022-02-15T09:30:47.123456789Z", "2022-02-15T09:30:47+14:00", "2022-02-15T09:30:47+14:01",
                        "2022-02-15T09:30:47-13:59", "2022-02-15T09:30:47+15:00", "02022-02-15T09:30:47Z",
                        "2022-02-29T09:30:47Z", "2024-02-29T09:30:47Z", " 2022-02-15T09:30:47Z ", "2022-02-15T9:30:47Z",
                        "2022-02-15T09:30:47.Z", "2022-01-01T00:00:00+01:00", "2022-01-01T00:00:00-00:00",
                        "2022-02-15T09:30Z", "2050-01-01T23:59:59.5Z", "2050-01-02T00:00:00+14:00", "0000-01-01T00:00:00Z",
                        "-2022-01-01T00:00:00Z", "2021-12-31T23:59:59Z", "2021-12-31T23:59:59-00:01", ""),
                value("P_15", "1446.00", "+1446", "1446.", ".5", "-0", "1446.000", "1446.001", "0001446", "1e3",
                        " 1446 ", "+.5", ".", "+", "-", "123456789012345678", "1234567890123456789",
                        "1234567890123456.78", "12345678901234567.8", "0.00000", "00000000000000000000001", "٣", "1,5",
                        "", "1 446"),
                value("P_16", "2", "01", "+1", " 1 ", "1.0", "3", "0", "", "٢", "2 "),
                value("NrWierszaFa", "1", "0", "-0", "+1", "00000000000001", "100000000000000", "99999999999999", " 1",
                        "1.0", "-1"),
                value("P_12", "8", " 8", "8 ", "zw", "ZW", " np ", "0", "00", "8.0", "\t8\n"),
                value("NIP", "9512345675", " 9512345675", "9٩12345675", "95123456٧5", "951234567５", "0512345675",
                        "9012345675", "9502345675", "951-234-56-75", ""),
                value("Email", "faktury@hurtownia.example", "a@b", "ab", "a @b", "a\u2028@b", "a\u2029@b", "a\u0085@b",
                        "@b", "a@", "   a@b   ", "a\u00A0@b", "a" + "b".repeat(252) + "@c", "a" + "b".repeat(253) + "@c"),
                value("KodKraju", "PL", "", " PL", "PL ", "\tPL", "pl", "DE"),
                value("KodPocztowy", "00-624", "00624", "00-6245", "٠٠-624", " 00-624", "00-624 "),
                value("P_1", "2026-11-20", "2005-12-31", "2006-01-01", "2050-01-01", "2050-01-02", "2022-02-29",
                        "2024-02-29", "2022-13-01", "2022-01-01Z", "2022-01-01+01:00", " 2022-01-01", "22-01-01",
                        "2022-1-01"),
                value("P_2", "FV/2026/11/001", "", " ", "a".repeat(256), "a".repeat(257), " " + "a".repeat(256) + " ",
                        "a  b", "\u3000"),
                value("Udzial", "50", "100", "100.000001", "100.0000001", "-0", "-0.000001", "50.1234567",
                        "123456789", "0123456789"),
                value("P_8B", "2", "1.123456", "1.1234567", "1234567890123456.123456", "12345678901234567.123456"),
                Stream.of(
                        replace("<Email>faktury@hurtownia.example</Email>",
                                "<Email>faktury@hurtownia.example</Email><Telefon>1</Telefon><Telefon>2</Telefon>"
                                        + "<Telefon>3</Telefon>"),
                        replace("<Email>faktury@hurtownia.example</Email>",
                                "<Email>faktury@hurtownia.example</Email><Telefon>1</Telefon><Telefon>2</Telefon>"
                                        + "<Telefon>3</Telefon><Telefon>4</Telefon>"),
                        replace("<Email>faktury@hurtownia.example</Email>",
                                "<Email>faktury@hurtownia.example</Email><Telefon>12345678901234567</Telefon>"),
                        replace("<Email>faktury@hurtownia.example</Email>",
                                "<Email>faktury@hurtownia.example</Email><Telefon>\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00"
                                        + "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00</Telefon>"),
                        replace("<P_2>FV/2026/11/001</P_2>", ""),
                        replace("<P_1>2026-11-20</P_1>\n    <P_2>FV/2026/11/001</P_2>",
                                "<P_2>FV/2026/11/001</P_2>\n    <P_1>2026-11-20</P_1>"),
                        replace("<P_15>1446.00</P_15>", "<P_15>1446.00</P_15><P_15>1446.00</P_15>"),
                        replace("<P_15>1446.00</P_15>", "<P_15>1446.00</P_15><Uwagi>x</Uwagi>"),
                        replace("<NIP>9512345675</NIP>", "<NIP>9512345675</NIP><BrakID>1</BrakID>"),
                        replace("<NIP>9512345675</NIP>", "<BrakID>1</BrakID>"),
                        replace("<NIP>9512345675</NIP>\n      <PelnaNazwa>Sklep Pod Lipą s.c.</PelnaNazwa>",
                                "<NrID>X1</NrID>"),
                        replace("<PelnaNazwa>Sklep Pod Lipą s.c.</PelnaNazwa>",
                                "<ImiePierwsze>Jan</ImiePierwsze><Nazwisko>Nowak</Nazwisko>"),
                        replace("<PelnaNazwa>Sklep Pod Lipą s.c.</PelnaNazwa>", "<ImiePierwsze>Jan</ImiePierwsze>"),
                        replace("<PelnaNazwa>Sklep Pod Lipą s.c.</PelnaNazwa>",
                                "<PelnaNazwa>Sklep Pod Lipą s.c.</PelnaNazwa><Nazwisko>Nowak</Nazwisko>"),
                        replace("<P_14_1>230.00</P_14_1>", ""),
                        replace("<P_13_1>1000.00</P_13_1>\n    <P_14_1>230.00</P_14_1>", ""),
                        replace("<P_14_1>230.00</P_14_1>", "<P_14_1>230.00</P_14_1><P_14_1W>1.00</P_14_1W>"),
                        replace("<P_19>2</P_19>", "<P_19>2</P_19><P_19A/>"),
                        replace("<P_19>2</P_19>", "<P_19>2</P_19><P_19A></P_19A>"),
                        replace("<P_19>2</P_19>", "<P_19>2</P_19><P_19A> </P_19A>"),
                        replace("<P_19>2</P_19>", "<P_19>2</P_19><P_19A>a</P_19A><P_19B>b</P_19B>"),
                        replace("<KodKraju>PL</KodKraju>", "<KodKraju/>"),
                        replace("<Adnotacje>", "<Adnotacje>text"),
                        replace("<Adnotacje>", "<Adnotacje>\u00A0"),
                        replace("<P_15>1446.00</P_15>", "<P_15>1446<x/>.00</P_15>"),
                        replace("<P_15>1446.00</P_15>", "<P_15 waluta=\"PLN\">1446.00</P_15>"),
                        replace("<P_15>1446.00</P_15>",
                                "<P_15 xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"false\">1446.00</P_15>"),
                        // Found by the differential test: xsi:type with a prefix crashed the model binding.
                        replace("<Kwota>10.00</Kwota>", "<Kwota xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                                + "xmlns:tns=\"http://crd.gov.pl/wzor/2021/11/29/11089/\" xsi:type=\"tns:TPodmiot\">10.00</Kwota>"),
                        replace("<Faktura xmlns=\"http://crd.gov.pl/wzor/2021/11/29/11089/\">",
                                "<Faktura xmlns=\"http://crd.gov.pl/wzor/2021/11/29/11089/\" "
                                        + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                                        + "xsi:schemaLocation=\"http://crd.gov.pl/wzor/2021/11/29/11089/ schemat.xsd\">"),
                        replace("kodSystemowy=\"FA (1)\"", "kodSystemowy=\"FA (2)\""),
                        replace("kodSystemowy=\"FA (1)\"", "kodSystemowy=\"FA  (1)\""),
                        replace("kodSystemowy=\"FA (1)\" ", ""),
                        replace("wersjaSchemy=\"1-0E\">FA<", "wersjaSchemy=\"1-0E\">FB<"),
                        replace("wersjaSchemy=\"1-0E\">FA<", "wersjaSchemy=\"1-0E\"> FA <"),
                        replace("<Rola>4</Rola>", "<RolaInna>1</RolaInna><OpisRoli>Płatnik</OpisRoli>"),
                        replace("<Rola>4</Rola>", "<RolaInna>1</RolaInna>"),
                        replace("<Rola>4</Rola>", ""),
                        replace("<Rola>4</Rola>", "<Rola>7</Rola>"),
                        replace("<P_6>2026-11-19</P_6>",
                                "<OkresFa><P_6_Od>2026-11-01</P_6_Od><P_6_Do>2026-11-19</P_6_Do></OkresFa>"),
                        replace("<P_6>2026-11-19</P_6>",
                                "<P_6>2026-11-19</P_6><OkresFa><P_6_Od>2026-11-01</P_6_Od><P_6_Do>2026-11-19</P_6_Do></OkresFa>"),
                        replace("<P_6>2026-11-19</P_6>", "<OkresFa><P_6_Od>2026-11-01</P_6_Od></OkresFa>"),
                        replace("<RodzajFaktury>VAT</RodzajFaktury>",
                                "<RodzajFaktury>VAT</RodzajFaktury><PrzyczynaKorekty>x</PrzyczynaKorekty>"),
                        replace("<LiczbaWierszyFaktury>3</LiczbaWierszyFaktury>\n      <WartoscWierszyFaktury1>1200.00"
                                + "</WartoscWierszyFaktury1>", "<LiczbaWierszyFaktury>3</LiczbaWierszyFaktury>"),
                        replace("<Naglowek>", "<Naglowek xmlns=\"urn:other\">"),
                        replace("<Podmiot2>", "<Podmiot2><x:Extra xmlns:x=\"urn:other\"/>")
                )).flatMap(s -> s);
    }

    private static final String ROOT = "<Faktura xmlns=\"http://crd.gov.pl/wzor/2021/11/29/11089/\">";
    private static final String ROOT_WITH_PREFIXES = "<Faktura xmlns=\"http://crd.gov.pl/wzor/2021/11/29/11089/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:tns=\"http://crd.gov.pl/wzor/2021/11/29/11089/\" "
            + "xmlns:etd=\"http://crd.gov.pl/xml/schematy/dziedzinowe/mf/2021/06/09/eD/DefinicjeTypy/\" "
            + "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">";

    /** xsi:type, which the XSD accepts when it names the declared type or one derived from it. */
    static Stream<Arguments> xsiTypeCases() {
        return Stream.of(
                xsi("<P_15>1446.00</P_15>", "<P_15 xsi:type=\"tns:TKwotowy\">1446.00</P_15>"),
                xsi("<P_15>1446.00</P_15>", "<P_15 xsi:type=\" tns:TKwotowy \">1446.00</P_15>"),
                xsi("<P_15>1446.00</P_15>", "<P_15 xsi:type=\"TKwotowy\">1446.00</P_15>"),
                xsi("<P_15>1446.00</P_15>", "<P_15 xsi:type=\"tns:TIlosci\">1446.00</P_15>"),
                xsi("<P_15>1446.00</P_15>", "<P_15 xsi:type=\"xs:decimal\">1446.00</P_15>"),
                xsi("<P_15>1446.00</P_15>", "<P_15 xsi:type=\"nope:TKwotowy\">1446.00</P_15>"),
                xsi("<P_15>1446.00</P_15>", "<P_15 xsi:type=\"tns:Nothing\">1446.00</P_15>"),
                xsi("<P_15>1446.00</P_15>", "<P_15 xsi:type=\"1tns:TKwotowy\">1446.00</P_15>"),
                xsi("<P_7>Regał magazynowy</P_7>", "<P_7 xsi:type=\"tns:TGTU\">GTU_01</P_7>"),
                xsi("<P_7>Regał magazynowy</P_7>", "<P_7 xsi:type=\"tns:TGTU\">GTU_99</P_7>"),
                xsi("<P_7>Regał magazynowy</P_7>", "<P_7 xsi:type=\"tns:TNumerTelefonu\">Regał</P_7>"),
                xsi("<Ulica>Lipowa</Ulica>", "<Ulica xsi:type=\"etd:TUlica\">Lipowa</Ulica>"),
                xsi("<Ulica>Lipowa</Ulica>", "<Ulica xsi:type=\"etd:TZnakowy\">Lipowa</Ulica>"),
                xsi("<P_1>2026-11-20</P_1>", "<P_1 xsi:type=\"tns:TDataT\">2026-11-20</P_1>"),
                xsi("<P_1>2026-11-20</P_1>", "<P_1 xsi:type=\"etd:TData\">2026-11-20</P_1>"),
                xsi("<Adres>", "<Adres xsi:type=\"tns:TAdres\">"),
                xsi("<Adres>", "<Adres xsi:type=\"tns:TPodmiot\">"),
                xsi("<Fa>", "<Fa xsi:type=\"tns:TAdres\">"),
                xsi("<Kwota>10.00</Kwota>", "<Kwota xsi:type=\"tns:TPodmiot\">10.00</Kwota>"));
    }

    private static Arguments xsi(String find, String with) {
        return Arguments.of(find, with);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("xsiTypeCases")
    void xsiTypeGetsTheOfficialVerdict(String find, String with) {
        String withPrefixes = BASE.replace(ROOT, ROOT_WITH_PREFIXES);
        assertTrue(withPrefixes.contains(find), "the fixture lacks " + find);
        byte[] xml = withPrefixes.replaceFirst(java.util.regex.Pattern.quote(find),
                java.util.regex.Matcher.quoteReplacement(with)).getBytes(StandardCharsets.UTF_8);
        List<String> xsd = OfficialXsd.errorsFa1(xml);
        boolean ours = ourVerdictValid(xml);
        assertEquals(xsd.isEmpty(), ours, () -> "XSD says " + (xsd.isEmpty() ? "valid" : xsd)
                + "; we say " + (ours ? "valid" : MAPPER.validate(xml).errors()));
        // The prefixes survive a round trip through our writer, so the meaning does too.
        byte[] rewritten = MAPPER.read(xml).toXml();
        assertEquals(xsd.isEmpty(), OfficialXsd.errorsFa1(rewritten).isEmpty(), new String(rewritten,
                StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("cases")
    void ourVerdictEqualsTheOfficialXsd(String find, String with) {
        assertTrue(BASE.contains(find), "the fixture lacks " + find);
        byte[] xml = BASE.replace(find, with).getBytes(StandardCharsets.UTF_8);
        List<String> xsd = OfficialXsd.errorsFa1(xml);
        boolean ours = ourVerdictValid(xml);
        assertEquals(xsd.isEmpty(), ours, () -> "XSD says " + (xsd.isEmpty() ? "valid" : xsd)
                + "; we say " + (ours ? "valid" : MAPPER.validate(xml).errors()));
    }

    @Test
    void theBaseIsValid() {
        assertEquals(List.of(), OfficialXsd.errorsFa1(BASE.getBytes(StandardCharsets.UTF_8)));
        assertTrue(ourVerdictValid(BASE.getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(0, cases().count());
    }
}
