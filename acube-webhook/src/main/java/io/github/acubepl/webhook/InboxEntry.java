package io.github.acubepl.webhook;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A verified webhook stored in the durable inbox, under its dedup key.
 *
 * @param key           the dedup key (SHA-256 of the body, base64)
 * @param endpoint      the name of the endpoint it arrived on
 * @param webhookType   the type configured for that endpoint, if any
 * @param body          the raw body (copied in and out)
 * @param headers       the request headers
 * @param receivedAt    when it was received
 * @param state         where it is in processing
 * @param attempts      how many times processing was started
 * @param nextAttemptAt when it is due (again)
 * @param leaseUntil    while {@link State#IN_PROGRESS}: when the claim expires and it is due again
 * @param lastError     a short description of the last failure (exception class and message start)
 * @param completedAt   when it reached {@link State#DONE} or {@link State#FAILED}
 * @param version       incremented by every change; a claim's version fences its completion
 */
public record InboxEntry(String key, String endpoint, @Nullable String webhookType, byte[] body, WebhookHeaders headers,
        Instant receivedAt, State state, int attempts, Instant nextAttemptAt, @Nullable Instant leaseUntil,
        @Nullable String lastError, @Nullable Instant completedAt, long version) {

    /** Processing states. */
    public enum State {
        /** Waiting for its next attempt. */
        PENDING,
        /** Claimed by a worker until {@link InboxEntry#leaseUntil()}. */
        IN_PROGRESS,
        /** Handled. */
        DONE,
        /** Gave up after the maximum number of attempts (a poison entry); can be requeued. */
        FAILED
    }

    /** Checks and copies. */
    public InboxEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        body = Objects.requireNonNull(body, "body").clone();
    }

    /** A new {@link State#PENDING} entry, due at {@code receivedAt}. */
    public static InboxEntry received(String key, String endpoint, @Nullable String webhookType, byte[] body,
            WebhookHeaders headers, Instant receivedAt) {
        return new InboxEntry(key, endpoint, webhookType, body, headers, receivedAt, State.PENDING, 0, receivedAt,
                null, null, null, 0);
    }

    /** A copy of the body. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The entry after a successful claim at {@code now}. */
    InboxEntry claimed(Instant leaseUntil) {
        return new InboxEntry(key, endpoint, webhookType, body, headers, receivedAt, State.IN_PROGRESS, attempts + 1,
                nextAttemptAt, leaseUntil, lastError, completedAt, version + 1);
    }

    /** The entry in {@code newState} with the given fields, version incremented. */
    InboxEntry moved(State newState, int newAttempts, Instant newNextAttemptAt, @Nullable String error,
            @Nullable Instant newCompletedAt) {
        return new InboxEntry(key, endpoint, webhookType, body, headers, receivedAt, newState, newAttempts,
                newNextAttemptAt, null, error, newCompletedAt, version + 1);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof InboxEntry e && key.equals(e.key) && endpoint.equals(e.endpoint)
                && Objects.equals(webhookType, e.webhookType) && Arrays.equals(body, e.body) && headers.equals(e.headers)
                && receivedAt.equals(e.receivedAt) && state == e.state && attempts == e.attempts
                && nextAttemptAt.equals(e.nextAttemptAt) && Objects.equals(leaseUntil, e.leaseUntil)
                && Objects.equals(lastError, e.lastError) && Objects.equals(completedAt, e.completedAt)
                && version == e.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, state, attempts, version) * 31 + Arrays.hashCode(body);
    }

    /** Everything but the body and the header values. */
    @Override
    public String toString() {
        return "InboxEntry[" + key + ", " + endpoint + ", " + state + ", attempts " + attempts + ", body "
                + body.length + " bytes, received " + receivedAt + "]";
    }
}
