package io.github.acubepl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.KsefEnvironment;
import io.github.acubepl.mapping.KsefNumber;
import io.github.acubepl.model.InvoiceModel;
import io.github.acubepl.testkit.OfficialFiles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class InvoicePdfTest {
    private static final InvoiceMapper MAPPER = InvoiceMapper.create();

    @TestFactory
    Stream<DynamicTest> everyOfficialSamplesPdfShowsItsNumberNipsLineNamesAndTotalsPerRate() {
        List<Path> samples = new ArrayList<>();
        for (int version = 1; version <= 3; version++) {
            samples.addAll(OfficialFiles.samples(version));
        }
        assertEquals(16 + 16 + 20, samples.size(), "the official samples");
        return samples.stream().map(p -> DynamicTest.dynamicTest(p.getParent().getParent().getFileName() + "/"
                + p.getFileName(), () -> {
                    byte[] pdf = showsWhatTheInvoiceSays(Files.readAllBytes(p), Language.PL);
                    Path out = Path.of("target/render/samples", p.getParent().getParent().getFileName().toString(),
                            p.getFileName().toString().replace(".xml", ".pdf"));
                    Files.createDirectories(out.getParent());
                    Files.write(out, pdf);
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyOfficialFa3SamplesPdfShowsTheSameDataWithEnglishLabels() {
        return OfficialFiles.samples(3).stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
                () -> showsWhatTheInvoiceSays(Files.readAllBytes(p), Language.EN)));
    }

    private static byte[] showsWhatTheInvoiceSays(byte[] invoice, Language language) throws Exception {
        byte[] pdf = InvoiceRenderer.builder().language(language).build().pdf(invoice);
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"), "a PDF file");
        String raw = text(pdf);
        String text = Xml.collapse(raw);
        Document source = Xml.parse(invoice);
        String number = InvoiceRendererTest.first(source, "P_2");
        assertTrue(text.contains(Xml.collapse(number)), "the invoice number " + number);
        Element seller = (Element) source.getElementsByTagNameNS("*", "Podmiot1").item(0);
        assertTrue(text.contains(InvoiceRendererTest.first(seller, "NIP")), "the seller NIP");
        Element buyer = (Element) source.getElementsByTagNameNS("*", "Podmiot2").item(0);
        for (String nip : InvoiceRendererTest.all(buyer, "NIP")) {
            assertTrue(text.contains(nip), "the buyer NIP " + nip);
        }
        for (String name : InvoiceRendererTest.all(source.getDocumentElement(), "P_7")) {
            assertTrue(text.contains(Xml.collapse(name)), "the line name " + name + " in " + text);
        }
        // the totals per rate, in the rate summary: between its heading and the annotations
        String rates = language == Language.PL ? "Podsumowanie stawek podatku" : "Tax rate summary";
        String next = language == Language.PL ? "Adnotacje" : "Annotations";
        int from = text.indexOf(rates);
        assertTrue(from >= 0, "the rate summary");
        int to = text.indexOf(next, from);
        String summary = text.substring(from, to < 0 ? text.length() : to);
        Element fa = (Element) source.getElementsByTagNameNS("*", "Fa").item(0);
        for (Node c = fa.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element && c.getLocalName().matches("P_1[34]_.*")) {
                String value = c.getTextContent().strip();
                assertTrue(Pattern.compile("(^| )" + Pattern.quote(value) + "( |$)").matcher(summary).find(),
                        "the total " + c.getLocalName() + " = " + value + " in the rate summary " + summary);
            }
        }
        assertTrue(text.contains(InvoiceRendererTest.first(source, "P_15")), "the amount due");
        return pdf;
    }

    @Test
    void theKodIQrCodeReadFromThePrintedPageGivesTheLinkOfTheTestVector() throws Exception {
        byte[] sent = Files.readAllBytes(OfficialFiles.sample(3, 1));
        byte[] pdf = InvoiceRenderer.builder().environment(KsefEnvironment.TEST).build().pdf(sent);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int last = doc.getNumberOfPages() - 1;
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(last, 150, ImageType.RGB);
            assertEquals(KsefQrTest.VECTOR, decode(image).getText());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.replace("\r", "").replace("\n", "").contains(KsefQrTest.VECTOR), "the link as text");
            assertTrue(text.contains("OFFLINE"), "the label without a KSeF number");
            assertTrue(text.contains("Sprawdź, czy Twoja faktura znajduje się w KSeF!"), text);
        }
    }

    @Test
    void theKodILabelIsTheKsefNumberWhenKnownAndTheLinkIsClickable() throws Exception {
        byte[] sent = Files.readAllBytes(OfficialFiles.sample(3, 1));
        String prefix = "9999999999-20260215-0123456789AB";
        String ksefNumber = prefix + "-" + KsefNumber.checksum(prefix);
        byte[] pdf = InvoiceRenderer.builder().environment(KsefEnvironment.TEST).ksefNumber(ksefNumber).build()
                .pdf(sent);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = Xml.collapse(new PDFTextStripper().getText(doc));
            assertTrue(text.contains("Numer KSeF: " + ksefNumber), text);
            assertFalse(text.contains("OFFLINE"), text);
            PDPage last = doc.getPage(doc.getNumberOfPages() - 1);
            assertTrue(last.getAnnotations().stream().anyMatch(a -> a instanceof PDAnnotationLink
                    && ((PDAnnotationLink) a).getAction() instanceof PDActionURI
                    && KsefQrTest.VECTOR.equals(((PDActionURI) ((PDAnnotationLink) a).getAction()).getURI())),
                    "a link annotation to the verification link");
        }
    }

    @Test
    void theFontIsEmbeddedAndPolishLettersSurviveTextExtraction() throws Exception {
        String xml = new String(Files.readAllBytes(OfficialFiles.sample(3, 1)), StandardCharsets.UTF_8)
                .replace("<P_7>lodówka Zimnotech mk1</P_7>", "<P_7>Zażółć gęślą jaźń ZAŻÓŁĆ GĘŚLĄ JAŹŃ</P_7>");
        byte[] pdf = InvoiceRenderer.create().pdf(xml.getBytes(StandardCharsets.UTF_8));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), "font " + font.getName() + " embedded");
                    assertTrue(font.getName().contains("DejaVuSans"), font.getName());
                    fonts++;
                }
            }
            assertTrue(fonts >= 2, "the regular and the bold face");
            String text = new PDFTextStripper().getText(doc);
            assertTrue(Xml.collapse(text).contains("Zażółć gęślą jaźń ZAŻÓŁĆ GĘŚLĄ JAŹŃ"), text);
            assertTrue(text.contains("Sprzedawca") && text.contains("Nabywca") && text.contains("Płatność"), text);
        }
    }

    @Test
    void aThousandLineInvoiceRunsOverSeveralPagesEachNumberedAndEachRepeatingTheTableHeader() throws Exception {
        byte[] pdf = InvoiceRenderer.create().pdf(thousandLines());
        keep("thousand-lines.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 10, "pages: " + pages);
            PDFTextStripper stripper = new PDFTextStripper();
            StringBuilder all = new StringBuilder();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(doc);
                all.append(text);
                assertTrue(text.strip().endsWith(p + " z " + pages), "page " + p + " ends with its number: " + text);
                if (text.contains("pozycja numer ") && p > 1) {
                    assertTrue(text.contains("Nazwa towaru lub usługi"), "page " + p + " repeats the header");
                }
            }
            String text = Xml.collapse(all.toString());
            for (int i = 1; i <= 1000; i++) {
                assertTrue(text.contains("pozycja numer " + i + " koniec"), "line " + i);
            }
        }
    }

    private static byte[] thousandLines() throws IOException {
        String xml = new String(Files.readAllBytes(OfficialFiles.sample(3, 1)), StandardCharsets.UTF_8);
        int start = xml.indexOf("<FaWiersz>");
        int end = xml.lastIndexOf("</FaWiersz>") + "</FaWiersz>".length();
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 1000; i++) {
            lines.append("<FaWiersz><NrWierszaFa>").append(i).append("</NrWierszaFa><P_7>pozycja numer ").append(i)
                    .append(" koniec</P_7><P_8A>szt.</P_8A><P_8B>1</P_8B><P_9A>10.00</P_9A><P_11>10.00</P_11>")
                    .append("<P_12>23</P_12></FaWiersz>\n");
        }
        return (xml.substring(0, start) + lines + xml.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void hostileTextRendersWithoutErrorAndStaysInsideThePage() throws Exception {
        String token = "https://example.com/" + "x".repeat(10_000);
        String xml = new String(Files.readAllBytes(OfficialFiles.sample(3, 1)), StandardCharsets.UTF_8)
                .replace("<P_7>lodówka Zimnotech mk1</P_7>",
                        "<P_7>&lt;script&gt;alert(\"x\")&lt;/script&gt; ŁÓDŹ \u0085\u009b\uD83E\uDDFE \u0378 end</P_7>")
                .replace("<P_7>wniesienie sprzętu</P_7>", "<P_7>" + token + "</P_7>")
                .replace("<StopkaFaktury>Kapiał zakładowy 5 000 000</StopkaFaktury>",
                        "<StopkaFaktury>" + token + " &#9;tab " + "słowo ".repeat(2_000) + "</StopkaFaktury>")
                .replace("<Nazwa>ABC AGD sp. z o. o.</Nazwa>", "<Nazwa>" + token + "</Nazwa>");
        byte[] pdf = InvoiceRenderer.builder().environment(KsefEnvironment.TEST).build()
                .pdf(xml.getBytes(StandardCharsets.UTF_8));
        keep("hostile.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> outside = new ArrayList<>();
            StringBuilder tokenText = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    PDRectangle box = getCurrentPage().getMediaBox();
                    for (TextPosition t : positions) {
                        if (t.getX() < 0 || t.getX() + t.getWidth() > box.getWidth() + 0.01f || t.getY() < 0
                                || t.getY() > box.getHeight()) {
                            outside.add(t.getUnicode() + "@" + t.getX() + "," + t.getY());
                        }
                    }
                    super.writeString(text, positions);
                }
            };
            String text = stripper.getText(doc);
            assertTrue(outside.isEmpty(), "text outside the page: " + outside.subList(0, Math.min(10,
                    outside.size())));
            tokenText.append(text.replace("\r", "").replace("\n", ""));
            assertTrue(Xml.collapse(text).contains("<script>alert(\"x\")</script> ŁÓDŹ \uFFFD\uFFFD\uFFFD \uFFFD end"), text);
            assertFalse(text.contains("\u0085") || text.contains("\uD83E"), "a control character or an emoji the font lacks");
            // the token is in three places (a line name, the seller's name, the footer), each wrapped and
            // running over pages: every one of its characters is on a page
            assertTrue(tokenText.toString().contains("https://example.com/xxxxxxxx"), "the long token");
            assertTrue(tokenText.chars().filter(c -> c == 'x').count() >= 3 * 10_000, "every character of it");
            assertTrue(Xml.collapse(text).contains("tab słowo słowo"), "a tab shown as a space");
        }
    }

    @Test
    void theDocumentAndTheModelOfOneInvoiceGiveTheSameTextAsItsBytes() throws Exception {
        byte[] invoice = Files.readAllBytes(OfficialFiles.sample(3, 1));
        InvoiceRenderer renderer = InvoiceRenderer.create();
        String fromBytes = text(renderer.pdf(invoice));
        assertEquals(fromBytes, text(renderer.pdf(MAPPER.read(invoice))));
        assertEquals(fromBytes, text(renderer.pdf(MAPPER.readModel(invoice, InvoiceModel.class))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.writePdf(invoice, out);
        assertEquals(fromBytes, text(out.toByteArray()));
    }

    @Test
    void pdfsRenderedAtOnceOnSeveralThreadsAreWholeAndAlike() throws Exception {
        byte[] invoice = Files.readAllBytes(OfficialFiles.sample(3, 1));
        InvoiceRenderer renderer = InvoiceRenderer.builder().environment(KsefEnvironment.TEST).build();
        String expected = text(renderer.pdf(invoice));
        int threads = 6;
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    start.await(60, java.util.concurrent.TimeUnit.SECONDS);
                    List<String> texts = new ArrayList<>();
                    for (int i = 0; i < 4; i++) {
                        texts.add(text(renderer.pdf(invoice)));
                    }
                    return texts;
                }));
            }
            for (java.util.concurrent.Future<List<String>> f : futures) {
                for (String text : f.get(120, java.util.concurrent.TimeUnit.SECONDS)) {
                    assertEquals(expected, text);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void englishPagesAreNumberedNOfM() throws Exception {
        byte[] pdf = InvoiceRenderer.builder().language(Language.EN).build().pdf(thousandLines());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("1 of " + doc.getNumberOfPages()), "n of m");
            assertFalse(text.contains(" z " + doc.getNumberOfPages()), "no Polish page numbers");
        }
    }

    @Test
    void aFailingOutputStreamIsReportedAsARenderError() throws Exception {
        byte[] invoice = Files.readAllBytes(OfficialFiles.sample(3, 1));
        OutputStream broken = InvoiceRendererTest.diskFull();
        AcubeRenderException e = assertThrows(AcubeRenderException.class,
                () -> InvoiceRenderer.create().writePdf(invoice, broken));
        assertEquals("cannot write the PDF to the output stream", e.getMessage());
    }

    @Test
    void oneFa3SamplesPdfIsKeptWithItsPagesAsPngAPersonCanLookAt() throws Exception {
        byte[] sent = Files.readAllBytes(OfficialFiles.sample(3, 1));
        byte[] pdf = InvoiceRenderer.builder().environment(KsefEnvironment.TEST).build().pdf(sent);
        Path dir = Path.of("target/render");
        Files.createDirectories(dir);
        Files.write(dir.resolve("FA_3_Przyklad_1.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                BufferedImage image = renderer.renderImageWithDPI(p, 100, ImageType.RGB);
                Path png = dir.resolve("FA_3_Przyklad_1-page-" + (p + 1) + ".png");
                assertTrue(ImageIO.write(image, "png", png.toFile()), "a PNG writer");
                assertEquals((int) (PDRectangle.A4.getWidth() / 72 * 100), ImageIO.read(png.toFile()).getWidth(),
                        "A4 at 100 dpi");
            }
        }
    }

    /** Keeps a PDF and its first two pages as PNG under target/render for a person to look at. */
    private static void keep(String name, byte[] pdf) throws IOException {
        Path out = Path.of("target/render", name);
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 0; p < Math.min(2, doc.getNumberOfPages()); p++) {
                ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(p, 72, ImageType.RGB), "png",
                        out.resolveSibling(name.replace(".pdf", "-page-" + (p + 1) + ".png")).toFile());
            }
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Reads a QR code from a rendered page, as a phone reads the printed one. */
    static Result decode(BufferedImage image) throws Exception {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
    }
}
