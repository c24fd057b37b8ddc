package io.github.acubepl.transport;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.core.WebhookType;
import io.github.acubepl.transport.Fixtures.RecordingSleeper;
import io.github.acubepl.transport.StubServer.Reply;
import io.github.acubepl.transport.internal.Log;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every log record of a full run, at every level: no password, token or KSeF token anywhere. */
class LoggingTest {
    private static final String KSEF_TOKEN = "KSEF-AUTH-TOKEN-0123456789";

    private final LogCapture capture = new LogCapture();
    private final List<LogRecord> records = capture.records;
    private Level rootLevel;
    private Level clientLevel;

    @BeforeEach
    void captureEverything() {
        Logger root = Logger.getLogger("");
        rootLevel = root.getLevel();
        clientLevel = Logger.getLogger(Log.NAME).getLevel();
        root.setLevel(Level.ALL);
        Logger.getLogger(Log.NAME).setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
    }

    @AfterEach
    void restore() {
        Logger root = Logger.getLogger("");
        root.removeHandler(capture);
        root.setLevel(rootLevel);
        Logger.getLogger(Log.NAME).setLevel(clientLevel);
    }

    @Test
    void noSecretIsEverLogged() throws Exception {
        List<String> issued = new CopyOnWriteArrayList<>();
        try (StubServer stub = new StubServer()) {
            AtomicInteger n = new AtomicInteger();
            stub.route("POST /login", r -> {
                if (!r.bodyText().contains(Fixtures.PASSWORD)) {
                    return Reply.json(401, "{\"code\":401,\"message\":\"Invalid credentials.\"}");
                }
                String jwt = Fixtures.jwt("login-" + n.incrementAndGet());
                issued.add(jwt);
                return Reply.json(200, "{\"token\":\"" + jwt + "\"}");
            });
            AtomicInteger gets = new AtomicInteger();
            stub.route("GET /webhooks", r -> switch (gets.incrementAndGet()) {
                case 1 -> Reply.json(401, "{\"code\":401,\"message\":\"Expired JWT Token\"}");
                case 2 -> Reply.status(503).header("Retry-After", "1");
                default -> Reply.json(200, "[]");
            });
            stub.route("POST /legal-entities/le-1/ksef-token/create", r -> Reply.json(422,
                    "{\"detail\":\"bad token " + KSEF_TOKEN + "\",\"authorizationToken\":\"" + KSEF_TOKEN + "\"}"));
            stub.route("POST /invoices", r -> Reply.dropped());

            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            client.webhooks().list();
            assertThrows(AcubeApiException.class, () -> client.ksefTokens().create("le-1", KSEF_TOKEN, false));
            assertThrows(AcubeOutcomeUnknownException.class,
                    () -> client.invoices().sendJson("{\"Fa\":{\"P_2\":\"FV/1\"}}".getBytes(StandardCharsets.UTF_8)));
            client.login();
            client.webhooks().replace("wh-1", "le-1", WebhookType.INVOICE_SENDER, URI.create("https://erp.example.com/h"))
                    .toString();
        } catch (AcubeApiException expected404) {
            // PUT /webhooks/wh-1 has no route: a 404, logged like any call
        }
        try (StubServer stub = new StubServer()) {
            stub.route("POST /login", r -> Reply.json(401, "{\"code\":401,\"message\":\"Invalid credentials.\"}"));
            AcubeClient wrong = Fixtures.client(stub, new RecordingSleeper())
                    .credentials(Credentials.of(Fixtures.EMAIL, "Wr0ng-" + Fixtures.PASSWORD)).build();
            assertThrows(AcubeAuthenticationException.class, () -> wrong.webhooks().get("wh-1"));
        }

        List<String> texts = new ArrayList<>();
        for (LogRecord r : records) {
            String text = r.getMessage() == null ? "" : r.getMessage();
            if (r.getParameters() != null && r.getParameters().length > 0) {
                text = MessageFormat.format(text, r.getParameters());
            }
            for (Throwable t = r.getThrown(); t != null; t = t.getCause()) {
                text += " | " + t;
            }
            texts.add(r.getLevel() + " " + r.getLoggerName() + " " + text);
        }
        String all = String.join("\n", texts);
        assertFalse(issued.isEmpty());
        assertFalse(all.contains(Fixtures.PASSWORD), all);
        for (String jwt : issued) {
            assertFalse(all.contains(jwt), all);
            assertFalse(all.contains(jwt.substring(jwt.indexOf('.') + 1, jwt.lastIndexOf('.'))), "a JWT payload");
        }
        assertFalse(all.contains("eyJ"), all);
        assertFalse(all.contains("Bearer"), all);
        assertFalse(all.contains(KSEF_TOKEN), all);
        assertFalse(all.contains(Fixtures.EMAIL), all);
        // and the records are there: DEBUG per request, INFO for logins, WARNING for retries
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("FINE") && t.contains("GET /webhooks?page=1 -> 200 (attempt 2/3")),
                all);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("INFO") && t.contains("logged in as j***@example.com")), all);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("WARNING") && t.contains("retrying in 1000 ms")), all);
    }
}
