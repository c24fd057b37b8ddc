package io.github.acubepl.render;

import io.github.acubepl.mapping.KsefEnvironment;
import io.github.acubepl.render.internal.QrCode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Objects;

/**
 * KOD I, the code that lets a buyer check an invoice in KSeF: the verification link and its QR code.
 *
 * <p>The link is {@code <base>/invoice/<seller NIP>/<P_1 as dd-MM-yyyy>/<hash>}, where the base is
 * {@code https://qr-test.ksef.mf.gov.pl}, {@code https://qr-demo.ksef.mf.gov.pl} or
 * {@code https://qr.ksef.mf.gov.pl} and the hash is the SHA-256 of the <em>exact</em> invoice bytes
 * sent to KSeF, Base64URL-encoded without padding. Any re-serialisation (another XML declaration,
 * indentation, CRLF) changes the hash and gives a link that finds no invoice, so the link is built
 * either from the bytes actually sent or from the hash KSeF or A-Cube returned for them (A-Cube's
 * {@code hash}, standard Base64) — never from an invoice written out again.
 *
 * <pre>{@code
 * String link = KsefQr.verificationLink(KsefEnvironment.TEST, "9999999999", LocalDate.of(2026, 2, 15), sentBytes);
 * String svg = KsefQr.svg(link);
 * }</pre>
 *
 * The QR code uses error correction level M, as the Ministry's generator. Under it the official
 * layout prints the KSeF number when it is known, otherwise {@code OFFLINE}
 * ({@link #label(String)}).
 */
public final class KsefQr {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    private KsefQr() {
    }

    /**
     * The verification link of an invoice, from the exact bytes sent to KSeF.
     *
     * @param environment the KSeF environment the invoice was sent to
     * @param sellerNip the seller's NIP ({@code Podmiot1}), 10 digits
     * @param issueDate the issue date ({@code P_1})
     * @param exactBytes the invoice file exactly as sent (the unencrypted XML)
     * @return the link
     * @throws AcubeRenderException if the NIP is not 10 digits
     */
    public static String verificationLink(KsefEnvironment environment, String sellerNip, LocalDate issueDate,
            byte[] exactBytes) {
        Objects.requireNonNull(exactBytes, "exactBytes");
        return link(environment, sellerNip, issueDate, sha256(exactBytes));
    }

    /**
     * The verification link of an invoice, from the hash KSeF or A-Cube returned for it.
     *
     * @param environment the KSeF environment the invoice was sent to
     * @param sellerNip the seller's NIP ({@code Podmiot1}), 10 digits
     * @param issueDate the issue date ({@code P_1})
     * @param sha256Base64 the SHA-256 of the invoice bytes in standard Base64 (44 characters, as
     *     A-Cube's {@code hash} and KSeF's {@code invoiceHash})
     * @return the link
     * @throws AcubeRenderException if the NIP is not 10 digits, or the hash is not standard Base64 of
     *     32 bytes
     */
    public static String verificationLink(KsefEnvironment environment, String sellerNip, LocalDate issueDate,
            String sha256Base64) {
        return link(environment, sellerNip, issueDate, decodeHash(sha256Base64));
    }

    /**
     * The QR code of a link (ECC level M) as a standalone SVG element, 40 mm wide, with the quiet
     * zone; embed it in HTML as it is, or save it as an {@code .svg} file.
     *
     * @param link the text to encode, normally from {@link #verificationLink}
     * @return the SVG markup
     * @throws AcubeRenderException if the text does not fit in a QR code
     */
    public static String svg(String link) {
        Objects.requireNonNull(link, "link");
        return QrCode.of(link).svg("40mm");
    }

    /**
     * The label printed under the KOD I code: the KSeF number when it is known, otherwise
     * {@code OFFLINE}.
     *
     * @param ksefNumber the KSeF number, or null (or blank) when it is not known
     * @return the label
     */
    public static String label(@org.jspecify.annotations.Nullable String ksefNumber) {
        return ksefNumber == null || ksefNumber.isBlank() ? "OFFLINE" : ksefNumber.strip();
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    static byte[] decodeHash(String sha256Base64) {
        Objects.requireNonNull(sha256Base64, "sha256Base64");
        byte[] hash;
        try {
            hash = Base64.getDecoder().decode(sha256Base64.strip());
        } catch (IllegalArgumentException e) {
            throw new AcubeRenderException("the invoice hash is not standard Base64: \"" + Texts.prefix(sha256Base64)
                    + "\" (expected the SHA-256 as returned by KSeF or A-Cube, 44 characters)");
        }
        if (hash.length != 32) {
            throw new AcubeRenderException("the invoice hash decodes to " + hash.length
                    + " bytes, not the 32 of a SHA-256: \"" + Texts.prefix(sha256Base64) + "\"");
        }
        return hash;
    }

    private static String link(KsefEnvironment environment, String sellerNip, LocalDate issueDate, byte[] hash) {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(sellerNip, "sellerNip");
        Objects.requireNonNull(issueDate, "issueDate");
        if (!sellerNip.matches("[0-9]{10}")) {
            throw new AcubeRenderException("the seller NIP for KOD I must be 10 digits, not \""
                    + Texts.prefix(sellerNip) + "\"");
        }
        return base(environment) + "/invoice/" + sellerNip + '/' + DATE.format(issueDate) + '/'
                + Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    }

    private static String base(KsefEnvironment environment) {
        switch (environment) {
            case TEST:
                return "https://qr-test.ksef.mf.gov.pl";
            case DEMO:
                return "https://qr-demo.ksef.mf.gov.pl";
            case PRODUCTION:
                return "https://qr.ksef.mf.gov.pl";
            default:
                throw new IllegalArgumentException("no KOD I base address for " + environment);
        }
    }
}
