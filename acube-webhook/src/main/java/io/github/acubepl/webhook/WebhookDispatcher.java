package io.github.acubepl.webhook;

import io.github.acubepl.core.WebhookType;
import io.github.acubepl.webhook.WebhookResponse.Outcome;
import io.github.acubepl.webhook.internal.Digests;
import io.github.acubepl.webhook.internal.Log;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Runs handlers for verified webhooks, once per distinct body. The dedup key of a delivery is the
 * SHA-256 of its raw body, base64 ({@link #dedupKey(byte[])}; docs/webhooks.md §6): payloads
 * carry no event id, and identical retries collapse to one key.
 *
 * <p>Two modes:
 * <ul>
 *   <li><b>Inline</b> ({@link Builder#inline(IdempotencyStore)}): the handler runs during the
 *       request. A key already recorded answers 200 at once; a handler failure answers 500 so that
 *       A-Cube retries; the key is recorded only after the handler succeeded (concurrent
 *       deliveries of one body may both run it: handlers must be idempotent).</li>
 *   <li><b>Inbox</b> ({@link Builder#inbox(InboxStore)}): the raw body, headers, receive time and
 *       type are stored under the key and 200 is answered at once (a duplicate also gets 200). A
 *       worker ({@link #processDue()} or {@link #start}) claims due entries under a lease, runs the
 *       handler, retries failures with exponential backoff, and ends a poison entry in
 *       {@code FAILED} after {@link Builder#maxAttempts(int)} attempts (listable with
 *       {@link InboxStore#list}). A crash between storing and handling loses nothing: the lease
 *       expires and the entry is due again.</li>
 * </ul>
 *
 * Handlers are registered per {@link WebhookType}, and a handler registered for a type receives
 * the events of its other generation's name too ({@link WebhookType#sameKindAs}); the catch-all runs
 * for types without one.
 * An event with no handler at all is acknowledged and logged. Time comes from the injected clock.
 */
public final class WebhookDispatcher {
    private static final System.Logger LOG = Log.LOGGER;
    private static final int MAX_ERROR_LENGTH = 300;

    private final Map<WebhookType, WebhookHandler> handlers;
    private final @Nullable WebhookHandler catchAll;
    private final @Nullable IdempotencyStore idempotency;
    private final @Nullable InboxStore inbox;
    private final Clock clock;
    private final Duration retention;
    private final Duration lease;
    private final Duration firstRetryDelay;
    private final Duration maxRetryDelay;
    private final int maxAttempts;
    private final int batchSize;
    private final Duration purgeInterval;
    private final AtomicReference<@Nullable Instant> lastPurge = new AtomicReference<>();

    private WebhookDispatcher(Builder b) {
        this.handlers = Map.copyOf(b.handlers);
        this.catchAll = b.catchAll;
        this.idempotency = b.idempotency;
        this.inbox = b.inbox;
        this.clock = b.clock;
        this.retention = b.retention;
        this.lease = b.lease;
        this.firstRetryDelay = b.firstRetryDelay;
        this.maxRetryDelay = b.maxRetryDelay;
        this.maxAttempts = b.maxAttempts;
        this.batchSize = b.batchSize;
        this.purgeInterval = b.purgeInterval;
    }

    /** A builder; a mode ({@link Builder#inline} or {@link Builder#inbox}) and a handler are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The dedup key of a body: its SHA-256, standard base64 (44 characters). */
    public static String dedupKey(byte[] body) {
        return Digests.dedupKey(Objects.requireNonNull(body, "body"));
    }

    /** Whether this dispatcher stores deliveries in an inbox (else it handles them inline). */
    public boolean isInbox() {
        return inbox != null;
    }

    /** Handles or stores one verified delivery; the receiver's second half. */
    WebhookResponse accept(WebhookEndpoint endpoint, WebhookHeaders headers, byte[] body) {
        String key = dedupKey(body);
        Instant now = clock.instant();
        purgeIfDue(now);
        if (inbox != null) {
            boolean added;
            try {
                added = inbox.add(InboxEntry.received(key, endpoint.name(), endpoint.webhookType(), body, headers, now));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "the webhook inbox is unavailable: {0}", e.getMessage());
                return WebhookResponse.of(Outcome.UNAVAILABLE);
            }
            return WebhookResponse.of(added ? Outcome.QUEUED : Outcome.DUPLICATE);
        }
        IdempotencyStore keys = Objects.requireNonNull(idempotency);
        try {
            if (keys.contains(key)) {
                return WebhookResponse.of(Outcome.DUPLICATE);
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "the idempotency store is unavailable: {0}", e.getMessage());
            return WebhookResponse.of(Outcome.UNAVAILABLE);
        }
        WebhookEvent event = WebhookEvent.parse(body, endpoint.webhookType());
        try {
            handle(event, key);
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "the handler for " + describe(event) + " (key " + key
                    + ") failed; answering 500 so that the platform retries", e);
            return WebhookResponse.of(Outcome.HANDLER_FAILED);
        }
        try {
            keys.record(key, clock.instant());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "handled {0} but could not record key {1}: {2}", describe(event), key,
                    e.getMessage());
            return WebhookResponse.of(Outcome.UNAVAILABLE);
        }
        return WebhookResponse.of(Outcome.PROCESSED);
    }

    private void handle(WebhookEvent event, String key) throws Exception {
        WebhookHandler handler = handlers.get(event.type().current());
        if (handler == null) {
            handler = catchAll;
        }
        if (handler == null) {
            LOG.log(System.Logger.Level.INFO, "no handler for {0} (key {1}); acknowledged", describe(event), key);
            return;
        }
        handler.handle(event);
    }

    /**
     * Inbox mode: claims the entries due now, runs their handlers and records the outcome; returns
     * how many entries were attempted. Also purges expired keys and entries once per hour. Inline
     * mode: only the purge; returns 0.
     */
    public int processDue() {
        Instant start = clock.instant();
        purgeIfDue(start);
        if (inbox == null) {
            return 0;
        }
        int processed = 0;
        while (true) {
            List<InboxEntry> claimed = inbox.claimDue(clock.instant(), lease, batchSize);
            for (InboxEntry entry : claimed) {
                process(entry);
                processed++;
            }
            if (claimed.size() < batchSize) {
                return processed;
            }
        }
    }

    private void process(InboxEntry entry) {
        InboxStore store = Objects.requireNonNull(inbox);
        WebhookEvent event = WebhookEvent.parse(entry.body(), entry.webhookType());
        try {
            handle(event, entry.key());
        } catch (Exception e) {
            String error = summary(e);
            Instant now = clock.instant();
            if (entry.attempts() >= maxAttempts) {
                if (store.fail(entry.key(), entry.version(), now, error)) {
                    LOG.log(System.Logger.Level.ERROR, "gave up on {0} (key {1}) after {2} attempts: {3}",
                            describe(event), entry.key(), entry.attempts(), error);
                }
            } else {
                Instant next = now.plus(backoff(entry.attempts()));
                store.retry(entry.key(), entry.version(), next, error);
                LOG.log(System.Logger.Level.WARNING, "the handler for {0} (key {1}) failed, attempt {2}; retry at {3}: {4}",
                        describe(event), entry.key(), entry.attempts(), next, error);
            }
            return;
        }
        if (!store.complete(entry.key(), entry.version(), clock.instant())) {
            LOG.log(System.Logger.Level.WARNING, "handled {0} (key {1}) after its lease expired; it may run again",
                    describe(event), entry.key());
        }
    }

    /** The delay after failed attempt {@code attempt} (from 1): doubling from the first delay, capped. */
    Duration backoff(int attempt) {
        int shift = Math.min(Math.max(attempt - 1, 0), 30);
        Duration delay = firstRetryDelay.multipliedBy(1L << shift);
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }

    /**
     * Removes idempotency keys and finished inbox entries older than the retention (7 days);
     * returns how many.
     */
    public int purgeExpired() {
        Instant now = clock.instant();
        lastPurge.set(now);
        Instant cutoff = now.minus(retention);
        int removed = 0;
        if (idempotency != null) {
            removed += idempotency.purge(cutoff);
        }
        if (inbox != null) {
            removed += inbox.purge(cutoff);
        }
        return removed;
    }

    private void purgeIfDue(Instant now) {
        Instant last = lastPurge.get();
        if (last != null && now.isBefore(last.plus(purgeInterval))) {
            return;
        }
        if (!lastPurge.compareAndSet(last, now)) {
            return;
        }
        try {
            purgeExpired();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "purging expired webhook keys failed: {0}", e.getMessage());
        }
    }

    /**
     * Runs {@link #processDue()} on {@code scheduler} every {@code pollInterval} (fixed delay) until
     * the returned future is cancelled. Failures are logged, never thrown into the scheduler.
     */
    public ScheduledFuture<?> start(ScheduledExecutorService scheduler, Duration pollInterval) {
        Objects.requireNonNull(scheduler, "scheduler");
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("pollInterval must be positive");
        }
        return scheduler.scheduleWithFixedDelay(() -> {
            try {
                processDue();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "the webhook inbox worker failed: {0}", e.getMessage());
            }
        }, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static String describe(WebhookEvent event) {
        return event.type().value().isEmpty() ? "an untyped webhook" : "webhook " + event.type();
    }

    private static String summary(Exception e) {
        String message = e.getMessage();
        String s = e.getClass().getName() + (message == null ? "" : ": " + message);
        return s.length() <= MAX_ERROR_LENGTH ? s : s.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    /** Configures a {@link WebhookDispatcher}. */
    public static final class Builder {
        private final Map<WebhookType, WebhookHandler> handlers = new HashMap<>();
        private @Nullable WebhookHandler catchAll;
        private @Nullable IdempotencyStore idempotency;
        private @Nullable InboxStore inbox;
        private Clock clock = Clock.systemUTC();
        private Duration retention = Duration.ofDays(7);
        private Duration lease = Duration.ofMinutes(5);
        private Duration firstRetryDelay = Duration.ofMinutes(1);
        private Duration maxRetryDelay = Duration.ofHours(1);
        private int maxAttempts = 10;
        private int batchSize = 50;
        private Duration purgeInterval = Duration.ofHours(1);
        private @Nullable String problem;

        private Builder() {
        }

        /**
         * Runs {@code handler} for events of {@code type} and of its other generation's name
         * ({@code legal-entity-invoice-sender} for {@code invoice-sender}); one handler per kind.
         */
        public Builder on(WebhookType type, WebhookHandler handler) {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(handler, "handler");
            if (handlers.putIfAbsent(type.current(), handler) != null && problem == null) {
                problem = "two handlers for " + type + "; register one and branch inside it";
            }
            return this;
        }

        /** Runs {@code handler} for events whose type has no handler of its own. */
        public Builder catchAll(WebhookHandler handler) {
            Objects.requireNonNull(handler, "handler");
            if (catchAll != null && problem == null) {
                problem = "two catch-all handlers";
            }
            catchAll = handler;
            return this;
        }

        /** Inline mode: handle during the request, dedup through {@code store}. */
        public Builder inline(IdempotencyStore store) {
            this.idempotency = Objects.requireNonNull(store, "store");
            return this;
        }

        /** Inbox mode: store and answer at once, handle in {@link #processDue()}. */
        public Builder inbox(InboxStore store) {
            this.inbox = Objects.requireNonNull(store, "store");
            return this;
        }

        /** The clock (default UTC system clock). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How long dedup keys and finished inbox entries are kept (default 7 days; at least the signature max age). */
        public Builder retention(Duration retention) {
            this.retention = Objects.requireNonNull(retention, "retention");
            return this;
        }

        /** How long a worker's claim lasts before the entry is due again (default 5 min). */
        public Builder lease(Duration lease) {
            this.lease = Objects.requireNonNull(lease, "lease");
            return this;
        }

        /** Inbox retry backoff: {@code first}, doubling per attempt, at most {@code max} (default 1 min, 1 h). */
        public Builder retryBackoff(Duration first, Duration max) {
            this.firstRetryDelay = Objects.requireNonNull(first, "first");
            this.maxRetryDelay = Objects.requireNonNull(max, "max");
            return this;
        }

        /** Attempts before an inbox entry ends {@code FAILED} (default 10). */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** How many inbox entries one claim takes (default 50). */
        public Builder batchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /** How often expired keys are purged as a side effect of receiving or processing (default 1 h). */
        public Builder purgeInterval(Duration interval) {
            this.purgeInterval = Objects.requireNonNull(interval, "interval");
            return this;
        }

        /** The dispatcher; missing or invalid settings are an {@link IllegalStateException}. */
        public WebhookDispatcher build() {
            if (problem != null) {
                throw new IllegalStateException(problem);
            }
            if ((idempotency == null) == (inbox == null)) {
                throw new IllegalStateException("choose one mode: inline(IdempotencyStore) or inbox(InboxStore)");
            }
            if (handlers.isEmpty() && catchAll == null) {
                throw new IllegalStateException("register at least one handler (on(type, handler) or catchAll(handler))");
            }
            for (Duration d : List.of(retention, lease, firstRetryDelay, maxRetryDelay, purgeInterval)) {
                if (d.isNegative() || d.isZero()) {
                    throw new IllegalStateException("durations must be positive: " + d);
                }
            }
            if (firstRetryDelay.compareTo(maxRetryDelay) > 0) {
                throw new IllegalStateException("the first retry delay exceeds the maximum");
            }
            if (maxAttempts < 1 || batchSize < 1) {
                throw new IllegalStateException("maxAttempts and batchSize must be at least 1");
            }
            return new WebhookDispatcher(this);
        }
    }
}
