package io.github.acubepl.transport;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** One call to make: what to send and how to treat the answer. Immutable. */
final class Request {
    static final String JSON = "application/json";
    static final String LD_JSON = "application/ld+json";
    static final String XML = "application/xml";

    final String method;
    final Endpoint endpoint;
    final URI uri;
    /** The path and query, for logs and messages (never carries secrets). */
    final String target;
    final byte @Nullable [] body;
    final @Nullable String contentType;
    final String accept;
    /** Non-2xx statuses handed back to the caller instead of thrown (404 of the UPO, 422 of validation). */
    final Set<Integer> passStatuses;
    /** Values to mask wherever text from this call is kept (the password, a KSeF token). */
    final List<String> secrets;
    final boolean authenticated;
    /** For invoices: what identifies it, read lazily when the outcome is unknown. */
    final @Nullable Supplier<InvoiceHint> hint;

    private Request(Builder b) {
        this.method = b.method;
        this.endpoint = b.endpoint;
        this.uri = b.uri;
        this.target = b.uri.getRawPath() + (b.uri.getRawQuery() == null ? "" : "?" + b.uri.getRawQuery());
        this.body = b.body;
        this.contentType = b.contentType;
        this.accept = b.accept;
        this.passStatuses = Set.copyOf(b.passStatuses);
        this.secrets = List.copyOf(b.secrets);
        this.authenticated = b.authenticated;
        this.hint = b.hint;
    }

    static Builder builder(String method, Endpoint endpoint, URI uri) {
        return new Builder(method, endpoint, uri);
    }

    /** Whether the call may be sent again after it may have reached the server. */
    boolean mayRepeat() {
        return !method.equals("POST") || endpoint.postIsSafe();
    }

    String describe() {
        return method + " " + target;
    }

    static final class Builder {
        private final String method;
        private final Endpoint endpoint;
        private final URI uri;
        private byte @Nullable [] body;
        private @Nullable String contentType;
        private String accept = JSON;
        private final Set<Integer> passStatuses = new HashSet<>();
        private final List<String> secrets = new ArrayList<>();
        private boolean authenticated = true;
        private @Nullable Supplier<InvoiceHint> hint;

        private Builder(String method, Endpoint endpoint, URI uri) {
            this.method = Objects.requireNonNull(method, "method");
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
            this.uri = Objects.requireNonNull(uri, "uri");
        }

        Builder body(byte[] body, String contentType) {
            this.body = body.clone();
            this.contentType = contentType;
            return this;
        }

        Builder json(Object value) {
            return body(Json.write(value), JSON);
        }

        Builder accept(String accept) {
            this.accept = accept;
            return this;
        }

        Builder pass(int status) {
            passStatuses.add(status);
            return this;
        }

        Builder secret(String secret) {
            secrets.add(secret);
            return this;
        }

        Builder unauthenticated() {
            this.authenticated = false;
            return this;
        }

        Builder hint(Supplier<InvoiceHint> hint) {
            this.hint = hint;
            return this;
        }

        Request build() {
            return new Request(this);
        }
    }
}
