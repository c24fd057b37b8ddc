package io.github.acubepl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.it.Front.Passage;
import io.github.acubepl.it.Front.Reply;
import io.github.acubepl.it.ItFixtures.RecordingSleeper;
import io.github.acubepl.sandbox.AcubeSandbox;
import io.github.acubepl.sandbox.SandboxClock;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.webhook.InboxEntry;
import io.github.acubepl.webhook.KeyResolver;
import io.github.acubepl.webhook.WebhookDispatcher;
import io.github.acubepl.webhook.WebhookReceiver;
import io.github.acubepl.webhook.WebhookVerifier;
import io.github.acubepl.webhook.jdbc.JdbcIdempotencyStore;
import io.github.acubepl.webhook.jdbc.JdbcInboxStore;
import io.github.acubepl.webhook.sending.Delivery;
import io.github.acubepl.webhook.sending.DeliveryStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Exactly once across two receiver instances sharing one JDBC store (run on H2 and PostgreSQL by
 * the subclasses). The platform knows one subscribed URL; a loopback front behind it spreads the
 * attempts over instance A and instance B, each with its own HTTP server, dispatcher and store
 * object over the same database and table prefix, and makes every notification arrive several
 * times: it hands each attempt to both instances, and answers the first attempt 500 although it
 * was taken, so that the platform retries the same body 15 minutes later. Whatever instance gets
 * which copy, each notification's handler runs exactly once:
 *
 * <ul>
 *   <li>inline: the handler runs in the request, the shared {@link JdbcIdempotencyStore} turns every
 *       later copy into a duplicate (copies arrive one after the other: concurrent copies of one
 *       body may both run an inline handler, as the dispatcher documents);</li>
 *   <li>inbox: both instances get each copy at the same time, the shared {@link JdbcInboxStore}
 *       keeps one entry, and both workers, running concurrently, hand it to one handler.</li>
 * </ul>
 */
abstract class SharedStoreContract {
    private static final int NOTIFICATIONS = 10;

    private final SandboxClock.Manual clock = SandboxClock.manual(ItFixtures.START);
    private final DeliveryStore outbox = DeliveryStore.inMemory();
    private final Handled handled = new Handled();
    private final String prefix = ItDatabases.uniquePrefix();
    private final List<AutoCloseable> closing = new ArrayList<>();
    private DataSource db;
    private AcubeSandbox sandbox;
    private AcubeClient client;
    private String le;

    /** The database shared by both instances (may skip the test). */
    abstract DataSource open();

    /** Ends the database after the tables are dropped, if it needs that. */
    void shutdown(DataSource db) throws Exception {
    }

    @BeforeEach
    void start() {
        db = open();
        sandbox = ItWebhooks.sandbox(clock, outbox);
        client = ItFixtures.client(sandbox, new RecordingSleeper()).build();
        le = ItFixtures.register(client, ItFixtures.SELLER_NIP).uuid();
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : closing) {
            c.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
        if (db != null) {
            ItDatabases.drop(db, prefix);
            shutdown(db);
        }
    }

    /** One receiver instance: its own dispatcher (built by {@code mode} from the handler) and HTTP server. */
    private record Instance(String name, LoopbackServer server, WebhookDispatcher dispatcher) {
    }

    private Instance instance(String name, String publicBase, Function<WebhookDispatcher.Builder, WebhookDispatcher> mode) {
        LoopbackServer server = LoopbackServer.start("it-" + name);
        closing.add(server);
        WebhookDispatcher dispatcher = mode.apply(ItWebhooks.dispatcher(clock, handled.by(name)));
        WebhookReceiver receiver = ItWebhooks.receiver(
                WebhookVerifier.builder().keyResolver(KeyResolver.pinned(sandbox.signaturePublicKey()))
                        .clock(clock.asClock()).build(),
                dispatcher, publicBase);
        server.handle(receiver.httpHandler());
        return new Instance(name, server, dispatcher);
    }

    private Front front(Front.Route route) {
        Front front = new Front(clock, route);
        closing.add(front);
        return front;
    }

    private Set<String> notify(Front front) {
        ItWebhooks.subscribe(client, le, front.base());
        ItWebhooks.onboard(client, le);
        Set<String> expected = ItWebhooks.expectedKeys(ItWebhooks.sendInvoices(client, "FV/IT/WS", 3), le);
        assertEquals(NOTIFICATIONS, expected.size());
        return expected;
    }

    @Test
    void inlineInstancesSharingOneIdempotencyStoreHandleEachNotificationOnce() {
        new JdbcIdempotencyStore(db, prefix).initialize();
        Instance[] instances = new Instance[2];
        Map<String, Integer> firstPrimary = new ConcurrentHashMap<>();
        Front front = front(attempt -> {
            // The first copy goes to A and B alternately by notification; the retry to the other one first.
            int first = firstPrimary.computeIfAbsent(WebhookDispatcher.dedupKey(attempt.body), k -> firstPrimary.size() % 2);
            Instance primary = instances[attempt.firstSighting() ? first : 1 - first];
            Instance secondary = instances[attempt.firstSighting() ? 1 - first : first];
            Reply reply = attempt.forward(primary.server().base());
            attempt.forward(secondary.server().base()); // a duplicate delivery, after the first was answered
            return attempt.firstSighting() ? 500 : reply.status(); // the first 200 is "lost": the platform retries
        });
        for (int i = 0; i < 2; i++) {
            instances[i] = instance(i == 0 ? "A" : "B", front.base(),
                    b -> b.inline(new JdbcIdempotencyStore(db, prefix)).build());
        }
        Set<String> expected = notify(front);

        clock.advance(Duration.ofSeconds(5)); // every notification's first attempt (raised at 0, 2 and 4 s)
        handled.assertExactlyOnce(expected);
        for (Passage p : front.passages()) {
            assertEquals(List.of("ok", "duplicate"), bodies(p), "taken by one instance, a duplicate for the other");
            assertEquals(500, p.answered());
        }

        clock.advance(Duration.ofMinutes(15)); // the platform retries each, the same body re-signed
        handled.assertExactlyOnce(expected);
        assertEquals(Set.of("A", "B"), handled.instances(), "both instances took their share");
        assertSettled(front, List.of("duplicate", "duplicate"));
    }

    @Test
    void inboxInstancesSharingOneInboxStoreEachNotificationOnceAndTheirWorkersHandleItOnce() throws Exception {
        new JdbcInboxStore(db, prefix).initialize();
        Instance[] instances = new Instance[2];
        Front front = front(attempt -> {
            // Both instances get every copy at the same time.
            CompletableFuture<Reply> a = attempt.forwardAsync(instances[0].server().base());
            CompletableFuture<Reply> b = attempt.forwardAsync(instances[1].server().base());
            boolean stored = a.get().status() == 200 && b.get().status() == 200;
            return attempt.firstSighting() || !stored ? 500 : 200;
        });
        for (int i = 0; i < 2; i++) {
            instances[i] = instance(i == 0 ? "A" : "B", front.base(),
                    b -> b.inbox(new JdbcInboxStore(db, prefix)).build());
        }
        Set<String> expected = notify(front);

        clock.advance(Duration.ofSeconds(5));
        assertEquals(List.of(), handled.calls(), "stored, not handled yet: that is the workers' job");
        for (Passage p : front.passages()) {
            assertEquals(List.of("duplicate", "ok"), bodies(p).stream().sorted().toList(),
                    "stored by exactly one instance, a duplicate for the other");
        }
        JdbcInboxStore inbox = new JdbcInboxStore(db, prefix);
        assertEquals(NOTIFICATIONS, inbox.list(InboxEntry.State.PENDING, 100).size());

        assertEquals(NOTIFICATIONS, workConcurrently(instances), "each entry claimed by exactly one worker");
        handled.assertExactlyOnce(expected);

        clock.advance(Duration.ofMinutes(15)); // the retries: duplicates for both instances
        assertEquals(0, workConcurrently(instances), "nothing new to handle");
        handled.assertExactlyOnce(expected);
        assertEquals(NOTIFICATIONS, inbox.list(InboxEntry.State.DONE, 100).size());
        for (InboxEntry.State s : List.of(InboxEntry.State.PENDING, InboxEntry.State.IN_PROGRESS, InboxEntry.State.FAILED)) {
            assertEquals(List.of(), inbox.list(s, 100), s.name());
        }
        assertSettled(front, List.of("duplicate", "duplicate"));
    }

    /**
     * Runs both instances' workers on four threads released together, round after round until a
     * round finds nothing; returns how many entries they processed in all.
     */
    private int workConcurrently(Instance[] instances) throws Exception {
        int total = 0;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            while (true) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Integer>> rounds = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    WebhookDispatcher worker = instances[i % 2].dispatcher();
                    rounds.add(pool.submit(() -> {
                        go.await();
                        return worker.processDue();
                    }));
                }
                go.countDown();
                int round = 0;
                for (Future<Integer> f : rounds) {
                    round += f.get();
                }
                if (round == 0) {
                    return total;
                }
                total += round;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> bodies(Passage p) {
        return p.replies().stream().map(Reply::body).toList();
    }

    /** Each notification: two attempts, the second answered 200 with both copies {@code retryReplies}; the outbox settled. */
    private void assertSettled(Front front, List<String> retryReplies) {
        assertEquals(List.of(), front.errors());
        Map<String, List<Passage>> byBody = front.passages().stream()
                .collect(Collectors.groupingBy(Passage::bodySha256, TreeMap::new, Collectors.toList()));
        assertEquals(NOTIFICATIONS, byBody.size());
        for (List<Passage> tries : byBody.values()) {
            assertEquals(2, tries.size(), tries::toString);
            assertEquals(List.of(500, 200), tries.stream().map(Passage::answered).toList());
            assertEquals(tries.get(0).at().plus(Duration.ofMinutes(15)), tries.get(1).at());
            assertEquals(retryReplies, bodies(tries.get(1)));
            assertTrue(tries.get(1).replies().stream().allMatch(r -> r.status() == 200));
        }
        ItWebhooks.assertOutboxSettled(outbox, NOTIFICATIONS);
        for (Delivery d : outbox.list(Delivery.State.DELIVERED, 100)) {
            assertEquals(2, d.attempts(), d::toString);
        }
    }
}
