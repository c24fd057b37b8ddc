package io.github.acubepl.webhook;

import static io.github.acubepl.webhook.ReceiverFixture.SENDER_URL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.acubepl.webhook.WebhookResponse.Outcome;
import io.github.acubepl.webhook.jdbc.JdbcIdempotencyStore;
import io.github.acubepl.webhook.jdbc.JdbcInboxStore;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two receiver instances and two workers sharing one JDBC inbox (H2 and PostgreSQL): a delivery
 * that reaches both instances is stored once and handled once, also across a simulated crash.
 */
class SharedInboxTest {
    private DataSource ds;
    private final String prefix = Databases.uniquePrefix();

    @AfterEach
    void drop() throws Exception {
        if (ds != null) {
            Databases.drop(ds, prefix);
        }
    }

    private DataSource open(String backend) {
        Supplier<DataSource> open = backend.equals("h2") ? Databases::h2 : Databases::postgres;
        ds = open.get();
        return ds;
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void twoInstancesStoreOnceAndHandleOnce(String backend) throws Exception {
        DataSource db = open(backend);
        new JdbcInboxStore(db, prefix).initialize();
        ReceiverFixture f = new ReceiverFixture();
        WebhookDispatcher d1 = f.dispatcher().inbox(new JdbcInboxStore(db, prefix)).build();
        WebhookDispatcher d2 = f.dispatcher().inbox(new JdbcInboxStore(db, prefix)).build();
        WebhookReceiver r1 = f.receiver(d1);
        WebhookReceiver r2 = f.receiver(d2);

        byte[] body = ReceiverFixture.senderPayload("inv-shared", "valid");
        WebhookHeaders headers = f.signed(SENDER_URL, body);
        List<WebhookResponse> answers = Concurrently.run(8,
                i -> () -> (i % 2 == 0 ? r1 : r2).receive("invoice-sender", "POST", headers, body));
        assertEquals(8, answers.stream().filter(WebhookResponse::isOk).count());
        assertEquals(1, answers.stream().filter(a -> a.outcome() == Outcome.QUEUED).count());

        // worker 1 claims and crashes; after the lease both workers race; exactly one handles it
        new JdbcInboxStore(db, prefix).claimDue(f.clock.instant(), Duration.ofMinutes(5), 10);
        assertEquals(List.of(0, 0), List.of(d1.processDue(), d2.processDue()));
        f.clock.advance(Duration.ofMinutes(5));
        List<Integer> processed = Concurrently.run(4, i -> () -> (i % 2 == 0 ? d1 : d2).processDue());
        assertEquals(1, processed.stream().mapToInt(Integer::intValue).sum());
        assertEquals(1, f.handled.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void twoInlineInstancesShareTheirKeys(String backend) {
        DataSource db = open(backend);
        new JdbcIdempotencyStore(db, prefix).initialize();
        ReceiverFixture f = new ReceiverFixture();
        WebhookReceiver r1 = f.receiver(f.dispatcher().inline(new JdbcIdempotencyStore(db, prefix)).build());
        WebhookReceiver r2 = f.receiver(f.dispatcher().inline(new JdbcIdempotencyStore(db, prefix)).build());
        byte[] body = ReceiverFixture.senderPayload("inv-inline", "valid");
        assertEquals(Outcome.PROCESSED, r1.receive("invoice-sender", "POST", f.signed(SENDER_URL, body), body).outcome());
        assertEquals(Outcome.DUPLICATE, r2.receive("invoice-sender", "POST", f.signed(SENDER_URL, body), body).outcome());
        assertEquals(1, f.handled.size());
    }
}
