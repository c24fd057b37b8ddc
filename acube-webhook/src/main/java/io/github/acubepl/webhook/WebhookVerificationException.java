package io.github.acubepl.webhook;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A webhook delivery failed verification. {@link #reason()} says which check failed; the message
 * says it in words fit for a command line ({@code BAD_SIGNATURE: the Ed25519 signature does not
 * match …}) and never holds the body, a header value or a key.
 *
 * <p>Receivers answer {@link Reason#httpStatus()}: 503 for {@link Reason#KEY_UNAVAILABLE} (the
 * platform retries later), 401 for everything else.
 */
public class WebhookVerificationException extends WebhookException {
    private static final long serialVersionUID = 1L;

    /** Why a delivery was rejected: one value per distinct failure. */
    public enum Reason {
        /** {@code signature-input}, {@code signature}, or a covered header (such as {@code date}) is absent. */
        MISSING_HEADER,
        /** A header that must appear once appears more than once (a {@code date} line, or a label or digest key twice). */
        DUPLICATE_HEADER,
        /** A header is not a valid structured field, a parameter has the wrong type, a component id is not a lowercase string, or a value is not ASCII. */
        MALFORMED_HEADER,
        /** No {@code signature-input} member carries the expected key id ({@code acube}). */
        NO_ACUBE_SIGNATURE,
        /** More than one {@code signature-input} member carries the expected key id. */
        AMBIGUOUS_SIGNATURE,
        /** A signature parameter other than {@code alg, created, expires, keyid, nonce, tag}. */
        UNKNOWN_PARAMETER,
        /** {@code alg} is present and is not {@code ed25519}. */
        WRONG_ALGORITHM,
        /** A required component ({@code @method}, {@code @authority}, {@code @target-uri}, {@code content-digest} with a body) is not covered. */
        COMPONENT_NOT_COVERED,
        /** A covered component this verifier cannot evaluate: an unsupported derived component or a component with parameters. */
        UNSUPPORTED_COMPONENT,
        /** {@code created} is older than the policy's maximum age. */
        STALE,
        /** {@code created} is further ahead of the clock than the allowed skew. */
        FROM_THE_FUTURE,
        /** {@code expires} has passed (beyond the allowed skew). */
        EXPIRED,
        /** A {@code sha-256} or {@code sha-512} value of {@code content-digest} does not match the body. */
        DIGEST_MISMATCH,
        /** {@code content-digest} carries no {@code sha-256} or {@code sha-512} value. */
        DIGEST_UNSUPPORTED,
        /** No public key could be obtained (answer 503: a retry may succeed). */
        KEY_UNAVAILABLE,
        /** The Ed25519 signature does not verify (wrong length, tampered base, or another key). */
        BAD_SIGNATURE;

        /** The status a receiver answers: 503 for {@link #KEY_UNAVAILABLE}, else 401. */
        public int httpStatus() {
            return this == KEY_UNAVAILABLE ? 503 : 401;
        }
    }

    private final Reason reason;
    private final String detail;

    /**
     * A failure for {@code reason}; {@code detail} says what failed (without header values or
     * body content).
     */
    public WebhookVerificationException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    /** A failure for {@code reason} with a {@code cause}. */
    public WebhookVerificationException(Reason reason, String detail, @Nullable Throwable cause) {
        super(Objects.requireNonNull(reason, "reason") + ": " + Objects.requireNonNull(detail, "detail"), cause);
        this.reason = reason;
        this.detail = detail;
    }

    /** Which check failed. */
    public Reason reason() {
        return reason;
    }

    /** What failed, in words, without the reason prefix. */
    public String detail() {
        return detail;
    }
}
