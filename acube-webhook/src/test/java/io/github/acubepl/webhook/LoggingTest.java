package io.github.acubepl.webhook;

import static io.github.acubepl.webhook.ReceiverFixture.SENDER_URL;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.webhook.internal.Log;
import io.github.acubepl.webhook.sending.DeliveryQueue;
import io.github.acubepl.webhook.sending.RetrySchedule;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every log record at every level: reasons are logged, bodies and header values never. */
class LoggingTest {
    private static final String SECRET_FIELD = "IBAN-PL61109010140000071219812874";

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
    private Level level;

    @BeforeEach
    void captureEverything() {
        Logger logger = Logger.getLogger(Log.NAME);
        level = logger.getLevel();
        logger.setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        logger.addHandler(capture);
    }

    @AfterEach
    void restore() {
        Logger logger = Logger.getLogger(Log.NAME);
        logger.removeHandler(capture);
        logger.setLevel(level);
    }

    private String everything() {
        StringBuilder all = new StringBuilder();
        for (LogRecord r : records) {
            all.append(r.getParameters() == null ? r.getMessage() : MessageFormat.format(r.getMessage(), r.getParameters()));
            if (r.getThrown() != null) {
                StringWriter w = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(w));
                all.append(w);
            }
            all.append('\n');
        }
        return all.toString();
    }

    @Test
    void rejectionsFailuresAndDeadLettersLogNoBodyOrHeaderValues() {
        ReceiverFixture f = new ReceiverFixture();
        f.failuresLeft = 1;
        WebhookReceiver inline = f.receiver(f.dispatcher().inline(IdempotencyStore.inMemory()).build());
        byte[] body = Fixtures.utf8("{\"webhookType\":\"invoice-sender\",\"invoiceUuid\":\"" + SECRET_FIELD + "\"}");
        WebhookHeaders headers = f.signed(SENDER_URL, body);
        String signatureValue = headers.get("signature").orElseThrow();

        inline.receive("invoice-sender", "POST", headers, body);                   // handler fails
        inline.receive("invoice-sender", "POST", headers, body);                   // handled
        byte[] flipped = body.clone();
        flipped[5] ^= 1;
        inline.receive("invoice-sender", "POST", headers, flipped);                // digest mismatch
        WebhookHeaders badSig = headers.toBuilder().set("signature",
                "pyhms=:" + Base64.getEncoder().encodeToString(new byte[64]) + ":").build();
        inline.receive("invoice-sender", "POST", badSig, body);                    // bad signature

        WebhookDispatcher inbox = f.dispatcher().inbox(InboxStore.inMemory()).maxAttempts(1).build();
        WebhookReceiver queued = f.receiver(inbox);
        f.failuresLeft = 5;
        byte[] other = Fixtures.utf8("{\"webhookType\":\"invoice-sender\",\"message\":\"" + SECRET_FIELD + "-2\"}");
        queued.receive("invoice-sender", "POST", f.signed(SENDER_URL, other), other);
        inbox.processDue();                                                        // poison → failed

        DeliveryQueue queue = DeliveryQueue.builder().clock(f.clock).signer(f.signer).sender(r -> 500)
                .schedule(RetrySchedule.fixedInterval(Duration.ofMinutes(15)).until(Duration.ofMinutes(15))).build();
        queue.enqueue(SENDER_URL, body);
        for (int i = 0; i < 3; i++) {
            queue.runDue();
            f.clock.advance(Duration.ofMinutes(15));
        }

        String logged = everything();
        assertTrue(logged.contains("DIGEST_MISMATCH"), logged);
        assertTrue(logged.contains("BAD_SIGNATURE"), logged);
        assertTrue(logged.contains("dead"), logged);
        assertTrue(logged.contains("gave up"), logged);
        assertFalse(logged.contains(SECRET_FIELD), "a body reached the log:\n" + logged);
        assertFalse(logged.contains(signatureValue.substring(7, 40)), "a signature reached the log");
        assertFalse(logged.contains("webhookType\":"), "JSON reached the log");
    }
}
