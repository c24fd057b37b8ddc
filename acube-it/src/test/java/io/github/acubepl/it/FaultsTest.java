package io.github.acubepl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.it.ItFixtures.RecordingSleeper;
import io.github.acubepl.model.fa3.Faktura;
import io.github.acubepl.sandbox.AcubeSandbox;
import io.github.acubepl.sandbox.JournalEntry;
import io.github.acubepl.sandbox.SandboxClock;
import io.github.acubepl.sandbox.SandboxInvoice;
import io.github.acubepl.transport.AcubeApiException;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.AcubeConnectionException;
import io.github.acubepl.transport.AcubeOutcomeUnknownException;
import io.github.acubepl.transport.Invoice;
import io.github.acubepl.transport.InvoiceEndpoint;
import io.github.acubepl.transport.InvoiceQuery;
import io.github.acubepl.transport.InvoiceValidation;
import io.github.acubepl.transport.LegalEntity;
import io.github.acubepl.transport.RetryPolicy;
import io.github.acubepl.transport.Webhook;
import io.github.acubepl.transport.internal.Backoff;
import io.github.acubepl.core.WebhookType;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every fault the sandbox can inject, through the client: exact attempts (from the sandbox's
 * journal) and exact waits (from the recording sleeper). A POST that may have reached the server is
 * never repeated; after every test the journal shows no POST twice (same body to the same path).
 */
class FaultsTest {
    /** The default policy: 3 attempts, backoff caps 500 ms then 1 s (halved by the fixed jitter). */
    private static final RetryPolicy POLICY = RetryPolicy.defaults();
    /** The waits before retries 1 and 2 with the fixed jitter. */
    private static final List<Duration> BACKOFF = List.of(Backoff.wait(POLICY, 1, ItFixtures.JITTER),
            Backoff.wait(POLICY, 2, ItFixtures.JITTER));
    /** A short request timeout for the slow-response tests, and a delay well beyond it. */
    private static final Duration SHORT_TIMEOUT = Duration.ofMillis(500);
    private static final Duration SLOW = Duration.ofMillis(1500);

    private static final URI HOOK = URI.create("https://erp.example.com/hooks");

    private final SandboxClock.Manual clock = SandboxClock.manual(ItFixtures.START);
    private final RecordingSleeper sleeper = new RecordingSleeper();
    /** Paths a test sends the same POST to twice on purpose (none by default). */
    private final List<String> repeatable = new ArrayList<>();
    private AcubeSandbox sandbox;
    private AcubeClient client;
    private LegalEntity seller;
    private String entityPath;

    @BeforeEach
    void start() {
        sandbox = ItFixtures.sandbox(clock);
        client = ItFixtures.client(sandbox, sleeper).retryPolicy(POLICY).build();
        seller = ItFixtures.register(client, ItFixtures.SELLER_NIP);
        entityPath = "/legal-entities/" + seller.uuid();
        sandbox.journal().clear();
    }

    @AfterEach
    void stop() {
        try {
            ItFixtures.assertNoPostRepeated(sandbox.journal(), repeatable.toArray(new String[0]));
        } finally {
            sandbox.close();
        }
    }

    // ---- GET: retried --------------------------------------------------------------------------------------------

    @Test
    void aGetAnswered503TwiceSucceedsOnTheThirdAttemptAfterTwoBackoffs() {
        sandbox.faults().on("GET", entityPath).times(2).respond(503);

        assertEquals(seller, client.legalEntities().get(seller.uuid()));
        assertEquals(List.of("503", "503", "200"), ItFixtures.outcomes(sandbox, "GET", entityPath));
        assertEquals(BACKOFF, sleeper.waits());
        assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(500)), sleeper.waits(), "half of 500 ms, of 1 s");
    }

    @Test
    void aGetAnswered429WithRetryAfterWaitsExactlyThat() {
        sandbox.faults().on("GET", entityPath).tooManyRequests(Duration.ofSeconds(7));

        assertEquals(seller, client.legalEntities().get(seller.uuid()));
        assertEquals(List.of("429", "200"), ItFixtures.outcomes(sandbox, "GET", entityPath));
        assertEquals(List.of(Duration.ofSeconds(7)), sleeper.waits());
    }

    @Test
    void aGetAnswered503WithRetryAfterWaitsExactlyThat() {
        sandbox.faults().on("GET", entityPath).serviceUnavailable(Duration.ofSeconds(2));

        assertEquals(seller, client.legalEntities().get(seller.uuid()));
        assertEquals(List.of("503", "200"), ItFixtures.outcomes(sandbox, "GET", entityPath));
        assertEquals(List.of(Duration.ofSeconds(2)), sleeper.waits());
    }

    @Test
    void aRetryAfterLongerThanThePolicyAllowsIsCut() {
        sandbox.faults().on("GET", entityPath).tooManyRequests(Duration.ofSeconds(45));

        assertEquals(seller, client.legalEntities().get(seller.uuid()));
        assertEquals(List.of(POLICY.maxRetryAfter()), sleeper.waits());
        assertEquals(Duration.ofSeconds(30), POLICY.maxRetryAfter());
    }

    @Test
    void aGetAnswered500EveryTimeIsAnApiException500AfterExactlyMaxAttempts() {
        RetryPolicy four = POLICY.toBuilder().maxAttempts(4).build();
        AcubeClient patient = ItFixtures.client(sandbox, sleeper).retryPolicy(four).build();
        sandbox.faults().on("GET", entityPath).always().respond(500);

        AcubeApiException e = assertThrows(AcubeApiException.class, () -> patient.legalEntities().get(seller.uuid()));
        assertEquals(500, e.status());
        assertEquals(Collections.nCopies(4, "500"), ItFixtures.outcomes(sandbox, "GET", entityPath));
        assertEquals(List.of(Backoff.wait(four, 1, ItFixtures.JITTER), Backoff.wait(four, 2, ItFixtures.JITTER),
                Backoff.wait(four, 3, ItFixtures.JITTER)), sleeper.waits());
    }

    @Test
    void aGetWhoseConnectionDropsTwiceThenAnswersIsRetriedOnce() {
        // the JDK HttpClient repeats a GET once by itself when the connection closes before any byte:
        // two drops are one failed attempt of the client
        sandbox.faults().on("GET", entityPath).times(2).dropBeforeHandling();

        assertEquals(seller, client.legalEntities().get(seller.uuid()));
        assertEquals(List.of("dropped", "dropped", "200"), ItFixtures.outcomes(sandbox, "GET", entityPath));
        assertEquals(BACKOFF.subList(0, 1), sleeper.waits());
    }

    @Test
    void aGetWhoseConnectionAlwaysDropsIsAConnectionExceptionAfterMaxAttempts() {
        sandbox.faults().on("GET", entityPath).always().dropBeforeHandling();

        AcubeConnectionException e = assertThrows(AcubeConnectionException.class,
                () -> client.legalEntities().get(seller.uuid()));
        assertEquals(POLICY.maxAttempts(), e.attempts());
        assertEquals(Collections.nCopies(2 * POLICY.maxAttempts(), "dropped"),
                ItFixtures.outcomes(sandbox, "GET", entityPath), "each attempt of the client is two of the JDK");
        assertEquals(BACKOFF, sleeper.waits());
    }

    @Test
    void aSlowGetBeyondTheRequestTimeoutIsRetriedThenAConnectionException() {
        AcubeClient impatient = ItFixtures.client(sandbox, sleeper).requestTimeout(SHORT_TIMEOUT).build();
        impatient.login();
        sandbox.faults().on("GET", entityPath).times(POLICY.maxAttempts()).delay(SLOW);

        AcubeConnectionException e = assertThrows(AcubeConnectionException.class,
                () -> impatient.legalEntities().get(seller.uuid()));
        assertEquals(POLICY.maxAttempts(), e.attempts());
        assertInstanceOf(HttpTimeoutException.class, e.getCause());
        assertEquals(BACKOFF, sleeper.waits());
        awaitJournal("GET", entityPath, POLICY.maxAttempts());
        assertEquals(Collections.nCopies(POLICY.maxAttempts(), "200"), ItFixtures.outcomes(sandbox, "GET", entityPath),
                "the sandbox answered each, too late");
    }

    @Test
    void aSlowGetOnceIsRetriedAndSucceeds() {
        AcubeClient impatient = ItFixtures.client(sandbox, sleeper).requestTimeout(SHORT_TIMEOUT).build();
        impatient.login();
        sandbox.faults().on("GET", entityPath).once().delay(SLOW);

        assertEquals(seller, impatient.legalEntities().get(seller.uuid()));
        assertEquals(BACKOFF.subList(0, 1), sleeper.waits());
        awaitJournal("GET", entityPath, 2);
    }

    // ---- PUT and DELETE: retried like a GET ----------------------------------------------------------------------

    @Test
    void aPutAnswered502IsRetried() {
        Webhook hook = client.webhooks().create(seller.uuid(), WebhookType.INVOICE_SENDER, HOOK);
        sandbox.faults().on("PUT", "/webhooks/*").respond(502);

        Webhook replaced = client.webhooks().replace(hook.uuid(), seller.uuid(), WebhookType.INVOICE_SYNC, HOOK);
        assertEquals(WebhookType.INVOICE_SYNC, replaced.webhookType());
        assertEquals(List.of("502", "200"), ItFixtures.outcomes(sandbox, "PUT", "/webhooks/*"));
        assertEquals(BACKOFF.subList(0, 1), sleeper.waits());
    }

    @Test
    void aDeleteWhoseConnectionDropsBeforeHandlingIsRetried() {
        // unlike a GET, the JDK does not repeat a DELETE by itself: one drop is one attempt of the client
        Webhook hook = client.webhooks().create(seller.uuid(), WebhookType.INVOICE_SENDER, HOOK);
        sandbox.faults().on("DELETE", "/webhooks/*").dropBeforeHandling();

        client.webhooks().delete(hook.uuid());
        assertEquals(List.of("dropped", "204"), ItFixtures.outcomes(sandbox, "DELETE", "/webhooks/*"));
        assertEquals(BACKOFF.subList(0, 1), sleeper.waits());
    }

    /**
     * Documents a limit of retrying DELETE: when the answer of a DELETE that took effect is lost, the
     * client's repeat meets a 404, which it surfaces (404s of DELETE are never swallowed), although the
     * subscription was deleted by the client's own first attempt.
     */
    @Test
    void aDeleteWhoseAnswerIsLostIsRetriedAndTheRepeatMeetsA404() {
        Webhook hook = client.webhooks().create(seller.uuid(), WebhookType.INVOICE_SENDER, HOOK);
        sandbox.faults().on("DELETE", "/webhooks/*").dropAfterHandling();

        AcubeApiException e = assertThrows(AcubeApiException.class, () -> client.webhooks().delete(hook.uuid()));
        assertEquals(404, e.status());
        assertEquals(List.of("dropped", "404"), ItFixtures.outcomes(sandbox, "DELETE", "/webhooks/*"));
        assertEquals(List.of(), client.webhooks().list(), "deleted by the first attempt");
    }

    // ---- POST /invoices: never repeated --------------------------------------------------------------------------

    @Test
    void aSlowPostOfAnInvoiceBeyondTheRequestTimeoutIsOutcomeUnknownAndItWasCreated() {
        AcubeClient impatient = ItFixtures.client(sandbox, sleeper).requestTimeout(SHORT_TIMEOUT).build();
        impatient.login();
        sandbox.faults().on("POST", "/invoices").delay(SLOW);

        AcubeOutcomeUnknownException e = assertThrows(AcubeOutcomeUnknownException.class,
                () -> impatient.invoices().send(ItFixtures.invoice("FV/IT/F1")));
        assertFalse(e.status().isPresent(), "no answer");
        assertInstanceOf(HttpTimeoutException.class, e.getCause());
        assertEquals(List.of(), sleeper.waits());
        awaitJournal("POST", "/invoices", 1);
        assertEquals(1, reconcile(impatient, e).size(), "the sandbox handled it after the client gave up");
    }

    @Test
    void aPostOfAnInvoiceAnswered503IsOutcomeUnknownAfterExactlyOnePost() {
        sandbox.faults().on("POST", "/invoices").always().serviceUnavailable(Duration.ofSeconds(1));

        AcubeOutcomeUnknownException e = assertThrows(AcubeOutcomeUnknownException.class,
                () -> client.invoices().send(ItFixtures.invoice("FV/IT/F2")));
        assertEquals(503, e.status().getAsInt());
        assertEquals(List.of("503"), ItFixtures.outcomes(sandbox, "POST", "/invoices"));
        assertEquals(List.of(), sleeper.waits(), "not retried, Retry-After notwithstanding");
        assertEquals("FV/IT/F2", e.invoiceNumber().orElseThrow());
        assertEquals(ItFixtures.SELLER_NIP, e.sellerNip().orElseThrow());
        assertEquals(List.of(), sandbox.store().invoices(), "this 503 came before any handling");
        sandbox.resetFaults();
        assertEquals(List.of(), reconcile(client, e));
    }

    @Test
    void aPostOfAnInvoiceDroppedAfterHandlingIsOutcomeUnknownAndReconcilingAsTheMessageSaysFindsIt() {
        sandbox.faults().on("POST", "/invoices").dropAfterHandling();

        AcubeOutcomeUnknownException e = assertThrows(AcubeOutcomeUnknownException.class,
                () -> client.invoices().send(ItFixtures.invoice("FV/IT/F3")));
        assertEquals(List.of("dropped"), ItFixtures.outcomes(sandbox, "POST", "/invoices"));
        assertFalse(e.status().isPresent());
        assertEquals(List.of(), sleeper.waits());

        List<SandboxInvoice> created = sandbox.store().invoices();
        assertEquals(1, created.size(), "the invoice exists");
        assertTrue(e.getMessage().contains("invoices().list(InvoiceQuery.builder().sellerNip(\"" + ItFixtures.SELLER_NIP
                + "\").invoiceNumber(\"FV/IT/F3\").build())"), e.getMessage());
        List<Invoice> found = reconcile(client, e);
        assertEquals(1, found.size());
        assertEquals(created.get(0).uuid(), found.get(0).uuid());
    }

    @Test
    void anXmlInvoiceDroppedAfterHandlingNamesItsNumberForReconciliationToo() {
        sandbox.faults().on("POST", "/invoices").dropAfterHandling();

        AcubeOutcomeUnknownException e = assertThrows(AcubeOutcomeUnknownException.class,
                () -> client.invoices().sendXml(ItFixtures.xml(ItFixtures.invoice("FV/IT/F4"))));
        assertEquals("FV/IT/F4", e.invoiceNumber().orElseThrow());
        assertEquals(ItFixtures.SELLER_NIP, e.sellerNip().orElseThrow());
        assertEquals(1, reconcile(client, e).size());
        assertEquals(1, sandbox.journal().count("POST", "/invoices"));
    }

    @Test
    void aPostOfAnInvoiceDroppedBeforeHandlingIsOutcomeUnknownToo() {
        sandbox.faults().on("POST", "/invoices").dropBeforeHandling();

        AcubeOutcomeUnknownException e = assertThrows(AcubeOutcomeUnknownException.class,
                () -> client.invoices().send(ItFixtures.invoice("FV/IT/F5")));
        assertEquals(List.of("dropped"), ItFixtures.outcomes(sandbox, "POST", "/invoices"), "the client cannot know");
        assertEquals(List.of(), sleeper.waits());
        assertEquals(List.of(), sandbox.store().invoices());
        assertEquals(List.of(), reconcile(client, e), "reconciling says: not created, send it again");
    }

    @Test
    void aPostOfAnInvoiceToV3DroppedAfterHandlingIsOutcomeUnknown() {
        sandbox.faults().on("POST", "/invoices/v3").dropAfterHandling();

        AcubeOutcomeUnknownException e = assertThrows(AcubeOutcomeUnknownException.class,
                () -> client.invoices().send(ItFixtures.invoice("FV/IT/F6"), InvoiceEndpoint.V3));
        assertEquals(1, reconcile(client, e).size());
        assertEquals(1, sandbox.journal().count("POST", "/invoices/v3"));
    }

    @Test
    void aPostOfAnInvoiceAnswered429IsAnApiExceptionAndNotRetried() {
        sandbox.faults().on("POST", "/invoices").tooManyRequests(Duration.ofSeconds(3));

        AcubeApiException e = assertThrows(AcubeApiException.class,
                () -> client.invoices().send(ItFixtures.invoice("FV/IT/F7")));
        assertEquals(429, e.status(), "refused before processing: nothing to reconcile");
        assertEquals(List.of("429"), ItFixtures.outcomes(sandbox, "POST", "/invoices"));
        assertEquals(List.of(), sleeper.waits());
    }

    // ---- other POSTs ---------------------------------------------------------------------------------------------

    @Test
    void aPostOfALegalEntityAnswered500IsOutcomeUnknownAndNotRepeated() {
        sandbox.faults().on("POST", "/legal-entities").respond(500);

        AcubeOutcomeUnknownException e = assertThrows(AcubeOutcomeUnknownException.class,
                () -> client.legalEntities().create(ItFixtures.entity(ItFixtures.nip(4))));
        assertEquals(500, e.status().getAsInt());
        assertTrue(e.getMessage().contains("legalEntities().list()"), e.getMessage());
        assertEquals(List.of("500"), ItFixtures.outcomes(sandbox, "POST", "/legal-entities"));
        assertEquals(List.of(), sleeper.waits());
    }

    @Test
    void theValidationPostChangesNothingSoItIsRetriedLikeAGet() {
        repeatable.add("/invoices/v3/validate");
        sandbox.faults().on("POST", "/invoices/v3/validate").respond(503);
        Faktura invoice = ItFixtures.invoice("FV/IT/F8");

        InvoiceValidation v = client.invoices().validateV3(invoice);
        assertTrue(v.valid());
        assertEquals(List.of("503", "200"), ItFixtures.outcomes(sandbox, "POST", "/invoices/v3/validate"));
        List<JournalEntry> posts = sandbox.journal().entries("POST", "/invoices/v3/validate");
        assertEquals(posts.get(0).bodySha256(), posts.get(1).bodySha256(), "the same body, sent again on purpose");
        assertEquals(BACKOFF.subList(0, 1), sleeper.waits());
    }

    @Test
    void theLoginIsRetriedOn503BecauseItChangesNothing() {
        repeatable.add("/login");
        AcubeClient fresh = ItFixtures.client(sandbox, sleeper).build();
        sandbox.faults().on("POST", "/login").times(2).respond(503);

        fresh.legalEntities().list();
        assertEquals(List.of("503", "503", "200"), ItFixtures.outcomes(sandbox, "POST", "/login"));
        assertEquals(BACKOFF, sleeper.waits());
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /** Reconciles as the exception's message says: invoices listed by seller NIP and invoice number. */
    private static List<Invoice> reconcile(AcubeClient client, AcubeOutcomeUnknownException e) {
        return client.invoices().list(InvoiceQuery.builder().sellerNip(e.sellerNip().orElseThrow())
                .invoiceNumber(e.invoiceNumber().orElseThrow()).build());
    }

    /** Waits until the sandbox has journalled {@code n} requests (a delayed one is journalled when handled). */
    private void awaitJournal(String method, String path, int n) {
        ItFixtures.await(Duration.ofSeconds(10), () -> sandbox.journal().count(method, path) >= n,
                n + " × " + method + " " + path + " in the journal");
        assertEquals(n, sandbox.journal().count(method, path), () -> sandbox.journal().entries().toString());
    }
}
