package io.github.acubepl.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.core.InvoiceStatus;
import io.github.acubepl.core.WebhookType;
import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.model.fa3.Faktura;
import io.github.acubepl.testkit.OfficialFiles;
import io.github.acubepl.transport.Fixtures.RecordingSleeper;
import io.github.acubepl.transport.StubServer.Received;
import io.github.acubepl.transport.StubServer.Reply;
import io.github.acubepl.transport.internal.Endpoint;
import io.github.acubepl.transport.internal.Endpoints;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each resource's method, path, headers and body, and how the answers are read. */
class ResourcesTest {

    private static String webhook(int i) {
        return "{\"uuid\":\"wh-" + i + "\",\"legalEntityUUID\":\"le-1\",\"legalEntityName\":\"ACME\","
                + "\"webhookType\":\"invoice-sender\",\"webhookUrl\":\"https://erp.example.com/" + i + "\"}";
    }

    private static String members(int from, int to) {
        return IntStream.range(from, to).mapToObj(ResourcesTest::webhook).collect(Collectors.joining(",", "[", "]"));
    }

    private static int page(Received r) {
        for (String p : r.query().split("&")) {
            if (p.startsWith("page=")) {
                return Integer.parseInt(p.substring(5));
            }
        }
        return 1;
    }

    @Test
    void hydraPagesAreFollowedThroughNextLinks() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("GET /webhooks", r -> {
                int p = page(r);
                String view = p < 3 ? ",\"hydra:next\":\"/webhooks?page=" + (p + 1) + "\"" : "";
                return Reply.of(200, "application/ld+json", "{\"@context\":\"/contexts/Webhook\",\"@type\":\"hydra:Collection\","
                        + "\"hydra:member\":" + members((p - 1) * 2, p * 2) + ",\"hydra:totalItems\":6,"
                        + "\"hydra:view\":{\"@id\":\"/webhooks?page=" + p + "\",\"hydra:first\":\"/webhooks?page=1\""
                        + view + "}}");
            });
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            List<Webhook> all = client.webhooks().list();
            assertEquals(List.of("wh-0", "wh-1", "wh-2", "wh-3", "wh-4", "wh-5"),
                    all.stream().map(Webhook::uuid).toList());
            assertEquals(WebhookType.INVOICE_SENDER, all.get(0).webhookType());
            assertEquals(3, stub.count("GET", "/webhooks"));
            assertEquals("application/ld+json", stub.journal().get(1).header("Accept"));

            Page<Webhook> second = client.webhooks().page(2);
            assertEquals(2, second.number());
            assertEquals(6L, second.totalItems());
            assertTrue(second.hasNext());
            assertFalse(client.webhooks().page(3).hasNext());
        }
    }

    @Test
    void hydraWithoutThePrefixIsReadToo() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("GET /legal-entities", r -> {
                int p = page(r);
                String next = p < 2 ? ",\"next\":\"/legal-entities?page=2\"" : "";
                return Reply.json(200, "{\"member\":[{\"uuid\":\"le-" + p + "\",\"status\":\"active\"}],\"totalItems\":2,"
                        + "\"view\":{\"@id\":\"/legal-entities?page=" + p + "\"" + next + "}}");
            });
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            List<LegalEntity> all = client.legalEntities().list();
            assertEquals(List.of("le-1", "le-2"), all.stream().map(LegalEntity::uuid).toList());
            assertTrue(all.get(0).isActive());
        }
    }

    @Test
    void plainArraysAreWalkedPageByPageUntilAnEmptyOne() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("GET /webhooks", r -> {
                int p = page(r);
                return Reply.json(200, p <= 3 ? members((p - 1) * 30, (p - 1) * 30 + (p == 3 ? 5 : 30)) : "[]");
            });
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            assertEquals(65, client.webhooks().list().size());
            assertEquals(4, stub.count("GET", "/webhooks"));
            Page<Webhook> first = client.webhooks().page(1);
            assertNull(first.totalItems());
            assertTrue(first.hasNext());
            assertFalse(client.webhooks().page(9).hasNext());
        }
    }

    @Test
    void aServerIgnoringThePageParameterDoesNotLoopForever() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("GET /webhooks", r -> Reply.json(200, members(0, 3)));
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            assertEquals(3, client.webhooks().list().size());
            assertEquals(2, stub.count("GET", "/webhooks"));
        }
    }

    @Test
    void aNextLinkToAnotherOriginIsNotFollowedWithTheToken() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("GET /webhooks", r -> Reply.json(200, "{\"hydra:member\":[],\"hydra:view\":"
                    + "{\"hydra:next\":\"https://evil.example.com/webhooks?page=2\"}}"));
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            AcubeException e = assertThrows(AcubeException.class, () -> client.webhooks().list());
            assertTrue(e.getMessage().contains("another origin"), e.getMessage());
        }
    }

    @Test
    void invoiceFiltersAreEncodedQueryParameters() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("GET /invoices", r -> Reply.json(200, page(r) == 1
                    ? "[{\"uuid\":\"inv-1\",\"status\":\"valid\",\"processing_code\":200,\"ksefReferenceNumber\":"
                            + "\"5555555555-20250828-010080615740-E4\",\"invoiceNumber\":\"FV/1\"}]"
                    : "[]"));
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            InvoiceQuery query = InvoiceQuery.builder().status(InvoiceStatus.VALID).sellerNip("5260250274")
                    .invoiceNumber("FV/1").createdAfter(OffsetDateTime.parse("2026-03-01T00:00:00+01:00"))
                    .parameter("order[createdAt]", "desc").build();
            List<Invoice> invoices = client.invoices().list(query);
            assertEquals(1, invoices.size());
            assertTrue(invoices.get(0).acceptedByKsef());
            assertEquals(200, invoices.get(0).processingCode().code());
            String raw = stub.journal().get(1).query();
            assertTrue(raw.contains("createdAt%5Bafter%5D=2026-03-01T00%3A00%3A00%2B01%3A00"), raw);
            assertEquals("page=1&status=valid&sellerNip=5260250274&invoiceNumber=FV/1"
                    + "&createdAt[after]=2026-03-01T00:00:00+01:00&order[createdAt]=desc",
                    URLDecoder.decode(raw, StandardCharsets.UTF_8).replace(" ", "+"));
        }
    }

    @Test
    void legalEntitiesAreCreatedAndRead() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("POST /legal-entities", r -> Reply.json(201, "{\"uuid\":\"le-1\",\"nip\":\"5260250274\","
                    + "\"status\":0,\"_statusName\":\"pending\",\"authFlowStatus\":0,\"incomingInvoiceEnabled\":false,"
                    + "\"createdAt\":\"2026-03-02T10:00:00+00:00\",\"somethingNew\":{\"x\":1}}"));
            stub.route("GET /legal-entities/le-1", r -> Reply.json(200,
                    "{\"uuid\":\"le-1\",\"status\":\"pending\",\"authFlowStatus\":\"new\"}"));
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            LegalEntity created = client.legalEntities().create(NewLegalEntity.builder().nip("5260250274").name("ACME")
                    .addressLine1("ul. Prosta 1").addressLine2("lok. 2").postcode("00-001").city("Warszawa")
                    .email("biuro@acme.pl").build());
            assertEquals(new CodedStatus(0, "pending"), created.status());
            assertEquals(new CodedStatus(0, null), created.authFlowStatus());
            assertEquals(Boolean.FALSE, created.incomingInvoiceEnabled());
            assertTrue(created.createdAt().hasOffset());
            Received post = stub.journal().get(1);
            assertEquals("{\"nip\":\"5260250274\",\"name\":\"ACME\",\"addressLine1\":\"ul. Prosta 1\",\"addressLine2\":"
                    + "\"lok. 2\",\"postcode\":\"00-001\",\"city\":\"Warszawa\",\"countryIso2\":\"PL\",\"email\":"
                    + "\"biuro@acme.pl\"}", post.bodyText());
            LegalEntity read = client.legalEntities().get("le-1");
            assertEquals(new CodedStatus(null, "pending"), read.status());
            assertEquals(new CodedStatus(null, "new"), read.authFlowStatus());
        }
    }

    @Test
    void ksefTokensAreCreatedSelectedAndRevoked() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            String token = "{\"uuid\":\"tok-1\",\"authorizationToken\":\"KSEF-SECRET-123\",\"isActive\":true,"
                    + "\"isSelected\":false}";
            stub.route("POST /legal-entities/le-1/ksef-token/create", r -> Reply.json(201, token));
            stub.route("POST /legal-entities/le-1/ksef-token/select", r -> Reply.json(200, token.replace("false", "true")));
            stub.route("POST /legal-entities/le-1/ksef-token/revoke", r -> Reply.status(204));
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            KsefToken created = client.ksefTokens().create("le-1", "KSEF-SECRET-123", false);
            assertEquals("KSEF-SECRET-123", created.authorizationToken());
            assertFalse(created.toString().contains("KSEF-SECRET-123"));
            assertEquals("{\"authorizationToken\":\"KSEF-SECRET-123\",\"autoSelect\":false}", stub.journal().get(1).bodyText());
            assertEquals(Boolean.TRUE, client.ksefTokens().select("le-1", "tok-1").selected());
            assertEquals("{\"uuid\":\"tok-1\"}", stub.journal().get(2).bodyText());
            client.ksefTokens().revoke("le-1", "tok-1");
            assertEquals(1, stub.count("POST", "/legal-entities/le-1/ksef-token/revoke"));
        }
    }

    @Test
    void aRefusedKsefTokenDoesNotLeakIntoTheException() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("POST /legal-entities/le-1/ksef-token/create", r -> Reply.json(422,
                    "{\"title\":\"An error occurred\",\"detail\":\"authorizationToken: KSEF-SECRET-123 is not valid\","
                            + "\"violations\":[{\"propertyPath\":\"authorizationToken\",\"message\":"
                            + "\"KSEF-SECRET-123 is not valid\"}],\"authorizationToken\":\"KSEF-SECRET-123\"}"));
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            AcubeApiException e = assertThrows(AcubeApiException.class,
                    () -> client.ksefTokens().create("le-1", "KSEF-SECRET-123", false));
            assertEquals(422, e.status());
            assertFalse(e.getMessage().contains("KSEF-SECRET-123"), e.getMessage());
            assertFalse(e.body().contains("KSEF-SECRET-123"), e.body());
            assertFalse(e.detail().orElseThrow().contains("KSEF-SECRET-123"));
            assertFalse(e.violations().get(0).message().contains("KSEF-SECRET-123"));
        }
    }

    @Test
    void webhooksAreManaged() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("POST /webhooks", r -> Reply.json(201, webhook(1)));
            stub.route("DELETE /webhooks/wh-9", r -> Reply.json(404, "{\"title\":\"An error occurred\",\"detail\":\"Not Found\"}"));
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            Webhook w = client.webhooks().create("le-1", WebhookType.LEGACY_INVOICE_SENDER,
                    URI.create("https://erp.example.com/1"));
            assertEquals("le-1", w.legalEntityUuid());
            assertEquals("{\"legalEntity\":\"le-1\",\"webhookType\":\"legal-entity-invoice-sender\",\"webhookUrl\":"
                    + "\"https://erp.example.com/1\"}", stub.journal().get(1).bodyText());
            AcubeApiException e = assertThrows(AcubeApiException.class, () -> client.webhooks().delete("wh-9"));
            assertEquals(404, e.status());
        }
    }

    @Test
    void webhookUrlsOutsideTheNormalFormAreRefusedBeforeAnythingIsSent() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("POST /webhooks", r -> Reply.json(201, webhook(1)));
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            Map<String, String> refused = new LinkedHashMap<>();
            refused.put("http://erp.example.com/hooks", "must use https");
            refused.put("HTTPS://erp.example.com/hooks", "must use https");
            refused.put("ftp://erp.example.com/hooks", "must use https");
            refused.put("hooks/ksef", "must be absolute");
            refused.put("mailto:it@example.com", "must be absolute");
            refused.put("https://ERP.example.com/hooks", "must have a lowercase host: erp.example.com");
            refused.put("https://erp.example.com:443/hooks", "must not name the default port 443");
            refused.put("http://127.0.0.1:80/hooks", "must not name the default port 80");
            refused.put("https://erp.example.com", "needs a path");
            refused.put("https://erp.example.com/hooks#x", "must not have a fragment");
            refused.put("https://user:secret@erp.example.com/hooks", "must not carry user info");
            refused.put("https://erp.example.com/faktury/zażółć", "must be ASCII");
            for (Map.Entry<String, String> c : refused.entrySet()) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> client.webhooks().create("le-1", WebhookType.INVOICE_SENDER, URI.create(c.getKey())), c::getKey);
                assertTrue(e.getMessage().contains(c.getValue()), c.getKey() + ": " + e.getMessage());
                assertFalse(e.getMessage().contains("secret"), e.getMessage());
            }
            assertThrows(IllegalArgumentException.class, () -> client.webhooks().replace("wh-1", "le-1",
                    WebhookType.INVOICE_SENDER, URI.create("http://erp.example.com/hooks")));
            assertEquals(0, stub.journal().size(), "nothing was sent, not even a login");

            for (String accepted : List.of("https://erp.example.com/hooks?tenant=7", "https://erp.example.com:8443/h",
                    "https://erp.example.com/", "http://127.0.0.1:8081/hooks", "http://localhost:8081/hooks",
                    "http://[::1]:8081/hooks")) {
                client.webhooks().create("le-1", WebhookType.INVOICE_SENDER, URI.create(accepted));
            }
        }
    }

    /** Issue 8: send took an Object; it takes an FA(3) (or FA(2), FA(1)) model, typed by InvoiceModel. */
    @Test
    void anFa3ModelIsSentAsAcubeJson() throws Exception {
        Path sample = OfficialFiles.sample(3, 1);
        InvoiceMapper mapper = InvoiceMapper.create();
        Faktura faktura = mapper.readModel(Files.readAllBytes(sample), Faktura.class);
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("POST /invoices", r -> Reply.json(201, "{\"uuid\":\"inv-1\",\"status\":\"in_queue\","
                    + "\"createdAt\":\"2026-03-02T10:00:00+00:00\"}").header("Location", "/invoices/inv-1"));
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).invoiceMapper(mapper).build();
            SentInvoice sent = client.invoices().send(faktura);
            assertEquals("inv-1", sent.uuid());
            assertEquals(InvoiceStatus.IN_QUEUE, sent.status());
            assertEquals(201, sent.httpStatus());
            Received post = stub.journal().get(1);
            assertEquals("application/json", post.header("Content-Type"));
            assertEquals("FV2026/02/150", mapper.read(post.body()).toModel(Faktura.class).getFa().getP_2());
            assertEquals("FA(3)", mapper.read(post.body()).format().name());
            SentInvoice document = client.invoices().send(mapper.read(Files.readAllBytes(sample)));
            assertEquals("inv-1", document.uuid());
            assertEquals("application/json", stub.journal().get(2).header("Content-Type"), "a document goes as JSON");
        }
    }

    @Test
    void theInvoiceUuidMayComeFromLocation() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("POST /invoices", r -> Reply.status(202).header("Location", "/invoices/inv-7/"));
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            SentInvoice sent = client.invoices().sendJson("{}".getBytes());
            assertEquals("inv-7", sent.uuid());
            assertEquals(Optional.of("inv-7"), sent.uuidIfKnown());
        }
    }

    @Test
    void validationFindingsAreAResultNotAnException() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("POST /invoices/v3/validate", r -> Reply.of(422, "application/problem+json",
                    "{\"type\":\"https://tools.ietf.org/html/rfc2616#section-10\",\"title\":\"An error occurred\","
                            + "\"detail\":\"fa.p15: This value should not be blank.\",\"violations\":[{\"propertyPath\":"
                            + "\"fa.p15\",\"message\":\"This value should not be blank.\",\"code\":\"FA-STRUCT-008\"}]}"));
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            InvoiceValidation result = client.invoices().validateV3Xml("<Faktura/>".getBytes());
            assertFalse(result.valid());
            assertEquals(List.of(new Violation("fa.p15", "This value should not be blank.", "FA-STRUCT-008")),
                    result.violations());
            assertEquals(422, result.httpStatus());
        }
    }

    @Test
    void invoicesAreReadAsJsonXmlRawUpoAndAttachments() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("GET /invoices/inv-1", r -> "application/xml".equals(r.header("Accept"))
                    ? Reply.of(200, "application/xml", "<Faktura/>")
                    : Reply.json(200, "{\"uuid\":\"inv-1\",\"status\":\"sent\",\"processingCode\":150,"
                            + "\"acquisitionTimestamp\":\"2022-10-07 11:59:12\"}"));
            stub.route("GET /invoices/inv-1/upo", r -> Reply.of(200, "application/xml", "<UPO/>"));
            stub.route("GET /invoices/inv-2/upo", r -> Reply.json(404, "{\"detail\":\"Not Found\"}"));
            stub.route("GET /invoices/inv-1/attachments", r -> Reply.json(200,
                    "[{\"uuid\":\"att-1\",\"fileName\":\"a.txt\",\"contentType\":\"text/plain\",\"size\":5}]"));
            stub.route("GET /invoices/inv-1/attachments/att-1", r -> Reply.of(200, "text/plain", "hello"));
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            Invoice invoice = client.invoices().get("inv-1");
            assertEquals(InvoiceStatus.SENT, invoice.status());
            assertFalse(invoice.acceptedByKsef());
            assertEquals("processing in progress", invoice.processingCode().meaning().orElseThrow());
            assertFalse(invoice.acquisitionTimestamp().hasOffset());
            assertArrayEquals("<Faktura/>".getBytes(), client.invoices().getXml("inv-1"));
            assertArrayEquals("<Faktura/>".getBytes(), client.invoices().raw("inv-1", "application/xml"));
            assertArrayEquals("<UPO/>".getBytes(), client.invoices().upo("inv-1").orElseThrow());
            assertEquals(Optional.empty(), client.invoices().upo("inv-2"));
            assertEquals(List.of(new Attachment("att-1", "a.txt", "text/plain", 5L)), client.invoices().attachments("inv-1"));
            assertArrayEquals("hello".getBytes(), client.invoices().attachment("inv-1", "att-1"));
            assertEquals("text/plain", stub.journal().get(stub.journal().size() - 1).header("Accept"));
        }
    }

    @Test
    void pathVariablesThatAreNotIdsAreRefusedAndCannotClimbOut() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            assertThrows(IllegalArgumentException.class, () -> client.invoices().get("a/b c"));
            assertThrows(IllegalArgumentException.class, () -> client.invoices().get(".."));
            assertThrows(IllegalArgumentException.class, () -> client.invoices().attachment("inv-1", "../../upo"));
            assertEquals(List.of(), stub.journal(), "nothing was sent");
        }
    }

    @Test
    void overriddenPathTemplatesAreUsed() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("POST /legal-entities/le-1/ksef-token/delete", r -> Reply.status(204));
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper())
                    .endpoints(Endpoints.defaults().with(Endpoint.KSEF_TOKEN_REVOKE, "/legal-entities/{uuid}/ksef-token/delete"))
                    .build();
            client.ksefTokens().revoke("le-1", "tok-1");
            assertEquals(1, stub.count("POST", "/legal-entities/le-1/ksef-token/delete"));
        }
    }

    @Test
    void aBasePathPrefixIsKept() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("POST /auth/login", r -> Reply.json(200, "{\"token\":\"" + Fixtures.jwt("x") + "\"}"));
            stub.route("GET /api/pl/webhooks/wh-1", r -> Reply.json(200, webhook(1)));
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper())
                    .environment(Environment.custom(URI.create(stub.uri() + "/auth/"), URI.create(stub.uri() + "/api/pl")))
                    .build();
            assertEquals("wh-1", client.webhooks().get("wh-1").uuid());
        }
    }
}
