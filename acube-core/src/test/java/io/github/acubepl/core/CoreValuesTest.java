package io.github.acubepl.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shared vocabulary: open values (statuses, webhook types) and timestamps. */
class CoreValuesTest {

    @Test
    void invoiceStatusIsOpenWithTheFourteenKnownNames() {
        assertEquals(List.of("new", "draft", "blocked", "rejected", "in_queue", "processing", "valid", "invalid", "sent",
                "delivered", "confirmed", "received", "error", "unknown"),
                InvoiceStatus.knownValues().stream().map(InvoiceStatus::value).toList());
        assertSame(InvoiceStatus.VALID, InvoiceStatus.of("valid"));
        InvoiceStatus other = InvoiceStatus.of("archived");
        assertFalse(other.isKnown());
        assertEquals("archived", other.value());
        assertEquals(other, InvoiceStatus.of("archived"));
        assertNotSame(other, InvoiceStatus.of("archived"));
        assertEquals(other.hashCode(), InvoiceStatus.of("archived").hashCode());
        assertFalse(InvoiceStatus.of("Valid").equals(InvoiceStatus.VALID));
    }

    @Test
    void webhookTypeKnowsBothGenerations() {
        Set<String> names = WebhookType.knownValues().stream().map(WebhookType::value).collect(Collectors.toSet());
        assertEquals(12, names.size());
        assertTrue(names.containsAll(List.of("onboarding-activated", "onboarding-deactivated", "invoice-sender",
                "invoice-receiver", "invoice-sync", "legal-entity-on-boarding-activated",
                "legal-entity-on-boarding-deactivated", "legal-entity-invoice-sender", "legal-entity-invoice-receiver",
                "legal-entity-invoice-sync", "legal-entity-invoice-upo", "legal-entity-session-manager")));
        assertTrue(WebhookType.LEGACY_INVOICE_UPO.isLegacy());
        assertFalse(WebhookType.INVOICE_SYNC.isLegacy());
        assertEquals(WebhookType.of("invoice.received"), WebhookType.of("invoice.received"));
        assertFalse(WebhookType.of("invoice.received").isKnown());
    }

    @Test
    void openValuesOfDifferentTypesAreNeverEqualEvenWithTheSameName() {
        assertNotEquals(InvoiceStatus.of("sent"), WebhookType.of("sent"));
        assertNotEquals(WebhookType.of("valid"), InvoiceStatus.VALID);
        assertEquals("valid", InvoiceStatus.VALID.toString());
        assertThrows(NullPointerException.class, () -> InvoiceStatus.of(null));
        assertThrows(NullPointerException.class, () -> WebhookType.of(null));
    }

    @Test
    void legacyWebhookNamesAreOfTheKindOfTheirCurrentCounterpart() {
        assertSame(WebhookType.INVOICE_SENDER, WebhookType.of("legal-entity-invoice-sender").current());
        assertSame(WebhookType.ONBOARDING_ACTIVATED, WebhookType.LEGACY_ONBOARDING_ACTIVATED.current());
        assertSame(WebhookType.LEGACY_INVOICE_UPO, WebhookType.LEGACY_INVOICE_UPO.current(), "no current counterpart");
        assertTrue(WebhookType.LEGACY_INVOICE_RECEIVER.sameKindAs(WebhookType.INVOICE_RECEIVER));
        assertTrue(WebhookType.INVOICE_RECEIVER.sameKindAs(WebhookType.LEGACY_INVOICE_RECEIVER));
        assertFalse(WebhookType.LEGACY_INVOICE_SENDER.sameKindAs(WebhookType.INVOICE_SYNC));
        WebhookType unknownLegacy = WebhookType.of("legal-entity-invoice-archived");
        assertTrue(unknownLegacy.isLegacy());
        assertSame(unknownLegacy, unknownLegacy.current(), "an unknown name is its own kind");
        for (WebhookType t : WebhookType.knownValues()) {
            assertTrue(t.current().isKnown() && !t.current().value().isEmpty(), t::value);
            assertEquals(t.current(), t.current().current(), t::value);
        }
    }

    @Test
    void thePackageExampleRuns() {
        WebhookType type = WebhookType.of("legal-entity-invoice-receiver");
        boolean incoming = type.sameKindAs(WebhookType.INVOICE_RECEIVER);  // true: the legacy name of the same kind
        InvoiceStatus status = InvoiceStatus.of("valid");                   // the constant InvoiceStatus.VALID
        AcubeTimestamp at = AcubeTimestamp.parse("2022-10-07 11:59:12");    // no zone: toInstant(ZoneId) needs one
        assertTrue(incoming);
        assertSame(InvoiceStatus.VALID, status);
        assertEquals(Optional.empty(), at.toInstant());
    }

    @Test
    void timestampsWithAnOffsetNameAnInstant() {
        AcubeTimestamp t = AcubeTimestamp.parse("2025-10-10T00:00:00+00:00");
        assertTrue(t.hasOffset());
        assertEquals(Optional.of(Instant.parse("2025-10-10T00:00:00Z")), t.toInstant());
        assertEquals(Optional.of(Instant.parse("2025-10-10T00:00:00Z")), t.toInstant(ZoneId.of("Europe/Warsaw")));
        assertEquals("2025-10-10T00:00:00+00:00", t.raw());
        assertTrue(AcubeTimestamp.parse("2025-10-10T02:00:00.123+0200").hasOffset());
        assertEquals(OffsetDateTime.of(2025, 10, 10, 0, 0, 0, 0, ZoneOffset.UTC),
                AcubeTimestamp.parse("2025-10-10T00:00:00Z").offsetDateTime().orElseThrow());
    }

    @Test
    void zonelessTimestampsNeedAnExplicitZone() {
        AcubeTimestamp t = AcubeTimestamp.parse("2022-10-07 11:59:12");
        assertFalse(t.hasOffset());
        assertTrue(t.isParsed());
        assertEquals(Optional.of(LocalDateTime.of(2022, 10, 7, 11, 59, 12)), t.localDateTime());
        assertEquals(Optional.empty(), t.toInstant());
        assertEquals(Optional.of(Instant.parse("2022-10-07T09:59:12Z")), t.toInstant(ZoneId.of("Europe/Warsaw")));
        AcubeTimestamp odd = AcubeTimestamp.parse("last tuesday");
        assertFalse(odd.isParsed());
        assertEquals("last tuesday", odd.toString());
        assertEquals(odd, AcubeTimestamp.parse("last tuesday"));
    }


    @Test
    void timestampWithoutColonInTheOffset() {
        assertEquals(Optional.of(Instant.parse("2025-10-09T22:00:00Z")),
                AcubeTimestamp.parse("2025-10-10T00:00:00+0200").toInstant());
        assertEquals(AcubeTimestamp.parse("x"), AcubeTimestamp.parse("x"));
    }
}
