package io.github.acubepl.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.it.ItFixtures.RecordingSleeper;
import io.github.acubepl.mapping.ValidationIssue;
import io.github.acubepl.model.fa3.Faktura;
import io.github.acubepl.sandbox.AcubeSandbox;
import io.github.acubepl.sandbox.SandboxClock;
import io.github.acubepl.sandbox.SandboxInvoice;
import io.github.acubepl.transport.AcubeApiException;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.Attachment;
import io.github.acubepl.transport.Credentials;
import io.github.acubepl.transport.Environment;
import io.github.acubepl.transport.Invoice;
import io.github.acubepl.transport.InvoiceDirection;
import io.github.acubepl.transport.InvoiceEndpoint;
import io.github.acubepl.transport.InvoiceQuery;
import io.github.acubepl.core.InvoiceStatus;
import io.github.acubepl.transport.InvoiceValidation;
import io.github.acubepl.transport.LegalEntity;
import io.github.acubepl.transport.Page;
import io.github.acubepl.transport.ProcessingCode;
import io.github.acubepl.transport.SentInvoice;
import io.github.acubepl.transport.Violation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /invoices} through the client: sending (model, JSON, XML; {@code /invoices} and
 * {@code /invoices/v3}), validating, the 400 and 422 refusals, listing with filters and pages,
 * reading (JSON and XML), the UPO, attachments, and the 404s.
 */
class InvoicesTest {
    private static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";
    /** A KSeF number: NIP-YYYYMMDD-12 upper-case hex-CRC-8 (the date of acquisition in Poland). */
    private static final String KSEF_NUMBER = ItFixtures.SELLER_NIP + "-20310314-[0-9A-F]{12}-[0-9A-F]{2}";

    private final SandboxClock.Manual clock = SandboxClock.manual(ItFixtures.START);
    private AcubeSandbox sandbox;
    private AcubeClient client;
    private LegalEntity seller;

    @BeforeEach
    void start() {
        sandbox = ItFixtures.sandbox(clock);
        client = ItFixtures.client(sandbox, new RecordingSleeper()).build();
        seller = ItFixtures.register(client, ItFixtures.SELLER_NIP);
    }

    @AfterEach
    void stop() {
        // validation changes nothing: the same body validated as a model and as JSON is the same POST on purpose
        ItFixtures.assertNoPostRepeated(sandbox.journal(), "/login", "/invoices/v3/validate");
        sandbox.close();
    }

    private SandboxInvoice stored(String uuid) {
        return sandbox.store().invoice(uuid).orElseThrow(() -> new AssertionError("the sandbox has no invoice " + uuid));
    }

    // ---- sending -------------------------------------------------------------------------------------------------

    @Test
    void sendOfTheModelPostsJsonAndAnswersTheNewInvoice() {
        SentInvoice sent = client.invoices().send(ItFixtures.invoice("FV/IT/S1"));

        assertEquals(201, sent.httpStatus());
        assertNotNull(sent.uuid());
        assertEquals(InvoiceStatus.IN_QUEUE, sent.status());
        assertEquals("/invoices/" + sent.uuid(), sent.location());
        assertEquals(List.of("201"), ItFixtures.outcomes(sandbox, "POST", "/invoices"));
        SandboxInvoice s = stored(sent.uuid());
        assertEquals("json", s.sentAs());
        assertEquals("FA(3)", s.format());
        assertEquals("FV/IT/S1", s.invoiceNumber());
        assertEquals(ItFixtures.SELLER_NIP, s.sellerNip());
        assertEquals(seller.uuid(), s.legalEntityUuid());
    }

    @Test
    void theDefaultMappingEngineSendsTheModelToo() {
        // no invoiceMapper given: the client makes its own on first use
        AcubeClient own = AcubeClient.builder()
                .environment(Environment.custom(sandbox.baseUri(), sandbox.baseUri()))
                .credentials(Credentials.of(ItFixtures.EMAIL, ItFixtures.PASSWORD))
                .clock(sandbox.clock().asClock())
                .build();
        SentInvoice sent = own.invoices().send(ItFixtures.invoice("FV/IT/S2"));
        assertEquals("FV/IT/S2", stored(sent.uuid()).invoiceNumber());
    }

    @Test
    void sendJsonPostsTheBytesAsTheyAre() {
        byte[] json = ItFixtures.json(ItFixtures.invoice("FV/IT/J1"));
        SentInvoice sent = client.invoices().sendJson(json);

        assertEquals(201, sent.httpStatus());
        assertEquals("json", stored(sent.uuid()).sentAs());
        assertEquals(sha256(json), sandbox.journal().entries("POST", "/invoices").get(0).bodySha256());
        String xml = new String(client.invoices().getXml(sent.uuid()), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<P_2>FV/IT/J1</P_2>"), xml);
    }

    @Test
    void sendXmlPostsTheBytesAsTheyAreAndGetXmlAnswersThemBack() {
        byte[] xml = ItFixtures.xml(ItFixtures.invoice("FV/IT/X1"));
        SentInvoice sent = client.invoices().sendXml(xml);

        assertEquals(201, sent.httpStatus());
        assertEquals("xml", stored(sent.uuid()).sentAs());
        assertArrayEquals(xml, client.invoices().getXml(sent.uuid()), "the XML sent is the XML served");
    }

    @Test
    void theV3EndpointTakesTheModelJsonAndXml() {
        SentInvoice model = client.invoices().send(ItFixtures.invoice("FV/IT/V1"), InvoiceEndpoint.V3);
        SentInvoice json = client.invoices().sendJson(ItFixtures.json(ItFixtures.invoice("FV/IT/V2")), InvoiceEndpoint.V3);
        SentInvoice xml = client.invoices().sendXml(ItFixtures.xml(ItFixtures.invoice("FV/IT/V3")), InvoiceEndpoint.V3);

        assertEquals(List.of("201", "201", "201"), ItFixtures.outcomes(sandbox, "POST", "/invoices/v3"));
        assertEquals(0, sandbox.journal().count("POST", "/invoices"));
        for (SentInvoice s : List.of(model, json, xml)) {
            assertEquals(201, s.httpStatus());
            assertEquals(InvoiceStatus.IN_QUEUE, s.status());
        }
        assertEquals("xml", stored(xml.uuid()).sentAs());
        assertEquals(3, client.invoices().list().size());
    }

    @Test
    void anInvalidInvoiceIs422WithViolationsCarryingThePathAndTheRuleId() {
        Faktura invalid = ItFixtures.invoiceWithoutTotal("FV/IT/E1");
        List<ValidationIssue> expected = ItFixtures.MAPPER.validateModel(invalid).errors();
        assertEquals(List.of("FA-STRUCT-001"), expected.stream().map(ValidationIssue::ruleId).collect(Collectors.toList()),
                "the fixture breaks exactly one rule");

        AcubeApiException e = assertThrows(AcubeApiException.class, () -> client.invoices().send(invalid));
        assertEquals(422, e.status());
        assertEquals(List.of(new Violation("fa.p15", expected.get(0).messageEn(), "FA-STRUCT-001")), e.violations());
        assertTrue(e.getMessage().contains("fa.p15"), e.getMessage());
        assertEquals(List.of(), sandbox.store().invoices(), "nothing was created");

        AcubeApiException asXml = assertThrows(AcubeApiException.class,
                () -> client.invoices().sendXml(ItFixtures.xml(invalid)));
        assertEquals(e.violations(), asXml.violations(), "the same violations for the XML");
    }

    @Test
    void anUnregisteredSellerIs422WithTheDocumentedViolation() {
        String unregistered = ItFixtures.nip(2);
        Faktura invoice = ItFixtures.invoice("FV/IT/N1", unregistered);
        assertTrue(ItFixtures.MAPPER.validateModel(invoice).isValid(), "valid apart from the seller");

        AcubeApiException e = assertThrows(AcubeApiException.class, () -> client.invoices().send(invoice));
        assertEquals(422, e.status());
        assertEquals(List.of(new Violation("podmiot1.daneIdentyfikacyjne.nip",
                "Legal Entity not found for NIP " + unregistered, null)), e.violations());
        assertEquals(List.of(), sandbox.store().invoices());
    }

    @Test
    void anUnreadableBodyIs400() {
        AcubeApiException json = assertThrows(AcubeApiException.class,
                () -> client.invoices().sendJson("{\"Faktura\": ".getBytes(StandardCharsets.UTF_8)));
        assertEquals(400, json.status());
        AcubeApiException xml = assertThrows(AcubeApiException.class,
                () -> client.invoices().sendXml("<Faktura".getBytes(StandardCharsets.UTF_8)));
        assertEquals(400, xml.status());
    }

    // ---- validating ----------------------------------------------------------------------------------------------

    @Test
    void validateV3OfAValidInvoiceIsValidAndCreatesNothing() {
        Faktura invoice = ItFixtures.invoice("FV/IT/C1");
        for (InvoiceValidation v : List.of(client.invoices().validateV3(invoice),
                client.invoices().validateV3Json(ItFixtures.json(invoice)),
                client.invoices().validateV3Xml(ItFixtures.xml(invoice)))) {
            assertTrue(v.valid(), v::toString);
            assertEquals(List.of(), v.violations());
            assertEquals(200, v.httpStatus());
        }
        assertEquals(List.of("200", "200", "200"), ItFixtures.outcomes(sandbox, "POST", "/invoices/v3/validate"));
        assertEquals(List.of(), sandbox.store().invoices());
    }

    @Test
    void validateV3OfAnInvalidInvoiceReturnsTheViolationsInsteadOfThrowing() {
        InvoiceValidation v = client.invoices().validateV3(ItFixtures.invoiceWithoutTotal("FV/IT/C2"));
        assertFalse(v.valid());
        assertEquals(422, v.httpStatus());
        assertEquals(1, v.violations().size(), v.violations()::toString);
        assertEquals("fa.p15", v.violations().get(0).propertyPath());
        assertEquals("FA-STRUCT-001", v.violations().get(0).code());
        assertNotNull(v.detail());

        InvoiceValidation seller = client.invoices().validateV3Xml(
                ItFixtures.xml(ItFixtures.invoice("FV/IT/C3", ItFixtures.nip(3))));
        assertFalse(seller.valid(), "the seller check runs too");
        assertEquals("podmiot1.daneIdentyfikacyjne.nip", seller.violations().get(0).propertyPath());
        assertEquals(List.of(), sandbox.store().invoices());
    }

    // ---- listing -------------------------------------------------------------------------------------------------

    @Test
    void listFiltersByStatusSellerAndNumberAndFollowsPages() {
        String other = ItFixtures.nip(1);
        ItFixtures.register(client, other);
        List<String> a = List.of(send("FV/IT/A1"), send("FV/IT/A2"), send("FV/IT/A3"));
        clock.advance(sandbox.ksefDelays().toDecision());
        List<String> later = List.of(send("FV/IT/A4"), send("FV/IT/A5"));
        List<String> b = List.of(uuid(client.invoices().send(ItFixtures.invoice("FV/IT/B1", other))),
                uuid(client.invoices().send(ItFixtures.invoice("FV/IT/B2", other))));

        assertEquals(7, client.invoices().list().size());
        assertEquals(a, uuids(client.invoices().list(InvoiceQuery.builder().status(InvoiceStatus.VALID).build())));
        assertEquals(List.of(later.get(0), later.get(1), b.get(0), b.get(1)),
                uuids(client.invoices().list(InvoiceQuery.builder().status(InvoiceStatus.IN_QUEUE).build())));
        assertEquals(b, uuids(client.invoices().list(InvoiceQuery.builder().sellerNip(other).build())));
        assertEquals(List.of(a.get(1)),
                uuids(client.invoices().list(InvoiceQuery.builder().invoiceNumber("FV/IT/A2").build())));
        assertEquals(List.of(), client.invoices().list(InvoiceQuery.builder().invoiceNumber("FV/IT/A").build()),
                "the number matches exactly");
        assertEquals(later, uuids(client.invoices().list(InvoiceQuery.builder().status(InvoiceStatus.IN_QUEUE)
                .sellerNip(ItFixtures.SELLER_NIP).build())));
        assertEquals(a, uuids(client.invoices().list(InvoiceQuery.builder()
                .createdBefore(OffsetDateTime.ofInstant(ItFixtures.START, ZoneOffset.UTC)).build())));
        InvoiceQuery recentOnePerPage = InvoiceQuery.builder()
                .createdAfter(OffsetDateTime.ofInstant(ItFixtures.START.plusSeconds(1), ZoneOffset.UTC)).itemsPerPage(1)
                .build();
        sandbox.journal().clear();
        assertEquals(List.of(later.get(0), later.get(1), b.get(0), b.get(1)),
                uuids(client.invoices().list(recentOnePerPage)));
        assertEquals(4, sandbox.journal().count("GET", "/invoices"), "the filters are kept in every next link");

        InvoiceQuery twoPerPage = InvoiceQuery.builder().itemsPerPage(2).build();
        Page<Invoice> first = client.invoices().page(twoPerPage, 1);
        assertEquals(a.subList(0, 2), uuids(first.items()));
        assertTrue(first.hasNext());
        assertEquals(7L, first.totalItems());
        Page<Invoice> second = client.invoices().page(twoPerPage, 2);
        assertEquals(List.of(a.get(2), later.get(0)), uuids(second.items()));
        Page<Invoice> fourth = client.invoices().page(twoPerPage, 4);
        assertEquals(List.of(b.get(1)), uuids(fourth.items()));
        assertFalse(fourth.hasNext());

        sandbox.journal().clear();
        List<Invoice> all = client.invoices().list(twoPerPage);
        assertEquals(7, all.size());
        assertEquals(4, sandbox.journal().count("GET", "/invoices"), "four pages of two, itemsPerPage kept in next");
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    @Test
    void getAnswersTheRecordThroughTheLifecycle() {
        String uuid = send("FV/IT/G1");

        Invoice queued = client.invoices().get(uuid);
        assertEquals(uuid, queued.uuid());
        assertEquals(InvoiceStatus.IN_QUEUE, queued.status());
        assertNull(queued.processingCode());
        assertNull(queued.ksefReferenceNumber());
        assertNull(queued.acquisitionTimestamp());
        assertEquals("FV/IT/G1", queued.invoiceNumber());
        assertEquals("VAT", queued.invoiceKind());
        assertEquals(ItFixtures.SELLER_NIP, queued.sellerNip());
        assertEquals(seller.uuid(), queued.legalEntityUuid());
        assertEquals(InvoiceDirection.OUTGOING, queued.direction());
        assertEquals(ItFixtures.START, queued.createdAt().toInstant().orElseThrow());
        assertFalse(queued.acceptedByKsef());

        clock.advance(sandbox.ksefDelays().toProcessing());
        Invoice processing = client.invoices().get(uuid);
        assertEquals(InvoiceStatus.PROCESSING, processing.status());
        assertEquals(ProcessingCode.of(150), processing.processingCode());
        assertNull(processing.ksefReferenceNumber());

        clock.advance(sandbox.ksefDelays().toOutcome());
        Invoice valid = client.invoices().get(uuid);
        assertEquals(InvoiceStatus.VALID, valid.status());
        assertEquals(ProcessingCode.of(200), valid.processingCode());
        assertTrue(valid.ksefReferenceNumber().matches(KSEF_NUMBER), valid.ksefReferenceNumber());
        assertEquals(stored(uuid).ksefReferenceNumber(), valid.ksefReferenceNumber());
        assertEquals(ItFixtures.START.plus(sandbox.ksefDelays().toProcessing()),
                valid.acquisitionTimestamp().toInstant().orElseThrow(), "when KSeF started processing");
        assertTrue(valid.acceptedByKsef());
    }

    @Test
    void getOfAnUnknownUuidIs404AsJsonAsXmlAndForAttachments() {
        assertEquals(404, assertThrows(AcubeApiException.class, () -> client.invoices().get(UNKNOWN)).status());
        assertEquals(404, assertThrows(AcubeApiException.class, () -> client.invoices().getXml(UNKNOWN)).status());
        assertEquals(404, assertThrows(AcubeApiException.class, () -> client.invoices().attachments(UNKNOWN)).status());
        assertEquals(404, assertThrows(AcubeApiException.class,
                () -> client.invoices().attachment(UNKNOWN, UNKNOWN)).status());
    }

    @Test
    void anUnsupportedRepresentationIs406() {
        String uuid = send("FV/IT/R1");
        assertEquals(406, assertThrows(AcubeApiException.class, () -> client.invoices().raw(uuid, "text/csv")).status());
    }

    // ---- UPO -----------------------------------------------------------------------------------------------------

    @Test
    void theUpoIsEmptyUntilItExistsThenItsBytes() {
        String uuid = send("FV/IT/U1");
        assertEquals(Optional.empty(), client.invoices().upo(uuid), "in_queue");

        clock.advance(sandbox.ksefDelays().toDecision());
        assertEquals(InvoiceStatus.VALID, client.invoices().get(uuid).status());
        assertEquals(Optional.empty(), client.invoices().upo(uuid), "valid, the UPO not yet issued");

        clock.advance(sandbox.ksefDelays().toUpo());
        byte[] upo = client.invoices().upo(uuid).orElseThrow();
        String text = new String(upo, StandardCharsets.UTF_8);
        assertTrue(text.contains(client.invoices().get(uuid).ksefReferenceNumber()), text);
        assertTrue(stored(uuid).upoAvailable());
        assertEquals(List.of("404", "404", "200"), ItFixtures.outcomes(sandbox, "GET", "/invoices/*/upo"));
    }

    @Test
    void theUpoOfAnUnknownInvoiceIsEmptyNotAnException() {
        assertEquals(Optional.empty(), client.invoices().upo(UNKNOWN));
        assertEquals(List.of("404"), ItFixtures.outcomes(sandbox, "GET", "/invoices/*/upo"));
    }

    // ---- attachments ---------------------------------------------------------------------------------------------

    @Test
    void attachmentsAreListedAndServed() {
        String uuid = send("FV/IT/T1");
        assertEquals(List.of(), client.invoices().attachments(uuid), "the invoices sent have none");

        byte[] content = "Specyfikacja dostawy: 12 godz. konsultacji".getBytes(StandardCharsets.UTF_8);
        String attachment = sandbox.addAttachment(uuid, "specyfikacja.txt", "text/plain", content);

        List<Attachment> listed = client.invoices().attachments(uuid);
        assertEquals(List.of(new Attachment(attachment, "specyfikacja.txt", "text/plain", (long) content.length)), listed);
        assertArrayEquals(content, client.invoices().attachment(uuid, attachment));
        assertEquals(404, assertThrows(AcubeApiException.class, () -> client.invoices().attachment(uuid, UNKNOWN))
                .status());
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private String send(String number) {
        return uuid(client.invoices().send(ItFixtures.invoice(number)));
    }

    private static String uuid(SentInvoice sent) {
        assertEquals(201, sent.httpStatus(), sent::body);
        return sent.uuidIfKnown().orElseThrow();
    }

    private static List<String> uuids(List<Invoice> invoices) {
        return invoices.stream().map(Invoice::uuid).collect(Collectors.toList());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
