package io.github.acubepl.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Faults armed on the next requests that match a method and a path glob. Each request triggers at
 * most one fault: the earliest armed one that matches and has uses left. Faults fire before
 * anything else (routing, authentication), and every request is journalled whatever happens (see
 * {@link Journal} for the malformed ones the server answers itself).
 *
 * <pre>{@code
 * sandbox.faults().on("POST", "/invoices").dropAfterHandling(); // handled, but the client gets no answer
 * sandbox.faults().on("GET", "/invoices/*").times(2).serviceUnavailable(Duration.ofSeconds(1));
 * sandbox.faults().onAnyMethod("/webhooks/**").always().respond(500);
 * sandbox.faults().on("GET", "/legal-entities").delay(Duration.ofMillis(300));
 * }</pre>
 *
 * <p>Connections that die silently, as when a CDN, load balancer or NAT drops one without telling
 * either end (a client must give up on its own timeout, and then use a fresh connection):
 *
 * <pre>{@code
 * sandbox.faults().on("POST", "/invoices").stall(); // never answered, the connection stays open
 * long accepted = sandbox.faults().stallOpenConnections(); // those open now die, new ones are served
 * }</pre>
 *
 * <p>Path globs: {@code *} matches within one path segment, {@code **} across segments, the rest is
 * literal; the query is not part of the path. Thread-safe.
 */
public final class Faults {
    private final List<ArmedFault> armed = new ArrayList<>();
    /** How many connections the server has accepted so far (set when it starts). */
    private volatile LongSupplier acceptedConnections = () -> 0;
    /** Connections numbered up to this one are stalled ({@link #stallOpenConnections()}); 0: none. */
    private long stalledUpTo;

    Faults() {
    }

    /** Called when the server starts: how to count the connections accepted so far. */
    void acceptedConnections(LongSupplier accepted) {
        this.acceptedConnections = Objects.requireNonNull(accepted, "accepted");
    }

    /**
     * Makes every connection open now die silently, as a CDN, load balancer or NAT that drops a
     * connection without telling either end: each request that comes later on one of them is
     * journalled (fault {@code "stalled connection"}) but not handled, never answered, and the
     * connection is never closed (what comes is read and discarded, until the client closes it).
     * Connections opened afterwards are served normally, so a client that opens a fresh connection
     * gets through. Comes before every armed fault; {@link #reset()} ends it for the requests that
     * have not come yet.
     *
     * @return how many connections the sandbox has accepted so far (the stalled ones are among them)
     */
    public synchronized long stallOpenConnections() {
        stalledUpTo = acceptedConnections.getAsLong();
        return stalledUpTo;
    }

    /** Whether requests on connection {@code number} go unanswered ({@link #stallOpenConnections()}). */
    synchronized boolean stalled(long number) {
        return number <= stalledUpTo;
    }

    /**
     * Starts arming a fault on requests with this method and path (once, unless {@link Target#times(int)} says otherwise).
     *
     * @param method an HTTP method ({@code GET}, {@code POST}, …; any case), or {@code *} for any
     * @param pathPattern a path glob, e.g. {@code /invoices}, {@code /invoices/*}, {@code /invoices/**}
     */
    public Target on(String method, String pathPattern) {
        Objects.requireNonNull(method, "method");
        if (method.isBlank()) {
            throw new IllegalArgumentException("method must not be blank (use \"*\" for any)");
        }
        return new Target(this, method.strip().toUpperCase(Locale.ROOT), PathPattern.of(pathPattern), 1);
    }

    /** Starts arming a fault on requests with any method and this path (see {@link #on(String, String)}). */
    public Target onAnyMethod(String pathPattern) {
        return on("*", pathPattern);
    }

    /** The faults armed and not used up, in the order they were armed. */
    public synchronized List<ArmedFault> armed() {
        return List.copyOf(armed);
    }

    /** Disarms every fault, and ends {@link #stallOpenConnections()} for the requests that have not come yet. */
    public synchronized void reset() {
        armed.clear();
        stalledUpTo = 0;
    }

    synchronized ArmedFault arm(ArmedFault fault) {
        armed.add(fault);
        return fault;
    }

    /** Consumes one use of the first fault matching the request, if any. */
    synchronized @Nullable ArmedFault take(String method, String path) {
        for (Iterator<ArmedFault> it = armed.iterator(); it.hasNext();) {
            ArmedFault f = it.next();
            if (PathPattern.methodMatches(f.method, method) && f.pattern.matches(path)) {
                f.remaining--;
                f.triggered++;
                if (f.remaining <= 0) {
                    it.remove();
                }
                return f;
            }
        }
        return null;
    }

    /** What a fault does. */
    public enum Kind {
        /** Answers a status with a problem body (and {@code Retry-After} for 429 and 503 when given) without handling the request. */
        RESPOND,
        /** Waits, then handles the request normally. */
        DELAY,
        /** Closes the connection without handling the request or sending anything. */
        DROP_BEFORE_HANDLING,
        /** Handles the request (its effects happen), then closes the connection without sending anything. */
        DROP_AFTER_HANDLING,
        /**
         * Does not handle the request, never answers and never closes the connection (it reads and
         * discards what comes until the client closes it): a connection that died silently.
         */
        STALL
    }

    /** Which requests a fault applies to and how many times; finish with one of the fault methods. Immutable. */
    public static final class Target {
        private final Faults owner;
        private final String method;
        private final PathPattern pattern;
        private final int times;

        private Target(Faults owner, String method, PathPattern pattern, int times) {
            this.owner = owner;
            this.method = method;
            this.pattern = pattern;
            this.times = times;
        }

        /**
         * Applies the fault to the next {@code n} matching requests.
         *
         * @throws IllegalArgumentException if {@code n < 1}
         */
        public Target times(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("a fault applies to at least one request: " + n);
            }
            return new Target(owner, method, pattern, n);
        }

        /** Applies the fault to the next matching request only (the default). */
        public Target once() {
            return times(1);
        }

        /** Applies the fault to every matching request until it is disarmed or the faults are reset. */
        public Target always() {
            return times(Integer.MAX_VALUE);
        }

        /**
         * Answers {@code status} with a problem body ({@code "detail": "Simulated fault"}) without
         * handling the request.
         *
         * @param status a 4xx or 5xx status
         */
        public ArmedFault respond(int status) {
            return respond(status, "Simulated fault");
        }

        /** Answers {@code status} with a problem body carrying {@code detail}, without handling the request. */
        public ArmedFault respond(int status, String detail) {
            checkStatus(status);
            Objects.requireNonNull(detail, "detail");
            return owner.arm(new ArmedFault(this, Kind.RESPOND, status, detail, null, null));
        }

        /** Answers {@code 429 Too Many Requests} with {@code Retry-After} (whole seconds, rounded up). */
        public ArmedFault tooManyRequests(Duration retryAfter) {
            return retryAfter(429, retryAfter);
        }

        /** Answers {@code 503 Service Unavailable} with {@code Retry-After} (whole seconds, rounded up). */
        public ArmedFault serviceUnavailable(Duration retryAfter) {
            return retryAfter(503, retryAfter);
        }

        /** Answers {@code status} with {@code Retry-After} (whole seconds, rounded up) and a problem body. */
        public ArmedFault retryAfter(int status, Duration retryAfter) {
            checkStatus(status);
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (retryAfter.isNegative()) {
                throw new IllegalArgumentException("Retry-After must not be negative: " + retryAfter);
            }
            return owner.arm(new ArmedFault(this, Kind.RESPOND, status, "Simulated fault", retryAfter, null));
        }

        /** Waits {@code delay} (real time, whatever the sandbox clock) before handling the request normally. */
        public ArmedFault delay(Duration delay) {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative: " + delay);
            }
            return owner.arm(new ArmedFault(this, Kind.DELAY, 0, "", null, delay));
        }

        /** Closes the connection without handling the request: the client gets no response, nothing changes. */
        public ArmedFault dropBeforeHandling() {
            return owner.arm(new ArmedFault(this, Kind.DROP_BEFORE_HANDLING, 0, "", null, null));
        }

        /**
         * Handles the request (an invoice posted is created), then closes the connection without
         * sending the response: the outcome is unknown to the client.
         */
        public ArmedFault dropAfterHandling() {
            return owner.arm(new ArmedFault(this, Kind.DROP_AFTER_HANDLING, 0, "", null, null));
        }

        /**
         * Does not handle the request (nothing changes), never answers it and never closes the
         * connection: the client waits until its own timeout, as on a connection that a proxy
         * dropped silently. The request is journalled. What the client sends later on the same
         * connection is read and discarded.
         */
        public ArmedFault stall() {
            return owner.arm(new ArmedFault(this, Kind.STALL, 0, "", null, null));
        }

        private static void checkStatus(int status) {
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("a fault answers a 4xx or 5xx status, not " + status);
            }
        }
    }

    /** A fault armed on a sandbox: how often it fired and how many uses are left. */
    public static final class ArmedFault {
        private final Faults owner;
        private final Kind kind;
        private final String method;
        private final PathPattern pattern;
        private final int status;
        private final String detail;
        private final @Nullable Duration retryAfter;
        private final @Nullable Duration delay;
        private int remaining;
        private int triggered;

        private ArmedFault(Target target, Kind kind, int status, String detail, @Nullable Duration retryAfter,
                @Nullable Duration delay) {
            this.owner = target.owner;
            this.kind = kind;
            this.method = target.method;
            this.pattern = target.pattern;
            this.remaining = target.times;
            this.status = status;
            this.detail = detail;
            this.retryAfter = retryAfter;
            this.delay = delay;
        }

        /** What the fault does. */
        public Kind kind() {
            return kind;
        }

        /** How many more matching requests it applies to. */
        public int remaining() {
            synchronized (owner) {
                return remaining;
            }
        }

        /** How many requests it has applied to. */
        public int triggered() {
            synchronized (owner) {
                return triggered;
            }
        }

        /** Disarms it (no effect if used up). */
        public void disarm() {
            synchronized (owner) {
                remaining = 0;
                owner.armed.remove(this);
            }
        }

        int status() {
            return status;
        }

        String detail() {
            return detail;
        }

        @Nullable Duration retryAfter() {
            return retryAfter;
        }

        Duration delay() {
            return delay == null ? Duration.ZERO : delay;
        }

        /** A short description, as the journal shows it. */
        String describe() {
            switch (kind) {
                case RESPOND:
                    return "respond " + status + (retryAfter == null ? "" : " Retry-After " + retryAfterSeconds());
                case DELAY:
                    return "delay " + delay;
                case DROP_BEFORE_HANDLING:
                    return "drop before handling";
                case STALL:
                    return "stall";
                default:
                    return "drop after handling";
            }
        }

        long retryAfterSeconds() {
            if (retryAfter == null) {
                return 0;
            }
            long s = retryAfter.getSeconds();
            return retryAfter.getNano() > 0 ? s + 1 : s;
        }

        @Override
        public String toString() {
            return describe() + " on " + method + " " + pattern;
        }
    }
}
