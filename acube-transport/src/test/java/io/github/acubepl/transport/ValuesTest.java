package io.github.acubepl.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.acubepl.core.InvoiceStatus;
import io.github.acubepl.transport.internal.Endpoint;
import io.github.acubepl.transport.internal.Endpoints;
import io.github.acubepl.transport.internal.Json;
import java.nio.charset.StandardCharsets;
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

/** The read models and value types. */
class ValuesTest {
    private static JsonNode json(String s) {
        return Json.parse(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void processingCodesHaveKnownMeanings() {
        assertEquals(Optional.of("duplicate invoice"), ProcessingCode.of(440).meaning());
        assertEquals("440 (duplicate invoice)", ProcessingCode.of(440).toString());
        assertEquals(Optional.empty(), ProcessingCode.of(999).meaning());
        assertEquals("999", ProcessingCode.of(999).toString());
        assertTrue(ProcessingCode.of(415).isError());
        assertFalse(ProcessingCode.of(200).isError());
        for (int code : new int[] {100, 150, 200, 405, 410, 415, 430, 435, 440, 450, 500}) {
            assertTrue(ProcessingCode.of(code).isKnown(), String.valueOf(code));
        }
    }

    @Test
    void legalEntityStatusIsANumberOrAString() {
        LegalEntity current = LegalEntity.fromJson(json("{\"uuid\":\"u\",\"status\":1,\"_statusName\":\"active\","
                + "\"authFlowStatus\":2,\"authFlowUUID\":\"f\",\"customer\":{\"nip\":123},\"isSessionCyclerRunning\":true}"));
        assertEquals(new CodedStatus(1, "active"), current.status());
        assertTrue(current.isActive());
        assertEquals(new CodedStatus(2, null), current.authFlowStatus());
        assertEquals("f", current.authFlowUuid());
        LegalEntity legacy = LegalEntity.fromJson(json("{\"status\":\"pending\",\"authFlowStatus\":\"new\","
                + "\"isAuthCyclerRunning\":false}"));
        assertEquals(new CodedStatus(null, "pending"), legacy.status());
        assertEquals(new CodedStatus(null, "new"), legacy.authFlowStatus());
        assertFalse(legacy.isActive());
        LegalEntity both = LegalEntity.fromJson(json("{\"status\":\"blocked\",\"_statusName\":\"blocked\"}"));
        assertEquals(new CodedStatus(null, "blocked"), both.status());
        LegalEntity numericString = LegalEntity.fromJson(json("{\"status\":\"0\",\"_statusName\":\"pending\"}"));
        assertEquals(new CodedStatus(0, "pending"), numericString.status());
        LegalEntity empty = LegalEntity.fromJson(json("{}"));
        assertNull(empty.status());
        assertNull(empty.uuid());
    }

    @Test
    void invoicesReadBothSpellingsOfTheProcessingCode() {
        Invoice a = Invoice.fromJson(json("{\"uuid\":\"i\",\"status\":\"invalid\",\"processingCode\":440}"));
        Invoice b = Invoice.fromJson(json("{\"uuid\":\"i\",\"status\":\"invalid\",\"processing_code\":\"440\"}"));
        assertEquals(ProcessingCode.of(440), a.processingCode());
        assertEquals(ProcessingCode.of(440), b.processingCode());
        assertEquals(InvoiceStatus.INVALID, a.status());
        Invoice legacyValid = Invoice.fromJson(json("{\"status\":\"valid\",\"ksefReferenceNumber\":null}"));
        assertFalse(legacyValid.acceptedByKsef());
        Invoice unknown = Invoice.fromJson(json("{\"status\":\"on_hold\",\"brandNewField\":[1,2]}"));
        assertEquals("on_hold", unknown.status().value());
        assertTrue(unknown.json().contains("brandNewField"));
    }

    @Test
    void ksefTokenToStringMasksTheToken() {
        KsefToken t = KsefToken.fromJson(json("{\"uuid\":\"t\",\"authorizationToken\":\"SECRET-KSEF\",\"isActive\":\"true\","
                + "\"isSelected\":0}"));
        assertEquals("SECRET-KSEF", t.authorizationToken());
        assertEquals(Boolean.TRUE, t.active());
        assertEquals(Boolean.FALSE, t.selected());
        assertFalse(t.toString().contains("SECRET-KSEF"), t.toString());
        assertFalse(new AccessToken("eyJ.abc.def", Instant.EPOCH).toString().contains("abc"));
    }

    @Test
    void endpointTemplatesCanBeOverriddenButKeepTheirVariables() {
        Endpoints e = Endpoints.defaults().with(Endpoint.INVOICE_ATTACHMENTS, "/v2/invoices/{uuid}/files");
        assertEquals("/v2/invoices/{uuid}/files", e.template(Endpoint.INVOICE_ATTACHMENTS));
        assertEquals("/invoices/{uuid}", e.template(Endpoint.INVOICE));
        assertEquals("/invoices/{uuid}/attachments", Endpoints.defaults().template(Endpoint.INVOICE_ATTACHMENTS));
        assertThrows(IllegalArgumentException.class, () -> Endpoints.defaults().with(Endpoint.INVOICE, "/invoices/{id}"));
        assertThrows(IllegalArgumentException.class, () -> Endpoints.defaults().with(Endpoint.INVOICE, "invoices/{uuid}"));
        assertThrows(IllegalArgumentException.class, () -> Endpoints.defaults().with(Endpoint.INVOICES, "/invoices?x=1"));
        assertEquals(Set.of("uuid", "attachmentUuid"), Endpoint.INVOICE_ATTACHMENT.variables());
        assertEquals("a%2Fb%20%C4%85%5B%5D", Endpoints.encode("a/b ą[]"));
        assertTrue(e.toString().contains("INVOICE_ATTACHMENTS"));
    }

    @Test
    void invoiceQueriesRejectAmbiguity() {
        assertThrows(IllegalStateException.class, () -> InvoiceQuery.builder().parameter("page", "2").build());
        assertThrows(IllegalStateException.class,
                () -> InvoiceQuery.builder().sellerNip("1").parameter("sellerNip", "2").build());
        assertThrows(IllegalStateException.class, () -> InvoiceQuery.builder().itemsPerPage(0).build());
        assertThrows(IllegalStateException.class, () -> InvoiceQuery.builder()
                .createdAfter(OffsetDateTime.parse("2026-02-01T00:00:00Z"))
                .createdBefore(OffsetDateTime.parse("2026-01-01T00:00:00Z")).build());
        assertEquals(InvoiceQuery.builder().status(InvoiceStatus.VALID).build(),
                InvoiceQuery.builder().parameter("status", "valid").build());
        assertTrue(InvoiceQuery.all().parameters().isEmpty());
    }

    @Test
    void newLegalEntityNamesEveryMissingField() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> NewLegalEntity.builder().nip("5260250274").name(" ").build());
        assertEquals("a new legal entity needs name, addressLine1, addressLine2, postcode, city, email", e.getMessage());
    }
}
