package io.github.acubepl.webhook;

import io.github.acubepl.webhook.internal.SignatureBase;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a signature must satisfy beyond being valid. {@link #acube()} holds A-Cube's rules
 * (docs/webhooks.md §1 and §5); a {@link #builder()} changes them, for example to run the
 * RFC 9421 test vectors through the same verifier.
 *
 * @param keyId               the key id of the signature to select ({@code acube})
 * @param requiredComponents  components every signature must cover ({@code @method},
 *                            {@code @authority}, {@code @target-uri})
 * @param contentDigestRequiredWithBody whether a non-empty body must be covered through
 *                            {@code content-digest}
 * @param maxAge              how old {@code created} may be (24 h)
 * @param clockSkew           how far {@code created} may be ahead of the clock, and how long
 *                            after {@code expires} a signature is still accepted (5 s)
 */
public record VerificationPolicy(String keyId, Set<String> requiredComponents, boolean contentDigestRequiredWithBody,
        Duration maxAge, Duration clockSkew) {

    /** A-Cube's key id. */
    public static final String ACUBE_KEY_ID = "acube";
    /** The default maximum age of {@code created}. */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofHours(24);
    /** The default clock skew. */
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(5);

    private static final VerificationPolicy ACUBE = builder().build();

    /** Validates and copies. */
    public VerificationPolicy {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(requiredComponents, "requiredComponents");
        Objects.requireNonNull(maxAge, "maxAge");
        Objects.requireNonNull(clockSkew, "clockSkew");
        if (keyId.isEmpty()) {
            throw new IllegalArgumentException("keyId must not be empty");
        }
        for (String c : requiredComponents) {
            if (c.isEmpty() || !c.equals(c.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("component ids are lowercase and not empty: \"" + c + "\"");
            }
            if (c.startsWith("@") && !SignatureBase.DERIVED.contains(c)) {
                throw new IllegalArgumentException("unsupported derived component \"" + c + "\"");
            }
        }
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("maxAge must be positive: " + maxAge);
        }
        if (clockSkew.isNegative()) {
            throw new IllegalArgumentException("clockSkew must not be negative: " + clockSkew);
        }
        requiredComponents = Set.copyOf(new LinkedHashSet<>(requiredComponents));
    }

    /** A-Cube's policy: key id {@code acube}, the three URL components and the digest required, 24 h, 5 s. */
    public static VerificationPolicy acube() {
        return ACUBE;
    }

    /** A builder starting from A-Cube's policy. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link VerificationPolicy}; starts from A-Cube's values. */
    public static final class Builder {
        private String keyId = ACUBE_KEY_ID;
        private Set<String> required = Set.of("@method", "@authority", "@target-uri");
        private boolean digestWithBody = true;
        private Duration maxAge = DEFAULT_MAX_AGE;
        private Duration clockSkew = DEFAULT_CLOCK_SKEW;

        private Builder() {
        }

        /** The key id of the signature to select. */
        public Builder keyId(String keyId) {
            this.keyId = Objects.requireNonNull(keyId, "keyId");
            return this;
        }

        /** The components every signature must cover (replaces the default set; may be empty). */
        public Builder requiredComponents(Set<String> components) {
            this.required = Objects.requireNonNull(components, "components");
            return this;
        }

        /** Whether a non-empty body must be covered through {@code content-digest} (default true). */
        public Builder contentDigestRequiredWithBody(boolean required) {
            this.digestWithBody = required;
            return this;
        }

        /** How old {@code created} may be (default 24 h). */
        public Builder maxAge(Duration maxAge) {
            this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
            return this;
        }

        /** The allowed clock skew (default 5 s). */
        public Builder clockSkew(Duration clockSkew) {
            this.clockSkew = Objects.requireNonNull(clockSkew, "clockSkew");
            return this;
        }

        /** The policy; invalid values are an {@link IllegalArgumentException}. */
        public VerificationPolicy build() {
            return new VerificationPolicy(keyId, required, digestWithBody, maxAge, clockSkew);
        }
    }
}
