package io.github.acubepl.webhook;

import io.github.acubepl.webhook.internal.TargetUri;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One receiving endpoint: the public URL registered at A-Cube (what the signature covers), the
 * webhook type registered for it (legacy payloads do not name their type, so use one URL per type),
 * the local path the request arrives on (differs from the public path behind a path-rewriting
 * proxy), and a name to address it by.
 *
 * @param name        how {@link WebhookReceiver#receive} addresses it (default: the type, else the local path)
 * @param publicUrl   the URL registered as {@code webhookUrl}, normalized (lowercase scheme and
 *                    host, explicit port kept, empty path as {@code /})
 * @param webhookType the type registered for it, if any (e.g. {@code legal-entity-invoice-sender})
 * @param localPath   the path the local HTTP server sees (default: the public URL's path)
 */
public record WebhookEndpoint(String name, String publicUrl, @Nullable String webhookType, String localPath) {

    /** Validates and normalizes; an unusable URL or path is an {@link IllegalArgumentException}. */
    public WebhookEndpoint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(localPath, "localPath");
        publicUrl = TargetUri.parse(Objects.requireNonNull(publicUrl, "publicUrl")).targetUri();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("an endpoint name must not be empty");
        }
        if (!localPath.startsWith("/")) {
            throw new IllegalArgumentException("a local path starts with '/': " + localPath);
        }
        if (webhookType != null && webhookType.isBlank()) {
            webhookType = null;
        }
    }

    /** An endpoint for {@code publicUrl} whose payloads name their own type; named after its path. */
    public static WebhookEndpoint of(String publicUrl) {
        String path = TargetUri.parse(publicUrl).path();
        return new WebhookEndpoint(path, publicUrl, null, path);
    }

    /** An endpoint for {@code publicUrl} registered for {@code webhookType}; named after the type. */
    public static WebhookEndpoint of(String webhookType, String publicUrl) {
        Objects.requireNonNull(webhookType, "webhookType");
        return new WebhookEndpoint(webhookType, publicUrl, webhookType, TargetUri.parse(publicUrl).path());
    }

    /** This endpoint arriving locally on {@code path} (behind a proxy that rewrites paths). */
    public WebhookEndpoint withLocalPath(String path) {
        return new WebhookEndpoint(name, publicUrl, webhookType, path);
    }

    /** This endpoint under another name. */
    public WebhookEndpoint withName(String newName) {
        return new WebhookEndpoint(newName, publicUrl, webhookType, localPath);
    }

    TargetUri target() {
        return TargetUri.parse(publicUrl);
    }
}
