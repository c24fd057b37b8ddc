package io.github.acubepl.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.core.AcubeTimestamp;
import io.github.acubepl.core.InvoiceStatus;
import io.github.acubepl.core.WebhookType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Typed events of both generations (docs/webhooks.md §7), and the Unknown case. */
class WebhookEventTest {
    private static final String CURRENT_RECEIVER = """
            {"legalEntityUuid":"e8f8a1b2-0000-4000-8000-000000000001","invoiceUuid":"fa87d11a-0000-4000-8000-000000000002",
             "subjectType":"Subject2","status":"valid","processingCode":200,
             "ksefReferenceNumber":"5555555555-20250828-010080615740-E4",
             "acquisitionTimestamp":"2025-10-10T00:00:00+00:00","hash":"ayrw+3m5trnfxlTYhq3QFn74LkEO69MFNlsMAkCDSPA=",
             "invoicingMode":"Online","webhookType":"invoice-receiver","somethingNew":{"nested":[1,2]}}""";
    private static final String CURRENT_SENDER_ERROR = """
            {"legalEntityUuid":"e8f8","invoiceUuid":"fa87","subjectType":"Subject1","status":"invalid",
             "processingCode":415,"ksefReferenceNumber":null,"acquisitionTimestamp":null,"hash":null,
             "invoicingMode":"Online","webhookType":"invoice-sender"}""";
    private static final String LEGACY_UPO = """
            {"legalEntityUuid":"8b8b8755-0000","invoiceUuid":"e5dc0cab-0000","status":"confirmed","message":null,
             "ksefReferenceNumber":"8431324763-20221007-F95571-88922F-C2","acquisitionTimestamp":"2022-10-07 11:59:12"}""";
    private static final String LEGACY_ERROR = """
            {"legalEntityUuid":"8b8b8755-0000","invoiceUuid":"","status":"error","mode":"default",
             "message":"Invoice not found for 20221007-EE-0000","ksefReferenceNumber":null,"acquisitionTimestamp":null}""";

    private static WebhookEvent parse(String json, String endpointType) {
        return WebhookEvent.parse(Fixtures.utf8(json), endpointType);
    }

    @Test
    void currentInvoiceReceiver() {
        InvoiceEvent e = assertInstanceOf(InvoiceEvent.class, parse(CURRENT_RECEIVER, null));
        assertEquals(WebhookType.INVOICE_RECEIVER, e.type());
        assertEquals("invoice-receiver", e.type().value());
        assertEquals("invoice-receiver", e.webhookType());
        assertFalse(e.isLegacy());
        assertEquals("e8f8a1b2-0000-4000-8000-000000000001", e.legalEntityUuid());
        assertEquals("fa87d11a-0000-4000-8000-000000000002", e.invoiceUuid());
        assertEquals("Subject2", e.subjectType());
        assertEquals(InvoiceStatus.VALID, e.status());
        assertEquals(200, e.processingCode());
        assertEquals("5555555555-20250828-010080615740-E4", e.ksefReferenceNumber());
        assertEquals(Optional.of(Instant.parse("2025-10-10T00:00:00Z")), e.acquisitionTimestamp().toInstant());
        assertEquals("2025-10-10T00:00:00+00:00", e.acquisitionTimestamp().raw());
        assertEquals("ayrw+3m5trnfxlTYhq3QFn74LkEO69MFNlsMAkCDSPA=", e.hash());
        assertEquals("Online", e.invoicingMode());
        assertTrue(e.isAcceptedByKsef());
        assertEquals(CURRENT_RECEIVER, e.payload());
        assertFalse(e.toString().contains("ayrw"), "toString must not carry the payload");
    }

    @Test
    void currentInvoiceSenderErrorWithNulls() {
        InvoiceEvent e = assertInstanceOf(InvoiceEvent.class, parse(CURRENT_SENDER_ERROR, "ignored-endpoint-type"));
        assertEquals(WebhookType.INVOICE_SENDER, e.type());
        assertEquals("invoice-sender", e.type().value(), "the payload's type wins over the endpoint's");
        assertEquals(InvoiceStatus.INVALID, e.status());
        assertEquals(415, e.processingCode());
        assertNull(e.ksefReferenceNumber());
        assertNull(e.acquisitionTimestamp());
        assertNull(e.hash());
        assertFalse(e.isAcceptedByKsef());
    }

    @Test
    void legacyPayloadTakesItsTypeFromTheEndpoint() {
        InvoiceEvent e = assertInstanceOf(InvoiceEvent.class, parse(LEGACY_UPO, "legal-entity-invoice-upo"));
        assertEquals(WebhookType.LEGACY_INVOICE_UPO, e.type());
        assertEquals("legal-entity-invoice-upo", e.type().value());
        assertNull(e.webhookType());
        assertTrue(e.isLegacy());
        assertEquals(InvoiceStatus.CONFIRMED, e.status());
        assertNull(e.processingCode());
        assertNull(e.message());
        AcubeTimestamp t = e.acquisitionTimestamp();
        assertTrue(t.isParsed());
        assertEquals(Optional.empty(), t.toInstant(), "a zone-less value gets no zone silently");
        assertEquals(Optional.of(LocalDateTime.of(2022, 10, 7, 11, 59, 12)), t.localDateTime());
        assertEquals(Optional.of(Instant.parse("2022-10-07T09:59:12Z")), t.toInstant(ZoneId.of("Europe/Warsaw")));
    }

    @Test
    void legacyErrorWithEmptyInvoiceUuidMessageAndMode() {
        InvoiceEvent e = assertInstanceOf(InvoiceEvent.class, parse(LEGACY_ERROR, "legal-entity-invoice-sender"));
        assertEquals(WebhookType.LEGACY_INVOICE_SENDER, e.type());
        assertTrue(e.type().sameKindAs(WebhookType.INVOICE_SENDER));
        assertNull(e.invoiceUuid(), "\"\" means no invoice, as null does");
        assertEquals(InvoiceStatus.ERROR, e.status());
        assertEquals("default", e.mode());
        assertEquals("Invoice not found for 20221007-EE-0000", e.message());
    }

    /** Issue 10, item 5: a purchase invoice's event gives what the download is checked against. */
    @Test
    void aCurrentReceivedInvoiceEventExposesHashSubjectTypeInvoicingModeAndKsefNumber() {
        InvoiceEvent e = assertInstanceOf(InvoiceEvent.class, parse(CURRENT_RECEIVER, "legal-entity-invoice-receiver"));
        assertTrue(e.isReceivedInvoice());
        assertEquals("ayrw+3m5trnfxlTYhq3QFn74LkEO69MFNlsMAkCDSPA=", e.hash());
        assertEquals("Subject2", e.subjectType());
        assertEquals("Online", e.invoicingMode());
        assertEquals("5555555555-20250828-010080615740-E4", e.ksefReferenceNumber());
        assertEquals("fa87d11a-0000-4000-8000-000000000002", e.invoiceUuid());
    }

    @Test
    void aLegacyReceivedInvoiceEventHasItsKsefNumberAndNoCurrentOnlyFields() {
        String legacy = "{\"legalEntityUuid\":\"8b8b8755-0000\",\"invoiceUuid\":\"e5dc0cab-0000\",\"status\":\"received\","
                + "\"message\":null,\"ksefReferenceNumber\":\"8431324763-20221007-F95571-88922F-C2\","
                + "\"acquisitionTimestamp\":\"2022-10-07 11:59:12\"}";
        InvoiceEvent e = assertInstanceOf(InvoiceEvent.class, parse(legacy, "legal-entity-invoice-receiver"));
        assertTrue(e.isReceivedInvoice());
        assertTrue(e.isLegacy());
        assertEquals(InvoiceStatus.RECEIVED, e.status());
        assertEquals("8431324763-20221007-F95571-88922F-C2", e.ksefReferenceNumber());
        assertEquals("e5dc0cab-0000", e.invoiceUuid());
        assertNull(e.hash());
        assertNull(e.subjectType());
        assertNull(e.invoicingMode());
    }

    @ParameterizedTest
    @CsvSource({"invoice-sender", "legal-entity-invoice-sender", "invoice-sync", "legal-entity-invoice-sync",
        "legal-entity-invoice-upo"})
    void otherInvoiceEventsAreNotReceivedInvoices(String type) {
        assertFalse(assertInstanceOf(InvoiceEvent.class, parse("{\"subjectType\":\"Subject2\"}", type))
                .isReceivedInvoice());
    }

    /** Issue 10, item 5: legacy payloads write "" for "none"; no field may keep it as a value. */
    @ParameterizedTest
    @CsvSource({"invoice-receiver, '\"\"'", "invoice-receiver, null", "legal-entity-invoice-receiver, '\"\"'",
        "legal-entity-invoice-receiver, null", "invoice-sender, '\"\"'", "legal-entity-invoice-upo, null"})
    void emptyStringsReadAsAbsentInEveryFieldOfBothGenerations(String type, String none) {
        String json = "{\"legalEntityUuid\":@,\"invoiceUuid\":@,\"subjectType\":@,\"status\":@,\"processingCode\":@,"
                + "\"ksefReferenceNumber\":@,\"acquisitionTimestamp\":@,\"hash\":@,\"invoicingMode\":@,"
                + "\"message\":@,\"mode\":@,\"webhookType\":@}";
        InvoiceEvent e = assertInstanceOf(InvoiceEvent.class, parse(json.replace("@", none), type));
        assertEquals(type, e.type().value(), "an empty webhookType gives way to the endpoint's type");
        assertNull(e.legalEntityUuid());
        assertNull(e.invoiceUuid());
        assertNull(e.subjectType());
        assertNull(e.status());
        assertNull(e.processingCode());
        assertNull(e.ksefReferenceNumber());
        assertNull(e.acquisitionTimestamp());
        assertNull(e.hash());
        assertNull(e.invoicingMode());
        assertNull(e.message());
        assertNull(e.mode());
        assertNull(e.webhookType());
        assertFalse(e.isAcceptedByKsef());
        OnboardingEvent onboarding = assertInstanceOf(OnboardingEvent.class,
                parse("{\"legalEntityUuid\":\"\",\"status\":\"\"}", "onboarding-activated"));
        assertNull(onboarding.legalEntityUuid());
        assertNull(onboarding.status());
        assertNull(assertInstanceOf(UnknownEvent.class, parse("{\"legalEntityUuid\":\"\"}", "invoice-archived"))
                .legalEntityUuid());
        assertNull(assertInstanceOf(SessionManagerEvent.class, parse("{\"legalEntityUuid\":\"\"}",
                "legal-entity-session-manager")).legalEntityUuid());
    }

    @Test
    void aValueThatIsOnlySpacesIsKeptAsSent() {
        InvoiceEvent e = assertInstanceOf(InvoiceEvent.class, parse("{\"hash\":\" \"}", "invoice-receiver"));
        assertEquals(" ", e.hash(), "only the empty string means none; anything else is the sender's value");
    }

    @ParameterizedTest
    @CsvSource({
        "invoice-sender, invoice-sender", "legal-entity-invoice-sender, invoice-sender",
        "invoice-receiver, invoice-receiver", "legal-entity-invoice-receiver, invoice-receiver",
        "invoice-sync, invoice-sync", "legal-entity-invoice-sync, invoice-sync",
        "legal-entity-invoice-upo, legal-entity-invoice-upo",
        "legal-entity-session-manager, legal-entity-session-manager",
        "onboarding-activated, onboarding-activated", "legal-entity-on-boarding-activated, onboarding-activated",
        "onboarding-deactivated, onboarding-deactivated", "legal-entity-on-boarding-deactivated, onboarding-deactivated",
        "invoice-archived, invoice-archived", "Invoice-Sender, Invoice-Sender", "legal-entity-, legal-entity-",
        "legal-entity-invoice-archived, legal-entity-invoice-archived"
    })
    void namesMapBySuffixAcrossGenerations(String name, String current) {
        assertEquals(WebhookType.of(current), WebhookType.of(name).current());
        assertTrue(WebhookType.of(name).sameKindAs(WebhookType.of(current)));
        assertEquals(name, WebhookType.of(name).value(), "the name is kept as received");
    }

    @Test
    void typeNamesOfBothGenerations() {
        assertEquals(WebhookType.INVOICE_SYNC, WebhookType.LEGACY_INVOICE_SYNC.current());
        assertFalse(WebhookType.LEGACY_INVOICE_SYNC.equals(WebhookType.INVOICE_SYNC), "equal by name, not by kind");
        assertEquals(WebhookType.LEGACY_INVOICE_UPO, WebhookType.LEGACY_INVOICE_UPO.current());
        assertFalse(WebhookType.LEGACY_INVOICE_UPO.sameKindAs(WebhookType.INVOICE_SENDER));
        assertFalse(WebhookType.of("").isKnown());
    }

    @Test
    void onboardingEventsOfBothGenerations() {
        OnboardingEvent current = assertInstanceOf(OnboardingEvent.class,
                parse("{\"legalEntityUuid\":\"le-1\",\"status\":\"active\",\"webhookType\":\"onboarding-activated\"}", null));
        assertTrue(current.activated());
        assertEquals("le-1", current.legalEntityUuid());
        assertEquals("active", current.status());
        OnboardingEvent legacy = assertInstanceOf(OnboardingEvent.class,
                parse("{\"legalEntityUuid\":\"le-2\"}", "legal-entity-on-boarding-deactivated"));
        assertEquals(WebhookType.LEGACY_ONBOARDING_DEACTIVATED, legacy.type());
        assertFalse(legacy.activated());
        assertTrue(legacy.isLegacy());
    }

    @Test
    void sessionManagerKeepsItsPayload() {
        SessionManagerEvent e = assertInstanceOf(SessionManagerEvent.class,
                parse("{\"legalEntityUuid\":\"le-3\",\"session\":{\"x\":1}}", "legal-entity-session-manager"));
        assertEquals(WebhookType.LEGACY_SESSION_MANAGER, e.type());
        assertEquals("le-3", e.legalEntityUuid());
        assertTrue(e.payload().contains("\"session\""));
    }

    @Test
    void invoiceSyncWithoutADocumentedPayloadIsStillAnInvoiceEvent() {
        InvoiceEvent e = assertInstanceOf(InvoiceEvent.class, parse("{\"legalEntityUuid\":\"le\"}", "invoice-sync"));
        assertEquals(WebhookType.INVOICE_SYNC, e.type());
        assertNull(e.invoiceUuid());
    }

    @Test
    void unknownTypesKeepTheRawTypeAndPayload() {
        String json = "{\"webhookType\":\"invoice-archived\",\"legalEntityUuid\":\"le\",\"x\":1}";
        UnknownEvent e = assertInstanceOf(UnknownEvent.class, parse(json, "invoice-sender"));
        assertFalse(e.type().isKnown());
        assertEquals("invoice-archived", e.type().value());
        assertEquals("le", e.legalEntityUuid());
        assertEquals(json, e.payload());
        assertFalse(e.toString().contains("\"x\""));
    }

    @Test
    void noTypeAnywhereIsUnknownWithAnEmptyRawType() {
        UnknownEvent e = assertInstanceOf(UnknownEvent.class, parse(LEGACY_UPO, null));
        assertEquals("", e.type().value());
    }

    @Test
    void bodiesThatAreNotJsonObjectsAreUnknown() {
        for (String body : new String[] {"not json", "[1,2]", "\"text\"", "", "{\"unterminated\":"}) {
            UnknownEvent e = assertInstanceOf(UnknownEvent.class, parse(body, "invoice-sender"), body);
            assertEquals(body, e.payload());
            assertEquals("invoice-sender", e.type().value());
        }
    }

    @Test
    void tolerantFieldReading() {
        InvoiceEvent e = assertInstanceOf(InvoiceEvent.class, parse(
                "{\"webhookType\":\"invoice-sender\",\"processingCode\":\"440\",\"status\":{\"odd\":true},"
                        + "\"invoiceUuid\":12,\"acquisitionTimestamp\":\"yesterday\"}", null));
        assertEquals(440, e.processingCode());
        assertNull(e.status());
        assertEquals("12", e.invoiceUuid());
        assertFalse(e.acquisitionTimestamp().isParsed());
        assertEquals("yesterday", e.acquisitionTimestamp().raw());
        assertNull(assertInstanceOf(InvoiceEvent.class,
                parse("{\"webhookType\":\"invoice-sender\",\"processingCode\":4.5}", null)).processingCode());
        assertNull(assertInstanceOf(InvoiceEvent.class,
                parse("{\"webhookType\":\"invoice-sender\",\"processingCode\":\"abc\"}", null)).processingCode());
    }

    @Test
    void recordsCheckTheirType() {
        assertThrows(IllegalArgumentException.class, () -> new InvoiceEvent(WebhookType.of("invoice-archived"), null,
                null, null, null, null, null, null, null, null, null, null, null, "{}"));
        assertThrows(IllegalArgumentException.class,
                () -> new OnboardingEvent(WebhookType.INVOICE_SENDER, null, null, "{}"));
    }
}
