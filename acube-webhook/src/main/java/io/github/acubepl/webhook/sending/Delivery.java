package io.github.acubepl.webhook.sending;

import io.github.acubepl.webhook.WebhookHeaders;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An outgoing webhook in the {@link DeliveryQueue}: the same id and body bytes on every attempt.
 *
 * @param id            the delivery id (ours; not sent, A-Cube sends none)
 * @param targetUrl     where it goes
 * @param headers       the headers sent with it besides the signature's (e.g. {@code content-type})
 * @param body          the body (copied in and out)
 * @param state         where it is
 * @param attempts      attempts in the current window
 * @param createdAt     when it was enqueued
 * @param windowStart   {@code t0}: when the current window's first attempt was claimed; null before
 * @param nextAttemptAt when it is due
 * @param leaseUntil    while {@link State#IN_FLIGHT}: when the claim expires and it is due again
 * @param lastStatus    the HTTP status of the last attempt, if one came back
 * @param lastError     the failure of the last attempt (exception class), if it had no status
 * @param completedAt   when it was delivered or declared dead
 * @param version       incremented by every change; a claim's version fences its outcome
 */
public record Delivery(String id, String targetUrl, WebhookHeaders headers, byte[] body, State state, int attempts,
        Instant createdAt, @Nullable Instant windowStart, Instant nextAttemptAt, @Nullable Instant leaseUntil,
        @Nullable Integer lastStatus, @Nullable String lastError, @Nullable Instant completedAt, long version) {

    /** Delivery states. */
    public enum State {
        /** Waiting for its next attempt. */
        PENDING,
        /** Claimed by a dispatcher until {@link Delivery#leaseUntil()}. */
        IN_FLIGHT,
        /** The endpoint answered 200. */
        DELIVERED,
        /** The window ended without a 200 (a dead letter; can be requeued). */
        DEAD
    }

    /** Checks and copies. */
    public Delivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(targetUrl, "targetUrl");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        body = Objects.requireNonNull(body, "body").clone();
    }

    /** A new {@link State#PENDING} delivery, due at {@code now}. */
    public static Delivery enqueued(String id, String targetUrl, WebhookHeaders headers, byte[] body, Instant now) {
        return new Delivery(id, targetUrl, headers, body, State.PENDING, 0, now, null, now, null, null, null, null, 0);
    }

    /** A copy of the body. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The delivery after a claim at {@code now}. */
    Delivery claimed(Instant now, Instant leaseUntil) {
        return new Delivery(id, targetUrl, headers, body, State.IN_FLIGHT, attempts + 1, createdAt,
                windowStart != null ? windowStart : now, nextAttemptAt, leaseUntil, lastStatus, lastError, completedAt,
                version + 1);
    }

    /** The delivery moved to {@code newState}, version incremented, lease cleared. */
    Delivery moved(State newState, int newAttempts, @Nullable Instant newWindowStart, Instant next,
            @Nullable Integer status, @Nullable String error, @Nullable Instant completed) {
        return new Delivery(id, targetUrl, headers, body, newState, newAttempts, createdAt, newWindowStart, next, null,
                status, error, completed, version + 1);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Delivery d && id.equals(d.id) && targetUrl.equals(d.targetUrl) && headers.equals(d.headers)
                && Arrays.equals(body, d.body) && state == d.state && attempts == d.attempts
                && createdAt.equals(d.createdAt) && Objects.equals(windowStart, d.windowStart)
                && nextAttemptAt.equals(d.nextAttemptAt) && Objects.equals(leaseUntil, d.leaseUntil)
                && Objects.equals(lastStatus, d.lastStatus) && Objects.equals(lastError, d.lastError)
                && Objects.equals(completedAt, d.completedAt) && version == d.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, state, attempts, version) * 31 + Arrays.hashCode(body);
    }

    /** Everything but the body and header values. */
    @Override
    public String toString() {
        return "Delivery[" + id + " to " + targetUrl + ", " + state + ", attempts " + attempts
                + (lastStatus == null ? "" : ", last status " + lastStatus)
                + (lastError == null ? "" : ", last error " + lastError) + ", body " + body.length + " bytes]";
    }
}
