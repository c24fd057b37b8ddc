package io.github.acubepl.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corners of FA(2) and FA(3) that FA(1) does not have, each checked against the official XSD on
 * the same bytes: our structural verdict must equal the JDK validator's. The FA(3) base is our own
 * fixture with an attachment ({@link Fa3Fixtures#withAttachment()}); the FA(2) base is official sample
 * 4 (a factor, transport data and a factor's account).
 */
class StructuralConformanceFa23Test {
    private static final InvoiceMapper MAPPER = InvoiceMapper.builder()
            .context(ValidationContext.builder().clock(OfficialSamplesTest.CLOCK).build())
            .build();
    private static final String FA3 = new String(MAPPER.toXml(Fa3Fixtures.withAttachment()), StandardCharsets.UTF_8);
    private static final String TNS3 = "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xmlns:tns=\"http://crd.gov.pl/wzor/2025/06/25/13775/\"";

    static String fa2() {
        try {
            return Files.readString(KsefFiles.samples(2).stream()
                    .filter(p -> p.getFileName().toString().equals("FA_2_Przykład_4.xml")).findFirst().orElseThrow(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    static Stream<Arguments> fa3Cases() {
        return Stream.of(
                // Rate codes with a space: the XSD's string enumeration, whitespace preserved.
                value("P_12", "0 KR", "0 WDT", "0 EX", "np I", "np II", "0", "np", "0  KR", " 0 KR", "0 KR ", "0KR",
                        "0\tKR", "0 kr", "NP I", "np III", "oo", "zw", "23"),
                // The creation date may not precede FA(3) (2025-09-01).
                value("DataWytworzeniaFa", "2026-11-20T10:15:00Z", "2025-09-01T00:00:00Z", "2025-08-31T23:59:59Z",
                        "2025-09-01T01:59:59+02:00", "2025-09-01T02:00:00+02:00"),
                value("JST", "1", "2", "3", "0", "01", " 1 ", ""),
                value("GV", "2", "1", "+2", "2.0"),
                value("KodWaluty", "PLN", "XCG", "EUR", "pln"),
                value("IDWew", "9512345675-00001", "9512345675-0001", "9512345675-000001", "9512345675 00001",
                        "0512345675-00001"),
                value("NrRB", "PL60102010260000042270201111", "123456789", "1234567890", "1".repeat(34),
                        "1".repeat(35), "PL 60 1020", "  ąę  ść  "),
                value("Ilosc", "14", "0", "-3", "+14", "14.0", "99999999999999999999999"),
                value("ZnacznikZaplatyCzesciowej", "1", "2", "3"),
                value("P_7", "Regał magazynowy", "a".repeat(512), "a".repeat(513)),
                value("NKom", "Paleta", "", " ", "a".repeat(256), "a".repeat(257)),
                value("WKom", "412.5", "", " ", "a".repeat(3500), "a".repeat(3501)),
                value("Akapit", "Regały dostarczono w dwóch paletach.", "", "a".repeat(512), "a".repeat(513)),
                Stream.of(
                        replace("<Kol Typ=\"txt\">", "<Kol Typ=\"int\">"),
                        replace("<Kol Typ=\"txt\">", "<Kol Typ=\"datetime\">"),
                        replace("<Kol Typ=\"txt\">", "<Kol Typ=\"TXT\">"),
                        replace("<Kol Typ=\"txt\">", "<Kol Typ=\" txt\">"),
                        replace("<Kol Typ=\"txt\">", "<Kol>"),
                        replace("<Kol Typ=\"txt\">", "<Kol Typ=\"txt\" Inny=\"x\">"),
                        replace("<NKom>Paleta</NKom>", "<NKom Typ=\"txt\">Paleta</NKom>"),
                        replace("<NKom>Paleta</NKom>", ""),
                        replace("<NKom>Paleta</NKom>", "<NKom>Paleta</NKom><NKom>Druga</NKom>"),
                        replace("<NKom>Paleta</NKom>", "<NKom><b/>Paleta</NKom>"),
                        replace("<WKom>P1</WKom>", "<WKom>P1</WKom>" + "<WKom>x</WKom>".repeat(17)),
                        replace("<WKom>P1</WKom>", "<WKom>P1</WKom>" + "<WKom>x</WKom>".repeat(18)),
                        replace("<Suma>", "<Suma><SKom>a</SKom></Suma><Suma>"),
                        replace("<Opis>Palety</Opis>", ""),
                        replace("<Opis>Palety</Opis>", "<Opis>Palety</Opis><Opis>Druga</Opis>"),
                        replace("<TMetaDane>", "<Opis>x</Opis><TMetaDane>"),
                        replace("<Tekst>", "<Tekst><Akapit>1</Akapit><Akapit>2</Akapit><Akapit>3</Akapit><Akapit>4"
                                + "</Akapit><Akapit>5</Akapit><Akapit>6</Akapit><Akapit>7</Akapit><Akapit>8</Akapit>"
                                + "<Akapit>9</Akapit>"),
                        replace("<Tekst>", "<Tekst><Akapit>1</Akapit><Akapit>2</Akapit><Akapit>3</Akapit><Akapit>4"
                                + "</Akapit><Akapit>5</Akapit><Akapit>6</Akapit><Akapit>7</Akapit><Akapit>8</Akapit>"
                                + "<Akapit>9</Akapit><Akapit>10</Akapit>"),
                        replace("<MetaDane>\n        <ZKlucz>Zamówienie</ZKlucz>\n        <ZWartosc>ZAM/2026/77</ZWartosc>"
                                + "\n      </MetaDane>", ""),
                        replace("<ZNaglowek>Specyfikacja dostawy</ZNaglowek>", ""),
                        replace("<Zalacznik>", "<Zalacznik><BlokDanych/>"),
                        replace("<Zalacznik>\n    <BlokDanych>", "<Zalacznik><BlokDanych><MetaDane><ZKlucz>k</ZKlucz>"
                                + "<ZWartosc>w</ZWartosc></MetaDane></BlokDanych>\n    <BlokDanych>"),
                        // Choices of FA(2)/FA(3): one identifier, one branch of each Adnotacje wrapper.
                        replace("<NIP>9512345675</NIP>", "<NIP>9512345675</NIP><BrakID>1</BrakID>"),
                        replace("<NIP>9512345675</NIP>", "<KodUE>DE</KodUE><NrVatUE>123456789</NrVatUE>"),
                        replace("<NIP>9512345675</NIP>", "<KodUE>DE</KodUE>"),
                        replace("<NIP>9512345675</NIP>", "<KodUE>GR</KodUE><NrVatUE>123456789</NrVatUE>"),
                        replace("<NIP>9512345675</NIP>", "<KodUE>EL</KodUE><NrVatUE>12345678*</NrVatUE>"),
                        replace("<NIP>9512345675</NIP>", "<KodKraju>US</KodKraju><NrID>12 345 / x</NrID>"),
                        replace("<NIP>9512345675</NIP>", "<NrID>12 345 / x</NrID>"),
                        replace("<NIP>9512345675</NIP>", "<KodKraju>US</KodKraju>"),
                        replace("<NIP>9512345675</NIP>", "<IDWew>9512345675-00001</IDWew>"),
                        replace("<NIP>9512345675</NIP>\n      <Nazwa>Gmina Lipowo</Nazwa>", "<BrakID>1</BrakID>"),
                        replace("<IDWew>9512345675-00001</IDWew>", "<BrakID>1</BrakID>"),
                        replace("<P_19N>1</P_19N>", "<P_19>1</P_19><P_19A>art. 43 ust. 1 pkt 29</P_19A>"),
                        replace("<P_19N>1</P_19N>", "<P_19>1</P_19>"),
                        replace("<P_19N>1</P_19N>", "<P_19>1</P_19><P_19A>a</P_19A><P_19B>b</P_19B>"),
                        replace("<P_19N>1</P_19N>", "<P_19N>1</P_19N><P_19>1</P_19>"),
                        replace("<P_19N>1</P_19N>", "<P_19N>2</P_19N>"),
                        replace("<P_22N>1</P_22N>", "<P_22>1</P_22><P_42_5>2</P_42_5><NowySrodekTransportu>"
                                + "<P_22A>2026-11-01</P_22A><P_NrWierszaNST>1</P_NrWierszaNST><P_22B>120</P_22B>"
                                + "<P_22B1>VIN1</P_22B1></NowySrodekTransportu>"),
                        replace("<P_22N>1</P_22N>", "<P_22>1</P_22><P_42_5>2</P_42_5><NowySrodekTransportu>"
                                + "<P_22A>2026-11-01</P_22A><P_NrWierszaNST>1</P_NrWierszaNST><P_22B>120</P_22B>"
                                + "<P_22B1>VIN1</P_22B1><P_22B2>N</P_22B2></NowySrodekTransportu>"),
                        replace("<P_22N>1</P_22N>", "<P_22>1</P_22><P_42_5>2</P_42_5><NowySrodekTransportu>"
                                + "<P_22A>2026-11-01</P_22A><P_NrWierszaNST>1</P_NrWierszaNST><P_22C>10</P_22C>"
                                + "</NowySrodekTransportu>"),
                        replace("<P_22N>1</P_22N>", "<P_22>1</P_22><P_42_5>2</P_42_5>"),
                        replace("<P_22N>1</P_22N>", "<P_22>1</P_22><P_42_5>2</P_42_5><NowySrodekTransportu>"
                                + "<P_22A>2026-11-01</P_22A><P_NrWierszaNST>1</P_NrWierszaNST></NowySrodekTransportu>"),
                        replace("<P_PMarzyN>1</P_PMarzyN>", "<P_PMarzy>1</P_PMarzy><P_PMarzy_3_1>1</P_PMarzy_3_1>"),
                        replace("<P_PMarzyN>1</P_PMarzyN>", "<P_PMarzy>1</P_PMarzy>"),
                        replace("<P_PMarzyN>1</P_PMarzyN>", "<P_PMarzy>1</P_PMarzy><P_PMarzy_2>1</P_PMarzy_2>"
                                + "<P_PMarzy_3_3>1</P_PMarzy_3_3>"),
                        replace("<JST>1</JST>", ""),
                        replace("<GV>2</GV>", ""),
                        replace("<JST>1</JST>\n    <GV>2</GV>", "<GV>2</GV><JST>1</JST>"),
                        replace("<Rola>8</Rola>", "<Rola>11</Rola>"),
                        replace("<Rola>8</Rola>", "<Rola>12</Rola>"),
                        // FA(3) makes Podmiot3/Adres optional.
                        replace("<Adres>\n      <KodKraju>PL</KodKraju>\n      <AdresL1>ul. Szkolna 2</AdresL1>\n"
                                + "      <AdresL2>30-001 Lipowo</AdresL2>\n    </Adres>", ""),
                        replace("<FormaPlatnosci>2</FormaPlatnosci>", "<PlatnoscInna>1</PlatnoscInna>"
                                + "<OpisPlatnosci>bon</OpisPlatnosci>"),
                        replace("<FormaPlatnosci>2</FormaPlatnosci>", "<FormaPlatnosci>2</FormaPlatnosci>"
                                + "<PlatnoscInna>1</PlatnoscInna><OpisPlatnosci>bon</OpisPlatnosci>"),
                        replace("<Jednostka>dni</Jednostka>\n", ""),
                        replace("<TerminOpis>", "<Termin>2026-12-04</Termin><TerminOpis>"),
                        replace("<TerminPlatnosci>\n        <TerminOpis>\n          <Ilosc>14</Ilosc>\n          "
                                + "<Jednostka>dni</Jednostka>\n          <ZdarzeniePoczatkowe>od dostawy"
                                + "</ZdarzeniePoczatkowe>\n        </TerminOpis>\n      </TerminPlatnosci>",
                                "<TerminPlatnosci/>"),
                        replace("</RachunekBankowy>", "</RachunekBankowy><LinkDoPlatnosci>https://pay.example.pl/p?"
                                + "IPKSeF=123abcDEF4567</LinkDoPlatnosci><IPKSeF>123abcDEF4567</IPKSeF>"),
                        replace("</RachunekBankowy>", "</RachunekBankowy><LinkDoPlatnosci>https://pay.example.pl/p"
                                + "</LinkDoPlatnosci>"),
                        replace("</RachunekBankowy>", "</RachunekBankowy><IPKSeF>12abcDEF45678</IPKSeF>"),
                        replace("</RachunekBankowy>", "</RachunekBankowy><IPKSeF>123abcDEF45678</IPKSeF>"),
                        replace("<RodzajFaktury>VAT</RodzajFaktury>", "<RodzajFaktury>KOR</RodzajFaktury>"
                                + "<DaneFaKorygowanej><DataWystFaKorygowanej>2026-11-01</DataWystFaKorygowanej>"
                                + "<NrFaKorygowanej>FV/1</NrFaKorygowanej><NrKSeFN>1</NrKSeFN></DaneFaKorygowanej>"),
                        replace("<RodzajFaktury>VAT</RodzajFaktury>", "<RodzajFaktury>KOR</RodzajFaktury>"
                                + "<DaneFaKorygowanej><DataWystFaKorygowanej>2026-11-01</DataWystFaKorygowanej>"
                                + "<NrFaKorygowanej>FV/1</NrFaKorygowanej><NrKSeF>1</NrKSeF>"
                                + "<NrKSeFFaKorygowanej>9999999999-20230908-8BEF280C8D35-4D</NrKSeFFaKorygowanej>"
                                + "</DaneFaKorygowanej>"),
                        replace("<RodzajFaktury>VAT</RodzajFaktury>", "<RodzajFaktury>KOR</RodzajFaktury>"
                                + "<DaneFaKorygowanej><DataWystFaKorygowanej>2026-11-01</DataWystFaKorygowanej>"
                                + "<NrFaKorygowanej>FV/1</NrFaKorygowanej><NrKSeF>1</NrKSeF></DaneFaKorygowanej>"),
                        replace("<RodzajFaktury>VAT</RodzajFaktury>", "<RodzajFaktury>KOR</RodzajFaktury>"
                                + "<PrzyczynaKorekty>x</PrzyczynaKorekty>"),
                        // The empty extension of TAdres: xsi:type may name the declared type, not its base.
                        replace("<AdresKoresp>", "<AdresKoresp " + TNS3 + " xsi:type=\"tns:TAdres\">"),
                        replace("<Adres>\n      <KodKraju>PL</KodKraju>\n      <AdresL1>ul. Lipowa 1</AdresL1>",
                                "<Adres " + TNS3 + " xsi:type=\"tns:TAdres\">\n      <KodKraju>PL</KodKraju>\n"
                                        + "      <AdresL1>ul. Lipowa 1</AdresL1>"),
                        replace("<NKom>Paleta</NKom>", "<NKom " + TNS3 + " xsi:type=\"tns:TZnakowy2\">Paleta</NKom>"))
        ).flatMap(s -> s);
    }

    static Stream<Arguments> fa2Cases() {
        return Stream.of(
                value("P_12", "23", "0", "np", "0 KR", "np I", "zw"),
                value("KodWaluty", "PLN", "XCG", "EUR"),
                value("DataWytworzeniaFa", "2022-02-15T09:30:47Z", "2021-12-31T23:59:59Z", "2025-08-31T23:59:59Z"),
                value("NrRB", "73111111111111111111111111", "123456789", "1234567890", "1".repeat(32), "1".repeat(33),
                        "PL73111111111111111111111111", "pl73111111111111111111111111"),
                value("P_7", "lodówka Zimnotech mk1", "a".repeat(256), "a".repeat(257)),
                value("Rola", "1", "10", "11"),
                Stream.of(
                        replace("<NIP>1111111111</NIP>", "<KodKraju>US</KodKraju><NrID>12345X</NrID>"),
                        replace("<NIP>1111111111</NIP>", "<KodKraju>US</KodKraju><NrID>12 345</NrID>"),
                        replace("<NIP>1111111111</NIP>", "<NrID>" + "a".repeat(50) + "</NrID>"),
                        replace("<NIP>1111111111</NIP>", "<NrID>" + "a".repeat(51) + "</NrID>"),
                        replace("<NrKlienta>fdfd778343</NrKlienta>", "<NrKlienta>fdfd778343</NrKlienta><JST>2</JST>"),
                        replace("<Rola>1</Rola>", "<RolaInna>1</RolaInna><OpisRoli>agent</OpisRoli>"),
                        replace("<Termin>2022-03-15</Termin>", ""),
                        replace("<Termin>2022-03-15</Termin>", "<TerminOpis>14 dni</TerminOpis>"),
                        replace("<Termin>2022-03-15</Termin>", "<Termin>2022-03-15</Termin><TerminOpis>14 dni"
                                + "</TerminOpis>"),
                        replace("<FormaPlatnosci>6</FormaPlatnosci>", "<FormaPlatnosci>6</FormaPlatnosci>"
                                + "<LinkDoPlatnosci>https://pay.example.pl/p?IPKSeF=123abcDEF4567</LinkDoPlatnosci>"),
                        replace("<P_PMarzyN>1</P_PMarzyN>", "<P_PMarzy>1</P_PMarzy><P_PMarzy_2>1</P_PMarzy_2>"),
                        replace("<Adres>\n\t\t\t<KodKraju>PL</KodKraju>\n\t\t\t<AdresL1>ul. Bankowa 1</AdresL1>\n"
                                + "\t\t\t<AdresL2>00-003 Łódź</AdresL2>\n\t\t</Adres>", ""),
                        replace("</Fa>", "</Fa><Zalacznik><BlokDanych><MetaDane><ZKlucz>k</ZKlucz><ZWartosc>w"
                                + "</ZWartosc></MetaDane></BlokDanych></Zalacznik>"),
                        replace("kodSystemowy=\"FA (2)\"", "kodSystemowy=\"FA (3)\""),
                        replace("<WariantFormularza>2</WariantFormularza>", "<WariantFormularza>3</WariantFormularza>"))
        ).flatMap(s -> s);
    }

    static boolean ourVerdictValid(byte[] xml) {
        try {
            ValidationReport r = MAPPER.validate(xml);
            return r.issues().stream().noneMatch(i -> i.isError() && (i.ruleId().startsWith("FA-STRUCT")
                    || i.ruleId().startsWith("FA-JSON")));
        } catch (InvoiceReadException e) {
            return false;
        }
    }

    private static void assertSameVerdict(int version, String base, String find, String with) {
        assertTrue(base.contains(find), "the base lacks " + find);
        byte[] xml = base.replaceFirst(Pattern.quote(find), Matcher.quoteReplacement(with))
                .getBytes(StandardCharsets.UTF_8);
        List<String> xsd = OfficialXsd.errors(version, xml);
        boolean ours = ourVerdictValid(xml);
        assertEquals(xsd.isEmpty(), ours, () -> "XSD says " + (xsd.isEmpty() ? "valid" : xsd)
                + "; we say " + (ours ? "valid" : MAPPER.validate(xml).errors()));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("fa3Cases")
    void ourFa3VerdictEqualsTheOfficialXsd(String find, String with) {
        assertSameVerdict(3, FA3, find, with);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("fa2Cases")
    void ourFa2VerdictEqualsTheOfficialXsd(String find, String with) {
        assertSameVerdict(2, fa2(), find, with);
    }

    /** The cases are near the border: the official XSD accepts some of them and rejects others. */
    @Test
    void theCasesHoldValidAndInvalidDocuments() {
        int valid = 0;
        int invalid = 0;
        for (Arguments a : fa3Cases().toArray(Arguments[]::new)) {
            String find = (String) a.get()[0];
            String with = (String) a.get()[1];
            byte[] xml = FA3.replaceFirst(Pattern.quote(find), Matcher.quoteReplacement(with))
                    .getBytes(StandardCharsets.UTF_8);
            if (OfficialXsd.errors(3, xml).isEmpty()) {
                valid++;
            } else {
                invalid++;
            }
        }
        assertTrue(valid >= 20 && invalid >= 40, valid + " valid, " + invalid + " invalid");
    }

    @Test
    void theBasesAreValid() {
        assertEquals(List.of(), OfficialXsd.errors(3, FA3.getBytes(StandardCharsets.UTF_8)));
        assertTrue(ourVerdictValid(FA3.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), OfficialXsd.errors(2, fa2().getBytes(StandardCharsets.UTF_8)));
        assertTrue(ourVerdictValid(fa2().getBytes(StandardCharsets.UTF_8)));
    }
}
