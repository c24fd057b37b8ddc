package io.github.acubepl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code acube demo}: the whole flow on loopback, on real time (a few seconds). The simulator it starts runs on
 * the real clock, so everything here does too: the command's clock is the system clock, never {@link Cli#CLOCK}.
 */
class DemoCommandTest {
    private static final Clock REAL = Clock.systemDefaultZone();

    @TempDir
    Path dir;

    private static Cli.Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AcubeCli.run(new Terminal(out, err, REAL, false), args);
        return new Cli.Result(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theWholeFlowWorksAndPrintsTheTimeline() throws Exception {
        Path out = dir.resolve("demo-out");
        Cli.Result r = run("demo", "--ksef-delay", "100", "--out", out.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stderr());
        String text = r.stdout();
        for (String step : List.of("sandbox started at http://127.0.0.1:", "webhook receiver listening at http://127.0.0.1:",
                "logged in as sandbox@example.com", "legal entity registered: NIP 5830147261",
                "webhooks subscribed: invoice-sender, onboarding-activated, invoice-receiver",
                "webhook onboarding-activated received, signature verified",
                "webhook invoice-sender received, signature verified: status in_queue",
                "webhook invoice-sender received, signature verified: status processing (code 150)",
                "webhook invoice-sender received, signature verified: status valid (code 200), KSeF number 5830147261-",
                "FA XML downloaded", "UPO downloaded",
                "supplier's invoice HZ/2026/11/0815 (FA(3), ", " bytes) from NIP 9520316783 arrived from KSeF for NIP "
                        + "5830147261: uuid ",
                "webhook invoice-receiver received, signature verified: KSeF number 9520316783-",
                "purchase invoice downloaded: ", " bytes, hash verified against the notification's, valid FA(3)",
                "Timeline of invoice FV/2026/11/0042",
                "5 signed notification(s) received and verified, none rejected", "demo: OK")) {
            assertTrue(text.contains(step), () -> "missing '" + step + "' in\n" + text);
        }
        Matcher m = Pattern.compile("KSeF number (\\d{10}-\\d{8}-[0-9A-F]{12}-[0-9A-F]{2})").matcher(text);
        assertTrue(m.find(), text);
        String ksef = m.group(1);
        // the timeline rows come in the order of the invoice's life
        int sent = text.indexOf(" sent ");
        int queued = text.indexOf(" in_queue ", sent);
        int processing = text.indexOf(" processing ", queued);
        int valid = text.indexOf(" valid ", processing);
        int upo = text.indexOf(" upo ", valid);
        assertTrue(sent > 0 && queued > sent && processing > queued && valid > processing && upo > valid, text);

        String xml = Files.readString(out.resolve("invoice.xml"), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<P_2>FV/2026/11/0042</P_2>"), xml);
        assertTrue(Files.readString(out.resolve("upo.xml"), StandardCharsets.UTF_8).contains(ksef));
        Cli.Result valid2 = run("validate", out.resolve("invoice.xml").toString());
        assertEquals(0, valid2.exitCode(), valid2::toString);
        // the sent invoice's PDF, with KOD I of the exact bytes sent and the KSeF number the demo got
        byte[] pdf = Files.readAllBytes(out.resolve("invoice.pdf"));
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.ISO_8859_1));
        assertTrue(text.contains("saved " + out.resolve("invoice.xml") + ", " + out.resolve("invoice.pdf")
                + " (with KOD I)"), text);

        // the supplier's invoice, as downloaded and verified: addressed to the demo's legal entity, valid FA(3)
        String purchase = Files.readString(out.resolve("purchase-invoice.xml"), StandardCharsets.UTF_8);
        assertTrue(purchase.contains("<P_2>HZ/2026/11/0815</P_2>"), purchase);
        assertTrue(purchase.matches("(?s).*<Podmiot2>\\s*<DaneIdentyfikacyjne>\\s*<NIP>5830147261</NIP>.*"), purchase);
        Cli.Result validPurchase = run("validate", out.resolve("purchase-invoice.xml").toString());
        assertTrue(validPurchase.stdout().contains("FA(3) XML: VALID (0 errors, 0 warnings)"), validPurchase::toString);
        // the steps of the purchase invoice come after those of the sales invoice, in order
        int upoStep = text.indexOf("UPO downloaded: ");
        int arrived = text.indexOf("supplier's invoice HZ/2026/11/0815");
        int notified = text.indexOf("webhook invoice-receiver received");
        int downloaded = text.indexOf("purchase invoice downloaded: ");
        assertTrue(upoStep > 0 && arrived > upoStep && notified > arrived && downloaded > notified, text);

        // the last notification, saved as received, verifies with the command the demo suggests
        Path hook = out.resolve("webhook");
        String url = Files.readString(hook.resolve("url.txt")).strip();
        assertTrue(text.contains("acube webhook verify --public-key " + hook.resolve("public-key.pem") + " --url " + url),
                text);
        Cli.Result verified = run("webhook", "verify",
                "--public-key", hook.resolve("public-key.pem").toString(), "--url", url,
                "--headers", hook.resolve("headers.txt").toString(), "--body", hook.resolve("body.json").toString());
        assertEquals(0, verified.exitCode(), verified::toString);
        String event = verified.stdout();
        assertTrue(event.contains("\"status\" : \"valid\"") && event.contains(ksef), event);
    }

    /** Issue 8: the demo sent an FA(1) invoice, which the platform refuses since February 2026. */
    @Test
    void theDemoSendsTheFa3ExampleAndDownloadsItAsFa3() throws Exception {
        Path out = dir.resolve("fa3-out");
        Cli.Result r = run("demo", "--ksef-delay", "50", "--out", out.toString());
        assertEquals(0, r.exitCode(), r::toString);
        String text = r.stdout();
        assertTrue(text.contains("invoice sent as JSON (example FA(3), "
                + Files.size(Cli.example("invoice-fa3.json")) + " bytes)"), text);
        assertTrue(text.contains("bytes, valid FA(3)"), text);
        assertEquals(Files.readString(Cli.example("invoice-fa3.xml")), Files.readString(out.resolve("invoice.xml")),
                "the FA XML the simulator rendered from the JSON example is the XML example");
        Cli.Result valid = run("validate", out.resolve("invoice.xml").toString());
        assertTrue(valid.stdout().contains("FA(3) XML: VALID (0 errors, 0 warnings)"), valid::toString);
    }

    @Test
    void aStepThatDoesNotHappenInTimeFailsWithExit1AndSaysWhich() {
        // KSeF takes a minute to move the invoice on; the demo waits 3 s for each notification.
        Cli.Result r = run("demo", "--ksef-delay", "60000", "--timeout", "3");
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("acube: demo failed: no invoice-sender notification"), r::toString);
        assertTrue(r.stderr().contains("after 'in_queue' within 3 s"), r::toString);
        assertTrue(r.stdout().contains("status in_queue"), "the steps that worked are shown: " + r);
        r.assertNoStackTrace();
    }

    @Test
    void anOutFolderThatCannotBeWrittenIsExit2NamingThePath() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        Cli.Result r = run("demo", "--ksef-delay", "50", "--out", file.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("acube: demo failed: cannot write " + file), r::toString);
        r.assertNoStackTrace();
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, run("demo", "--timeout", "0").exitCode());
        assertEquals(2, run("demo", "--ksef-delay", "-1").exitCode());
        assertEquals(2, run("demo", "extra").exitCode());
    }
}
