package io.github.acubepl.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.acubepl.mapping.AcubeMappingException;
import io.github.acubepl.mapping.InvoiceDocument;
import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.InvoiceReadException;
import io.github.acubepl.mapping.SourceSyntax;
import io.github.acubepl.mapping.ValidationIssue;
import io.github.acubepl.mapping.ValidationReport;
import io.github.acubepl.sandbox.ApiException.Violation;
import io.github.acubepl.sandbox.State.Account;
import io.github.acubepl.sandbox.State.Attachment;
import io.github.acubepl.sandbox.State.Entity;
import io.github.acubepl.sandbox.State.InvoiceRecord;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Invoices ({@code docs/api-contract.md}, Invoices): sending (validated with acube-mapping, errors only, for the
 * simulated KSeF environment, so that a schema version it does not take is refused by rule
 * {@code FA-TECH-002}; the seller must be a registered legal entity of the user), validating, listing with filters, reading
 * as JSON or the FA XML, the UPO, attachments. Reading and validating an invoice costs many times
 * its size in memory, so at most {@code maxConcurrentChecks} run at once (the others wait their
 * turn): the memory they take stays bounded however many clients send at once.
 */
final class InvoiceApi {
    static final String SELLER_NIP_PATH = "podmiot1.daneIdentyfikacyjne.nip";
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final State state;
    private final SandboxClock clock;
    private final Ids ids;
    private final ChangeLog events;
    private final KsefSimulator ksef;
    private final InvoiceMapper mapper;
    private final Semaphore checks;
    private final AtomicInteger checking = new AtomicInteger();
    private final AtomicInteger peakChecking = new AtomicInteger();

    InvoiceApi(State state, SandboxClock clock, Ids ids, ChangeLog events, KsefSimulator ksef, InvoiceMapper mapper,
            int maxConcurrentChecks) {
        this.state = state;
        this.clock = clock;
        this.ids = ids;
        this.events = events;
        this.ksef = ksef;
        this.mapper = mapper;
        this.checks = new Semaphore(maxConcurrentChecks, true);
    }

    /** The most invoice checks that ever ran at once. */
    int peakConcurrentChecks() {
        return peakChecking.get();
    }

    void register(Router router) {
        router.add("POST", "/invoices", true, this::send);
        router.add("GET", "/invoices", true, this::list);
        router.add("POST", "/invoices/v3", true, this::send);
        router.add("POST", "/invoices/v3/validate", true, this::validate);
        router.add("GET", "/invoices/{uuid}", true, this::get);
        router.add("GET", "/invoices/{uuid}/upo", true, this::upo);
        router.add("GET", "/invoices/{uuid}/attachments", true, this::attachments);
        router.add("GET", "/invoices/{uuid}/attachments/{attachment}", true, this::attachment);
        router.add("POST", INCOMING_PATH, false, this::receiveCall);
    }

    /** The simulator-only control endpoint a supplier's invoice arrives through (no login: it plays KSeF). */
    static final String INCOMING_PATH = "/_sandbox/incoming-invoices";
    static final String BUYER_NIP_PATH = "podmiot2.daneIdentyfikacyjne.nip";
    /**
     * The {@code Rola} codes of {@code Podmiot3} ({@code TRolaPodmiotu3}, FA(2) and FA(3)) that make it
     * a buyer to whom KSeF delivers the invoice: 4 additional buyer, 8 JST (the recipient), 10 VAT group
     * member (the recipient).
     */
    static final Set<String> BUYER_ROLES = Set.of("4", "8", "10");
    /** How many NIPs a refusal names at most. */
    private static final int MAX_NIPS_QUOTED = 10;

    private Response receiveCall(Router.Call call) {
        Request request = call.request();
        if (!MediaTypes.isXml(request.contentType())) {
            throw ApiException.unsupportedMediaType(request.contentType(), "\"application/xml\", \"text/xml\"");
        }
        List<InvoiceRecord> received = receive(request.body());
        InvoiceRecord first = received.get(0);
        ObjectNode out = state.locked(() -> render(first));
        ArrayNode recipients = out.putArray("recipients");
        for (InvoiceRecord r : received) {
            ObjectNode o = recipients.addObject();
            o.put("uuid", r.uuid);
            o.put("legalEntityUuid", r.legalEntityUuid);
        }
        return Response.json(201, out).withHeader("Location", "/invoices/" + first.uuid);
    }

    /**
     * A supplier's FA XML reaches every registered legal entity whose NIP is a buyer's: one incoming
     * record each, {@code valid} with one KSeF number and hash, and one {@code RECEIVED} change each.
     * Refusals are {@link ApiException}s (400 unreadable, 422 no recipient).
     */
    List<InvoiceRecord> receive(byte[] xml) {
        try {
            checks.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ApiException.problem(503, "The sandbox is shutting down.").withHeader("Connection", "close"));
        }
        List<InvoiceRecord> received;
        try {
            peakChecking.accumulateAndGet(checking.incrementAndGet(), Math::max);
            received = receiveNow(xml.clone());
        } finally {
            checking.decrementAndGet();
            checks.release();
        }
        events.deliver();
        return received;
    }

    private List<InvoiceRecord> receiveNow(byte[] xml) {
        if (xml.length == 0) {
            throw ApiException.badRequest("The request body is empty.");
        }
        InvoiceDocument doc;
        JsonNode tree;
        try {
            doc = mapper.read(xml);
            if (doc.syntax() != SourceSyntax.XML) {
                throw ApiException.badRequest("The body is " + doc.syntax() + ", not the FA XML of an invoice.");
            }
            tree = Json.MAPPER.readTree(doc.toJson());
        } catch (AcubeMappingException | IOException e) {
            throw ApiException.badRequest("The invoice cannot be read: " + e.getMessage());
        }
        String sellerNip = text(tree.at("/Podmiot1/DaneIdentyfikacyjne/NIP"));
        String kind = text(tree.at("/Fa/RodzajFaktury"));
        String number = text(tree.at("/Fa/P_2"));
        List<Violation> missing = new ArrayList<>();
        missing(missing, sellerNip, SELLER_NIP_PATH);
        missing(missing, kind, "fa.rodzajFaktury");
        missing(missing, number, "fa.p2");
        if (!missing.isEmpty() || sellerNip == null || kind == null || number == null) {
            throw ApiException.unprocessable(missing);
        }
        List<String> buyers = buyerNips(tree);
        Instant now = Timestamps.seconds(clock.instant());
        String ksefNumber = KsefNumbers.of(sellerNip, LocalDate.ofInstant(now, KsefSimulator.POLAND), ids.hex(12));
        String format = doc.format().name();
        List<InvoiceRecord> received = state.locked(() -> {
            List<InvoiceRecord> out = new ArrayList<>();
            for (String nip : buyers) {
                for (Account account : state.accounts()) {
                    Entity e = account.entityByNip(nip);
                    if (e == null || alreadyFor(out, account, e)) {
                        continue;
                    }
                    InvoiceRecord r = new InvoiceRecord(ids.uuid(), account, e.uuid, state.nextInvoiceSequence(), format,
                            number, kind, sellerNip, nip, xml, ksefNumber, now);
                    account.invoices.put(r.uuid, r);
                    events.append(now, InvoiceChange.Kind.RECEIVED, null, r.snapshot());
                    out.add(r);
                }
            }
            return out;
        });
        if (received.isEmpty()) {
            List<String> shown = new ArrayList<>();
            for (String nip : buyers.subList(0, Math.min(buyers.size(), MAX_NIPS_QUOTED))) {
                shown.add(showNip(nip));
            }
            String looked = buyers.isEmpty() ? "none: the invoice names no buyer NIP"
                    : String.join(", ", shown) + (buyers.size() > MAX_NIPS_QUOTED ? ", ..." : "");
            String first = buyers.isEmpty() ? "" : " " + shown.get(0);
            throw ApiException.unprocessable(BUYER_NIP_PATH,
                    "No registered legal entity for the buyer's NIP" + first + " (looked for: " + looked + ")");
        }
        return received;
    }

    /** A NIP as a message shows it: ten digits as they are, anything else quoted, short, escaped. */
    private static String showNip(String nip) {
        return nip.matches("[0-9]{10}") ? nip : RequestHead.quote(nip, 20);
    }

    private static boolean alreadyFor(List<InvoiceRecord> out, Account account, Entity e) {
        for (InvoiceRecord r : out) {
            if (r.owner == account && r.legalEntityUuid.equals(e.uuid)) {
                return true;
            }
        }
        return false;
    }

    /** The buyer NIPs of an invoice, without repeats: {@code Podmiot2}'s, then each buyer-role {@code Podmiot3}'s. */
    static List<String> buyerNips(JsonNode tree) {
        Set<String> nips = new LinkedHashSet<>();
        String p2 = text(tree.at("/Podmiot2/DaneIdentyfikacyjne/NIP"));
        if (p2 != null) {
            nips.add(p2);
        }
        JsonNode p3s = tree.path("Podmiot3");
        for (JsonNode p3 : p3s.isArray() ? p3s : List.of(p3s)) {
            String role = text(p3.path("Rola"));
            String nip = text(p3.at("/DaneIdentyfikacyjne/NIP"));
            if (nip != null && role != null && BUYER_ROLES.contains(role.trim())) {
                nips.add(nip);
            }
        }
        return List.copyOf(nips);
    }

    /** An invoice that passed every check. */
    private record Checked(InvoiceDocument document, String format, String sentAs, String sellerNip, String kind,
            String number, String legalEntityUuid, boolean withAttachment, byte[] xml) {
    }

    private Response send(Router.Call call) {
        Account account = LegalEntityApi.account(state, call);
        Checked c = check(call.request(), account);
        Instant now = clock.instant();
        InvoiceRecord invoice = state.locked(() -> {
            InvoiceRecord r = new InvoiceRecord(ids.uuid(), account, c.legalEntityUuid, state.nextInvoiceSequence(),
                    c.format, c.sentAs, c.number, c.kind, c.sellerNip, c.withAttachment, c.xml, Timestamps.seconds(now));
            account.invoices.put(r.uuid, r);
            events.append(now, InvoiceChange.Kind.CREATED, null, r.snapshot());
            return r;
        });
        events.deliver();
        ksef.accepted(invoice, now);
        ObjectNode out = Json.object();
        out.put("uuid", invoice.uuid);
        out.put("status", SandboxInvoice.Status.IN_QUEUE.wireName());
        out.put("createdAt", Timestamps.format(invoice.createdAt));
        return Response.json(201, out).withHeader("Location", "/invoices/" + invoice.uuid);
    }

    private Response validate(Router.Call call) {
        check(call.request(), LegalEntityApi.account(state, call));
        ObjectNode out = Json.object();
        out.put("valid", true);
        out.putArray("violations");
        return Response.json(200, out);
    }

    /** {@link #checkNow}, once one of the permits is free. */
    private Checked check(Request request, Account account) {
        try {
            checks.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ApiException.problem(503, "The sandbox is shutting down.").withHeader("Connection", "close"));
        }
        try {
            peakChecking.accumulateAndGet(checking.incrementAndGet(), Math::max);
            return checkNow(request, account);
        } finally {
            checking.decrementAndGet();
            checks.release();
        }
    }

    /** 415, 400 or 422 unless the body is a valid invoice of a registered seller. */
    private Checked checkNow(Request request, Account account) {
        String contentType = request.contentType();
        boolean json = MediaTypes.isJson(contentType);
        boolean xml = MediaTypes.isXml(contentType);
        if (!json && !xml) {
            throw ApiException.unsupportedMediaType(contentType, "\"application/json\", \"application/xml\"");
        }
        if (request.body().length == 0) {
            throw ApiException.badRequest("The request body is empty.");
        }
        InvoiceDocument doc;
        try {
            doc = mapper.read(request.body());
        } catch (InvoiceReadException e) {
            throw ApiException.badRequest("The invoice cannot be read: " + e.getMessage());
        }
        if (json && doc.syntax() != SourceSyntax.JSON || xml && doc.syntax() != SourceSyntax.XML) {
            throw ApiException.badRequest("The body is " + doc.syntax() + " but its Content-Type is "
                    + RequestHead.quote(String.valueOf(contentType), ApiException.MAX_QUOTED_HEADER) + ".");
        }
        ValidationReport report;
        JsonNode tree;
        try {
            report = mapper.validate(doc);
            tree = Json.MAPPER.readTree(doc.toJson());
        } catch (AcubeMappingException | IOException e) {
            throw ApiException.badRequest("The invoice cannot be read: " + e.getMessage());
        }
        List<Violation> violations = new ArrayList<>();
        for (ValidationIssue issue : report.errors()) {
            violations.add(new Violation(PropertyPaths.fromJsonPointer(issue.jsonPointer()), issue.messageEn(),
                    issue.ruleId()));
        }
        String nip = text(tree.at("/Podmiot1/DaneIdentyfikacyjne/NIP"));
        String kind = text(tree.at("/Fa/RodzajFaktury"));
        String number = text(tree.at("/Fa/P_2"));
        String entityUuid = nip == null ? null : state.locked(() -> {
            Entity e = account.entityByNip(nip);
            return e == null ? null : e.uuid;
        });
        if (nip != null && entityUuid == null) {
            violations.add(new Violation(SELLER_NIP_PATH, "Legal Entity not found for NIP " + nip, null));
        }
        if (violations.isEmpty()) {
            // a valid FA invoice always has these; say so rather than fail later
            missing(violations, nip, SELLER_NIP_PATH);
            missing(violations, kind, "fa.rodzajFaktury");
            missing(violations, number, "fa.p2");
        }
        if (!violations.isEmpty() || nip == null || entityUuid == null || kind == null || number == null) {
            throw ApiException.unprocessable(violations);
        }
        byte[] fa = xml ? request.body() : doc.toXml();
        // FA(3)'s attachment: KSeF takes it only from issuers set up for it (decided in KsefSimulator, code 415)
        boolean withAttachment = tree.path("Zalacznik").isObject();
        return new Checked(doc, doc.format().name(), json ? "json" : "xml", nip, kind, number, entityUuid, withAttachment,
                fa);
    }

    private static void missing(List<Violation> violations, @Nullable String value, String path) {
        if (value == null) {
            violations.add(new Violation(path, LegalEntityApi.NOT_BLANK, null));
        }
    }

    private Response list(Router.Call call) {
        Account account = LegalEntityApi.account(state, call);
        Request r = call.request();
        String status = r.param("status");
        String sellerNip = r.param("sellerNip");
        String number = r.param("invoiceNumber");
        String direction = r.param("direction");
        if (direction != null && !direction.equals("incoming") && !direction.equals("outgoing")) {
            throw ApiException.badRequest("\"direction\" must be \"incoming\" or \"outgoing\", not "
                    + RequestHead.quote(direction) + ".");
        }
        Instant after = dateTime(r.param("createdAt[after]"), "createdAt[after]");
        Instant before = dateTime(r.param("createdAt[before]"), "createdAt[before]");
        List<Listing.Item> items = state.locked(() -> {
            List<Listing.Item> all = new ArrayList<>();
            for (InvoiceRecord i : account.invoices.values()) {
                boolean keep = (direction == null || direction.equals(i.direction.wireName()))
                        && (status == null || status.equals(i.status.wireName()))
                        && (sellerNip == null || sellerNip.equals(i.sellerNip))
                        && (number == null || number.equals(i.number))
                        && (after == null || !i.createdAt.isBefore(after))
                        && (before == null || !i.createdAt.isAfter(before));
                if (keep) {
                    all.add(new Listing.Item("/invoices/" + i.uuid, render(i)));
                }
            }
            return all;
        });
        return Listing.respond(r, "/invoices", "Invoice", items);
    }

    private Response get(Router.Call call) {
        Account account = LegalEntityApi.account(state, call);
        boolean xml = wantsXml(call.request());
        return state.locked(() -> {
            InvoiceRecord i = invoice(account, call.param("uuid"));
            return xml ? Response.of(200, Response.XML, i.xml.clone()) : Response.json(200, render(i));
        });
    }

    private Response upo(Router.Call call) {
        Account account = LegalEntityApi.account(state, call);
        byte[] upo = state.locked(() -> {
            InvoiceRecord i = invoice(account, call.param("uuid"));
            return i.upo == null ? null : i.upo.clone();
        });
        if (upo == null) {
            throw ApiException.notFound();
        }
        return Response.of(200, Response.XML, upo);
    }

    private Response attachments(Router.Call call) {
        Account account = LegalEntityApi.account(state, call);
        String uuid = call.param("uuid");
        List<Listing.Item> items = state.locked(() -> {
            List<Listing.Item> all = new ArrayList<>();
            for (Attachment a : invoice(account, uuid).attachments) {
                ObjectNode o = Json.object();
                o.put("uuid", a.uuid());
                o.put("fileName", a.fileName());
                o.put("contentType", a.contentType());
                o.put("size", a.content().length);
                all.add(new Listing.Item("/invoices/" + uuid + "/attachments/" + a.uuid(), o));
            }
            return all;
        });
        return Listing.respond(call.request(), "/invoices/" + uuid + "/attachments", "Attachment", items);
    }

    private Response attachment(Router.Call call) {
        Account account = LegalEntityApi.account(state, call);
        return state.locked(() -> {
            for (Attachment a : invoice(account, call.param("uuid")).attachments) {
                if (a.uuid().equals(call.param("attachment"))) {
                    return Response.of(200, a.contentType(), a.content().clone());
                }
            }
            throw ApiException.notFound();
        });
    }

    /** Inside the lock: the user's invoice, or 404. */
    private static InvoiceRecord invoice(Account account, String uuid) {
        InvoiceRecord i = account.invoices.get(uuid);
        if (i == null) {
            throw ApiException.notFound();
        }
        return i;
    }

    /** Inside the lock. */
    static ObjectNode render(InvoiceRecord i) {
        SandboxInvoice s = i.snapshot();
        ObjectNode o = Json.object();
        o.put("uuid", s.uuid());
        o.put("legalEntityUuid", s.legalEntityUuid());
        o.put("status", s.status().wireName());
        if (s.processingCode() == null) {
            o.putNull("processingCode");
            o.putNull("processingDescription");
        } else {
            o.put("processingCode", s.processingCode().intValue());
            o.put("processingDescription", KsefSimulator.describe(s.processingCode()));
        }
        o.put("ksefReferenceNumber", s.ksefReferenceNumber());
        o.put("acquisitionTimestamp",
                s.acquisitionTimestamp() == null ? null : Timestamps.format(s.acquisitionTimestamp()));
        o.put("invoiceNumber", s.invoiceNumber());
        o.put("invoiceKind", s.invoiceKind());
        o.put("sellerNip", s.sellerNip());
        o.put("createdAt", Timestamps.format(s.createdAt()));
        o.put("updatedAt", Timestamps.format(s.updatedAt()));
        o.put("direction", s.direction().wireName());
        o.put("buyerNip", s.buyerNip());
        o.put("hash", s.ksefReferenceNumber() == null ? null : s.invoiceHash());
        return o;
    }

    /** JSON unless the first acceptable type is XML; 406 if nothing acceptable is offered. */
    private static boolean wantsXml(Request request) {
        List<String> accepted = request.accepted();
        if (accepted.isEmpty()) {
            return false;
        }
        for (String t : accepted) {
            if (MediaTypes.isXml(t)) {
                return true;
            }
            if (MediaTypes.isJson(t) || t.equals("*/*") || t.equals("application/*")) {
                return false;
            }
        }
        throw ApiException.notAcceptable(String.join(", ", accepted), "\"application/json\", \"application/xml\"");
    }

    private static @Nullable String text(JsonNode node) {
        return node.isValueNode() && !node.isNull() ? node.asText() : null;
    }

    /**
     * An ISO-8601 date-time filter value: with an offset (a {@code +} turned into a space by form
     * decoding is restored), or without one (taken as UTC), or a bare date (its start, UTC).
     */
    static @Nullable Instant dateTime(@Nullable String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        String restored = v.matches(".*T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)? \\d{2}:?\\d{2}") ? v.replaceFirst(" (?=\\d{2}:?\\d{2}$)", "+") : v;
        try {
            return OffsetDateTime.parse(restored).toInstant();
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(v, SPACED).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("\"" + name + "\" is not an ISO-8601 date-time: " + RequestHead.quote(value) + ".");
        }
    }
}
