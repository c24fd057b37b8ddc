package io.github.acubepl.webhook.sending;

import io.github.acubepl.webhook.VerificationPolicy;
import io.github.acubepl.webhook.WebhookHeaders;
import io.github.acubepl.webhook.WebhookVerificationException;
import io.github.acubepl.webhook.internal.Digests;
import io.github.acubepl.webhook.internal.Ed25519Keys;
import io.github.acubepl.webhook.internal.SignatureBase;
import io.github.acubepl.webhook.internal.StructuredFields.InnerList;
import io.github.acubepl.webhook.internal.StructuredFields.Item;
import io.github.acubepl.webhook.internal.StructuredFields.ParseException;
import io.github.acubepl.webhook.internal.StructuredFields;
import io.github.acubepl.webhook.internal.TargetUri;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Signs outgoing webhooks exactly as A-Cube does (docs/webhooks.md §1–§5): a fresh
 * {@code Date} (IMF-fixdate) and {@code created} from the same clock reading, {@code Content-Digest:
 * sha-256=:…:} when there is a body, and an Ed25519 signature labelled {@code pyhms} with
 * {@code keyid="acube"} and {@code alg="ed25519"} over
 * {@code ("@method" "@authority" "@target-uri" "date" "content-digest")}.
 *
 * <pre>{@code
 * WebhookSigner signer = WebhookSigner.builder().privateKey(key).clock(clock).build();
 * WebhookHeaders added = signer.sign("POST", "https://hooks.example.com/acube/invoice-sender", WebhookHeaders.empty(), body);
 * // date, content-digest, signature-input, signature
 * }</pre>
 *
 * The builder can change the label, key id, algorithm parameter and the covered components, so
 * that the RFC 9421 test vectors can be reproduced. Immutable and thread-safe.
 */
public final class WebhookSigner {
    /** A-Cube's label (the default of the Python signer behind it). */
    public static final String ACUBE_LABEL = "pyhms";

    private static final List<String> BASE_COMPONENTS = List.of("@method", "@authority", "@target-uri");
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private final PrivateKey key;
    private final Clock clock;
    private final String label;
    private final String keyId;
    private final @Nullable String algorithm;
    private final @Nullable List<String> components;
    private final boolean date;
    private final boolean contentDigest;

    private WebhookSigner(Builder b, PrivateKey key) {
        this.key = key;
        this.clock = b.clock;
        this.label = b.label;
        this.keyId = b.keyId;
        this.algorithm = b.algorithm;
        this.components = b.components;
        this.date = b.date;
        this.contentDigest = b.contentDigest;
    }

    /** A builder with A-Cube's defaults; {@link Builder#privateKey(PrivateKey)} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** {@code instant} as an IMF-fixdate ({@code Sun, 06 Nov 1994 08:49:37 GMT}). */
    static String httpDate(Instant instant) {
        return IMF_FIXDATE.format(instant);
    }

    /**
     * Signs a request and returns the headers to add to it, in order: {@code date} (if generated),
     * {@code content-digest} (if generated), {@code signature-input}, {@code signature}. Headers
     * the signature covers but the signer does not generate (e.g. {@code content-type} for a custom
     * component list) are taken from {@code headers}.
     *
     * @param method    the method ({@code POST})
     * @param targetUri the URL the request goes to, as registered
     * @param headers   the request's other headers
     * @param body      the exact body bytes that will be sent
     * @throws IllegalArgumentException if the URL is unusable or a covered header is missing
     */
    public WebhookHeaders sign(String method, String targetUri, WebhookHeaders headers, byte[] body) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        TargetUri target = TargetUri.parse(targetUri);
        Instant now = clock.instant();
        long created = now.getEpochSecond();

        WebhookHeaders.Builder generated = WebhookHeaders.builder();
        WebhookHeaders.Builder message = headers.toBuilder();
        if (date) {
            String value = httpDate(Instant.ofEpochSecond(created));
            generated.set("date", value);
            message.set("date", value);
        }
        if (contentDigest && body.length > 0) {
            String value = Digests.contentDigestHeader(body);
            generated.set("content-digest", value);
            message.set("content-digest", value);
        }
        WebhookHeaders all = message.build();

        List<String> covered;
        if (components != null) {
            covered = components;
        } else {
            covered = new ArrayList<>(BASE_COMPONENTS);
            for (String auto : List.of("date", "content-digest")) {
                if (all.contains(auto)) {
                    covered.add(auto);
                }
            }
        }
        List<Item> items = new ArrayList<>();
        for (String id : covered) {
            items.add(new Item(id, Map.of()));
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("created", created);
        params.put("keyid", keyId);
        if (algorithm != null) {
            params.put("alg", algorithm);
        }
        InnerList input = new InnerList(items, params);
        String serialized;
        try {
            serialized = StructuredFields.serialize(input);
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot serialize the signature parameters: " + e.getMessage(), e);
        }
        String base;
        try {
            base = SignatureBase.build(covered, serialized, method, target, all);
        } catch (WebhookVerificationException e) {
            throw new IllegalArgumentException("cannot sign: " + e.detail(), e);
        }
        byte[] signature = Ed25519Keys.sign(key, base);
        generated.set("signature-input", label + "=" + serialized);
        generated.set("signature", label + "=:" + Base64.getEncoder().encodeToString(signature) + ":");
        return generated.build();
    }

    /** Configures a {@link WebhookSigner}; starts from A-Cube's values. */
    public static final class Builder {
        private @Nullable PrivateKey key;
        private Clock clock = Clock.systemUTC();
        private String label = ACUBE_LABEL;
        private String keyId = VerificationPolicy.ACUBE_KEY_ID;
        private @Nullable String algorithm = "ed25519";
        private @Nullable List<String> components;
        private boolean date = true;
        private boolean contentDigest = true;

        private Builder() {
        }

        /** The Ed25519 private key (required). */
        public Builder privateKey(PrivateKey key) {
            this.key = Objects.requireNonNull(key, "key");
            return this;
        }

        /** The clock {@code created} and {@code Date} come from (default UTC system clock). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The dictionary label (default {@code pyhms}). */
        public Builder label(String label) {
            this.label = Objects.requireNonNull(label, "label");
            return this;
        }

        /** The {@code keyid} parameter (default {@code acube}). */
        public Builder keyId(String keyId) {
            this.keyId = Objects.requireNonNull(keyId, "keyId");
            return this;
        }

        /** The {@code alg} parameter (default {@code ed25519}); {@code null} leaves it out. */
        public Builder algorithm(@Nullable String algorithm) {
            this.algorithm = algorithm;
            return this;
        }

        /**
         * The covered components, in order. By default (as A-Cube's signer) they are
         * {@code @method @authority @target-uri} followed by {@code date} and {@code content-digest}
         * when the request has them.
         */
        public Builder components(List<String> components) {
            this.components = List.copyOf(components);
            return this;
        }

        /** {@link #components(List)} from varargs. */
        public Builder components(String... components) {
            return components(List.of(components));
        }

        /** Whether to set {@code Date} from the clock (default true). */
        public Builder date(boolean date) {
            this.date = date;
            return this;
        }

        /** Whether to add {@code Content-Digest: sha-256=…} for a non-empty body (default true). */
        public Builder contentDigest(boolean contentDigest) {
            this.contentDigest = contentDigest;
            return this;
        }

        /** The signer; invalid settings are an {@link IllegalStateException}. */
        public WebhookSigner build() {
            if (key == null) {
                throw new IllegalStateException("a signer needs an Ed25519 private key: set privateKey(...)");
            }
            if (!"EdDSA".equals(key.getAlgorithm()) && !"Ed25519".equals(key.getAlgorithm())) {
                throw new IllegalStateException("the private key must be Ed25519, not " + key.getAlgorithm());
            }
            checkKey(label, "label");
            if (keyId.isEmpty()) {
                throw new IllegalStateException("keyId must not be empty");
            }
            if (components != null) {
                Set<String> seen = new HashSet<>();
                for (String id : components) {
                    if (id.isEmpty() || !id.equals(id.toLowerCase(Locale.ROOT)) || !seen.add(id)) {
                        throw new IllegalStateException("components are distinct, lowercase, not empty: \"" + id + "\"");
                    }
                    if (id.startsWith("@") && !SignatureBase.DERIVED.contains(id)) {
                        throw new IllegalStateException("unsupported derived component \"" + id + "\"");
                    }
                }
            }
            return new WebhookSigner(this, key);
        }

        private static void checkKey(String key, String what) {
            if (key.isEmpty() || !(key.charAt(0) == '*' || (key.charAt(0) >= 'a' && key.charAt(0) <= 'z'))
                    || !key.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "_-.*".indexOf(c) >= 0)) {
                throw new IllegalStateException(what + " must be a structured-field key (lowercase): \"" + key + "\"");
            }
        }
    }
}
