package io.github.acubepl.transport;

import io.github.acubepl.transport.internal.Sleeper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Shared test values: a fixed clock, JWTs, a recording sleeper. The clock is pinned years away
 * from today, so that a place where the client reads the system clock instead of the injected one
 * fails at once (a token issued at NOW looks long expired, or not yet valid, to the system clock).
 */
final class Fixtures {
    static final Instant NOW = Instant.parse("2031-03-14T09:26:53Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String EMAIL = "jan.kowalski@example.com";
    static final String PASSWORD = "S3cret-Pa55word!";

    private Fixtures() {
    }

    /** An RS256-shaped JWT (the signature is not real: the client never checks it). */
    static String jwt(Instant exp, String subject) {
        Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
        String header = enc.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = enc.encodeToString(("{\"iat\":" + (exp.getEpochSecond() - 86400) + ",\"exp\":"
                + exp.getEpochSecond() + ",\"roles\":{\"pl.api.acubeapi.com\":[\"ROLE_WRITER\"]},\"username\":\""
                + subject + "\",\"uid\":42}").getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".c2lnbmF0dXJlLW5vdC1jaGVja2Vk";
    }

    static String jwt(String subject) {
        return jwt(NOW.plus(Duration.ofDays(1)), subject);
    }

    /** Records the waits instead of sleeping. */
    static final class RecordingSleeper implements Sleeper {
        final List<Duration> waits = new CopyOnWriteArrayList<>();

        @Override
        public void sleep(Duration duration) {
            waits.add(duration);
        }
    }

    static AcubeClient.Builder client(StubServer stub, RecordingSleeper sleeper) {
        return AcubeClient.builder()
                .environment(stub.environment())
                .credentials(Credentials.of(EMAIL, PASSWORD))
                .clock(CLOCK)
                .sleeper(sleeper)
                .jitter(() -> 0.5)
                .requestTimeout(Duration.ofSeconds(10));
    }

    /** A stub with a working login that hands out a new JWT per login. */
    static StubServer stubWithLogin() throws java.io.IOException {
        StubServer stub = new StubServer();
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        stub.route("POST /login", r -> StubServer.Reply.json(200,
                "{\"token\":\"" + jwt("login-" + n.incrementAndGet()) + "\"}"));
        return stub;
    }
}
