package io.github.acubepl.it;

import static io.github.acubepl.it.ItFixtures.logins;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.it.ItFixtures.RecordingSleeper;
import io.github.acubepl.sandbox.AcubeSandbox;
import io.github.acubepl.sandbox.SandboxClock;
import io.github.acubepl.transport.AcubeAuthenticationException;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.LegalEntity;
import io.github.acubepl.transport.SentInvoice;
import io.github.acubepl.transport.TokenStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The token's life through the client against the sandbox's real JWTs: one login for many
 * concurrent first calls and for clients sharing a file store, renewal before {@code exp}, and the
 * transparent re-login on a 401 "Expired JWT Token".
 */
class TokenLifecycleTest {
    private static final Duration LIFETIME = Duration.ofHours(24);
    private static final Duration MARGIN = Duration.ofMinutes(5);

    private final SandboxClock.Manual clock = SandboxClock.manual(ItFixtures.START);
    private AcubeSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = ItFixtures.sandbox(clock);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aHundredConcurrentFirstCallsOnANewClientLogInOnce() throws Exception {
        AcubeClient client = ItFixtures.client(sandbox, new RecordingSleeper()).build();
        List<List<LegalEntity>> results = concurrently(100, i -> client.legalEntities().list());

        assertEquals(100, results.size());
        assertEquals(1, logins(sandbox), () -> "logins: " + ItFixtures.outcomes(sandbox, "POST", "/login"));
        assertEquals(Collections.nCopies(100, "200"), ItFixtures.outcomes(sandbox, "GET", "/legal-entities"),
                "every call made once, with the one token");
    }

    @Test
    void twoClientsSharingAFileTokenStoreLogInOnce(@TempDir Path tokens) throws Exception {
        AcubeClient first = ItFixtures.client(sandbox, new RecordingSleeper()).tokenStore(TokenStore.file(tokens)).build();
        AcubeClient second = ItFixtures.client(sandbox, new RecordingSleeper()).tokenStore(TokenStore.file(tokens)).build();

        concurrently(20, i -> (i % 2 == 0 ? first : second).legalEntities().list());
        assertEquals(1, logins(sandbox));

        // a third client, built later on the same folder, reuses the stored token too
        AcubeClient third = ItFixtures.client(sandbox, new RecordingSleeper()).tokenStore(TokenStore.file(tokens)).build();
        third.webhooks().list();
        assertEquals(1, logins(sandbox));
        assertEquals(21, sandbox.journal().count("GET", "/**"));
    }

    @Test
    void theTokenIsRenewedOnceWhenExpMinusTheMarginIsReached() throws Exception {
        AcubeClient client = ItFixtures.client(sandbox, new RecordingSleeper()).tokenRefreshMargin(MARGIN).build();
        client.legalEntities().list();
        assertEquals(1, logins(sandbox));

        clock.advance(LIFETIME.minus(MARGIN).minusSeconds(1));
        client.legalEntities().list();
        assertEquals(1, logins(sandbox), "a second before the margin: still the first token");

        clock.advance(Duration.ofSeconds(1));
        concurrently(20, i -> client.legalEntities().list());
        client.legalEntities().list();
        assertEquals(2, logins(sandbox), "renewed exactly once, before exp, however many callers");
        assertEquals(Collections.nCopies(23, "200"), ItFixtures.outcomes(sandbox, "GET", "/legal-entities"),
                "renewed before the sandbox refused anything");
    }

    @Test
    void anExpiredTokenIsReplacedByOneLoginAndTheCallRepeatedOnceTransparently() {
        // the client's own clock lags: it still believes the first token is fresh
        Clock lagging = Clock.fixed(ItFixtures.START, ZoneOffset.UTC);
        AcubeClient client = ItFixtures.client(sandbox, new RecordingSleeper()).clock(lagging).build();
        LegalEntity entity = ItFixtures.register(client, ItFixtures.SELLER_NIP);
        assertEquals(1, logins(sandbox));

        clock.advance(LIFETIME.plusSeconds(1));
        assertEquals(entity, client.legalEntities().get(entity.uuid()), "no exception reaches the caller");

        assertEquals(2, logins(sandbox));
        assertEquals(List.of("401", "200"), ItFixtures.outcomes(sandbox, "GET", "/legal-entities/*"));
        client.legalEntities().get(entity.uuid());
        assertEquals(2, logins(sandbox), "the new token is kept");
        assertEquals(List.of("401", "200", "200"), ItFixtures.outcomes(sandbox, "GET", "/legal-entities/*"));
    }

    @Test
    void anExpiredTokenOnAPostOfAnInvoiceIsReplacedAndThePostRepeatedOnceSinceA401ChangedNothing() {
        Clock lagging = Clock.fixed(ItFixtures.START, ZoneOffset.UTC);
        AcubeClient client = ItFixtures.client(sandbox, new RecordingSleeper()).clock(lagging).build();
        ItFixtures.register(client, ItFixtures.SELLER_NIP);
        clock.advance(LIFETIME.plusSeconds(1));

        SentInvoice sent = client.invoices().send(ItFixtures.invoice("FV/IT/K1"));
        assertEquals(201, sent.httpStatus());
        assertEquals(List.of("401", "201"), ItFixtures.outcomes(sandbox, "POST", "/invoices"));
        assertEquals(1, sandbox.store().invoices().size(), "created once");
        assertEquals(2, logins(sandbox));
    }

    @Test
    void aSecond401WithAFreshTokenIsAnAuthenticationException() {
        AcubeClient client = ItFixtures.client(sandbox, new RecordingSleeper()).build();
        client.login();
        sandbox.faults().on("GET", "/legal-entities").times(2).respond(401, "Invalid JWT Token");

        AcubeAuthenticationException e = assertThrows(AcubeAuthenticationException.class,
                () -> client.legalEntities().list());
        assertEquals(401, e.status());
        assertEquals(2, logins(sandbox), "one re-login, no loop");
        assertEquals(List.of("401", "401"), ItFixtures.outcomes(sandbox, "GET", "/legal-entities"));
        assertTrue(e.getMessage().contains("freshly obtained token"), e.getMessage());
    }

    /** Runs {@code call} on {@code n} threads released together; the results in index order. */
    private static <T> List<T> concurrently(int n, IndexedCall<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<T> task = () -> {
                    ready.countDown();
                    go.await();
                    return call.call(index);
                };
                futures.add(pool.submit(task));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS), "the threads did not start");
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface IndexedCall<T> {
        T call(int index) throws Exception;
    }
}
