package io.github.acubepl.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.core.WebhookType;
import io.github.acubepl.transport.Fixtures.RecordingSleeper;
import io.github.acubepl.transport.StubServer.Reply;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Answers the client must not misreport (issue 7, section 3): a server that was reached but did not
 * answer what the endpoint promises is an API error with its status and a short, escaped prefix of
 * what came, never "could not be reached"; a creation answered without a uuid is never a success;
 * an argument that is not an id is refused before anything is sent.
 */
class MisleadingAnswersTest {
    private static final String ESC = "\u001b";
    private static final String HTML = "<!DOCTYPE html>\n<html><body>" + ESC + "[31mMaintenance" + ESC + "[0m</body></html>";
    private static final String INVOICE_JSON = "{\"Podmiot1\":{\"DaneIdentyfikacyjne\":{\"NIP\":\"5260250274\"}},"
            + "\"Fa\":{\"P_2\":\"FV/2031/03/008\"}}";

    @Test
    void anHtmlPageOrA500OnAGetIsAnApiErrorWithTheStatusNotAConnectionError() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("GET /legal-entities/le-1", r -> Reply.of(200, "text/html; charset=utf-8", HTML));
            stub.route("GET /legal-entities/le-2", r -> Reply.of(500, "text/html", HTML));
            RecordingSleeper sleeper = new RecordingSleeper();
            AcubeClient client = Fixtures.client(stub, sleeper).build();

            AcubeApiException page = assertThrows(AcubeApiException.class, () -> client.legalEntities().get("le-1"));
            assertEquals(200, page.status());
            assertTrue(page.getMessage().startsWith("GET /legal-entities/le-1 answered 200 with text/html; charset=utf-8 "
                    + "instead of JSON: <!DOCTYPE html>\\n<html><body>\\u001b[31mMaintenance"), page.getMessage());
            assertFalse(page.getMessage().contains(ESC), "control characters are escaped");

            AcubeApiException failed = assertThrows(AcubeApiException.class, () -> client.legalEntities().get("le-2"));
            assertEquals(500, failed.status());
            assertEquals(3, stub.count("GET", "/legal-entities/le-2"), "retried, then reported as the server's error");
            assertTrue(failed.getMessage().startsWith("GET /legal-entities/le-2 answered 500 with a body that is not a "
                    + "problem: <!DOCTYPE html>\\n"), failed.getMessage());
            assertFalse(failed.getMessage().contains(ESC));
        }
    }

    @Test
    void answersThatAreNotTheJsonPromisedAreApiErrors() throws Exception {
        Map<Reply, String> cases = new LinkedHashMap<>();
        cases.put(Reply.status(200), "answered 200 with an empty body instead of JSON");
        cases.put(Reply.json(200, "{\"uuid\":\"le-1\","), "answered 200 with a body that is not well-formed JSON: {\"uuid\"");
        cases.put(Reply.json(200, "{\"uuid\":\"le-1\"} <html>"), "answered 200 with a body that is not well-formed JSON");
        cases.put(Reply.of(200, "text/plain", "{\"uuid\":\"le-1\"}"), "answered 200 with text/plain instead of JSON");
        cases.put(Reply.json(200, "[1,2]"), "answered 200 with JSON that is not an object: [1,2]");
        cases.put(Reply.json(200, "{\"name\":\"ACME\"}"), "answered 200 with a legal entity that cannot be used: "
                + "the answer's uuid is missing");
        cases.put(Reply.json(200, "{\"uuid\":\"../x\"}"), "the answer's uuid '../x' contains '/', which no id has");
        for (Map.Entry<Reply, String> c : cases.entrySet()) {
            try (StubServer stub = Fixtures.stubWithLogin()) {
                stub.route("GET /legal-entities/le-1", r -> c.getKey());
                AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
                AcubeApiException e = assertThrows(AcubeApiException.class, () -> client.legalEntities().get("le-1"),
                        c.getValue());
                assertEquals(200, e.status());
                assertTrue(e.getMessage().contains(c.getValue()), e.getMessage());
            }
        }
    }

    @Test
    void aValidationAnsweredWithAnHtmlPageIsNotReportedValid() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("POST /invoices/v3/validate", r -> Reply.of(200, "text/html", HTML));
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            AcubeApiException e = assertThrows(AcubeApiException.class,
                    () -> client.invoices().validateV3Json(INVOICE_JSON.getBytes(StandardCharsets.UTF_8)));
            assertEquals(200, e.status());
        }
    }

    @Test
    void anInvoiceAnswered201WithoutAUuidIsOutcomeUnknownWithItsKeys() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("POST /invoices", r -> Reply.json(201, "{\"status\":\"in_queue\"}"));
            stub.route("POST /invoices/v3", r -> Reply.of(200, "text/plain", "accepted"));
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            for (InvoiceEndpoint endpoint : InvoiceEndpoint.values()) {
                AcubeOutcomeUnknownException e = assertThrows(AcubeOutcomeUnknownException.class,
                        () -> client.invoices().sendJson(INVOICE_JSON.getBytes(StandardCharsets.UTF_8), endpoint));
                assertTrue(e.getMessage().contains("so the invoice was probably created, but neither its body"),
                        e.getMessage());
                assertTrue(e.getMessage().contains("nor a Location header names the invoice's uuid, so it cannot be "
                        + "identified"), e.getMessage());
                assertEquals("5260250274", e.sellerNip().orElseThrow());
                assertEquals("FV/2031/03/008", e.invoiceNumber().orElseThrow());
            }
            assertEquals(1, stub.count("POST", "/invoices"), "never repeated");
            assertEquals(1, stub.count("POST", "/invoices/v3"));
        }
    }

    @Test
    void createdResourcesWithoutAUuidAreOutcomeUnknown() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("POST /legal-entities", r -> Reply.json(201, "{\"nip\":\"5260250274\"}"));
            stub.route("POST /webhooks", r -> Reply.of(201, "text/html", HTML));
            stub.route("POST /legal-entities/le-1/ksef-token/create", r -> Reply.json(201, "{\"uuid\":\"\"}"));
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            AcubeOutcomeUnknownException entity = assertThrows(AcubeOutcomeUnknownException.class,
                    () -> client.legalEntities().create(NewLegalEntity.builder().nip("5260250274").name("ACME")
                            .addressLine1("ul. Prosta 1").addressLine2("-").postcode("00-001").city("Warszawa")
                            .email("biuro@acme.pl").build()));
            assertEquals(201, entity.status().getAsInt());
            assertTrue(entity.getMessage().contains("so the legal entity was probably created, but the answer's uuid is "
                    + "missing"), entity.getMessage());
            assertTrue(entity.getMessage().contains("legalEntities().list()"), entity.getMessage());
            AcubeOutcomeUnknownException webhook = assertThrows(AcubeOutcomeUnknownException.class, () -> client
                    .webhooks().create("le-1", WebhookType.INVOICE_SENDER, URI.create("https://erp.example.com/h")));
            assertTrue(webhook.getMessage().contains("text/html instead of JSON"), webhook.getMessage());
            assertFalse(webhook.getMessage().contains(ESC));
            AcubeOutcomeUnknownException token = assertThrows(AcubeOutcomeUnknownException.class,
                    () -> client.ksefTokens().create("le-1", "KSEF-SECRET", false));
            assertTrue(token.getMessage().contains("the answer's uuid is empty"), token.getMessage());
        }
    }

    @Test
    void blankOrInvalidUuidArgumentsFailFastWithoutARequest() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            Map<String, Executable> calls = new LinkedHashMap<>();
            calls.put("the uuid is empty", () -> client.invoices().get(""));
            calls.put("the uuid is blank", () -> client.invoices().upo("  "));
            calls.put("the uuid 'a b' contains white space", () -> client.legalEntities().get("a b"));
            calls.put("the uuid 'x\\u001b[2J' contains a control character", () -> client.webhooks().get("x" + ESC + "[2J"));
            calls.put("the uuid '..' is not an id", () -> client.webhooks().delete(".."));
            calls.put("the legalEntityUuid is empty", () -> client.webhooks().create("", WebhookType.INVOICE_SENDER,
                    URI.create("https://erp.example.com/h")));
            calls.put("the tokenUuid is blank", () -> client.ksefTokens().select("le-1", " "));
            calls.put("the attachmentUuid 'a/b' contains '/'", () -> client.invoices().attachment("inv-1", "a/b"));
            calls.put("the uuid is longer than 128 characters", () -> client.invoices().getXml("f".repeat(129)));
            for (Map.Entry<String, Executable> c : calls.entrySet()) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, c.getValue()::execute,
                        c.getKey());
                assertTrue(e.getMessage().startsWith(c.getKey()), e.getMessage());
                assertTrue(e.getMessage().endsWith("(nothing was sent)"), e.getMessage());
                assertFalse(e.getMessage().contains(ESC));
            }
            assertEquals(List.of(), stub.journal(), "no request, not even a login");
        }
    }

    /** A call that may throw anything. */
    @FunctionalInterface
    interface Executable {
        void execute() throws Throwable;
    }
}
