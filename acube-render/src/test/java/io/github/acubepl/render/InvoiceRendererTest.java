package io.github.acubepl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.mapping.InvoiceDocument;
import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.KsefEnvironment;
import io.github.acubepl.mapping.KsefNumber;
import io.github.acubepl.model.InvoiceModel;
import io.github.acubepl.testkit.OfficialFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class InvoiceRendererTest {
    private static final InvoiceMapper MAPPER = InvoiceMapper.create();

    @TestFactory
    Stream<DynamicTest> everyOfficialSampleShowsItsNumberNipsLineNamesAndTotalsPerRate() {
        List<Path> samples = new ArrayList<>();
        for (int version = 1; version <= 3; version++) {
            samples.addAll(OfficialFiles.samples(version));
        }
        assertEquals(16 + 16 + 20, samples.size(), "the official samples");
        return samples.stream().map(p -> DynamicTest.dynamicTest(p.getParent().getParent().getFileName() + "/"
                + p.getFileName(), () -> {
                    String html = showsWhatTheInvoiceSays(Files.readAllBytes(p), Language.PL);
                    // every sample's page, for a person to look through
                    Path out = Path.of("target/render/samples", p.getParent().getParent().getFileName().toString(),
                            p.getFileName().toString().replace(".xml", ".html"));
                    Files.createDirectories(out.getParent());
                    Files.writeString(out, html, StandardCharsets.UTF_8);
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyOfficialFa3SampleShowsTheSameDataWithEnglishLabels() {
        return OfficialFiles.samples(3).stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
                () -> showsWhatTheInvoiceSays(Files.readAllBytes(p), Language.EN)));
    }

    private static String showsWhatTheInvoiceSays(byte[] invoice, Language language) throws Exception {
        String html = InvoiceRenderer.builder().language(language).build().html(invoice);
        Document page = Xml.html(html);
        String text = Xml.bodyText(page);
        Document source = Xml.parse(invoice);
        String number = first(source, "P_2");
        assertTrue(text.contains(number), "the invoice number " + number);
        Element seller = (Element) source.getElementsByTagNameNS("*", "Podmiot1").item(0);
        assertTrue(text.contains(first(seller, "NIP")), "the seller NIP");
        Element buyer = (Element) source.getElementsByTagNameNS("*", "Podmiot2").item(0);
        for (String nip : all(buyer, "NIP")) {
            assertTrue(text.contains(nip), "the buyer NIP " + nip);
        }
        for (String name : all(source.getDocumentElement(), "P_7")) {
            assertTrue(text.contains(Xml.collapse(name)), "the line name " + name);
        }
        List<List<String>> rateRows = rateRows(page);
        Element fa = (Element) source.getElementsByTagNameNS("*", "Fa").item(0);
        for (Node c = fa.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element && c.getLocalName().matches("P_1[34]_.*")) {
                String value = c.getTextContent().strip();
                assertTrue(rateRows.stream().anyMatch(row -> row.contains(value)),
                        "the total " + c.getLocalName() + " = " + value + " in the rate summary " + rateRows);
            }
        }
        assertTrue(text.contains(first(source, "P_15")), "the amount due");
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "no script");
        assertTrue(html.contains("@page{size:A4"), "A4 print styles");
        return html;
    }

    private static List<List<String>> rateRows(Document page) {
        List<List<String>> rows = new ArrayList<>();
        NodeList sections = page.getElementsByTagNameNS("*", "section");
        for (int i = 0; i < sections.getLength(); i++) {
            Element s = (Element) sections.item(i);
            if (!s.getAttribute("class").equals("s-rates")) {
                continue;
            }
            NodeList trs = s.getElementsByTagNameNS("*", "tr");
            for (int j = 0; j < trs.getLength(); j++) {
                List<String> row = new ArrayList<>();
                NodeList tds = ((Element) trs.item(j)).getElementsByTagNameNS("*", "td");
                for (int k = 0; k < tds.getLength(); k++) {
                    row.add(Xml.collapse(tds.item(k).getTextContent()));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void hostileTextsAreShownEscapedAndReadable() throws Exception {
        String xml = new String(Files.readAllBytes(OfficialFiles.sample(3, 1)), StandardCharsets.UTF_8)
                .replace("<P_7>lodówka Zimnotech mk1</P_7>",
                        "<P_7>&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; 'Zażółć gęślą jaźń' \u0085\u009b end</P_7>")
                .replace("<Nazwa>ABC AGD sp. z o. o.</Nazwa>",
                        "<Nazwa>\"&gt;&lt;img src=x onerror=alert(1)&gt; ŁÓDŹ &amp;amp;</Nazwa>")
                .replace("<StopkaFaktury>Kapiał zakładowy 5 000 000</StopkaFaktury>",
                        "<StopkaFaktury>&lt;/style&gt;&lt;/section&gt;&lt;!-- ]]&gt; &#9;tab</StopkaFaktury>");
        String html = InvoiceRenderer.create().html(xml.getBytes(StandardCharsets.UTF_8));
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), "a <script> tag in the output");
        assertFalse(lower.contains("<img"), "an <img> tag in the output");
        assertFalse(lower.contains("<!--"), "a comment opened by invoice text");
        assertFalse(html.contains("\u0085") || html.contains("\u009b"), "C1 control characters in the output");
        String text = Xml.bodyText(Xml.html(html));
        assertTrue(text.contains("<script>alert(\"x\")</script> & 'Zażółć gęślą jaźń' \uFFFD\uFFFD end"), text);
        assertTrue(text.contains("\"><img src=x onerror=alert(1)> ŁÓDŹ &amp;"), text);
        assertTrue(text.contains("</style></section><!-- ]]> tab"), text);
    }

    @Test
    void controlCharactersOfAModelAreNeverWrittenIntoTheHtml() throws Exception {
        String xml = new String(Files.readAllBytes(OfficialFiles.sample(3, 1)), StandardCharsets.UTF_8)
                .replace("<P_1M>Warszawa</P_1M>", "<P_1M>War\u0080szawa\u009f</P_1M>");
        InvoiceModel model = MAPPER.readModel(xml.getBytes(StandardCharsets.UTF_8), InvoiceModel.class);
        String html = InvoiceRenderer.create().html(model);
        assertFalse(html.chars().anyMatch(c -> (c < 0x20 && c != '\n') || (c >= 0x7f && c < 0xa0)),
                "a control character in the HTML");
        assertTrue(Xml.bodyText(Xml.html(html)).contains("War\uFFFDszawa\uFFFD"));
    }

    @Test
    void englishLabelsDifferFromPolishOnesAndTheInvoiceTextStays() throws Exception {
        byte[] invoice = Files.readAllBytes(OfficialFiles.sample(3, 1));
        String pl = Xml.bodyText(Xml.html(InvoiceRenderer.create().html(invoice)));
        String en = Xml.bodyText(Xml.html(InvoiceRenderer.builder().language(Language.EN).build().html(invoice)));
        assertTrue(pl.contains("Sprzedawca") && pl.contains("Nabywca") && pl.contains("Faktura podstawowa"), pl);
        assertTrue(en.contains("Seller") && en.contains("Buyer") && en.contains("Basic invoice"), en);
        assertFalse(en.contains("Sprzedawca") || en.contains("Faktura podstawowa"), en);
        assertTrue(en.contains("lodówka Zimnotech mk1") && en.contains("promocja lodówka pełna mleka"), en);
        assertNotEquals(pl, en);
        assertTrue(InvoiceRenderer.builder().language(Language.EN).build().html(invoice).contains("lang=\"en\""));
    }

    @Test
    void theKodIBlockCarriesTheLinkAndOfflineWithoutAKsefNumber() throws Exception {
        byte[] sentBytes = Files.readAllBytes(OfficialFiles.sample(3, 1));
        String html = InvoiceRenderer.builder().environment(KsefEnvironment.TEST).build().html(sentBytes);
        Element kodI = kodI(Xml.html(html));
        assertEquals(KsefQrTest.VECTOR, kodI.getElementsByTagNameNS("*", "a").item(0).getTextContent());
        assertEquals(KsefQrTest.VECTOR, ((Element) kodI.getElementsByTagNameNS("*", "a").item(0)).getAttribute("href"));
        assertEquals("OFFLINE", label(kodI));
        assertTrue(kodI.getTextContent().contains("Sprawdź, czy Twoja faktura znajduje się w KSeF!"));
        int svgStart = html.indexOf("<svg");
        assertEquals(KsefQrTest.VECTOR, Qr.decode(html.substring(svgStart, html.indexOf("</svg>", svgStart) + 6))
                .getText());
    }

    @Test
    void theKodIBlockShowsTheKsefNumberWhenKnown() throws Exception {
        byte[] sentBytes = Files.readAllBytes(OfficialFiles.sample(3, 1));
        String prefix = "9999999999-20260215-0123456789AB";
        String ksefNumber = prefix + "-" + KsefNumber.checksum(prefix);
        String html = InvoiceRenderer.builder()
                .environment(KsefEnvironment.TEST)
                .ksefNumber(ksefNumber)
                .build()
                .html(sentBytes);
        Element kodI = kodI(Xml.html(html));
        assertEquals(ksefNumber, label(kodI));
        assertTrue(Xml.bodyText(Xml.html(html)).contains("Numer KSeF: " + ksefNumber));
        assertEquals(KsefQrTest.VECTOR, kodI.getElementsByTagNameNS("*", "a").item(0).getTextContent());
    }

    @Test
    void aDocumentGetsItsKodIFromTheHashKsefReturnedNotFromItsOwnBytes() throws Exception {
        byte[] sent = Files.readAllBytes(OfficialFiles.sample(3, 1));
        InvoiceDocument document = MAPPER.read(sent);
        AcubeRenderException missing = assertThrows(AcubeRenderException.class,
                () -> InvoiceRenderer.builder().environment(KsefEnvironment.TEST).build().html(document));
        assertTrue(missing.getMessage().contains("KOD I needs the exact bytes sent to KSeF"), missing.getMessage());
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(sent));
        String html = InvoiceRenderer.builder().environment(KsefEnvironment.TEST).hash(hash).build().html(document);
        assertEquals(KsefQrTest.VECTOR, kodI(Xml.html(html)).getElementsByTagNameNS("*", "a").item(0).getTextContent());
        String fromBytes = InvoiceRenderer.builder().environment(KsefEnvironment.TEST).sentBytes(sent).build()
                .html(document);
        assertEquals(html, fromBytes);
        byte[] json = document.toJson(); // A-Cube hashes the XML it makes of the JSON: the JSON's bytes are no hash
        assertThrows(AcubeRenderException.class,
                () -> InvoiceRenderer.builder().environment(KsefEnvironment.TEST).build().html(json));
        assertEquals(html, InvoiceRenderer.builder().environment(KsefEnvironment.TEST).hash(hash).build().html(json));
    }

    @Test
    void aHashThatIsNotTheHashOfTheBytesGivenIsRefused() throws Exception {
        byte[] sent = Files.readAllBytes(OfficialFiles.sample(3, 1));
        String other = Base64.getEncoder().encodeToString(new byte[32]);
        AcubeRenderException e = assertThrows(AcubeRenderException.class,
                () -> InvoiceRenderer.builder().sentBytes(sent).hash(other).build());
        assertTrue(e.getMessage().contains("not the SHA-256 of the bytes given"), e.getMessage());
    }

    @Test
    void aKsefNumberThatFailsItsChecksumIsRefused() {
        AcubeRenderException e = assertThrows(AcubeRenderException.class,
                () -> InvoiceRenderer.builder().ksefNumber("9999999999-20260215-0123456789AB-00\u0007"));
        assertTrue(e.getMessage().startsWith("not a KSeF number"), e.getMessage());
        assertFalse(e.getMessage().contains("\u0007"));
        InvoiceRenderer.builder().ksefNumber("9999999999-20230908-8BEF28-0C8D35-4D"); // a KSeF 1.0 number
    }

    @Test
    void theXmlTheJsonTheDocumentAndTheModelOfOneInvoiceRenderAlike() throws Exception {
        byte[] xml = Files.readAllBytes(OfficialFiles.sample(3, 4));
        InvoiceDocument document = MAPPER.read(xml);
        InvoiceRenderer renderer = InvoiceRenderer.create();
        String fromXml = renderer.html(xml);
        assertEquals(fromXml, renderer.html(document));
        assertEquals(fromXml, renderer.html(document.toJson()));
        assertEquals(fromXml, renderer.html(MAPPER.readModel(xml, InvoiceModel.class)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.writeHtml(xml, out);
        assertEquals(fromXml, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFailingOutputStreamIsReportedAsARenderError() throws Exception {
        byte[] xml = Files.readAllBytes(OfficialFiles.sample(3, 1));
        OutputStream broken = diskFull();
        AcubeRenderException e = assertThrows(AcubeRenderException.class,
                () -> InvoiceRenderer.create().writeHtml(xml, broken));
        assertEquals("cannot write the HTML to the output stream", e.getMessage());
    }

    /** An output stream whose every write fails, as on a full disk. */
    static OutputStream diskFull() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk full");
            }
        };
    }

    @Test
    void onlyTheLineColumnsSomeLineFillsAreShownAndGtuIsShownWhereGiven() throws Exception {
        Document plain = Xml.html(InvoiceRenderer.create().html(Files.readAllBytes(OfficialFiles.sample(3, 1))));
        List<String> headers = lineHeaders(plain);
        assertEquals(List.of("Lp.", "Identyfikator pozycji", "Nazwa towaru lub usługi", "Miara", "Ilość",
                "Cena jedn. netto", "Wartość netto", "Stawka podatku"), headers);
        Document gtu = Xml.html(InvoiceRenderer.create().html(Files.readAllBytes(OfficialFiles.sample(3, 8))));
        assertTrue(lineHeaders(gtu).contains("GTU"), lineHeaders(gtu).toString());
    }

    @Test
    void aCorrectionShowsItsKindAndTheCorrectedInvoice() throws Exception {
        byte[] invoice = Files.readAllBytes(OfficialFiles.sample(3, 2));
        String text = Xml.bodyText(Xml.html(InvoiceRenderer.create().html(invoice)));
        Document source = Xml.parse(invoice);
        assertTrue(text.contains("Faktura korygująca"), text);
        assertTrue(text.contains("Dane faktury korygowanej"), text);
        assertTrue(text.contains(first(source, "NrFaKorygowanej")), text);
        assertTrue(text.contains(first(source, "PrzyczynaKorekty")), text);
        String period = Xml.bodyText(Xml.html(InvoiceRenderer.create().html(
                Files.readAllBytes(OfficialFiles.sample(3, 6)))));
        assertTrue(period.contains("Faktura korygująca zbiorcza (rabat)"), period);
    }

    @Test
    void theCorrectedBuyerDataAreShownBesideTheCorrection() throws Exception {
        for (int version = 2; version <= 3; version++) {
            byte[] invoice = Files.readAllBytes(OfficialFiles.sample(version, 5));
            String text = Xml.bodyText(Xml.html(InvoiceRenderer.create().html(invoice)));
            Document source = Xml.parse(invoice);
            Element corrected = (Element) source.getElementsByTagNameNS("*", "Podmiot2K").item(0);
            assertTrue(text.contains("Dane nabywcy na fakturze korygowanej (Nabywca)"), text); // paired by IDNabywcy
            assertTrue(text.contains(first(corrected, "Nazwa")), text);
        }
    }

    @Test
    void theAttachmentIsShownWithItsMetadataParagraphsAndTables() throws Exception {
        String attachment = "<Zalacznik><BlokDanych><ZNaglowek>Odczyty licznika</ZNaglowek>"
                + "<MetaDane><ZKlucz>Licznik</ZKlucz><ZWartosc>L-1 &amp; L-2</ZWartosc></MetaDane>"
                + "<Tekst><Akapit>Pierwszy akapit</Akapit><Akapit>&lt;b&gt;drugi&lt;/b&gt;</Akapit></Tekst>"
                + "<Tabela><TMetaDane><TKlucz>Okres</TKlucz><TWartosc>luty</TWartosc></TMetaDane>"
                + "<Opis>Zużycie</Opis><TNaglowek><Kol Typ=\"date\"><NKom>Data</NKom></Kol>"
                + "<Kol Typ=\"dec\"><NKom>kWh</NKom></Kol></TNaglowek>"
                + "<Wiersz><WKom>2026-02-01</WKom><WKom>12.5</WKom></Wiersz>"
                + "<Wiersz><WKom>2026-02-02</WKom><WKom></WKom></Wiersz>"
                + "<Suma><SKom>razem</SKom><SKom>12.5</SKom></Suma></Tabela></BlokDanych></Zalacznik>";
        String xml = new String(Files.readAllBytes(OfficialFiles.sample(3, 1)), StandardCharsets.UTF_8)
                .replace("</Stopka>", "</Stopka>" + attachment);
        Document page = Xml.html(InvoiceRenderer.create().html(xml.getBytes(StandardCharsets.UTF_8)));
        String text = Xml.bodyText(page);
        assertTrue(text.contains("Załącznik Odczyty licznika Licznik L-1 & L-2 Pierwszy akapit <b>drugi</b> "
                + "Okres luty Zużycie Data kWh 2026-02-01 12.5 2026-02-02 razem 12.5"), text);
        String sectionOrder = String.join(",", sectionIds(page));
        assertTrue(sectionOrder.endsWith("s-footer,s-attachment,kodi") || sectionOrder.endsWith("s-footer,s-attachment"),
                sectionOrder);
    }

    @Test
    void aDoctypeIsRefusedBeforeAnythingIsRendered() {
        byte[] hostile = ("<?xml version=\"1.0\"?><!DOCTYPE Faktura [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Faktura xmlns=\"http://crd.gov.pl/wzor/2025/06/25/13775/\"><Fa><P_2>&x;</P_2></Fa></Faktura>")
                .getBytes(StandardCharsets.UTF_8);
        io.github.acubepl.mapping.InvoiceReadException e = assertThrows(
                io.github.acubepl.mapping.InvoiceReadException.class, () -> InvoiceRenderer.create().html(hostile));
        assertEquals(io.github.acubepl.mapping.InvoiceReadException.Reason.HOSTILE, e.reason());
    }

    @Test
    void anFa1SettlementShowsItsAdvanceInvoiceAndTheControlTotalsOfItsLines() throws Exception {
        String text = Xml.bodyText(Xml.html(InvoiceRenderer.create().html(
                Files.readAllBytes(OfficialFiles.sample(1, 14)))));
        assertTrue(text.contains("Faktura rozliczeniowa"), text);
        assertTrue(text.contains("Numer faktury zaliczkowej FZ2022/02/150"), text);
        assertTrue(text.contains("Wartość netto wierszy 312000"), text);
        assertTrue(text.contains("Schemat: FA (1)"), text);
    }

    @Test
    void thirdPartiesShowTheirRoleAndShare() throws Exception {
        String text = Xml.bodyText(Xml.html(InvoiceRenderer.create().html(
                Files.readAllBytes(OfficialFiles.sample(3, 10)))));
        assertTrue(text.contains("Podmiot inny 1"), text);
        assertTrue(text.contains("Dodatkowy nabywca (4)"), text);
        assertTrue(text.contains("Udział 50%"), text);
        assertTrue(rateRows(Xml.html(InvoiceRenderer.create().html(Files.readAllBytes(OfficialFiles.sample(3, 10)))))
                .contains(List.of("23%", "16260.16", "3739.84")), "an advance invoice's rate, from its order lines");
    }

    @Test
    void oneFa3SampleIsKeptAsAFileAPersonCanOpen() throws Exception {
        byte[] sentBytes = Files.readAllBytes(OfficialFiles.sample(3, 1));
        String html = InvoiceRenderer.builder().environment(KsefEnvironment.TEST).build().html(sentBytes);
        Path out = Path.of("target/render/FA_3_Przyklad_1.html");
        Files.createDirectories(out.getParent());
        Files.writeString(out, html, StandardCharsets.UTF_8);
        assertEquals(html, Files.readString(out, StandardCharsets.UTF_8));
        Files.writeString(Path.of("target/render/FA_3_Przyklad_1_en.html"),
                InvoiceRenderer.builder().language(Language.EN).environment(KsefEnvironment.TEST).build()
                        .html(sentBytes), StandardCharsets.UTF_8);
    }

    private static List<String> sectionIds(Document page) {
        List<String> out = new ArrayList<>();
        NodeList sections = page.getElementsByTagNameNS("*", "section");
        for (int i = 0; i < sections.getLength(); i++) {
            out.add(((Element) sections.item(i)).getAttribute("class"));
        }
        return out;
    }

    @Test
    void theSectionsFollowTheOfficialOrder() throws Exception {
        byte[] invoice = Files.readAllBytes(OfficialFiles.sample(3, 4));
        Document page = Xml.html(InvoiceRenderer.builder().environment(KsefEnvironment.TEST).build().html(invoice));
        assertEquals(List.of("s-parties", "s-details", "s-lines", "s-rates", "s-annotations", "s-settlement",
                "s-payment", "s-terms", "s-footer", "kodi"), sectionIds(page));
    }

    private static List<String> lineHeaders(Document page) {
        NodeList sections = page.getElementsByTagNameNS("*", "section");
        for (int i = 0; i < sections.getLength(); i++) {
            Element s = (Element) sections.item(i);
            if (s.getAttribute("class").equals("s-lines")) {
                List<String> out = new ArrayList<>();
                NodeList ths = ((Element) s.getElementsByTagNameNS("*", "thead").item(0))
                        .getElementsByTagNameNS("*", "th");
                for (int j = 0; j < ths.getLength(); j++) {
                    out.add(ths.item(j).getTextContent());
                }
                return out;
            }
        }
        throw new AssertionError("no lines section");
    }

    private static Element kodI(Document page) {
        NodeList sections = page.getElementsByTagNameNS("*", "section");
        for (int i = 0; i < sections.getLength(); i++) {
            if (((Element) sections.item(i)).getAttribute("class").equals("kodi")) {
                return (Element) sections.item(i);
            }
        }
        throw new AssertionError("no KOD I block");
    }

    private static String label(Element kodI) {
        NodeList divs = kodI.getElementsByTagNameNS("*", "div");
        for (int i = 0; i < divs.getLength(); i++) {
            if (((Element) divs.item(i)).getAttribute("class").equals("label")) {
                return divs.item(i).getTextContent();
            }
        }
        throw new AssertionError("no label under the QR code");
    }

    static String first(Document d, String localName) {
        return d.getElementsByTagNameNS("*", localName).item(0).getTextContent().strip();
    }

    static String first(Element e, String localName) {
        return e.getElementsByTagNameNS("*", localName).item(0).getTextContent().strip();
    }

    static List<String> all(Element e, String localName) {
        List<String> out = new ArrayList<>();
        NodeList nodes = e.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent().strip());
        }
        return out;
    }
}
