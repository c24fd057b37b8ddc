package io.github.acubepl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.Nip;
import io.github.acubepl.mapping.ValidationContext;
import io.github.acubepl.model.fa3.Faktura;
import io.github.acubepl.sandbox.AcubeSandbox;
import io.github.acubepl.sandbox.Journal;
import io.github.acubepl.sandbox.JournalEntry;
import io.github.acubepl.sandbox.SandboxClock;
import io.github.acubepl.sandbox.SandboxUser;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.Credentials;
import io.github.acubepl.transport.Environment;
import io.github.acubepl.transport.LegalEntity;
import io.github.acubepl.transport.NewLegalEntity;
import io.github.acubepl.transport.internal.Seams;
import io.github.acubepl.transport.internal.Sleeper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * What the end-to-end tests share: a sandbox on a manual clock, a client pointed at it with a
 * recording sleeper, legal entities, the example FA(3) invoice as a model, the official samples
 * and journal assertions.
 */
final class ItFixtures {
    /** The manual clock's start: after the example invoice's dates (P_1 must not be in the future). */
    static final Instant START = Instant.parse("2031-03-14T09:26:53Z");
    /** The user of the sandboxes built by {@link #sandbox(SandboxClock.Manual)}. */
    static final String EMAIL = "it-user@example.com";
    /** Distinctive, so that a leak is found by a plain substring search. */
    static final String PASSWORD = "It-Pa55w0rd-7f3c91e2";
    /** The seller of the example invoice ({@code examples/invoice-fa3.json}). */
    static final String SELLER_NIP = "5830147261";
    /** The fixed jitter: every backoff is half its cap. */
    static final double JITTER = 0.5;

    /** The mapping engine for conversions in the tests, on the sandbox's start date. */
    static final InvoiceMapper MAPPER = InvoiceMapper.builder()
            .context(ValidationContext.builder().clock(Clock.fixed(START, ZoneOffset.UTC)).build())
            .build();

    private static final String EXAMPLE = "invoice-fa3.json";

    private ItFixtures() {
    }

    /** A started sandbox on {@code clock} with one user ({@link #EMAIL} / {@link #PASSWORD}). */
    static AcubeSandbox sandbox(SandboxClock.Manual clock) {
        return AcubeSandbox.builder().clock(clock).user(EMAIL, PASSWORD).build().start();
    }

    /** A client of the sandbox's first user (see {@link #client(AcubeSandbox, SandboxUser, RecordingSleeper)}). */
    static AcubeClient.Builder client(AcubeSandbox sandbox, RecordingSleeper sleeper) {
        return client(sandbox, sandbox.user(), sleeper);
    }

    /**
     * A client of {@code user} over loopback: the sandbox's clock, the recording sleeper, jitter
     * fixed at {@link #JITTER}, the default retry policy, a 5 s request timeout.
     */
    static AcubeClient.Builder client(AcubeSandbox sandbox, SandboxUser user, RecordingSleeper sleeper) {
        AcubeClient.Builder builder = AcubeClient.builder()
                .environment(Environment.custom(sandbox.baseUri(), sandbox.baseUri()))
                .credentials(Credentials.of(user.email(), user.password()))
                .clock(sandbox.clock().asClock())
                .requestTimeout(Duration.ofSeconds(5))
                .invoiceMapper(MAPPER);
        Seams.of(builder).sleeper(sleeper).jitter(() -> JITTER);
        return builder;
    }

    /** A valid legal entity body for {@code nip}. */
    static NewLegalEntity entity(String nip) {
        return NewLegalEntity.builder()
                .nip(nip)
                .name("Firma " + nip + " sp. z o.o.")
                .addressLine1("ul. Długa 12")
                .addressLine2("lok. 3")
                .postcode("80-827")
                .city("Gdańsk")
                .email("biuro@example.com")
                .province("pomorskie")
                .url("https://example.com")
                .build();
    }

    /** Registers {@code nip} through the client. */
    static LegalEntity register(AcubeClient client, String nip) {
        return client.legalEntities().create(entity(nip));
    }

    /** The {@code n}-th of a family of valid NIPs (distinct for distinct {@code n}, never {@link #SELLER_NIP}). */
    static String nip(int n) {
        for (long i = 123_450_000L + n * 10L;; i++) {
            String nine = String.format("%09d", i);
            int check = Nip.checkDigit(nine);
            if (check >= 0) {
                return nine + check;
            }
        }
    }

    /** A fresh copy of the example FA(3) invoice as a model (seller {@link #SELLER_NIP}, P_2 {@code FV/2026/11/0042}). */
    static Faktura invoice() {
        Path file = examplesDir().resolve(EXAMPLE);
        try {
            return MAPPER.readModel(Files.readAllBytes(file), Faktura.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the example invoice " + file, e);
        }
    }

    /** The example invoice with another number ({@code P_2}). */
    static Faktura invoice(String number) {
        Faktura f = invoice();
        Objects.requireNonNull(f.getFa(), "Fa").setP_2(number);
        return f;
    }

    /** The example invoice with another number and seller NIP. */
    static Faktura invoice(String number, String sellerNip) {
        Faktura f = invoice(number);
        Objects.requireNonNull(Objects.requireNonNull(f.getPodmiot1(), "Podmiot1").getDaneIdentyfikacyjne(),
                "DaneIdentyfikacyjne").setNIP(sellerNip);
        return f;
    }

    /**
     * The example invoice without its total {@code P_15}: exactly rule FA-STRUCT-001 fails, at
     * {@code /Fa/P_15} (a structural error: the same whatever business rules FA(3) has).
     */
    static Faktura invoiceWithoutTotal(String number) {
        Faktura f = invoice(number);
        Objects.requireNonNull(f.getFa(), "Fa").setP_15(null);
        return f;
    }

    static byte[] json(Faktura invoice) {
        return MAPPER.toJson(invoice);
    }

    static byte[] xml(Faktura invoice) {
        return MAPPER.toXml(invoice);
    }

    /** Where {@code examples/} is: the system property {@code acube.examples.dir} (set by the POM), else {@code ../examples}. */
    static Path examplesDir() {
        return Path.of(System.getProperty("acube.examples.dir", "../examples")).toAbsolutePath().normalize();
    }

    /** How many {@code POST /login} the sandbox received. */
    static int logins(AcubeSandbox sandbox) {
        return sandbox.journal().count("POST", "/login");
    }

    /** The outcomes ({@code 200}, {@code dropped}, …) of the requests matching, in order. */
    static List<String> outcomes(AcubeSandbox sandbox, String method, String pathPattern) {
        return sandbox.journal().entries(method, pathPattern).stream().map(JournalEntry::outcome)
                .collect(Collectors.toList());
    }

    /**
     * Asserts that no POST arrived twice: the same body (SHA-256) to the same path, except on the
     * paths given (where the test sends twice on purpose, or the client may repeat a safe POST).
     */
    static void assertNoPostRepeated(Journal journal, String... repeatablePaths) {
        Set<String> exempt = Set.of(repeatablePaths);
        Map<String, Long> counts = journal.entries("POST", "/**").stream()
                .filter(e -> !exempt.contains(e.path()))
                .collect(Collectors.groupingBy(e -> e.path() + " #" + e.bodySha256(), LinkedHashMap::new,
                        Collectors.counting()));
        Map<String, Long> repeated = counts.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertEquals(Map.of(), repeated, () -> "the same POST reached the sandbox more than once: " + journal.entries());
    }

    /** Waits (real time, at most {@code timeout}) until {@code condition} holds; fails otherwise. */
    static void await(Duration timeout, BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for " + what);
            }
        }
    }

    /** Records the waits instead of sleeping. Thread-safe. */
    static final class RecordingSleeper implements Sleeper {
        private final List<Duration> waits = new CopyOnWriteArrayList<>();

        @Override
        public void sleep(Duration duration) {
            waits.add(duration);
        }

        /** The waits so far, in order. */
        List<Duration> waits() {
            return List.copyOf(waits);
        }

        @Override
        public String toString() {
            return "RecordingSleeper" + Arrays.toString(waits.toArray());
        }
    }
}
