package io.github.acubepl.webhook.sending;

import io.github.acubepl.webhook.WebhookHeaders;
import io.github.acubepl.webhook.internal.Log;
import io.github.acubepl.webhook.internal.TargetUri;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Delivers outgoing webhooks (the simulator's side) with the retry schedule of
 * docs/webhooks.md §8: by default every 15 minutes for 8 hours after the first attempt,
 * until the endpoint answers exactly {@code 200}.
 *
 * <ul>
 *   <li>A delivery is written to the {@link DeliveryStore} before its first attempt; attempts are
 *       claimed under a lease ({@code PENDING → IN_FLIGHT → DELIVERED}, back to {@code PENDING}, or
 *       {@code DEAD} when the window is over). A crash makes the delivery due again.</li>
 *   <li>Every attempt sends the same id and body bytes, <b>re-signed</b> (fresh {@code created} and
 *       {@code Date}).</li>
 *   <li>201, 202, 204, 3xx (never followed), other statuses, timeouts and connection errors are
 *       failures.</li>
 *   <li>A late dispatcher runs an overdue delivery once, then on the next grid slot: no burst.</li>
 *   <li>{@code DEAD} deliveries fire the {@link DeadLetterListener} and are listed by
 *       {@link #deadLetters(int)}; {@link #requeue(String)} starts a new window.</li>
 * </ul>
 *
 * The queue moves only when asked: {@link #runDue()} (tests drive it with a hand-moved clock, so
 * 8 hours take milliseconds) or {@link #start(ScheduledExecutorService, Duration)}. Thread-safe;
 * several queues over one JDBC store share the work.
 */
public final class DeliveryQueue {
    private static final System.Logger LOG = Log.LOGGER;

    private final DeliveryStore store;
    private final WebhookSender sender;
    private final WebhookSigner signer;
    private final RetrySchedule schedule;
    private final Clock clock;
    private final Duration lease;
    private final int batchSize;
    private final DeadLetterListener deadLetters;
    private final Supplier<String> ids;

    private DeliveryQueue(Builder b, WebhookSender sender, WebhookSigner signer) {
        this.store = b.store;
        this.sender = sender;
        this.signer = signer;
        this.schedule = b.schedule;
        this.clock = b.clock;
        this.lease = b.lease;
        this.batchSize = b.batchSize;
        this.deadLetters = b.deadLetters;
        this.ids = b.ids;
    }

    /** A builder; {@link Builder#sender} and {@link Builder#signer} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Told when a delivery is declared {@code DEAD}. */
    @FunctionalInterface
    public interface DeadLetterListener {
        /** {@code delivery} (now {@code DEAD}) got no 200 within its window. */
        void onDead(Delivery delivery);
    }

    /** Enqueues a JSON body for {@code targetUrl}, due now; returns the delivery id. */
    public String enqueue(String targetUrl, byte[] body) {
        return enqueue(targetUrl, WebhookHeaders.of("content-type", "application/json"), body);
    }

    /**
     * Enqueues {@code body} with {@code headers} (besides the signature's) for {@code targetUrl}, due
     * now; returns the delivery id.
     *
     * @throws IllegalArgumentException if the URL is not an absolute ASCII http(s) URL
     */
    public String enqueue(String targetUrl, WebhookHeaders headers, byte[] body) {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        checkTargetUrl(targetUrl);
        String id = ids.get();
        if (!store.add(Delivery.enqueued(id, targetUrl, headers, body, clock.instant()))) {
            throw new IllegalStateException("delivery id " + id + " is already taken");
        }
        return id;
    }

    /**
     * Checks that {@code targetUrl} can be signed and sent: an absolute http(s) URL with a host, ASCII
     * without spaces, no user info, no fragment (what {@link #enqueue} accepts; check subscriptions
     * with it up front).
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static void checkTargetUrl(String targetUrl) {
        TargetUri.parse(targetUrl);
    }

    /**
     * Makes every attempt due now, one per due delivery; returns how many attempts were made. A
     * delivery that fails is due again on a later grid slot, so one call never attempts it twice.
     */
    public int runDue() {
        int attempts = 0;
        while (true) {
            List<Delivery> claimed = store.claimDue(clock.instant(), lease, batchSize);
            for (Delivery d : claimed) {
                if (Thread.currentThread().isInterrupted()) {
                    return attempts;
                }
                attempt(d);
                attempts++;
            }
            if (claimed.size() < batchSize) {
                return attempts;
            }
        }
    }

    private void attempt(Delivery d) {
        Instant attemptAt = clock.instant();
        Instant t0 = d.windowStart() != null ? d.windowStart() : attemptAt;
        Integer status = null;
        String error = null;
        try {
            WebhookHeaders signed = signer.sign("POST", d.targetUrl(), d.headers(), d.body());
            WebhookHeaders all = d.headers().toBuilder().remove("date").remove("content-digest")
                    .remove("signature-input").remove("signature").build().plus(signed);
            status = sender.send(new WebhookSender.Request(d.id(), d.attempts(), d.targetUrl(), all, d.body()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "InterruptedException";
        } catch (Exception e) {
            error = e.getClass().getSimpleName();
        }
        Instant now = clock.instant();
        if (status != null && status == 200) {
            if (!store.delivered(d.id(), d.version(), now, status)) {
                LOG.log(System.Logger.Level.WARNING, "delivery {0} was delivered but its claim had expired", d.id());
            }
            return;
        }
        String outcome = status != null ? "status " + status : error;
        Optional<Instant> next = schedule.nextAfter(t0, attemptAt);
        if (next.isPresent()) {
            store.retry(d.id(), d.version(), next.get(), status, error);
            LOG.log(System.Logger.Level.DEBUG, "delivery {0} attempt {1} failed ({2}); next at {3}",
                    d.id(), d.attempts(), outcome, next.get());
            return;
        }
        if (store.dead(d.id(), d.version(), now, status, error)) {
            LOG.log(System.Logger.Level.WARNING, "delivery {0} to {1} is dead after {2} attempts (last: {3})",
                    d.id(), d.targetUrl(), d.attempts(), outcome);
            store.find(d.id()).ifPresent(dead -> {
                try {
                    deadLetters.onDead(dead);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "the dead-letter listener failed", e);
                }
            });
        }
    }

    /** The delivery {@code id}. */
    public Optional<Delivery> find(String id) {
        return store.find(id);
    }

    /** Up to {@code limit} dead letters, oldest first. */
    public List<Delivery> deadLetters(int limit) {
        return store.list(Delivery.State.DEAD, limit);
    }

    /** Requeues a dead delivery with a new window starting at its next attempt; {@code false} if not dead. */
    public boolean requeue(String id) {
        return store.requeue(id, clock.instant());
    }

    /** The schedule. */
    public RetrySchedule schedule() {
        return schedule;
    }

    /**
     * Runs {@link #runDue()} on {@code scheduler} every {@code pollInterval} (with fixed delay) until
     * the returned future is cancelled. Failures are logged, never thrown into the scheduler.
     */
    public ScheduledFuture<?> start(ScheduledExecutorService scheduler, Duration pollInterval) {
        Objects.requireNonNull(scheduler, "scheduler");
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("pollInterval must be positive");
        }
        return scheduler.scheduleWithFixedDelay(() -> {
            try {
                runDue();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "the delivery queue failed to run", e);
            }
        }, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Configures a {@link DeliveryQueue}. */
    public static final class Builder {
        private DeliveryStore store = DeliveryStore.inMemory();
        private @Nullable WebhookSender sender;
        private @Nullable WebhookSigner signer;
        private RetrySchedule schedule = RetrySchedule.standard();
        private Clock clock = Clock.systemUTC();
        private Duration lease = Duration.ofMinutes(2);
        private int batchSize = 50;
        private DeadLetterListener deadLetters = d -> { };
        private Supplier<String> ids = () -> UUID.randomUUID().toString();

        private Builder() {
        }

        /** The outbox (default in memory, not durable). */
        public Builder store(DeliveryStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /** Sends attempts (required; {@link WebhookSender#httpClient()} for real use). */
        public Builder sender(WebhookSender sender) {
            this.sender = Objects.requireNonNull(sender, "sender");
            return this;
        }

        /** Signs every attempt afresh (required; give it the same clock). */
        public Builder signer(WebhookSigner signer) {
            this.signer = Objects.requireNonNull(signer, "signer");
            return this;
        }

        /** The retry schedule (default {@link RetrySchedule#standard()}). */
        public Builder schedule(RetrySchedule schedule) {
            this.schedule = Objects.requireNonNull(schedule, "schedule");
            return this;
        }

        /** The clock (default UTC system clock). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How long a claimed attempt may take before the delivery is due again (default 2 min, above the 30 s timeout). */
        public Builder lease(Duration lease) {
            this.lease = Objects.requireNonNull(lease, "lease");
            return this;
        }

        /** How many deliveries one claim takes (default 50). */
        public Builder batchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /** Told about dead letters (default: nobody; they are logged and listed). */
        public Builder deadLetterListener(DeadLetterListener listener) {
            this.deadLetters = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** Makes delivery ids (default random UUIDs). */
        public Builder idGenerator(Supplier<String> ids) {
            this.ids = Objects.requireNonNull(ids, "ids");
            return this;
        }

        /** The queue; missing or invalid settings are an {@link IllegalStateException}. */
        public DeliveryQueue build() {
            if (sender == null) {
                throw new IllegalStateException("a sender is required (WebhookSender.httpClient())");
            }
            if (signer == null) {
                throw new IllegalStateException("a signer is required (WebhookSigner.builder()...build())");
            }
            if (lease.isNegative() || lease.isZero()) {
                throw new IllegalStateException("lease must be positive");
            }
            if (batchSize < 1) {
                throw new IllegalStateException("batchSize must be at least 1");
            }
            return new DeliveryQueue(this, sender, signer);
        }
    }
}
