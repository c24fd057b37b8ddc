package io.github.acubepl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.Result;
import io.github.acubepl.mapping.KsefEnvironment;
import io.github.acubepl.testkit.OfficialFiles;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class KsefQrTest {
    /** The test vector of the visualisation notes (shared/reference/visualisation.md §2). */
    static final String VECTOR =
            "https://qr-test.ksef.mf.gov.pl/invoice/9999999999/15-02-2026/X-wQflQVyRs1fImlI-xDPnWk1V37hys4O1lkx9iJbSA";
    private static final LocalDate P_1 = LocalDate.of(2026, 2, 15);

    @Test
    void theExactBytesOfOfficialSampleOneGiveTheTestVector() throws Exception {
        byte[] sentBytes = Files.readAllBytes(OfficialFiles.sample(3, 1));
        String link = KsefQr.verificationLink(KsefEnvironment.TEST, "9999999999", LocalDate.of(2026, 2, 15), sentBytes);
        String svg = KsefQr.svg(link);
        assertEquals(VECTOR, link);
        assertEquals(VECTOR, Qr.decode(svg).getText());
    }

    @Test
    void theHashAWebhookCarriesGivesTheSameLinkAsTheBytes() throws Exception {
        byte[] bytes = Files.readAllBytes(OfficialFiles.sample(3, 1));
        String webhookHash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertEquals(44, webhookHash.length());
        assertEquals(VECTOR, KsefQr.verificationLink(KsefEnvironment.TEST, "9999999999", P_1, webhookHash));
    }

    @Test
    void aReserialisedInvoiceGivesAnotherLink() throws Exception {
        byte[] bytes = Files.readAllBytes(OfficialFiles.sample(3, 1));
        byte[] crlf = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace("\n", "\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(VECTOR.equals(KsefQr.verificationLink(KsefEnvironment.TEST, "9999999999", P_1, crlf)));
    }

    @Test
    void eachEnvironmentHasItsOwnBaseAddressAndTheHashIsBase64UrlWithoutPadding() {
        byte[] bytes = {(byte) 0xfb, (byte) 0xff, 1};
        String demo = KsefQr.verificationLink(KsefEnvironment.DEMO, "1111111111", LocalDate.of(2031, 3, 4), bytes);
        String prd = KsefQr.verificationLink(KsefEnvironment.PRODUCTION, "1111111111", LocalDate.of(2031, 3, 4), bytes);
        assertTrue(demo.startsWith("https://qr-demo.ksef.mf.gov.pl/invoice/1111111111/04-03-2031/"), demo);
        assertTrue(prd.startsWith("https://qr.ksef.mf.gov.pl/invoice/1111111111/04-03-2031/"), prd);
        String hash = prd.substring(prd.lastIndexOf('/') + 1);
        assertEquals(43, hash.length());
        assertFalse(hash.contains("=") || hash.contains("+") || hash.contains("/"), hash);
    }

    @Test
    void aSellerNipThatIsNotTenDigitsIsRefusedWithAClearMessage() {
        for (String nip : new String[] {"999999999", "99999999999", "999-999-99-99", "PL9999999999", "",
                "99999\u000199999", "<script>alert(1)</script>"}) {
            AcubeRenderException e = assertThrows(AcubeRenderException.class,
                    () -> KsefQr.verificationLink(KsefEnvironment.TEST, nip, P_1, new byte[] {1}));
            assertTrue(e.getMessage().contains("must be 10 digits"), e.getMessage());
            assertFalse(e.getMessage().chars().anyMatch(c -> c < 0x20), "a control character in: " + e.getMessage());
        }
    }

    @Test
    void aHashThatIsNotStandardBase64OfThirtyTwoBytesIsRefusedWithAClearMessage() {
        String urlSafe = "X-wQflQVyRs1fImlI-xDPnWk1V37hys4O1lkx9iJbSA";
        AcubeRenderException notBase64 = assertThrows(AcubeRenderException.class,
                () -> KsefQr.verificationLink(KsefEnvironment.TEST, "9999999999", P_1, urlSafe));
        assertTrue(notBase64.getMessage().contains("not standard Base64"), notBase64.getMessage());
        String shortHash = Base64.getEncoder().encodeToString(new byte[31]);
        AcubeRenderException tooShort = assertThrows(AcubeRenderException.class,
                () -> KsefQr.verificationLink(KsefEnvironment.TEST, "9999999999", P_1, shortHash));
        assertTrue(tooShort.getMessage().contains("31 bytes, not the 32 of a SHA-256"), tooShort.getMessage());
        String longHash = Base64.getEncoder().encodeToString(new byte[64]);
        assertThrows(AcubeRenderException.class,
                () -> KsefQr.verificationLink(KsefEnvironment.TEST, "9999999999", P_1, longHash));
        char[] huge = new char[100_000];
        Arrays.fill(huge, '!');
        AcubeRenderException hostile = assertThrows(AcubeRenderException.class,
                () -> KsefQr.verificationLink(KsefEnvironment.TEST, "9999999999", P_1, new String(huge)));
        assertTrue(hostile.getMessage().length() < 300, "the message quotes only a prefix");
    }

    @Test
    void theQrCodeUsesErrorCorrectionLevelMAndDecodesBackToTheLink() throws Exception {
        Result r = Qr.decode(KsefQr.svg(VECTOR));
        assertEquals(VECTOR, r.getText());
        assertEquals("M", String.valueOf(Qr.level(r)));
    }

    @Test
    void theLabelIsTheKsefNumberWhenKnownElseOffline() {
        assertEquals("OFFLINE", KsefQr.label(null));
        assertEquals("OFFLINE", KsefQr.label(" "));
        assertEquals("5555555555-20250828-010080615740-E4", KsefQr.label("5555555555-20250828-010080615740-E4"));
    }
}
