package io.github.acubepl.webhook;

import static io.github.acubepl.webhook.WebhookVerificationException.Reason.AMBIGUOUS_SIGNATURE;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.BAD_SIGNATURE;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.COMPONENT_NOT_COVERED;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.DIGEST_MISMATCH;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.DIGEST_UNSUPPORTED;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.DUPLICATE_HEADER;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.EXPIRED;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.FROM_THE_FUTURE;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.KEY_UNAVAILABLE;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.MALFORMED_HEADER;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.MISSING_HEADER;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.NO_ACUBE_SIGNATURE;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.STALE;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.UNKNOWN_PARAMETER;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.UNSUPPORTED_COMPONENT;
import static io.github.acubepl.webhook.WebhookVerificationException.Reason.WRONG_ALGORITHM;

import io.github.acubepl.webhook.internal.Digests;
import io.github.acubepl.webhook.internal.Ed25519Keys;
import io.github.acubepl.webhook.internal.Log;
import io.github.acubepl.webhook.internal.SignatureBase;
import io.github.acubepl.webhook.internal.StructuredFields.ByteSequence;
import io.github.acubepl.webhook.internal.StructuredFields.Dictionary;
import io.github.acubepl.webhook.internal.StructuredFields.InnerList;
import io.github.acubepl.webhook.internal.StructuredFields.Item;
import io.github.acubepl.webhook.internal.StructuredFields.Member;
import io.github.acubepl.webhook.internal.StructuredFields.ParseException;
import io.github.acubepl.webhook.internal.StructuredFields;
import io.github.acubepl.webhook.internal.TargetUri;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Verifies A-Cube webhook deliveries: RFC 9421 HTTP Message Signatures with Ed25519, the RFC 9530
 * {@code Content-Digest} of the raw body, and freshness (docs/webhooks.md §3–§5).
 *
 * <p>It works on the raw body bytes, the request method, the headers, and the <b>configured public
 * URL</b> of the endpoint (the string registered as {@code webhookUrl} at A-Cube), never on the
 * request's {@code Host} or forwarded headers: behind a proxy those differ from what A-Cube signed,
 * and taking them from the request would let a caller choose what is verified (docs/webhooks.md §2).
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.builder()
 *         .keyResolver(KeyResolver.pinned(pemFromConfiguration))
 *         .build();
 * VerifiedSignature ok = verifier.verify("POST", "https://hooks.example.com/acube/invoice-sender", headers, body);
 * }</pre>
 *
 * Every failure is a {@link WebhookVerificationException} whose {@link
 * WebhookVerificationException.Reason reason} names the check. Immutable and thread-safe.
 */
public final class WebhookVerifier {
    private static final Set<String> ALLOWED_PARAMETERS = Set.of("alg", "created", "expires", "keyid", "nonce", "tag");
    private static final String ED25519 = "ed25519";

    private final KeyResolver keys;
    private final VerificationPolicy policy;
    private final Clock clock;

    private WebhookVerifier(KeyResolver keys, VerificationPolicy policy, Clock clock) {
        this.keys = keys;
        this.policy = policy;
        this.clock = clock;
    }

    /** A builder; {@link Builder#keyResolver(KeyResolver)} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The policy this verifier applies. */
    public VerificationPolicy policy() {
        return policy;
    }

    /**
     * Verifies one delivery.
     *
     * @param method    the request method ({@code POST})
     * @param publicUrl the endpoint's configured public URL, as registered at A-Cube (query included
     *                  if A-Cube was given one)
     * @param headers   the request headers
     * @param body      the raw body, exactly as received (before any decompression or parsing)
     * @return the signature that verified
     * @throws WebhookVerificationException if any check fails
     * @throws IllegalArgumentException if {@code publicUrl} is not an absolute ASCII http(s) URL
     */
    public VerifiedSignature verify(String method, String publicUrl, WebhookHeaders headers, byte[] body) {
        return verify(method, TargetUri.parse(publicUrl), headers, body);
    }

    VerifiedSignature verify(String method, TargetUri target, WebhookHeaders headers, byte[] body) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");

        // 1. The two signature fields, parsed as dictionaries.
        Dictionary inputs = dictionary(headers, "signature-input");
        Dictionary signatures = dictionary(headers, "signature");

        // 2. Select by key id, never by label.
        List<String> labels = new ArrayList<>();
        for (Map.Entry<String, Member> e : inputs.members().entrySet()) {
            if (policy.keyId().equals(e.getValue().params().get("keyid"))) {
                labels.add(e.getKey());
            }
        }
        if (labels.isEmpty()) {
            throw new WebhookVerificationException(NO_ACUBE_SIGNATURE, "signature-input has no signature with keyid \""
                    + policy.keyId() + "\" (" + inputs.members().size() + " signature(s) with other key ids)");
        }
        if (labels.size() > 1) {
            throw new WebhookVerificationException(AMBIGUOUS_SIGNATURE, "signature-input has " + labels.size()
                    + " signatures with keyid \"" + policy.keyId() + "\" (labels " + String.join(", ", labels) + ")");
        }
        String label = labels.get(0);
        if (!(inputs.members().get(label) instanceof InnerList input)) {
            throw new WebhookVerificationException(MALFORMED_HEADER,
                    "signature-input member \"" + label + "\" is not an inner list of components");
        }
        Member signatureMember = signatures.members().get(label);
        if (!(signatureMember instanceof Item signatureItem) || !(signatureItem.value() instanceof ByteSequence signature)) {
            throw new WebhookVerificationException(MALFORMED_HEADER, "signature has no byte sequence labelled \"" + label
                    + "\" (the labels of signature and signature-input must match)");
        }

        // 3. Parameters.
        Map<String, Object> params = input.params();
        for (String name : params.keySet()) {
            if (!ALLOWED_PARAMETERS.contains(name)) {
                throw new WebhookVerificationException(UNKNOWN_PARAMETER, "signature parameter \"" + name
                        + "\" is not allowed (allowed: " + String.join(", ", new TreeSet<>(ALLOWED_PARAMETERS)) + ")");
            }
        }
        Object createdValue = params.get("created");
        if (createdValue == null) {
            throw new WebhookVerificationException(MALFORMED_HEADER, "signature parameter \"created\" is missing");
        }
        Instant created = instantParameter("created", createdValue);
        Object expiresValue = params.get("expires");
        Instant expires = expiresValue == null ? null : instantParameter("expires", expiresValue);
        for (String name : List.of("keyid", "alg", "nonce", "tag")) {
            Object value = params.get(name);
            if (value != null && !(value instanceof String)) {
                throw new WebhookVerificationException(MALFORMED_HEADER, "signature parameter \"" + name + "\" is not a string");
            }
        }
        Object alg = params.get("alg");
        if (alg != null && !ED25519.equals(alg)) {
            throw new WebhookVerificationException(WRONG_ALGORITHM,
                    "signature parameter alg is \"" + alg + "\"; only \"" + ED25519 + "\" is accepted");
        }

        // 4. Covered components.
        List<String> components = components(input);
        for (String required : policy.requiredComponents()) {
            if (!components.contains(required)) {
                throw new WebhookVerificationException(COMPONENT_NOT_COVERED,
                        "the signature does not cover \"" + required + "\"");
            }
        }
        boolean digestCovered = components.contains("content-digest");
        if (body.length > 0 && policy.contentDigestRequiredWithBody() && !digestCovered) {
            throw new WebhookVerificationException(COMPONENT_NOT_COVERED,
                    "the request has a body but the signature does not cover \"content-digest\"");
        }

        // 5. Freshness.
        Instant now = clock.instant();
        if (created.isAfter(now.plus(policy.clockSkew()))) {
            throw new WebhookVerificationException(FROM_THE_FUTURE, "created " + created + " is more than "
                    + policy.clockSkew().toSeconds() + " s ahead of the clock (" + now + ")");
        }
        if (created.isBefore(now.minus(policy.maxAge()))) {
            throw new WebhookVerificationException(STALE,
                    "created " + created + " is older than the maximum age " + policy.maxAge() + " (now " + now + ")");
        }
        if (expires != null && expires.isBefore(now.minus(policy.clockSkew()))) {
            throw new WebhookVerificationException(EXPIRED, "the signature expired at " + expires + " (now " + now + ")");
        }

        // 6. The body's digest.
        Optional<String> digestField = headers.get("content-digest");
        if (digestCovered || digestField.isPresent()) {
            checkDigest(headers, body);
        }

        // 7. The signature base, from the configured URL.
        String signatureParams;
        try {
            signatureParams = StructuredFields.serialize(input);
        } catch (ParseException e) {
            throw new WebhookVerificationException(MALFORMED_HEADER, "signature-input cannot be serialized: " + e.getMessage());
        }
        String base = SignatureBase.build(components, signatureParams, method, target, headers);

        // 8. Ed25519, with one key refresh on failure.
        byte[] signatureBytes = signature.bytes();
        if (signatureBytes.length != 64) {
            throw new WebhookVerificationException(BAD_SIGNATURE,
                    "the signature is " + signatureBytes.length + " bytes; an Ed25519 signature is 64");
        }
        PublicKey key = resolveKey();
        if (!Ed25519Keys.verify(key, base, signatureBytes)) {
            Optional<PublicKey> fresh = refreshKey(key);
            if (fresh.isEmpty() || !Ed25519Keys.verify(fresh.get(), base, signatureBytes)) {
                throw new WebhookVerificationException(BAD_SIGNATURE, "the Ed25519 signature labelled \"" + label
                        + "\" does not match the signature base (keyid \"" + policy.keyId() + "\")");
            }
        }
        return new VerifiedSignature(label, policy.keyId(), created, expires, components);
    }

    private static Dictionary dictionary(WebhookHeaders headers, String name) {
        String field = headers.get(name).orElseThrow(
                () -> new WebhookVerificationException(MISSING_HEADER, "the " + name + " header is absent"));
        Dictionary dictionary;
        try {
            dictionary = StructuredFields.parseDictionary(field);
        } catch (ParseException e) {
            throw new WebhookVerificationException(MALFORMED_HEADER,
                    name + " is not a structured-field dictionary: " + e.getMessage());
        }
        if (!dictionary.duplicateKeys().isEmpty()) {
            throw new WebhookVerificationException(DUPLICATE_HEADER, name + " holds key(s) "
                    + String.join(", ", dictionary.duplicateKeys()) + " more than once (was the header sent twice?)");
        }
        return dictionary;
    }

    private static Instant instantParameter(String name, Object value) {
        if (!(value instanceof Long seconds)) {
            throw new WebhookVerificationException(MALFORMED_HEADER, "signature parameter \"" + name + "\" is not an integer");
        }
        return Instant.ofEpochSecond(seconds);
    }

    private static List<String> components(InnerList input) {
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Item item : input.items()) {
            if (!(item.value() instanceof String id)) {
                throw new WebhookVerificationException(MALFORMED_HEADER,
                        "covered component #" + (ids.size() + 1) + " is not a quoted string");
            }
            if (!item.params().isEmpty()) {
                throw new WebhookVerificationException(UNSUPPORTED_COMPONENT, "covered component \"" + id
                        + "\" has parameters (" + String.join(", ", item.params().keySet()) + "), which are not supported");
            }
            if (id.isEmpty() || !id.equals(id.toLowerCase(Locale.ROOT))) {
                throw new WebhookVerificationException(MALFORMED_HEADER, "covered component \"" + id + "\" is not lowercase");
            }
            if (id.startsWith("@") && !SignatureBase.DERIVED.contains(id)) {
                throw new WebhookVerificationException(UNSUPPORTED_COMPONENT, "derived component \"" + id
                        + "\" is not supported (supported: " + String.join(", ", new TreeSet<>(SignatureBase.DERIVED)) + ")");
            }
            if (!seen.add(id)) {
                throw new WebhookVerificationException(MALFORMED_HEADER, "covered component \"" + id + "\" is listed twice");
            }
            ids.add(id);
        }
        return ids;
    }

    private static void checkDigest(WebhookHeaders headers, byte[] body) {
        Dictionary digests = dictionary(headers, "content-digest");
        List<String> unsupported = new ArrayList<>();
        boolean checked = false;
        for (Map.Entry<String, Member> e : digests.members().entrySet()) {
            String jca = switch (e.getKey()) {
                case "sha-256" -> "SHA-256";
                case "sha-512" -> "SHA-512";
                default -> null;
            };
            if (jca == null) {
                unsupported.add(e.getKey());
                continue;
            }
            if (!(e.getValue() instanceof Item item) || !(item.value() instanceof ByteSequence expected)) {
                throw new WebhookVerificationException(MALFORMED_HEADER,
                        "content-digest " + e.getKey() + " is not a byte sequence");
            }
            if (!MessageDigest.isEqual(expected.bytes(), Digests.digest(jca, body))) {
                throw new WebhookVerificationException(DIGEST_MISMATCH,
                        "content-digest " + e.getKey() + " does not match the body (" + body.length + " bytes)");
            }
            checked = true;
        }
        if (!checked) {
            throw new WebhookVerificationException(DIGEST_UNSUPPORTED, "content-digest has no sha-256 or sha-512 value"
                    + (unsupported.isEmpty() ? "" : " (found: " + String.join(", ", unsupported) + ")"));
        }
    }

    private PublicKey resolveKey() {
        PublicKey key;
        try {
            key = keys.resolve(policy.keyId());
        } catch (WebhookVerificationException e) {
            if (e.reason() == KEY_UNAVAILABLE) {
                throw e;
            }
            throw new WebhookVerificationException(KEY_UNAVAILABLE, "the key resolver failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new WebhookVerificationException(KEY_UNAVAILABLE,
                    "the key resolver failed: " + e.getClass().getSimpleName(), e);
        }
        if (key == null) {
            throw new WebhookVerificationException(KEY_UNAVAILABLE, "the key resolver has no key for \"" + policy.keyId() + "\"");
        }
        return key;
    }

    private Optional<PublicKey> refreshKey(PublicKey rejected) {
        try {
            Optional<PublicKey> fresh = keys.refresh(policy.keyId(), rejected);
            return fresh == null ? Optional.empty() : fresh.filter(k -> !k.equals(rejected));
        } catch (RuntimeException e) {
            Log.LOGGER.log(System.Logger.Level.WARNING, "the key resolver failed to refresh: {0}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** Configures a {@link WebhookVerifier}. */
    public static final class Builder {
        private @Nullable KeyResolver keys;
        private VerificationPolicy policy = VerificationPolicy.acube();
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** Where public keys come from (required). */
        public Builder keyResolver(KeyResolver keys) {
            this.keys = Objects.requireNonNull(keys, "keys");
            return this;
        }

        /** The policy (default {@link VerificationPolicy#acube()}). */
        public Builder policy(VerificationPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** The clock freshness is judged by (default UTC system clock). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The verifier. */
        public WebhookVerifier build() {
            if (keys == null) {
                throw new IllegalStateException("a keyResolver is required (KeyResolver.pinned(...) or FetchedKeyResolver)");
            }
            return new WebhookVerifier(keys, policy, clock);
        }
    }
}
