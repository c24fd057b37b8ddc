package io.github.acubepl.sandbox;

import java.time.Instant;
import java.util.Objects;

/**
 * A snapshot of a legal entity (a company registered by its NIP), as tests see it through
 * {@link SandboxStore}.
 *
 * @param uuid the legal entity's uuid
 * @param ownerEmail the user who registered it
 * @param nip the company's NIP
 * @param name the company's name
 * @param active whether a KSeF token has been selected (status 1, {@code active}); else status 0, {@code pending}
 * @param ksefTokens how many KSeF tokens are registered and not revoked
 * @param createdAt when it was registered (whole seconds)
 */
public record SandboxLegalEntity(String uuid, String ownerEmail, String nip, String name, boolean active, int ksefTokens,
        Instant createdAt) {
    /** Checks that the values are present. */
    public SandboxLegalEntity {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(ownerEmail, "ownerEmail");
        Objects.requireNonNull(nip, "nip");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
