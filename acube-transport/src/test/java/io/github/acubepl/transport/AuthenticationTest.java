package io.github.acubepl.transport;

import static io.github.acubepl.transport.Fixtures.EMAIL;
import static io.github.acubepl.transport.Fixtures.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.transport.Fixtures.RecordingSleeper;
import io.github.acubepl.transport.StubServer.Received;
import io.github.acubepl.transport.StubServer.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Login, the token's life, single flight and the 401 rules, over loopback HTTP. */
class AuthenticationTest {
    private static final String LEGAL_ENTITY = "{\"uuid\":\"le-1\",\"name\":\"ACME\",\"nip\":\"5260250274\","
            + "\"status\":0,\"_statusName\":\"pending\"}";

    @Test
    void hundredConcurrentFirstCallsCauseExactlyOneLogin() throws Exception {
        int callers = 100;
        try (StubServer stub = new StubServer()) {
            // Generous limits: on a loaded machine a request must wait, not time out and be sent again
            // (a run slowed tenfold counted 124 GETs for 100 callers with a 10 s request timeout).
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).requestTimeout(Duration.ofMinutes(5))
                    .callTimeout(Duration.ofMinutes(5)).retryPolicy(RetryPolicy.none()).build();
            // the login is answered once the 99 other callers wait for it: the race is arranged, not slept for
            stub.route("POST /login", r -> {
                TokenManagerTest.awaitWaiting(client.tokenManager(), callers - 1);
                return Reply.json(200, "{\"token\":\"" + Fixtures.jwt("one") + "\"}");
            });
            stub.route("GET /legal-entities/le-1", r -> Reply.json(200, LEGAL_ENTITY));
            ExecutorService pool = Executors.newFixedThreadPool(callers);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<LegalEntity>> results = new ArrayList<>();
                for (int i = 0; i < callers; i++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return client.legalEntities().get("le-1");
                    }));
                }
                start.countDown();
                for (Future<LegalEntity> f : results) {
                    assertEquals("le-1", f.get(5, TimeUnit.MINUTES).uuid());
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(1, stub.count("POST", "/login"));
            assertEquals(callers, stub.count("GET", "/legal-entities/le-1"));
            Set<String> bearers = ConcurrentHashMap.newKeySet();
            stub.journal().stream().filter(r -> r.method().equals("GET")).forEach(r -> bearers.add(r.header("Authorization")));
            assertEquals(Set.of("Bearer " + Fixtures.jwt("one")), bearers);
        }
    }

    @Test
    void loginSendsTheCredentialsAsJsonToTheCommonHost() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            Instant exp = client.login();
            assertEquals(Fixtures.NOW.plus(Duration.ofDays(1)), exp);
            Received login = stub.journal().get(0);
            assertEquals("application/json", login.header("Content-Type"));
            assertEquals("{\"email\":\"" + EMAIL + "\",\"password\":\"" + PASSWORD + "\"}", login.bodyText());
            assertEquals(null, login.header("Authorization"));
        }
    }

    @Test
    void aTokenIsReusedUntilTheMarginAndRenewedAfter() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("GET /legal-entities/le-1", r -> Reply.json(200, LEGAL_ENTITY));
            MutableClock clock = new MutableClock(Fixtures.NOW);
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).clock(clock).build();
            client.legalEntities().get("le-1");
            clock.set(Fixtures.NOW.plus(Duration.ofHours(23)).plus(Duration.ofMinutes(54)));
            client.legalEntities().get("le-1");
            assertEquals(1, stub.count("POST", "/login"), "6 minutes left, more than the 5-minute margin");
            clock.set(Fixtures.NOW.plus(Duration.ofHours(23)).plus(Duration.ofMinutes(55)));
            client.legalEntities().get("le-1");
            assertEquals(2, stub.count("POST", "/login"), "exactly the margin left: renewed");
        }
    }

    @Test
    void a401LeadsToOneNewLoginAndOneRepeat() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            AtomicInteger calls = new AtomicInteger();
            stub.route("GET /legal-entities/le-1", r -> calls.incrementAndGet() == 1
                    ? Reply.json(401, "{\"code\":401,\"message\":\"Expired JWT Token\"}")
                    : Reply.json(200, LEGAL_ENTITY));
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            assertEquals("ACME", client.legalEntities().get("le-1").name());
            assertEquals(2, stub.count("POST", "/login"));
            assertEquals(2, stub.count("GET", "/legal-entities/le-1"));
            List<Received> gets = stub.journal().stream().filter(r -> r.method().equals("GET")).toList();
            assertNotEquals(gets.get(0).header("Authorization"), gets.get(1).header("Authorization"),
                    "the repeat carries the new token");
        }
    }

    @Test
    void a401ForThePostOfAnInvoiceIsAlsoRepeatedOnce() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            AtomicInteger calls = new AtomicInteger();
            stub.route("POST /invoices", r -> calls.incrementAndGet() == 1
                    ? Reply.json(401, "{\"code\":401,\"message\":\"Invalid JWT Token\"}")
                    : Reply.json(201, "{\"uuid\":\"inv-1\",\"status\":\"in_queue\"}"));
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            assertEquals("inv-1", client.invoices().sendJson("{}".getBytes()).uuid());
            assertEquals(2, stub.count("POST", "/invoices"));
        }
    }

    @Test
    void a401WithTheFreshTokenTooIsAnAuthenticationErrorWithoutALoop() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("GET /legal-entities/le-1", r -> Reply.json(401, "{\"code\":401,\"message\":\"Invalid JWT Token\"}"));
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            AcubeAuthenticationException e = assertThrows(AcubeAuthenticationException.class,
                    () -> client.legalEntities().get("le-1"));
            assertEquals(401, e.status());
            assertTrue(e.getMessage().contains("Invalid JWT Token"), e.getMessage());
            assertEquals(2, stub.count("POST", "/login"));
            assertEquals(2, stub.count("GET", "/legal-entities/le-1"));
        }
    }

    @Test
    void wrongCredentialsFailAtOnceWithOneLoginOnly() throws Exception {
        try (StubServer stub = new StubServer()) {
            stub.route("POST /login", r -> Reply.json(401, "{\"code\":401,\"message\":\"Invalid credentials.\"}"));
            RecordingSleeper sleeper = new RecordingSleeper();
            AcubeClient client = Fixtures.client(stub, sleeper).build();
            AcubeAuthenticationException e = assertThrows(AcubeAuthenticationException.class,
                    () -> client.legalEntities().get("le-1"));
            assertTrue(e.getMessage().contains("Invalid credentials."), e.getMessage());
            assertTrue(e.getMessage().contains("j***@example.com"), e.getMessage());
            assertFalse(e.getMessage().contains(PASSWORD));
            assertFalse(e.getMessage().contains(EMAIL));
            assertEquals(1, stub.count("POST", "/login"));
            assertEquals(0, stub.count("GET", "/legal-entities/le-1"));
            assertTrue(sleeper.waits.isEmpty());
        }
    }

    @Test
    void concurrentCallersShareAFailedLoginInsteadOfRepeatingIt() throws Exception {
        try (StubServer stub = new StubServer()) {
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).requestTimeout(Duration.ofMinutes(5))
                    .callTimeout(Duration.ofMinutes(5)).build();
            // refused once the 19 other callers wait for this login: arranged, not slept for
            stub.route("POST /login", r -> {
                TokenManagerTest.awaitWaiting(client.tokenManager(), 19);
                return Reply.json(401, "{\"code\":401,\"message\":\"Invalid credentials.\"}");
            });
            ExecutorService pool = Executors.newFixedThreadPool(20);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Object>> results = new ArrayList<>();
                Callable<Object> call = () -> {
                    start.await();
                    return client.legalEntities().get("le-1");
                };
                for (int i = 0; i < 20; i++) {
                    results.add(pool.submit(call));
                }
                start.countDown();
                for (Future<Object> f : results) {
                    Exception e = assertThrows(Exception.class, () -> f.get(30, TimeUnit.SECONDS));
                    assertTrue(e.getCause() instanceof AcubeAuthenticationException, String.valueOf(e.getCause()));
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(1, stub.count("POST", "/login"), "callers that joined a failing login share its failure");
        }
    }

    @Test
    void aLoginAnswerWithoutATokenIsAnAuthenticationError() throws Exception {
        try (StubServer stub = new StubServer()) {
            stub.route("POST /login", r -> Reply.json(200, "{\"nothing\":true}"));
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            assertThrows(AcubeAuthenticationException.class, client::login);
        }
    }

    @Test
    void aJwtWithoutExpIsAssumedToLiveADay() throws Exception {
        try (StubServer stub = new StubServer()) {
            stub.route("POST /login", r -> Reply.json(200, "{\"token\":\"eyJhbGciOiJub25lIn0.eyJmb28iOjF9.x\"}"));
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            assertEquals(Fixtures.NOW.plus(Duration.ofHours(24)), client.login());
        }
    }
}
