package io.github.acubepl.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A signature that verified.
 *
 * @param label      the dictionary label it was found under ({@code pyhms} for A-Cube); not signed
 * @param keyId      its {@code keyid}
 * @param created    its {@code created} time
 * @param expires    its {@code expires} time, if it has one
 * @param components the covered component ids, in the signed order
 */
public record VerifiedSignature(String label, String keyId, Instant created, @Nullable Instant expires,
        List<String> components) {

    /** Copies. */
    public VerifiedSignature {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(created, "created");
        components = List.copyOf(components);
    }

    /** {@link #expires()} as an optional. */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expires);
    }
}
