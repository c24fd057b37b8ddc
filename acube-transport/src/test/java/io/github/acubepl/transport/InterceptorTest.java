package io.github.acubepl.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.transport.Fixtures.RecordingSleeper;
import io.github.acubepl.transport.StubServer.Reply;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** {@link Interceptor}: tracing, metrics, order, failures and secrets, over loopback to a stub. */
class InterceptorTest {
    private static final String WEBHOOK = "{\"uuid\":\"wh-1\",\"legalEntityUUID\":\"le-1\",\"webhookType\":"
            + "\"invoice-sender\",\"webhookUrl\":\"https://erp.example.com/hooks\"}";

    private static void failingOnce(StubServer stub, String route, Reply failure, Reply success) {
        AtomicInteger calls = new AtomicInteger();
        stub.route(route, r -> calls.incrementAndGet() == 1 ? failure : success);
    }

    @Test
    void aTracingHeaderAddedByAnInterceptorReachesTheServerOnEveryAttempt() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            failingOnce(stub, "GET /webhooks/wh-1", Reply.status(503), Reply.json(200, WEBHOOK));
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper())
                    .addInterceptor(chain -> chain.proceed(chain.request().withHeader("X-Trace", "t-" + chain.attempt())))
                    .build();
            assertEquals("wh-1", client.webhooks().get("wh-1").uuid());
            List<String> traces = stub.journal().stream().map(r -> r.method() + " " + r.path() + " " + r.header("X-Trace"))
                    .toList();
            assertEquals(List.of("POST /login t-1", "GET /webhooks/wh-1 t-1", "GET /webhooks/wh-1 t-2"), traces);
        }
    }

    @Test
    void theJavadocTracingExampleAddsARequestId() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("GET /webhooks/wh-1", r -> Reply.json(200, WEBHOOK));
            Interceptor tracing = chain -> chain.proceed(
                    chain.request().withHeader("X-Request-ID", UUID.randomUUID().toString()));
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).addInterceptor(tracing).build();
            client.webhooks().get("wh-1");
            for (StubServer.Received r : stub.journal()) {
                assertEquals(36, r.header("X-Request-ID").length(), r.method() + " " + r.path());
            }
        }
    }

    @Test
    void metricsSeeTheStatusAndDurationOfEachAttempt() throws Exception {
        // One clock: the test's ticker, moved by the server while it answers (7 ms per request).
        AtomicLong ticker = new AtomicLong(1_000);
        try (StubServer stub = new StubServer()) {
            stub.route("POST /login", r -> {
                ticker.addAndGet(7);
                return Reply.json(200, "{\"token\":\"" + Fixtures.jwt("metrics") + "\"}");
            });
            AtomicInteger calls = new AtomicInteger();
            stub.route("GET /webhooks/wh-1", r -> {
                ticker.addAndGet(7);
                return calls.incrementAndGet() == 1 ? Reply.status(503) : Reply.json(200, WEBHOOK);
            });
            List<String> metrics = new CopyOnWriteArrayList<>();
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).addInterceptor(chain -> {
                long start = ticker.get();
                Interceptor.Response response = chain.proceed(chain.request());
                metrics.add(chain.request().method() + " " + chain.request().uri().getPath() + " #" + chain.attempt()
                        + " " + response.status() + " " + (ticker.get() - start) + "ms");
                return response;
            }).build();
            client.webhooks().get("wh-1");
            assertEquals(List.of("POST /login #1 200 7ms", "GET /webhooks/wh-1 #1 503 7ms", "GET /webhooks/wh-1 #2 200 7ms"),
                    metrics);
        }
    }

    @Test
    void interceptorsRunInTheOrderTheyWereAddedTheFirstOutermost() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("GET /webhooks/wh-1", r -> Reply.json(200, WEBHOOK));
            List<String> order = new CopyOnWriteArrayList<>();
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper())
                    .addInterceptor(named("a", order))
                    .addInterceptor(named("b", order))
                    .build();
            client.webhooks().get("wh-1");
            assertEquals(List.of("a>-", "b>a", "<b", "<a", "a>-", "b>a", "<b", "<a"), order,
                    "login, then the call; the second sees the first's header");
            assertEquals("a", stub.journal().get(1).header("X-Order"));
        }
    }

    private static Interceptor named(String name, List<String> order) {
        return chain -> {
            order.add(name + ">" + chain.request().header("X-Order").orElse("-"));
            Interceptor.Response response = chain.proceed(chain.request().withHeader("X-Order", name));
            order.add("<" + name);
            return response;
        };
    }

    @Test
    void anInterceptorThatThrowsEndsTheCallInAnAcubeExceptionWithoutRetry() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("GET /webhooks/wh-1", r -> Reply.json(200, WEBHOOK));
            IllegalStateException boom = new IllegalStateException("metrics backend down");
            RecordingSleeper sleeper = new RecordingSleeper();
            AcubeClient client = Fixtures.client(stub, sleeper).addInterceptor(chain -> {
                if (chain.request().authenticated()) {
                    throw boom;
                }
                return chain.proceed(chain.request());
            }).build();
            AcubeException e = assertThrows(AcubeException.class, () -> client.webhooks().get("wh-1"));
            assertEquals(AcubeException.class, e.getClass(), "not a connection failure: " + e);
            assertSame(boom, e.getCause());
            assertEquals("GET /webhooks/wh-1: an interceptor failed (see the cause); the call was not repeated",
                    e.getMessage());
            assertEquals(0, stub.count("GET", "/webhooks/wh-1"));
            assertTrue(sleeper.waits.isEmpty(), "not retried: " + sleeper.waits);
        }
    }

    @Test
    void anInterceptorThatThrowsAfterAPostWasSentEndsInAnUnknownOutcome() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("POST /invoices", r -> Reply.json(202, "{\"uuid\":\"inv-1\"}"));
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).addInterceptor(chain -> {
                Interceptor.Response response = chain.proceed(chain.request());
                if (chain.request().uri().getPath().equals("/invoices")) {
                    throw new IllegalStateException("tracer failed after the answer");
                }
                return response;
            }).build();
            AcubeOutcomeUnknownException e = assertThrows(AcubeOutcomeUnknownException.class,
                    () -> client.invoices().sendJson("{}".getBytes()));
            assertEquals(1, stub.count("POST", "/invoices"), "sent once, never repeated");
            assertTrue(e.getMessage().contains("an interceptor failed after the request was sent"), e.getMessage());
            assertInstanceOf(IllegalStateException.class, e.getCause());
        }
    }

    @Test
    void anIOExceptionFromAnInterceptorIsRetriedLikeABrokenConnection() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("GET /webhooks/wh-1", r -> Reply.json(200, WEBHOOK));
            RecordingSleeper sleeper = new RecordingSleeper();
            AcubeClient client = Fixtures.client(stub, sleeper).addInterceptor(chain -> {
                if (chain.request().authenticated() && chain.attempt() == 1) {
                    throw new IOException("proxy hiccup");
                }
                return chain.proceed(chain.request());
            }).build();
            assertEquals("wh-1", client.webhooks().get("wh-1").uuid());
            assertEquals(1, stub.count("GET", "/webhooks/wh-1"));
            assertEquals(1, sleeper.waits.size());
        }
    }

    @Test
    void anIOExceptionFromAnInterceptorBeforeAPostWasSentIsNotAnUnknownOutcome() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("POST /invoices", r -> Reply.json(202, "{\"uuid\":\"inv-1\"}"));
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).addInterceptor(chain -> {
                if (chain.request().authenticated()) {
                    throw new IOException("refused by the egress filter");
                }
                return chain.proceed(chain.request());
            }).build();
            AcubeConnectionException e = assertThrows(AcubeConnectionException.class,
                    () -> client.invoices().sendJson("{}".getBytes()));
            assertEquals(0, stub.count("POST", "/invoices"));
            assertTrue(e.getMessage().contains("the request never reached the server"), e.getMessage());
        }
    }

    @Test
    void anInterceptorNeverSeesTheBearerTokenOrTheLoginBody() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("GET /webhooks/wh-1", r -> Reply.json(200, WEBHOOK));
            List<String> seen = new CopyOnWriteArrayList<>();
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).addInterceptor(chain -> {
                Interceptor.Request request = chain.request();
                seen.add(request.authenticated() + " " + request + " " + request.headers());
                Interceptor.Response response = chain.proceed(request);
                seen.add(response + " " + response.request() + " " + response.headers());
                return response;
            }).build();
            client.webhooks().get("wh-1");
            String token = stub.journal().get(1).header("Authorization");
            assertTrue(token.startsWith("Bearer "), "the server did get the token");
            String all = String.join("\n", seen);
            assertFalse(all.contains(token.substring("Bearer ".length())), all);
            assertFalse(all.toLowerCase(java.util.Locale.ROOT).contains("authorization"), all);
            assertFalse(all.contains(Fixtures.PASSWORD), all);
            assertTrue(seen.get(0).startsWith("false POST " + stub.uri() + "/login"), seen.get(0));
            assertTrue(seen.get(2).startsWith("true GET " + stub.uri() + "/webhooks/wh-1"), seen.get(2));
        }
    }

    @Test
    void anInterceptorCannotSetAuthorizationNorSplitAHeaderWithALineBreak() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            List<Exception> refused = new CopyOnWriteArrayList<>();
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).addInterceptor(chain -> {
                for (String[] h : new String[][] {{"Authorization", "Bearer forged"}, {"host", "evil.example"},
                        {"X-Ok", "a\r\nInjected: 1"}, {"Bad Name", "v"}, {"", "v"}}) {
                    refused.add(assertThrows(IllegalArgumentException.class, () -> chain.request().withHeader(h[0], h[1])));
                }
                return chain.proceed(chain.request());
            }).build();
            client.login();
            assertEquals(5, refused.size());
            assertNull(stub.journal().get(0).header("Injected"));
            for (Exception e : refused) {
                assertFalse(e.getMessage().contains("\r") || e.getMessage().contains("\n"), e.getMessage());
            }
        }
    }

    @Test
    void anInterceptorThatProceedsTwiceIsRefusedAndThePostIsNotRepeated() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("POST /invoices", r -> Reply.json(202, "{\"uuid\":\"inv-1\"}"));
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).addInterceptor(chain -> {
                Interceptor.Response first = chain.proceed(chain.request());
                return first.status() == 202 ? chain.proceed(chain.request()) : first;
            }).build();
            AcubeOutcomeUnknownException e = assertThrows(AcubeOutcomeUnknownException.class,
                    () -> client.invoices().sendJson("{}".getBytes()));
            assertEquals(1, stub.count("POST", "/invoices"));
            assertTrue(e.getCause().getMessage().contains("chain.proceed() twice"), e.getCause().getMessage());
        }
    }

    @Test
    void anInterruptWhileAnInterceptedAttemptWaitsStillEndsTheCallAsInterrupted() throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("GET /webhooks/wh-1", r -> {
                arrived.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Reply.json(200, WEBHOOK);
            });
            List<String> seen = new CopyOnWriteArrayList<>();
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).addInterceptor(chain -> {
                try {
                    return chain.proceed(chain.request());
                } catch (IOException e) {
                    seen.add(e.getClass().getSimpleName());
                    throw new IOException("rewrapped by the interceptor", e);
                }
            }).build();
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            AtomicBoolean flagged = new AtomicBoolean();
            Thread caller = new Thread(() -> {
                try {
                    client.webhooks().get("wh-1");
                } catch (RuntimeException e) {
                    thrown.set(e);
                    flagged.set(Thread.currentThread().isInterrupted());
                }
            });
            caller.start();
            try {
                assertTrue(arrived.await(60, TimeUnit.SECONDS), "the request never reached the stub");
                caller.interrupt();
                caller.join(60_000);
            } finally {
                release.countDown();
            }
            assertFalse(caller.isAlive(), "the call did not end");
            AcubeConnectionException e = assertInstanceOf(AcubeConnectionException.class, thrown.get());
            assertEquals("GET /webhooks/wh-1 was interrupted", e.getMessage());
            assertTrue(flagged.get(), "the interrupt flag is kept");
            assertEquals(List.of("InterruptedIOException"), seen);
        }
    }

    @Test
    void newBuilderCopiesTheConfigurationAndTheCopyLogsInOnceWithTheOriginal() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            failingOnce(stub, "GET /webhooks/wh-1", Reply.status(503), Reply.json(200, WEBHOOK));
            RecordingSleeper sleeper = new RecordingSleeper();
            AcubeClient original = Fixtures.client(stub, sleeper).build();
            original.login();
            List<String> traced = new CopyOnWriteArrayList<>();
            AcubeClient copy = original.newBuilder().addInterceptor(chain -> {
                traced.add(chain.request().method() + " " + chain.request().uri().getPath());
                return chain.proceed(chain.request());
            }).build();
            assertEquals("wh-1", copy.webhooks().get("wh-1").uuid());
            assertEquals(1, stub.count("POST", "/login"), "the copy reuses the original's token (one store)");
            assertEquals(List.of("GET /webhooks/wh-1", "GET /webhooks/wh-1"), traced);
            assertEquals(1, sleeper.waits.size(), "the copy keeps the retry policy and the seams: " + sleeper.waits);
            assertEquals(original.environment(), copy.environment());
            assertEquals(original.toString(), copy.toString());
        }
    }

    @Test
    void changingACopiedBuilderLeavesTheOriginalClientAlone() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("GET /webhooks/wh-1", r -> Reply.json(200, WEBHOOK));
            AtomicInteger originalSaw = new AtomicInteger();
            AcubeClient original = Fixtures.client(stub, new RecordingSleeper()).addInterceptor(chain -> {
                originalSaw.incrementAndGet();
                return chain.proceed(chain.request());
            }).build();
            AcubeClient plain = original.newBuilder().clearInterceptors().build();
            plain.webhooks().get("wh-1");
            assertEquals(0, originalSaw.get(), "the copy has no interceptor");
            original.webhooks().get("wh-1");
            assertEquals(1, originalSaw.get(), "the original keeps its interceptor (one call: the copy's login, "
                    + "whose token it shares, was the only one)");
            assertEquals(1, stub.count("POST", "/login"));
        }
    }
}
