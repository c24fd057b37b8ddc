package io.github.acubepl.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.transport.StubServer.Reply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two JVMs (two runs of the CLI, say) sharing a file token store log in once between them. The
 * race is arranged, not slept for: the first JVM's login is held at the server until the second JVM
 * says (in its log) that it waits for the folder's lock. Both run on the real clock, as a CLI does.
 */
class TwoProcessesTest {
    private static final String WAITING = "waiting for the token folder's lock";

    @TempDir
    Path temp;

    private Process start(StubServer stub, int i) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), SecondProcess.class.getName(),
                stub.uri().toString(), temp.resolve("tokens").toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("out-" + i + ".txt").toFile()).start();
    }

    private String output(int i) throws Exception {
        Path out = temp.resolve("out-" + i + ".txt");
        return Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
    }

    @Test
    void twoProcessesSharingAFileStoreLogInOnce() throws Exception {
        CountDownLatch loginArrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger logins = new AtomicInteger();
        try (StubServer stub = new StubServer()) {
            stub.route("POST /login", r -> {
                if (logins.incrementAndGet() == 1) {
                    loginArrived.countDown();
                    try {
                        release.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return Reply.json(200, "{\"token\":\"" + Fixtures.jwt(Instant.now().plusSeconds(86400), "shared") + "\"}");
            });
            stub.route("GET /webhooks/wh-1", r -> Reply.json(200, "{\"uuid\":\"wh-1\"}"));
            Process first = start(stub, 0);
            Process second = null;
            try {
                assertTrue(loginArrived.await(60, TimeUnit.SECONDS), "the first JVM never logged in: " + output(0));
                second = start(stub, 1);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (!output(1).contains(WAITING)) {
                    assertTrue(second.isAlive() && System.nanoTime() < deadline,
                            "the second JVM never waited for the first one's lock: " + output(1));
                    Thread.sleep(20);
                }
            } finally {
                release.countDown();
            }
            int i = 0;
            for (Process p : new Process[] {first, second}) {
                assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the JVM did not finish");
                assertEquals(0, p.exitValue(), output(i));
                assertTrue(output(i).contains("wh-1"), output(i));
                i++;
            }
            assertEquals(1, stub.count("POST", "/login"));
            assertEquals(2, stub.count("GET", "/webhooks/wh-1"));
        }
    }

    /**
     * A process that holds the folder's lock for ever (stopped with Ctrl-Z while it logged in) used to
     * hold every other run at channel.lock(). Now the wait ends after its bound, with a message.
     */
    @Test
    void aProcessHoldingTheLockForEverEndsTheOthersWaitWithAClearError() throws Exception {
        CountDownLatch loginArrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (StubServer stub = new StubServer()) {
            stub.route("POST /login", r -> {
                loginArrived.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Reply.json(200, "{\"token\":\"" + Fixtures.jwt(Instant.now().plusSeconds(86400), "held") + "\"}");
            });
            stub.route("GET /webhooks/wh-1", r -> Reply.json(200, "{\"uuid\":\"wh-1\"}"));
            Process holder = start(stub, 0);
            try {
                assertTrue(loginArrived.await(60, TimeUnit.SECONDS), "the other JVM never logged in: " + output(0));
                AcubeClient waiting = AcubeClient.builder()
                        .environment(Environment.custom(stub.uri(), stub.uri()))
                        .credentials(Credentials.of(Fixtures.EMAIL, Fixtures.PASSWORD))
                        .tokenStore(TokenStore.file(temp.resolve("tokens"), java.time.Duration.ofMillis(300)))
                        .build();
                AcubeException e = org.junit.jupiter.api.Assertions.assertThrows(AcubeException.class,
                        () -> org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                                java.time.Duration.ofSeconds(60), () -> waiting.webhooks().get("wh-1")),
                        "a hang guard only");
                assertTrue(e.getMessage().startsWith("another process has held the token folder's lock "),
                        e.getMessage());
                assertEquals(1, stub.count("POST", "/login"), "this JVM did not log in behind the other's back");
            } finally {
                release.countDown();
                assertTrue(holder.waitFor(60, TimeUnit.SECONDS), "the other JVM did not finish");
            }
        }
    }
}
