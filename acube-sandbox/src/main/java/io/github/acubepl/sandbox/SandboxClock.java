package io.github.acubepl.sandbox;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The time of a sandbox: JWT issue and expiry, timestamps, and when the simulated KSeF moves an
 * invoice on. Two kinds:
 *
 * <ul>
 *   <li>{@link #manual(Instant)}: time stands still until the test calls {@link Manual#advance(Duration)},
 *       which runs every lifecycle step that falls due, in time order, in the calling thread, before
 *       it returns. Deterministic; a manual clock may be shared by several sandboxes.</li>
 *   <li>{@link #system()}: the system clock (UTC); each sandbox runs due steps on a background thread
 *       of its own. For standalone use and demos.</li>
 * </ul>
 */
public abstract class SandboxClock {
    private static final System.Logger LOG = System.getLogger(SandboxClock.class.getName());

    SandboxClock() {
    }

    /** A manual clock starting at {@code start}. */
    public static Manual manual(Instant start) {
        return new Manual(Objects.requireNonNull(start, "start"));
    }

    /** The system clock, with a background scheduler per sandbox. */
    public static SandboxClock system() {
        return new SystemTime(Clock.systemUTC());
    }

    /** The current instant on this clock. */
    public abstract Instant instant();

    /** This clock as a {@link Clock} in UTC (for APIs that take one). */
    public final Clock asClock() {
        return new ClockView(this, ZoneOffset.UTC);
    }

    /** A timer for one sandbox, named for its thread if it needs one. */
    abstract SandboxTimer newTimer(String name);

    static void runQuietly(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException | Error e) {
            LOG.log(Level.WARNING, "a sandbox lifecycle step failed", e);
        }
    }

    /**
     * A clock that moves only when told. {@link #advance(Duration)} runs the due lifecycle steps of
     * every sandbox using this clock, each at its own due time (the clock reads that time while the
     * step runs), then leaves the clock at the target. Steps scheduled by those steps run too if they
     * fall due before the target. Thread-safe; concurrent advances are serialised.
     */
    public static final class Manual extends SandboxClock {
        private final Object queueLock = new Object();
        private final PriorityQueue<Step> queue = new PriorityQueue<>();
        private final ReentrantLock advancing = new ReentrantLock();
        private volatile Instant now;
        private long sequence;

        private Manual(Instant start) {
            this.now = start;
        }

        @Override
        public Instant instant() {
            return now;
        }

        /**
         * Moves the clock forward by {@code amount}, running every step that falls due on the way.
         *
         * @throws IllegalArgumentException if {@code amount} is negative
         */
        public void advance(Duration amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.isNegative()) {
                throw new IllegalArgumentException("a manual clock only moves forward: " + amount);
            }
            advancing.lock();
            try {
                runUntil(now.plus(amount));
            } finally {
                advancing.unlock();
            }
        }

        /**
         * Moves the clock forward to {@code target}, running every step that falls due on the way.
         *
         * @throws IllegalArgumentException if {@code target} is before the current instant
         */
        public void advanceTo(Instant target) {
            Objects.requireNonNull(target, "target");
            advancing.lock();
            try {
                if (target.isBefore(now)) {
                    throw new IllegalArgumentException("a manual clock only moves forward: " + target + " is before " + now);
                }
                runUntil(target);
            } finally {
                advancing.unlock();
            }
        }

        /** The number of steps scheduled and not yet run, over all sandboxes using this clock. */
        public int pendingSteps() {
            synchronized (queueLock) {
                return queue.size();
            }
        }

        private void runUntil(Instant target) {
            while (true) {
                Step next;
                synchronized (queueLock) {
                    Step head = queue.peek();
                    if (head == null || head.due.isAfter(target)) {
                        if (target.isAfter(now)) {
                            now = target;
                        }
                        return;
                    }
                    next = queue.poll();
                    if (next.due.isAfter(now)) {
                        now = next.due;
                    }
                }
                if (!next.owner.closed) {
                    runQuietly(next.action);
                }
            }
        }

        @Override
        SandboxTimer newTimer(String name) {
            return new ManualTimer();
        }

        @Override
        public String toString() {
            return "SandboxClock.manual(" + now + ")";
        }

        private final class ManualTimer implements SandboxTimer {
            private volatile boolean closed;

            @Override
            public void schedule(Instant due, Runnable step) {
                Objects.requireNonNull(due, "due");
                Objects.requireNonNull(step, "step");
                synchronized (queueLock) {
                    if (!closed) {
                        queue.add(new Step(due, sequence++, this, step));
                    }
                }
            }

            @Override
            public void close() {
                synchronized (queueLock) {
                    closed = true;
                    queue.removeIf(s -> s.owner == this);
                }
            }
        }

        private static final class Step implements Comparable<Step> {
            final Instant due;
            final long sequence;
            final ManualTimer owner;
            final Runnable action;

            Step(Instant due, long sequence, ManualTimer owner, Runnable action) {
                this.due = due;
                this.sequence = sequence;
                this.owner = owner;
                this.action = action;
            }

            @Override
            public int compareTo(Step o) {
                int c = due.compareTo(o.due);
                return c != 0 ? c : Long.compare(sequence, o.sequence);
            }

            @Override
            public boolean equals(Object o) {
                return this == o;
            }

            @Override
            public int hashCode() {
                return Long.hashCode(sequence);
            }
        }
    }

    /** The system clock; each timer owns one daemon thread. */
    private static final class SystemTime extends SandboxClock {
        private final Clock clock;

        SystemTime(Clock clock) {
            this.clock = clock;
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }

        @Override
        SandboxTimer newTimer(String name) {
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, name);
                t.setDaemon(true);
                return t;
            });
            executor.setRemoveOnCancelPolicy(true);
            return new SandboxTimer() {
                @Override
                public void schedule(Instant due, Runnable step) {
                    long delay = Math.max(0, Duration.between(clock.instant(), due).toNanos());
                    try {
                        executor.schedule(() -> runQuietly(step), delay, TimeUnit.NANOSECONDS);
                    } catch (RejectedExecutionException closing) {
                        // the sandbox is closing: the step is dropped, as documented
                    }
                }

                @Override
                public void close() {
                    executor.shutdownNow();
                }
            };
        }

        @Override
        public String toString() {
            return "SandboxClock.system()";
        }
    }

    private static final class ClockView extends Clock {
        private final SandboxClock source;
        private final ZoneId zone;

        ClockView(SandboxClock source, ZoneId zone) {
            this.source = source;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new ClockView(source, zone);
        }

        @Override
        public Instant instant() {
            return source.instant();
        }
    }
}
