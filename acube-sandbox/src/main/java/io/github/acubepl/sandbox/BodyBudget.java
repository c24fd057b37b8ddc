package io.github.acubepl.sandbox;

/**
 * The bytes of request bodies buffered across all connections of one server: a body's buffer is
 * reserved here before it is allocated (by its declared length) and released when the request has
 * been handled or abandoned. Thread-safe.
 */
final class BodyBudget {
    private final long limit;
    private long held;
    private long peak;

    BodyBudget(long limit) {
        this.limit = limit;
    }

    /** Reserves {@code bytes}, or returns {@code false} (reserving nothing) if that would exceed the limit. */
    synchronized boolean tryReserve(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("negative reservation: " + bytes);
        }
        if (bytes > limit - held) {
            return false;
        }
        held += bytes;
        peak = Math.max(peak, held);
        return true;
    }

    /** Gives back bytes reserved before. */
    synchronized void release(long bytes) {
        if (bytes < 0 || bytes > held) {
            throw new IllegalStateException("releasing " + bytes + " of " + held + " bytes held");
        }
        held -= bytes;
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
}
