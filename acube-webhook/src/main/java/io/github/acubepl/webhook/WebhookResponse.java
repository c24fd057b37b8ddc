package io.github.acubepl.webhook;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a receiver answers: a status and a short fixed body, plus what happened.
 *
 * @param status  the HTTP status
 * @param body    a short text body (never details of a failure)
 * @param outcome what happened
 * @param reason  the verification failure, for {@link Outcome#REJECTED} and a key outage
 */
public record WebhookResponse(int status, String body, Outcome outcome,
        WebhookVerificationException.@Nullable Reason reason) {

    /** What happened to a request. */
    public enum Outcome {
        /** 200: verified and handled (inline mode). */
        PROCESSED,
        /** 200: verified and stored in the inbox. */
        QUEUED,
        /** 200: verified, and already handled or stored. */
        DUPLICATE,
        /** 401: verification failed. */
        REJECTED,
        /** 503: the key or a store is unavailable; the platform should retry. */
        UNAVAILABLE,
        /** 500: the handler failed (inline mode); the platform retries. */
        HANDLER_FAILED,
        /** 413: the body is larger than the cap. */
        TOO_LARGE,
        /** 405: not a POST. */
        METHOD_NOT_ALLOWED,
        /** 404: no such endpoint. */
        NOT_FOUND
    }

    /** Checks for nulls. */
    public WebhookResponse {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(outcome, "outcome");
    }

    static WebhookResponse of(Outcome outcome) {
        return switch (outcome) {
            case PROCESSED, QUEUED -> new WebhookResponse(200, "ok", outcome, null);
            case DUPLICATE -> new WebhookResponse(200, "duplicate", outcome, null);
            case REJECTED -> new WebhookResponse(401, "unauthorized", outcome, null);
            case UNAVAILABLE -> new WebhookResponse(503, "unavailable, retry later", outcome, null);
            case HANDLER_FAILED -> new WebhookResponse(500, "handler failed, retry later", outcome, null);
            case TOO_LARGE -> new WebhookResponse(413, "payload too large", outcome, null);
            case METHOD_NOT_ALLOWED -> new WebhookResponse(405, "method not allowed", outcome, null);
            case NOT_FOUND -> new WebhookResponse(404, "not found", outcome, null);
        };
    }

    static WebhookResponse verificationFailed(WebhookVerificationException.Reason reason) {
        Outcome outcome = reason.httpStatus() == 503 ? Outcome.UNAVAILABLE : Outcome.REJECTED;
        WebhookResponse plain = of(outcome);
        return new WebhookResponse(plain.status(), plain.body(), outcome, reason);
    }

    /** {@link #reason()} as an optional. */
    public Optional<WebhookVerificationException.Reason> failure() {
        return Optional.ofNullable(reason);
    }

    /** Whether the status is 200. */
    public boolean isOk() {
        return status == 200;
    }
}
