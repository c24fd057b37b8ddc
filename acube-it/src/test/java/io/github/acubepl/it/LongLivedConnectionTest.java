package io.github.acubepl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.it.ItFixtures.RecordingSleeper;
import io.github.acubepl.sandbox.AcubeSandbox;
import io.github.acubepl.sandbox.JournalEntry;
import io.github.acubepl.sandbox.SandboxClock;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.AcubeOutcomeUnknownException;
import io.github.acubepl.transport.LegalEntity;
import io.github.acubepl.transport.SentInvoice;
import io.github.acubepl.transport.internal.Seams;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Issue 10, item 6, against the simulator over loopback: one client that runs for weeks recovers by
 * itself from a connection that died silently (reference: a KSeF client lost six days to a CDN that
 * half-closed its one pooled connection). The sandbox's {@code stall} faults keep a connection open
 * and never answer on it; the client's attempts time out after 2 s ({@code requestTimeout}); the
 * 60 s guard only catches a hang. The client's monotonic ticker is moved by hand to pass the idle
 * limit; the sandbox runs on its manual clock. A POST that met a dead connection is reported
 * {@link AcubeOutcomeUnknownException} and reached the sandbox exactly once (its journal).
 */
class LongLivedConnectionTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final Duration MAX_IDLE = Duration.ofMinutes(2);

    private final SandboxClock.Manual clock = SandboxClock.manual(ItFixtures.START);
    private final AtomicLong ticker = new AtomicLong(3_141_592_653_589L);
    private AcubeSandbox sandbox;
    private AcubeClient client;

    @BeforeEach
    void start() {
        sandbox = ItFixtures.sandbox(clock);
        AcubeClient.Builder builder = ItFixtures.client(sandbox, new RecordingSleeper())
                .requestTimeout(Duration.ofSeconds(2))
                .connectionMaxIdle(MAX_IDLE);
        Seams.of(builder).ticker(ticker::get);
        client = builder.build();
        LegalEntity seller = ItFixtures.register(client, ItFixtures.SELLER_NIP);
        assertNotNull(seller.uuid());
        sandbox.journal().clear();
    }

    @AfterEach
    void stop() {
        try {
            ItFixtures.assertNoPostRepeated(sandbox.journal());
        } finally {
            sandbox.close();
        }
    }

    private static <T> T guarded(ThrowingSupplier<T> call) {
        return assertTimeoutPreemptively(HANG_GUARD, call, "the call hung");
    }

    private List<JournalEntry> posts() {
        return sandbox.journal().entries("POST", "/invoices");
    }

    @Test
    void aPostStalledOnItsConnectionIsOutcomeUnknownReachesTheSandboxOnceAndTheNextPostSucceedsWithoutARestart() {
        sandbox.faults().on("POST", "/invoices").stall();
        long accepted = sandbox.connectionsAccepted();

        AcubeOutcomeUnknownException e = guarded(() -> assertThrows(AcubeOutcomeUnknownException.class,
                () -> client.invoices().send(ItFixtures.invoice("FV/IT/STALL/1"))));
        assertTrue(e.getMessage().startsWith("POST /invoices: the outcome is unknown: it was sent, but no complete "
                + "answer within 2 s (the request timeout, requestTimeout)"), e.getMessage());
        assertEquals(1, posts().size(), "sent once, never repeated");
        assertNull(posts().get(0).status());
        assertEquals("stall", posts().get(0).fault());

        SentInvoice sent = guarded(() -> client.invoices().send(ItFixtures.invoice("FV/IT/STALL/2")));

        assertNotNull(sent.uuid());
        assertEquals(List.of("dropped", "201"), posts().stream().map(JournalEntry::outcome).toList());
        assertEquals(accepted + 1, sandbox.connectionsAccepted(), "the next POST went on a fresh connection");
        assertEquals(1, sandbox.store().invoices().size(), "the stalled POST created nothing");
    }

    @Test
    void aPostAfterTheIdleLimitDoesNotGoIntoTheConnectionThatDiedWhileIdle() {
        long accepted = sandbox.connectionsAccepted();
        assertEquals(accepted, sandbox.faults().stallOpenConnections(), "the pooled connection dies silently");
        ticker.addAndGet(MAX_IDLE.toNanos());

        SentInvoice sent = guarded(() -> client.invoices().send(ItFixtures.invoice("FV/IT/IDLE/1")));

        assertNotNull(sent.uuid());
        assertEquals(List.of("201"), posts().stream().map(JournalEntry::outcome).toList(),
                "nothing was sent into the dead connection");
        assertEquals(accepted + 1, sandbox.connectionsAccepted());
    }

    @Test
    void aGetOnAConnectionThatDiedSucceedsOnItsRetryThroughAFreshConnection() {
        sandbox.faults().stallOpenConnections();

        assertEquals(List.of(), guarded(() -> client.invoices().list()));

        assertEquals(List.of("dropped", "200"), ItFixtures.outcomes(sandbox, "GET", "/invoices"));
        assertEquals("stalled connection", sandbox.journal().entries("GET", "/invoices").get(0).fault());
    }

    @Test
    void reconnectMakesTheNextCallOpenAFreshConnection() {
        long accepted = sandbox.connectionsAccepted();
        guarded(() -> client.invoices().list());
        assertEquals(accepted, sandbox.connectionsAccepted(), "the pooled connection is reused");

        client.reconnect();
        guarded(() -> client.invoices().list());

        assertEquals(accepted + 1, sandbox.connectionsAccepted());
    }
}
