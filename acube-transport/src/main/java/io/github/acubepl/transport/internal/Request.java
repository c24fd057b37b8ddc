package io.github.acubepl.transport.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** One call to make: what to send and how to treat the answer. Immutable. */
public final class Request {
    public static final String JSON = "application/json";
    public static final String LD_JSON = "application/ld+json";
    public static final String XML = "application/xml";

    public final String method;
    public final Endpoint endpoint;
    public final URI uri;
    /** The path and query, for logs and messages (never carries secrets). */
    public final String target;
    public final byte @Nullable [] body;
    public final @Nullable String contentType;
    public final String accept;
    /** Non-2xx statuses handed back to the caller instead of thrown (404 of the UPO, 422 of validation). */
    public final Set<Integer> passStatuses;
    /** Values to mask wherever text from this call is kept (the password, a KSeF token). */
    public final List<String> secrets;
    public final boolean authenticated;
    /** For invoices: what identifies it, read lazily when the outcome is unknown. */
    public final @Nullable Supplier<InvoiceHint> hint;

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

    public static Builder builder(String method, Endpoint endpoint, URI uri) {
        return new Builder(method, endpoint, uri);
    }

    /** Whether the call may be sent again after it may have reached the server. */
    public boolean mayRepeat() {
        return !method.equals("POST") || endpoint.postIsSafe();
    }

    public String describe() {
        return method + " " + target;
    }

    public static final class Builder {
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

        public Builder body(byte[] body, String contentType) {
            this.body = body.clone();
            this.contentType = contentType;
            return this;
        }

        public Builder json(Object value) {
            return body(Json.write(value), JSON);
        }

        public Builder accept(String accept) {
            this.accept = accept;
            return this;
        }

        public Builder pass(int status) {
            passStatuses.add(status);
            return this;
        }

        public Builder secret(String secret) {
            secrets.add(secret);
            return this;
        }

        public Builder unauthenticated() {
            this.authenticated = false;
            return this;
        }

        public Builder hint(Supplier<InvoiceHint> hint) {
            this.hint = hint;
            return this;
        }

        public Request build() {
            return new Request(this);
        }
    }
}
