package io.github.acubepl.render;

import io.github.acubepl.mapping.InvoiceDocument;
import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.KsefEnvironment;
import io.github.acubepl.mapping.KsefNumber;
import io.github.acubepl.mapping.SourceSyntax;
import io.github.acubepl.model.InvoiceModel;
import io.github.acubepl.render.internal.FaXml;
import io.github.acubepl.render.internal.HtmlWriter;
import io.github.acubepl.render.internal.Labels;
import io.github.acubepl.render.internal.PdfWriter;
import io.github.acubepl.render.internal.QrCode;
import io.github.acubepl.render.internal.View;
import io.github.acubepl.render.internal.ViewBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Shows an FA(1), FA(2) or FA(3) invoice the way the Ministry's official visualisation does, as one
 * self-contained HTML file: inline CSS with A4 print styles ({@code @page}), no script, no external
 * resource, the sections in the official order (header with the invoice kind, correction data,
 * parties, details, lines with only the columns some line fills, order, tax rate summary,
 * annotations, additional information, settlement, payment, transaction terms and transport,
 * footer with registries, attachment tables) and, when an environment is given, the KOD I block:
 * the verification link, its QR code as inline SVG and under it the KSeF number or {@code OFFLINE}.
 * The same layout is available as an A4 PDF ({@link #pdf(byte[])}), laid out with Apache PDFBox, with
 * an embedded font (Polish letters render without any system font) and "n z m" on every page.
 *
 * <pre>{@code
 * String html = InvoiceRenderer.builder()
 *         .environment(KsefEnvironment.TEST)
 *         .ksefNumber(ksefNumber)
 *         .build()
 *         .html(sentBytes);
 * }</pre>
 *
 * <p>Labels are Polish by default, English with {@link Builder#language(Language)}; the invoice's
 * own texts, amounts and dates are shown exactly as written (amounts are never parsed as floating
 * point) and every one of them is escaped, since invoice text is untrusted input. The HTML is
 * written by hand through an escaping writer, without a template engine: nothing to configure
 * wrongly, escaping by construction.
 *
 * <p>KOD I needs the SHA-256 of the exact bytes sent to KSeF. {@link #html(byte[])} given FA XML
 * takes those bytes as the ones sent, unless the builder was given {@link Builder#sentBytes(byte[])}
 * or {@link Builder#hash(String)}; a document or a model (written out again, so with other bytes)
 * needs one of the two. A renderer is immutable and may be shared; one configured with the bytes or
 * the hash of one invoice is meant for that invoice.
 */
public final class InvoiceRenderer {
    private final Language language;
    private final @Nullable KsefEnvironment environment;
    private final @Nullable String ksefNumber;
    private final byte @Nullable [] hash;
    private final InvoiceMapper mapper;

    private InvoiceRenderer(Builder b) {
        this.language = b.language;
        this.environment = b.environment;
        this.ksefNumber = b.ksefNumber;
        this.hash = b.hash;
        this.mapper = b.mapper != null ? b.mapper : InvoiceMapper.create();
    }

    /** A builder: Polish labels, no KOD I block until an environment is set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A renderer with Polish labels and no KOD I block. */
    public static InvoiceRenderer create() {
        return builder().build();
    }

    /**
     * The HTML of an invoice given as FA XML or A-Cube JSON bytes. FA XML bytes are taken as the bytes
     * sent to KSeF for KOD I unless the builder was given other bytes or a hash.
     *
     * @param invoice the invoice file
     * @return the HTML document
     * @throws io.github.acubepl.mapping.InvoiceReadException if the bytes are not an invoice
     * @throws AcubeRenderException if KOD I was asked for and cannot be built
     */
    public String html(byte[] invoice) {
        Objects.requireNonNull(invoice, "invoice");
        InvoiceDocument document = mapper.read(invoice);
        boolean xml = document.syntax() == SourceSyntax.XML;
        return render(xml ? invoice : document.toXml(), xml ? invoice : null);
    }

    /**
     * The HTML of a document read or built by the mapping module.
     *
     * @param document the invoice
     * @return the HTML document
     * @throws AcubeRenderException if KOD I was asked for without the bytes sent or their hash
     */
    public String html(InvoiceDocument document) {
        Objects.requireNonNull(document, "document");
        return render(document.toXml(), null);
    }

    /**
     * The HTML of an invoice model ({@code Faktura} of any supported version).
     *
     * @param model the invoice
     * @return the HTML document
     * @throws AcubeRenderException if KOD I was asked for without the bytes sent or their hash
     */
    public String html(InvoiceModel model) {
        Objects.requireNonNull(model, "model");
        return render(mapper.fromModel(model).toXml(), null);
    }

    /**
     * Writes the HTML of an invoice file (see {@link #html(byte[])}) as UTF-8.
     *
     * @param invoice the invoice file
     * @param out where to write; not closed
     * @throws AcubeRenderException if writing fails
     */
    public void writeHtml(byte[] invoice, OutputStream out) {
        write(html(invoice), out);
    }

    /**
     * Writes the HTML of a document (see {@link #html(InvoiceDocument)}) as UTF-8.
     *
     * @param document the invoice
     * @param out where to write; not closed
     * @throws AcubeRenderException if writing fails
     */
    public void writeHtml(InvoiceDocument document, OutputStream out) {
        write(html(document), out);
    }

    /**
     * Writes the HTML of a model (see {@link #html(InvoiceModel)}) as UTF-8.
     *
     * @param model the invoice
     * @param out where to write; not closed
     * @throws AcubeRenderException if writing fails
     */
    public void writeHtml(InvoiceModel model, OutputStream out) {
        write(html(model), out);
    }

    private static void write(String html, OutputStream out) {
        Objects.requireNonNull(out, "out");
        try {
            out.write(html.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new AcubeRenderException("cannot write the HTML to the output stream", e);
        }
    }

    /**
     * The PDF of an invoice given as FA XML or A-Cube JSON bytes: A4, the same sections as
     * {@link #html(byte[])}, the font embedded, "n z m" ("n of m") on every page. FA XML bytes are
     * taken as the bytes sent to KSeF for KOD I unless the builder was given other bytes or a hash.
     *
     * @param invoice the invoice file
     * @return the PDF file
     * @throws io.github.acubepl.mapping.InvoiceReadException if the bytes are not an invoice
     * @throws AcubeRenderException if KOD I was asked for and cannot be built
     */
    public byte[] pdf(byte[] invoice) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        writePdf(invoice, out);
        return out.toByteArray();
    }

    /**
     * The PDF of a document read or built by the mapping module (see {@link #pdf(byte[])}).
     *
     * @param document the invoice
     * @return the PDF file
     * @throws AcubeRenderException if KOD I was asked for without the bytes sent or their hash
     */
    public byte[] pdf(InvoiceDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        writePdf(document, out);
        return out.toByteArray();
    }

    /**
     * The PDF of an invoice model (see {@link #pdf(byte[])}).
     *
     * @param model the invoice
     * @return the PDF file
     * @throws AcubeRenderException if KOD I was asked for without the bytes sent or their hash
     */
    public byte[] pdf(InvoiceModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        writePdf(model, out);
        return out.toByteArray();
    }

    /**
     * Writes the PDF of an invoice file (see {@link #pdf(byte[])}).
     *
     * @param invoice the invoice file
     * @param out where to write; not closed
     * @throws io.github.acubepl.mapping.InvoiceReadException if the bytes are not an invoice
     * @throws AcubeRenderException if KOD I cannot be built or writing fails
     */
    public void writePdf(byte[] invoice, OutputStream out) {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(out, "out");
        InvoiceDocument document = mapper.read(invoice);
        boolean xml = document.syntax() == SourceSyntax.XML;
        PdfWriter.write(view(xml ? invoice : document.toXml(), xml ? invoice : null), lang(), out);
    }

    /**
     * Writes the PDF of a document (see {@link #pdf(InvoiceDocument)}).
     *
     * @param document the invoice
     * @param out where to write; not closed
     * @throws AcubeRenderException if KOD I cannot be built or writing fails
     */
    public void writePdf(InvoiceDocument document, OutputStream out) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        PdfWriter.write(view(document.toXml(), null), lang(), out);
    }

    /**
     * Writes the PDF of a model (see {@link #pdf(InvoiceModel)}).
     *
     * @param model the invoice
     * @param out where to write; not closed
     * @throws AcubeRenderException if KOD I cannot be built or writing fails
     */
    public void writePdf(InvoiceModel model, OutputStream out) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(out, "out");
        PdfWriter.write(view(mapper.fromModel(model).toXml(), null), lang(), out);
    }

    private String lang() {
        return language.name().toLowerCase(Locale.ROOT);
    }

    private String render(byte[] xml, byte @Nullable [] inputBytes) {
        return HtmlWriter.write(view(xml, inputBytes), lang());
    }

    private View view(byte[] xml, byte @Nullable [] inputBytes) {
        FaXml root = FaXml.parse(xml);
        Labels labels = Labels.of(language);
        View.KodI kodI = null;
        if (environment != null) {
            byte[] digest = hash != null ? hash : inputBytes != null ? KsefQr.sha256(inputBytes) : null;
            if (digest == null) {
                throw new AcubeRenderException("KOD I needs the exact bytes sent to KSeF or the hash KSeF or A-Cube "
                        + "returned for them (InvoiceRenderer.Builder.sentBytes or hash): a document or a model "
                        + "written out again has other bytes, so its link would find no invoice");
            }
            String nip = ViewBuilder.sellerNip(root);
            LocalDate issued = ViewBuilder.issueDate(root);
            if (nip == null || issued == null) {
                throw new AcubeRenderException("KOD I needs the seller NIP (Podmiot1) and the issue date (P_1), "
                        + "and the invoice lacks " + (nip == null ? "the NIP" : "the issue date"));
            }
            String link = KsefQr.verificationLink(environment, nip, issued,
                    Base64.getEncoder().encodeToString(digest));
            kodI = new View.KodI(labels.get("@kodI"), link, KsefQr.label(ksefNumber), QrCode.of(link));
        }
        return ViewBuilder.build(root, labels, ksefNumber, kodI);
    }

    /** Configures an {@link InvoiceRenderer}. */
    public static final class Builder {
        /** The schemas' TNumerKSeF: KSeF 1.0 numbers (hyphen in the hex part) and KSeF 2.0 ones. */
        private static final Pattern KSEF_NUMBER = Pattern.compile(
                "([1-9][0-9]{9}|M[0-9]{9}|[A-Z]{3}[0-9]{7})-[0-9]{8}-[0-9A-F]{6}-?[0-9A-F]{6}-[0-9A-F]{2}");
        private Language language = Language.PL;
        private @Nullable KsefEnvironment environment;
        private @Nullable String ksefNumber;
        private byte @Nullable [] sentBytes;
        private byte @Nullable [] hash;
        private @Nullable InvoiceMapper mapper;

        private Builder() {
        }

        /**
         * The language of the labels (default {@link Language#PL}).
         *
         * @param language the language
         * @return this builder
         */
        public Builder language(Language language) {
            this.language = Objects.requireNonNull(language, "language");
            return this;
        }

        /**
         * The KSeF environment the invoice was sent to; with it the HTML carries the KOD I block.
         *
         * @param environment the environment
         * @return this builder
         */
        public Builder environment(KsefEnvironment environment) {
            this.environment = Objects.requireNonNull(environment, "environment");
            return this;
        }

        /**
         * The KSeF number, when known: shown in the header and under the KOD I code (else
         * {@code OFFLINE}).
         *
         * @param ksefNumber the number KSeF assigned
         * @return this builder
         * @throws AcubeRenderException if it is not a KSeF number (a number KSeF 2.0 assigned must pass
         *     its checksum)
         */
        public Builder ksefNumber(String ksefNumber) {
            Objects.requireNonNull(ksefNumber, "ksefNumber");
            String n = ksefNumber.strip();
            if (!KSEF_NUMBER.matcher(n).matches() || (KsefNumber.assignedByKsef2(n)
                    && !KsefNumber.isValid(Objects.requireNonNull(KsefNumber.canonical(n))))) {
                throw new AcubeRenderException("not a KSeF number: \"" + Texts.prefix(ksefNumber) + "\"");
            }
            this.ksefNumber = n;
            return this;
        }

        /**
         * The exact bytes sent to KSeF, for KOD I.
         *
         * @param sentBytes the invoice file as sent (the unencrypted XML)
         * @return this builder
         */
        public Builder sentBytes(byte[] sentBytes) {
            this.sentBytes = Objects.requireNonNull(sentBytes, "sentBytes").clone();
            return this;
        }

        /**
         * The SHA-256 of the bytes sent, as KSeF or A-Cube returned it (standard Base64), for KOD I.
         *
         * @param sha256Base64 the hash
         * @return this builder
         * @throws AcubeRenderException if it is not standard Base64 of 32 bytes
         */
        public Builder hash(String sha256Base64) {
            this.hash = KsefQr.decodeHash(sha256Base64);
            return this;
        }

        /**
         * The mapper that reads invoice bytes and writes models (default {@link InvoiceMapper#create()}),
         * for other read limits.
         *
         * @param mapper the mapper
         * @return this builder
         */
        public Builder mapper(InvoiceMapper mapper) {
            this.mapper = Objects.requireNonNull(mapper, "mapper");
            return this;
        }

        /**
         * The renderer.
         *
         * @return the renderer
         * @throws AcubeRenderException if both the bytes sent and a hash were given and the hash is not
         *     theirs
         */
        public InvoiceRenderer build() {
            if (sentBytes != null) {
                byte[] digest = KsefQr.sha256(sentBytes);
                if (hash != null && !MessageDigest.isEqual(hash, digest)) {
                    throw new AcubeRenderException("the hash given is not the SHA-256 of the bytes given: "
                            + "these bytes are not the invoice KSeF or A-Cube hashed");
                }
                hash = digest;
            }
            return new InvoiceRenderer(this);
        }
    }
}
