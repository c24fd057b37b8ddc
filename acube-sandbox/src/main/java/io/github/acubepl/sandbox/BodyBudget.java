package io.github.acubepl.sandbox;

import java.util.function.IntFunction;

/**
 * The bytes of request bodies buffered across all connections of one server. Each request body
 * holds one {@link Reservation}: its buffers are reserved there before they are allocated (by
 * their declared length), and the whole reservation is given back once, when the request has been
 * handled or abandoned, whoever gives it back first (the server thread or a worker). Thread-safe.
 */
final class BodyBudget {
    private final long limit;
    private final IntFunction<byte[]> allocator;
    private long held;
    private long peak;

    /**
     * @param limit the most bytes held at once
     * @param allocator allocates the buffers reserved ({@code byte[]::new}; a test makes it fail)
     */
    BodyBudget(long limit, IntFunction<byte[]> allocator) {
        this.limit = limit;
        this.allocator = allocator;
    }

    /** A new, empty reservation for one request body. */
    Reservation open() {
        return new Reservation();
    }

    synchronized long held() {
        return held;
    }

    /** The most ever held at once. */
    synchronized long peak() {
        return peak;
    }

    long limit() {
        return limit;
    }

    /**
     * One request body's share of the budget. Grows as the body's buffers are allocated; {@link
     * #release()} gives back all of it, once: later calls (from whichever thread) change nothing,
     * and a released reservation does not grow again. Nothing here throws but {@link #allocate}.
     */
    final class Reservation {
        /** Guarded by the budget. */
        private long bytes;
        /** Guarded by the budget. */
        private boolean released;

        private Reservation() {
        }

        /**
         * Reserves {@code size} more bytes, then allocates a buffer of that size. If the budget
         * cannot hold them, nothing is reserved and the request is answered {@code 503} with
         * {@code Retry-After}. If the heap cannot ({@link OutOfMemoryError}), or the allocation
         * fails otherwise, the bytes are given back and the failure goes on to the connection
         * (which answers {@code 503} for a lack of memory, see {@code SandboxServer}).
         *
         * @throws ApiException 503 when the budget is spent
         */
        byte[] allocate(int size) {
            if (!tryGrow(size)) {
                throw SandboxServer.busy("too many request bodies are buffered");
            }
            try {
                return allocator.apply(size);
            } catch (RuntimeException | Error e) {
                giveBack(size);
                throw e;
            }
        }

        private boolean tryGrow(long more) {
            synchronized (BodyBudget.this) {
                if (released || more < 0 || more > limit - held) {
                    return false;
                }
                held += more;
                bytes += more;
                peak = Math.max(peak, held);
                return true;
            }
        }

        /** Gives back up to {@code less} bytes of this reservation (a buffer no longer needed). */
        void giveBack(long less) {
            synchronized (BodyBudget.this) {
                long n = Math.min(Math.max(0, less), bytes);
                bytes -= n;
                held -= n;
            }
        }

        /** Gives back everything this reservation holds; idempotent. */
        void release() {
            synchronized (BodyBudget.this) {
                released = true;
                held -= bytes;
                bytes = 0;
            }
        }

        /** The bytes held now. */
        long bytes() {
            synchronized (BodyBudget.this) {
                return bytes;
            }
        }
    }
}
