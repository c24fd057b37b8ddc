package io.github.acubepl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.acubepl.it.ItFixtures.RecordingSleeper;
import io.github.acubepl.sandbox.AcubeSandbox;
import io.github.acubepl.sandbox.SandboxClock;
import io.github.acubepl.transport.AccessToken;
import io.github.acubepl.transport.AcubeApiException;
import io.github.acubepl.transport.AcubeAuthenticationException;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.AcubeOutcomeUnknownException;
import io.github.acubepl.transport.Credentials;
import io.github.acubepl.transport.Invoice;
import io.github.acubepl.transport.InvoiceQuery;
import io.github.acubepl.core.InvoiceStatus;
import io.github.acubepl.transport.KsefToken;
import io.github.acubepl.transport.LegalEntity;
import io.github.acubepl.transport.SentInvoice;
import io.github.acubepl.transport.TokenStore;
import io.github.acubepl.core.WebhookType;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every record of every {@code java.util.logging} logger, at every level, during a full client run
 * against the sandbox (login, legal entity, KSeF token, webhook, invoice, list, get, UPO, a 401
 * re-login, a retried GET, an unknown outcome, refusals): neither the password, nor any part of a
 * JWT, nor the KSeF token appears in a message, a parameter or a thrown exception.
 */
class NoSecretsInLogsTest {
    private static final String KSEF_TOKEN = "20261201-EC-5B1C0FFEE7-AA19D3C4E2-77";
    private static final String WRONG_PASSWORD = "Wr0ng-Pa55-for-logs-63ad";

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    /** The loggers whose levels are raised, kept strongly reachable so that their levels stick. */
    private final Map<Logger, Level> raised = new LinkedHashMap<>();

    private final SandboxClock.Manual clock = SandboxClock.manual(ItFixtures.START);
    private AcubeSandbox sandbox;

    @BeforeEach
    void captureEverything() {
        for (String name : List.of("", "io.github.acubepl", "jdk.internal.net.http")) {
            Logger logger = Logger.getLogger(name);
            raised.put(logger, logger.getLevel());
            logger.setLevel(Level.ALL);
        }
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
        sandbox = ItFixtures.sandbox(clock);
    }

    @AfterEach
    void restore() {
        sandbox.close();
        Logger.getLogger("").removeHandler(capture);
        raised.forEach(Logger::setLevel);
    }

    @Test
    void noPasswordJwtOrKsefTokenInAnyRecordOfAFullRun() {
        RecordingTokenStore tokens = new RecordingTokenStore();
        List<Throwable> thrown = new ArrayList<>();
        // the client's clock lags behind the sandbox's, so that an expired token is met with a 401
        AcubeClient client = ItFixtures.client(sandbox, new RecordingSleeper())
                .clock(Clock.fixed(ItFixtures.START, ZoneOffset.UTC)).tokenStore(tokens).build();

        client.login();
        LegalEntity seller = ItFixtures.register(client, ItFixtures.SELLER_NIP);
        KsefToken token = client.ksefTokens().create(seller.uuid(), KSEF_TOKEN, false);
        client.ksefTokens().select(seller.uuid(), token.uuid());
        client.webhooks().create(seller.uuid(), WebhookType.INVOICE_SENDER, URI.create("https://erp.example.com/hooks"));
        SentInvoice sent = client.invoices().send(ItFixtures.invoice("FV/IT/LOG/1"));
        clock.advance(sandbox.ksefDelays().total());
        List<Invoice> listed = client.invoices().list(InvoiceQuery.builder().status(InvoiceStatus.VALID).build());
        assertEquals(1, listed.size());
        assertTrue(client.invoices().get(sent.uuid()).acceptedByKsef());
        assertTrue(client.invoices().upo(sent.uuid()).isPresent());

        // a retried GET
        sandbox.faults().on("GET", "/invoices/" + sent.uuid()).respond(503);
        client.invoices().get(sent.uuid());
        // refusals: a KSeF token for an unknown entity, an invalid invoice, a wrong password
        thrown.add(assertThrows(AcubeApiException.class,
                () -> client.ksefTokens().create("00000000-0000-4000-8000-000000000000", KSEF_TOKEN, true)));
        thrown.add(assertThrows(AcubeApiException.class,
                () -> client.invoices().send(ItFixtures.invoiceWithoutTotal("FV/IT/LOG/2"))));
        AcubeClient wrong = ItFixtures.client(sandbox, new RecordingSleeper())
                .credentials(Credentials.of(ItFixtures.EMAIL, WRONG_PASSWORD)).build();
        thrown.add(assertThrows(AcubeAuthenticationException.class, () -> wrong.webhooks().list()));
        // an unknown outcome
        sandbox.faults().on("POST", "/invoices").dropAfterHandling();
        thrown.add(assertThrows(AcubeOutcomeUnknownException.class,
                () -> client.invoices().send(ItFixtures.invoice("FV/IT/LOG/3"))));
        // a 401 "Expired JWT Token": one re-login, one repeat
        clock.advance(Duration.ofHours(24).plusSeconds(1));
        assertEquals(2, client.invoices().list().size());

        assertEquals(2, tokens.issued.size(), "the first login and the re-login");
        assertEquals(List.of("200", "401", "200"), ItFixtures.outcomes(sandbox, "POST", "/login"), "login, wrong, re-login");
        assertTrue(ItFixtures.outcomes(sandbox, "GET", "/invoices").contains("401"), "the 401 was met");

        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("the password", ItFixtures.PASSWORD);
        secrets.put("the wrong password", WRONG_PASSWORD);
        secrets.put("the KSeF token", KSEF_TOKEN);
        for (String jwt : tokens.issued) {
            String[] parts = jwt.split("\\.");
            assertEquals(3, parts.length);
            secrets.put("a JWT", jwt);
            secrets.put("a JWT header", parts[0]);
            secrets.put("a JWT payload", parts[1]);
            secrets.put("a JWT signature", parts[2]);
            secrets.put("a JWT signature's start", parts[2].substring(0, 16));
        }

        List<String> texts = new ArrayList<>();
        for (LogRecord r : records) {
            texts.add(describe(r));
        }
        assertFound(texts, t -> t.startsWith("INFO") && t.contains("logged in as i***@example.com"), "the login");
        assertFound(texts, t -> t.startsWith("INFO") && t.contains("answered 401") && t.contains("logging in again"),
                "the re-login");
        assertFound(texts, t -> t.startsWith("WARNING") && t.contains("HTTP 503; retrying"), "the retry");
        assertFound(texts, t -> t.startsWith("FINE") && t.contains("POST /legal-entities/") && t.contains("-> 201"),
                "a request at DEBUG");
        assertFound(texts, t -> t.startsWith("FINE") && t.contains("POST /invoices failed"), "the dropped POST");

        for (Map.Entry<String, String> s : secrets.entrySet()) {
            for (String text : texts) {
                if (text.contains(s.getValue())) {
                    fail(s.getKey() + " is in a log record:\n" + text);
                }
            }
            for (Throwable t : thrown) {
                String all = stackTrace(t) + " " + t + (t instanceof AcubeApiException a ? " " + a.body() : "");
                if (all.contains(s.getValue())) {
                    fail(s.getKey() + " is in an exception thrown to the caller:\n" + all);
                }
            }
        }
        for (String text : texts) {
            assertTrue(!text.contains("Bearer ") && !text.contains("eyJ"), () -> "a bearer token or a JWT:\n" + text);
        }
    }

    /** Level, logger, message (raw and formatted), each parameter, and every thrown exception with its causes. */
    private static String describe(LogRecord r) {
        StringBuilder s = new StringBuilder().append(r.getLevel()).append(' ').append(r.getLoggerName()).append(": ")
                .append(r.getMessage());
        s.append(" | formatted: ").append(new SimpleFormatter().formatMessage(r));
        if (r.getParameters() != null) {
            for (Object p : r.getParameters()) {
                s.append(" | parameter: ").append(p);
            }
        }
        if (r.getThrown() != null) {
            s.append(" | thrown: ").append(r.getThrown()).append('\n').append(stackTrace(r.getThrown()));
        }
        return s.toString();
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    private static void assertFound(List<String> texts, Predicate<String> p, String what) {
        Supplier<String> all = () -> "no record of " + what + " among:\n" + String.join("\n", texts);
        assertTrue(texts.stream().anyMatch(p), all);
    }

    /** An in-memory store that remembers every token saved: the JWTs the sandbox issued. */
    private static final class RecordingTokenStore implements TokenStore {
        final List<String> issued = new CopyOnWriteArrayList<>();
        private final TokenStore delegate = TokenStore.inMemory();

        @Override
        public Optional<AccessToken> load(String key) {
            return delegate.load(key);
        }

        @Override
        public void save(String key, AccessToken token) {
            issued.add(token.value());
            delegate.save(key, token);
        }

        @Override
        public void remove(String key) {
            delegate.remove(key);
        }
    }
}
