package io.github.acubepl.transport;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.acubepl.core.InvoiceStatus;
import io.github.acubepl.mapping.AcubeMappingException;
import io.github.acubepl.mapping.InvoiceDocument;
import io.github.acubepl.mapping.SourceSyntax;
import io.github.acubepl.model.InvoiceModel;
import io.github.acubepl.transport.internal.Endpoint;
import io.github.acubepl.transport.internal.Ids;
import io.github.acubepl.transport.internal.InvoiceHash;
import io.github.acubepl.transport.internal.InvoiceHint;
import io.github.acubepl.transport.internal.Json;
import io.github.acubepl.transport.internal.Paging;
import io.github.acubepl.transport.internal.Redaction;
import io.github.acubepl.transport.internal.Request;
import io.github.acubepl.transport.internal.Response;
import java.net.URI;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Invoices: sending (JSON or XML, to {@code /invoices} or {@code /invoices/v3}), validating,
 * listing (sales and purchase invoices: {@link InvoiceQuery.Builder#direction}), reading, downloading
 * the FA XML checked against KSeF's hash ({@link #download(String)}), UPO and attachments. Thread-safe.
 *
 * <p>Sending is never repeated automatically once the request may have reached the server: a
 * dropped connection, a timeout, a 5xx or a 2xx that names no uuid gives
 * {@link AcubeOutcomeUnknownException}, which says how to reconcile (list invoices by seller NIP and
 * invoice number).
 *
 * <p>Every method taking a uuid refuses a blank one, or one that is not an id, with
 * {@link IllegalArgumentException} before anything is sent.
 */
public final class Invoices {
    private final Api api;

    Invoices(Api api) {
        this.api = api;
    }

    /**
     * Sends an invoice model ({@code io.github.acubepl.model.fa3.Faktura}, or the {@code Faktura} of
     * {@code fa2} or {@code fa1}) as A-Cube JSON to {@code POST /invoices}. KSeF takes FA(3) everywhere,
     * FA(2) only in its TEST environment and FA(1) nowhere: the platform refuses what its KSeF does not
     * take with a 422 (rule {@code FA-TECH-002} in the simulator).
     *
     * @throws AcubeApiException if the API refused it (400 unreadable, 422 with violations)
     * @throws AcubeOutcomeUnknownException if it may or may not have been created, including a 2xx
     *     answer that names no uuid (probably created, but it cannot be identified); its
     *     {@code sellerNip()} and {@code invoiceNumber()} say what to look for
     */
    public SentInvoice send(InvoiceModel model) {
        return send(model, InvoiceEndpoint.INVOICES);
    }

    /** {@link #send(InvoiceModel)} to the chosen endpoint. */
    public SentInvoice send(InvoiceModel model, InvoiceEndpoint endpoint) {
        return sendJson(toJson(model), endpoint);
    }

    /** {@link #send(InvoiceModel)} for a document read with the mapping engine, sent as A-Cube JSON. */
    public SentInvoice send(InvoiceDocument document) {
        return send(document, InvoiceEndpoint.INVOICES);
    }

    /** {@link #send(InvoiceDocument)} to the chosen endpoint. */
    public SentInvoice send(InvoiceDocument document, InvoiceEndpoint endpoint) {
        return sendJson(Objects.requireNonNull(document, "document").toJson(), endpoint);
    }

    /** Sends A-Cube JSON as it is ({@code Content-Type: application/json}) to {@code POST /invoices}. */
    public SentInvoice sendJson(byte[] json) {
        return sendJson(json, InvoiceEndpoint.INVOICES);
    }

    /** {@link #sendJson(byte[])} to the chosen endpoint. */
    public SentInvoice sendJson(byte[] json, InvoiceEndpoint endpoint) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(endpoint, "endpoint");
        Request request = Request.builder("POST", endpoint.endpoint(), api.uri(endpoint.endpoint()))
                .body(json, Request.JSON).hint(InvoiceHint.lazyJson(json)).build();
        return sent(request);
    }

    /** Sends FA XML as it is ({@code Content-Type: application/xml}) to {@code POST /invoices}. */
    public SentInvoice sendXml(byte[] xml) {
        return sendXml(xml, InvoiceEndpoint.INVOICES);
    }

    /** {@link #sendXml(byte[])} to the chosen endpoint. */
    public SentInvoice sendXml(byte[] xml, InvoiceEndpoint endpoint) {
        Objects.requireNonNull(xml, "xml");
        Objects.requireNonNull(endpoint, "endpoint");
        Request request = Request.builder("POST", endpoint.endpoint(), api.uri(endpoint.endpoint()))
                .body(xml, Request.XML).hint(InvoiceHint.fromXml(xml, api.mapperSupplier())).build();
        return sent(request);
    }

    /**
     * Has the API validate an invoice model without sending it ({@code POST /invoices/v3/validate}).
     * A 422 is a result ({@code valid == false} with violations), not an exception.
     *
     * @throws AcubeApiException for other errors (400: the body is not a readable invoice)
     */
    public InvoiceValidation validateV3(InvoiceModel model) {
        return validateV3Json(toJson(model));
    }

    /** {@link #validateV3(InvoiceModel)} for a document read with the mapping engine. */
    public InvoiceValidation validateV3(InvoiceDocument document) {
        return validateV3Json(Objects.requireNonNull(document, "document").toJson());
    }

    /** {@link #validateV3(InvoiceModel)} for A-Cube JSON as it is. */
    public InvoiceValidation validateV3Json(byte[] json) {
        Objects.requireNonNull(json, "json");
        return validation(Request.builder("POST", Endpoint.INVOICES_V3_VALIDATE, api.uri(Endpoint.INVOICES_V3_VALIDATE))
                .body(json, Request.JSON).pass(422).build());
    }

    /** {@link #validateV3(InvoiceModel)} for FA XML as it is. */
    public InvoiceValidation validateV3Xml(byte[] xml) {
        Objects.requireNonNull(xml, "xml");
        return validation(Request.builder("POST", Endpoint.INVOICES_V3_VALIDATE, api.uri(Endpoint.INVOICES_V3_VALIDATE))
                .body(xml, Request.XML).pass(422).build());
    }

    /** Every invoice (outgoing and incoming), all pages. */
    public List<Invoice> list() {
        return list(InvoiceQuery.all());
    }

    /** Every invoice matching {@code query}, all pages. */
    public List<Invoice> list(InvoiceQuery query) {
        Objects.requireNonNull(query, "query");
        return api.all(Endpoint.INVOICES, query.parameters(), Invoice::fromJson);
    }

    /** Page {@code number} (from 1) of the invoices matching {@code query}. */
    public Page<Invoice> page(InvoiceQuery query, int number) {
        Objects.requireNonNull(query, "query");
        return api.page(Endpoint.INVOICES, query.parameters(), number, Invoice::fromJson);
    }

    /**
     * One invoice record as JSON ({@code GET /invoices/{uuid}}, {@code Accept: application/json}).
     *
     * @throws AcubeApiException with status 404 if there is none
     */
    public Invoice get(String uuid) {
        return api.resource(Request.builder("GET", Endpoint.INVOICE, api.uri(Endpoint.INVOICE, uuid)).build(),
                "invoice", Invoice::fromJson);
    }

    /**
     * The invoice's FA XML ({@code GET /invoices/{uuid}}, {@code Accept: application/xml}), as
     * received and unchecked; {@link #download(String)} checks it against KSeF's hash and reads it.
     */
    public byte[] getXml(String uuid) {
        return raw(uuid, Request.XML);
    }

    /**
     * Downloads an invoice's FA XML and proves it is what KSeF holds: reads the invoice record
     * ({@code GET /invoices/{uuid}} as JSON) for KSeF's {@code hash}, then {@link #download(Invoice)}.
     * For purchase invoices (and sales invoices once KSeF has accepted them).
     *
     * @throws InvoiceVerificationException if the record has no hash, the bytes do not match it, or
     *     they are not FA XML
     * @throws AcubeApiException with status 404 if there is no such invoice
     */
    public VerifiedInvoice download(String uuid) {
        return download(get(uuid));
    }

    /**
     * Downloads the FA XML of an invoice record already at hand (an item of {@link #list(InvoiceQuery)},
     * so a catch-up poll costs one call per invoice) and checks it against the record's
     * {@link Invoice#hash()}:
     * <ol>
     *   <li>the hash must be there ({@code null} and {@code ""} are absent): no hash, no check, no
     *       result ({@link InvoiceVerificationException.Reason#HASH_ABSENT}, before any call); an
     *       invoice without one is not in KSeF yet. {@link #getXml(String)} reads the bytes unchecked
     *       for whoever decides to go without;</li>
     *   <li>it must be standard Base64 of 32 bytes ({@code HASH_MALFORMED}, before any call);</li>
     *   <li>the SHA-256 of the exact bytes received must equal it ({@code HASH_MISMATCH}: never a
     *       silent accept). Compared with {@link java.security.MessageDigest#isEqual}, in constant
     *       time: the hash is no secret, but the comparison costs nothing and leaks nothing either;</li>
     *   <li>the bytes must be FA XML the client's mapping engine reads, any FA version it has a
     *       plug-in for ({@code NOT_FA_XML}).</li>
     * </ol>
     * The body is bounded by {@link AcubeClient.Builder#maxResponseBytes(long)}, like every answer.
     *
     * @throws IllegalArgumentException if the record has no uuid
     * @throws InvoiceVerificationException as above
     */
    public VerifiedInvoice download(Invoice invoice) {
        Objects.requireNonNull(invoice, "invoice");
        if (invoice.uuid() == null) {
            throw new IllegalArgumentException("the invoice record has no uuid, so there is nothing to download");
        }
        return verified(invoice.uuid(), invoice.ksefReferenceNumber(), invoice.hash(), "the invoice record");
    }

    /**
     * Downloads an invoice's FA XML and checks it against a hash the caller has from elsewhere, such
     * as an {@code invoice-receiver} webhook's {@code hash} (signed by A-Cube): one call, no record
     * read. The checks are those of {@link #download(Invoice)}; {@code null} or {@code ""} is
     * {@link InvoiceVerificationException.Reason#HASH_ABSENT}. The result carries no KSeF number
     * (the caller has it from the same source).
     *
     * @throws InvoiceVerificationException if the hash is absent or malformed, the bytes do not match
     *     it, or they are not FA XML
     */
    public VerifiedInvoice download(String uuid, @Nullable String expectedHash) {
        return verified(uuid, null, expectedHash, "the caller");
    }

    private VerifiedInvoice verified(String uuid, @Nullable String ksefNumber, @Nullable String expected,
            String source) {
        Request request = Request.builder("GET", Endpoint.INVOICE, api.uri(Endpoint.INVOICE, uuid))
                .accept(Request.XML).build();
        String invoice = "invoice " + Redaction.quote(uuid);
        if (expected == null || expected.isEmpty()) {
            throw new InvoiceVerificationException(InvoiceVerificationException.Reason.HASH_ABSENT, invoice
                    + " has no KSeF hash (from " + source + "), so its FA XML cannot be checked and is not "
                    + "downloaded: an invoice has one once KSeF holds it",
                    uuid, null, null, request.method, request.target, null);
        }
        byte[] want = InvoiceHash.decode(expected);
        if (want == null) {
            String shown = Redaction.quote(expected.length() > 60 ? expected.substring(0, 60) + "…" : expected);
            throw new InvoiceVerificationException(InvoiceVerificationException.Reason.HASH_MALFORMED, invoice
                    + ": the KSeF hash (from " + source + ") '" + shown + "' is not standard Base64 of a 32-byte "
                    + "SHA-256, so no FA XML can match it; not downloaded", uuid, shown, null, request.method,
                    request.target, null);
        }
        Response response = api.call(request);
        byte[] xml = response.body();
        byte[] got = InvoiceHash.digest(xml);
        String actual = Base64.getEncoder().encodeToString(got);
        if (!MessageDigest.isEqual(want, got)) {
            String type = response.header("Content-Type").map(Redaction::quote).orElse("none");
            throw new InvoiceVerificationException(InvoiceVerificationException.Reason.HASH_MISMATCH,
                    request.describe() + ": hash mismatch: the SHA-256 of the " + xml.length + " bytes received "
                            + "(Content-Type " + type + ") is " + actual + ", but KSeF's hash of " + invoice
                            + " (from " + source + ") is " + Base64.getEncoder().encodeToString(want)
                            + "; these are not the bytes KSeF holds (altered, cut short or another file), "
                            + "so they are refused",
                    uuid, expected.strip(), actual, request.method, request.target, null);
        }
        InvoiceDocument document;
        try {
            document = api.mapper().read(xml);
        } catch (AcubeMappingException e) {
            throw new InvoiceVerificationException(InvoiceVerificationException.Reason.NOT_FA_XML,
                    request.describe() + ": the " + xml.length + " bytes of " + invoice + " match KSeF's hash but "
                            + "are not an FA invoice the client can read: " + Redaction.quote(String.valueOf(
                                    e.getMessage())),
                    uuid, expected.strip(), actual, request.method, request.target, e);
        }
        if (document.syntax() != SourceSyntax.XML) {
            throw new InvoiceVerificationException(InvoiceVerificationException.Reason.NOT_FA_XML,
                    request.describe() + ": the " + xml.length + " bytes of " + invoice + " match KSeF's hash but "
                            + "are " + document.format().name() + " as A-Cube JSON, not FA XML",
                    uuid, expected.strip(), actual, request.method, request.target, null);
        }
        return new VerifiedInvoice(uuid, ksefNumber, actual, xml, document);
    }

    /** The invoice in any representation the API offers: {@code GET /invoices/{uuid}} with {@code Accept: mediaType}. */
    public byte[] raw(String uuid, String mediaType) {
        Objects.requireNonNull(mediaType, "mediaType");
        return api.call(Request.builder("GET", Endpoint.INVOICE, api.uri(Endpoint.INVOICE, uuid)).accept(mediaType)
                .build()).body();
    }

    /**
     * The UPO (official receipt) XML ({@code GET /invoices/{uuid}/upo}), or empty while there is none
     * (404; it can take up to 2 hours after {@code valid}). A 404 also answers an unknown uuid.
     */
    public Optional<byte[]> upo(String uuid) {
        Response response = api.call(Request.builder("GET", Endpoint.INVOICE_UPO, api.uri(Endpoint.INVOICE_UPO, uuid))
                .accept(Request.XML).pass(404).build());
        return response.status() == 404 ? Optional.empty() : Optional.of(response.body());
    }

    /** The invoice's attachments ({@code GET /invoices/{uuid}/attachments}; array or hydra). */
    public List<Attachment> attachments(String uuid) {
        Request request = Request.builder("GET", Endpoint.INVOICE_ATTACHMENTS, api.uri(Endpoint.INVOICE_ATTACHMENTS, uuid))
                .build();
        Response response = api.call(request);
        Paging.Parsed parsed = Paging.parse(api.json(request, response));
        if (parsed == null) {
            throw Problems.unreadable(request, response, "JSON that is neither an array nor a collection");
        }
        List<Attachment> out = new ArrayList<>();
        for (JsonNode m : parsed.members()) {
            if (m.isObject()) {
                out.add(Attachment.fromJson(m));
            }
        }
        return List.copyOf(out);
    }

    /** One attachment's body ({@code GET /invoices/{uuid}/attachments/{attachmentUuid}}, {@code Accept: text/plain}). */
    public byte[] attachment(String uuid, String attachmentUuid) {
        return api.call(Request.builder("GET", Endpoint.INVOICE_ATTACHMENT,
                api.uri(Endpoint.INVOICE_ATTACHMENT, uuid, attachmentUuid)).accept("text/plain").build()).body();
    }

    private byte[] toJson(InvoiceModel model) {
        return api.mapper().fromModel(Objects.requireNonNull(model, "model")).toJson();
    }

    /**
     * The answer to a sent invoice. Its body and status are not documented, so any 2xx naming the
     * invoice's uuid (in a JSON body, else in {@code Location}) will do; a 2xx that names none means
     * the invoice was probably created but cannot be identified: {@link AcubeOutcomeUnknownException}.
     */
    private SentInvoice sent(Request request) {
        Response response = api.call(request);
        JsonNode json = Json.parse(response.body());
        String uuid = Json.text(json, "uuid");
        String status = Json.text(json, "status");
        String location = response.header("Location").orElse(null);
        if (uuid == null && location != null) {
            uuid = lastSegment(location);
        }
        String problem = Ids.problem(uuid);
        if (uuid == null || problem != null) {
            String why = uuid == null
                    ? "neither its body (" + Redaction.quote(response.body(), request.secrets) + ") nor a Location header "
                            + "names the invoice's uuid"
                    : "the uuid it names " + problem;
            throw Transport.outcomeUnknown(request, response.status(), "it answered " + response.status()
                    + ", so the invoice was probably created, but " + why + ", so it cannot be identified", null);
        }
        return new SentInvoice(uuid, status == null ? null : InvoiceStatus.of(status), response.status(), location,
                Api.text(response));
    }

    private static @Nullable String lastSegment(String location) {
        String path;
        try {
            path = URI.create(location.strip()).getPath();
        } catch (IllegalArgumentException e) {
            path = location;
        }
        if (path == null) {
            return null;
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        int slash = path.lastIndexOf('/');
        String segment = path.substring(slash + 1);
        return segment.isBlank() ? null : segment;
    }

    private InvoiceValidation validation(Request request) {
        Response response = api.call(request);
        if (response.status() == 422) {
            Problems.Problem problem = Problems.parse(response.body());
            return new InvoiceValidation(false, problem.violations(), problem.text(), 422);
        }
        JsonNode json = api.json(request, response); // an HTML page is not "valid"
        Boolean valid = Json.bool(json, "valid");
        List<Violation> violations = Violation.readAll(json.get("violations"));
        return new InvoiceValidation(valid == null ? violations.isEmpty() : valid, violations,
                Json.text(json, "detail", "message"), response.status());
    }

}
