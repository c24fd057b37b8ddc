package io.github.acubepl.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.acubepl.mapping.Nip;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Test data: a valid FA(3) invoice (and an FA(1) one the simulator refuses), legal entities, the official samples. */
final class Fixtures {
    /**
     * The manual clock's start: after the example invoice's dates, and years away from the real date
     * (this was written in late 2026), so that a place reading the system clock instead of the sandbox clock
     * fails at once rather than on some later day.
     */
    static final Instant START = Instant.parse("2031-03-14T09:26:53Z");
    /** The seller of the example invoice. */
    static final String SELLER_NIP = "5830147261";

    private Fixtures() {
    }

    /**
     * A fresh copy of the example FA(3) invoice in A-Cube JSON ({@code examples/invoice-fa3.json}: seller
     * {@link #SELLER_NIP}, P_2 FV/2026/11/0042, four lines at 23, 8 and 5 %).
     */
    static ObjectNode invoice() {
        return resource("invoice-fa3.json");
    }

    /** A fresh copy of an FA(1) invoice in A-Cube JSON, seller {@link #SELLER_NIP}: a version no KSeF environment takes. */
    static ObjectNode fa1Invoice() {
        return resource("invoice-fa1.json");
    }

    private static ObjectNode resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the test resources");
            }
            return (ObjectNode) Client.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example invoice with another number. */
    static ObjectNode invoice(String number) {
        ObjectNode inv = invoice();
        ((ObjectNode) inv.get("Fa")).put("P_2", number);
        return inv;
    }

    static byte[] bytes(JsonNode json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A legal entity body for {@code nip}. */
    static String legalEntity(String nip) {
        return "{\"nip\":\"" + nip + "\",\"name\":\"Firma " + nip + " sp. z o.o.\",\"addressLine1\":\"ul. Długa 12\","
                + "\"addressLine2\":\"lok. 3\",\"postcode\":\"80-827\",\"city\":\"Gdańsk\",\"countryIso2\":\"PL\","
                + "\"email\":\"biuro@example.com\",\"province\":\"pomorskie\",\"url\":\"https://example.com\"}";
    }

    /** Registers {@code nip} for the client's user; returns the legal entity's uuid. */
    static String register(Client client, String nip) {
        Client.Reply r = client.postJson("/legal-entities", legalEntity(nip));
        assertEquals(201, r.status(), r::text);
        return r.json().get("uuid").asText();
    }

    /** The {@code n}-th valid NIP of a family (distinct for distinct n). */
    static String nip(int n) {
        for (int i = n * 10;; i++) {
            String nine = String.format("%09d", 123_450_000L + i);
            int check = Nip.checkDigit(nine);
            if (check >= 0) {
                String nip = nine + check;
                if (Nip.isValid(nip)) {
                    return nip;
                }
            }
        }
    }

    /** Sends an invoice as JSON; returns its uuid. */
    static String send(Client client, JsonNode invoice) {
        Client.Reply r = client.post("/invoices", "application/json", bytes(invoice));
        assertEquals(201, r.status(), r::text);
        return r.json().get("uuid").asText();
    }

    /**
     * Polls for what happens on another thread, for at most a generous minute (a machine ten times
     * slower still passes), then fails saying what did not happen.
     */
    static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                fail("not within 60 s: " + what);
            }
            Thread.sleep(10);
        }
    }
}
