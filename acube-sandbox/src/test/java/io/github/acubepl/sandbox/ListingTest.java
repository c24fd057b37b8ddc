package io.github.acubepl.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListingTest {
    private final SandboxClock.Manual clock = SandboxClock.manual(Fixtures.START);
    private AcubeSandbox sandbox;
    private Client client;

    @BeforeEach
    void start() {
        sandbox = AcubeSandbox.builder().clock(clock).build().start();
        client = new Client(sandbox).login(sandbox.user());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void plainArraysPageBy30AndAPagePastTheEndIsEmpty() {
        for (int i = 0; i < 65; i++) {
            Fixtures.register(client, Fixtures.nip(i));
        }
        assertEquals(30, client.get("/legal-entities").json().size());
        assertEquals(30, client.get("/legal-entities?page=2").json().size());
        assertEquals(5, client.get("/legal-entities?page=3").json().size());
        assertEquals(0, client.get("/legal-entities?page=4").json().size());
        assertEquals(10, client.get("/legal-entities?page=1&itemsPerPage=10").json().size());
        assertEquals(30, client.get("/legal-entities?itemsPerPage=100").json().size(), "at most 30");
        assertEquals(400, client.get("/legal-entities?page=0").status());
        assertEquals(400, client.get("/legal-entities?page=x").status());

        Set<String> uuids = new LinkedHashSet<>();
        for (int page = 1;; page++) {
            JsonNode list = client.get("/legal-entities?page=" + page).json();
            if (list.size() == 0) {
                break;
            }
            list.forEach(le -> uuids.add(le.get("uuid").asText()));
        }
        assertEquals(65, uuids.size(), "walking pages sees every entity once");
    }

    @Test
    void hydraEnvelopeWithNextLinksThatWalkEverything() {
        for (int i = 0; i < 65; i++) {
            Fixtures.register(client, Fixtures.nip(i));
        }
        Client.Reply first = client.get("/legal-entities", "application/ld+json");
        assertEquals(200, first.status());
        assertTrue(first.contentType().startsWith("application/ld+json"), first.contentType());
        JsonNode body = first.json();
        assertEquals("hydra:Collection", body.get("@type").asText());
        assertEquals("/legal-entities", body.get("@id").asText());
        assertEquals(65, body.get("hydra:totalItems").asInt());
        assertEquals(30, body.get("hydra:member").size());
        JsonNode member = body.at("/hydra:member/0");
        assertEquals("LegalEntity", member.get("@type").asText());
        assertEquals("/legal-entities/" + member.get("uuid").asText(), member.get("@id").asText());
        JsonNode view = body.get("hydra:view");
        assertEquals("/legal-entities?page=1", view.get("hydra:first").asText());
        assertEquals("/legal-entities?page=3", view.get("hydra:last").asText());
        assertEquals("/legal-entities?page=2", view.get("hydra:next").asText());
        assertFalse(view.has("hydra:previous"));

        Set<String> uuids = new LinkedHashSet<>();
        String next = "/legal-entities";
        int pages = 0;
        while (next != null) {
            JsonNode page = client.get(next, "application/ld+json").json();
            page.get("hydra:member").forEach(le -> uuids.add(le.get("uuid").asText()));
            JsonNode n = page.at("/hydra:view/hydra:next");
            next = n.isMissingNode() ? null : n.asText();
            pages++;
        }
        assertEquals(3, pages);
        assertEquals(65, uuids.size());

        JsonNode last = client.get("/legal-entities?page=3", "application/ld+json").json();
        assertFalse(last.get("hydra:view").has("hydra:next"));
        assertEquals("/legal-entities?page=2", last.at("/hydra:view/hydra:previous").asText());
        assertEquals(0, client.get("/legal-entities?page=9", "application/ld+json").json().get("hydra:member").size());
    }

    @Test
    void hydraLinksKeepTheFiltersAndThePageSize() {
        Fixtures.register(client, Fixtures.SELLER_NIP);
        for (int i = 0; i < 5; i++) {
            Fixtures.send(client, Fixtures.invoice("FV/" + i));
        }
        JsonNode body = client.get("/invoices?status=in_queue&itemsPerPage=2", "application/ld+json").json();
        assertEquals(5, body.get("hydra:totalItems").asInt());
        assertEquals("/invoices?status=in_queue&itemsPerPage=2&page=2", body.at("/hydra:view/hydra:next").asText());
        assertEquals("/invoices?status=in_queue&itemsPerPage=2&page=3", body.at("/hydra:view/hydra:last").asText());
        assertEquals("Invoice", body.at("/hydra:member/0/@type").asText());
    }

    @Test
    void emptyCollections() {
        assertEquals(0, client.get("/invoices").json().size());
        JsonNode hydra = client.get("/invoices", "application/ld+json").json();
        assertEquals(0, hydra.get("hydra:totalItems").asInt());
        assertEquals("/invoices?page=1", hydra.at("/hydra:view/hydra:last").asText());
        assertFalse(hydra.get("hydra:view").has("hydra:next"));
    }

    @Test
    void invoiceFilters() {
        String other = Fixtures.nip(1);
        Fixtures.register(client, Fixtures.SELLER_NIP);
        Fixtures.register(client, other);
        Fixtures.send(client, Fixtures.invoice("A/1"));
        clock.advance(Duration.ofMinutes(10));
        String second = Fixtures.send(client, Fixtures.invoice("A/2"));
        ObjectNode third = Fixtures.invoice("A/3");
        ((ObjectNode) third.at("/Podmiot1/DaneIdentyfikacyjne")).put("NIP", other);
        clock.advance(Duration.ofMinutes(10));
        Fixtures.send(client, third);
        clock.advance(Duration.ofSeconds(3));   // A/3 is processing, the others valid

        assertEquals(List.of("A/1", "A/2", "A/3"), numbers("/invoices"));
        assertEquals(List.of("A/1", "A/2"), numbers("/invoices?status=valid"));
        assertEquals(List.of("A/3"), numbers("/invoices?status=processing"));
        assertEquals(List.of(), numbers("/invoices?status=invalid"));
        assertEquals(List.of("A/3"), numbers("/invoices?sellerNip=" + other));
        assertEquals(List.of("A/2"), numbers("/invoices?invoiceNumber=" + enc("A/2")));
        // A/1 at 09:26:53 (Fixtures.START), A/2 at 09:36:53, A/3 at 09:46:53; both bounds are inclusive
        assertEquals(List.of("A/2", "A/3"), numbers("/invoices?" + enc("createdAt[after]") + "=" + enc("2031-03-14T09:36:53+00:00")));
        assertEquals(List.of("A/2", "A/3"), numbers("/invoices?createdAt[after]=2031-03-14T10:36:53%2B01:00"));
        assertEquals(List.of("A/2", "A/3"), numbers("/invoices?createdAt[after]=2031-03-14T10:36:53+01:00"),
                "a + decoded as a space is restored");
        assertEquals(List.of("A/1", "A/2"), numbers("/invoices?createdAt[before]=2031-03-14T09:36:53Z"));
        assertEquals(List.of("A/2"), numbers("/invoices?createdAt[after]=2031-03-14T09:31:53Z&createdAt[before]=2031-03-14T09:41:53Z"));
        assertEquals(List.of("A/1", "A/2", "A/3"), numbers("/invoices?createdAt[after]=2031-03-14"));
        assertEquals(List.of("A/1", "A/2", "A/3"), numbers("/invoices?unknown=1&order[createdAt]=desc"), "unknown parameters are ignored");
        assertEquals(400, client.get("/invoices?createdAt[after]=yesterday").status());
        assertEquals(second, client.get("/invoices?invoiceNumber=" + enc("A/2")).json().get(0).get("uuid").asText());
    }

    private List<String> numbers(String path) {
        Client.Reply r = client.get(path);
        assertEquals(200, r.status(), r::text);
        List<String> out = new ArrayList<>();
        r.json().forEach(i -> out.add(i.get("invoiceNumber").asText()));
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
