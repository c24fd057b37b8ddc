package io.github.acubepl.webhook.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A webhook URL in the form the signer used (docs/webhooks.md §2): scheme and host
 * lowercase, an explicit port kept (in {@code @authority} too), an empty path as {@code /}, path
 * case and query kept. ASCII only, no user info, no fragment.
 *
 * @param scheme      {@code http} or {@code https}
 * @param authority   the {@code @authority} value: {@code host[:port]}, lowercase
 * @param path        the {@code @path} value: the raw path, {@code /} when empty
 * @param query       the raw query without {@code ?}, or {@code null}
 */
public record TargetUri(String scheme, String authority, String path, @Nullable String query) {

    /** Parses and normalizes {@code url}; an unusable URL is an {@link IllegalArgumentException}. */
    public static TargetUri parse(String url) {
        Objects.requireNonNull(url, "url");
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                throw new IllegalArgumentException("a webhook URL must be ASCII without spaces (percent-encode the rest)");
            }
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid URL: " + e.getReason(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("a webhook URL must be absolute, with scheme https (or http): " + url);
        }
        if (uri.getRawAuthority() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("a webhook URL needs a host: " + url);
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("a webhook URL must not carry user info");
        }
        if (uri.getRawFragment() != null) {
            throw new IllegalArgumentException("a webhook URL must not have a fragment: " + url);
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return new TargetUri(scheme, uri.getRawAuthority().toLowerCase(Locale.ROOT), path, uri.getRawQuery());
    }

    /**
     * Whether {@code url}'s host is a loopback address by its literal form ({@code localhost},
     * {@code 127.0.0.0/8}, {@code [::1]}); no DNS lookup. An unparsable URL is not.
     */
    public static boolean isLoopback(String url) {
        String host;
        try {
            host = new URI(url).getHost();
        } catch (URISyntaxException e) {
            return false;
        }
        if (host == null) {
            return false;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.equals("localhost") || host.equals("[::1]") || host.equals("[0:0:0:0:0:0:0:1]")) {
            return true;
        }
        String[] octets = host.split("\\.", -1);
        if (octets.length != 4 || !octets[0].equals("127")) {
            return false;
        }
        for (String o : octets) {
            if (!o.matches("\\d{1,3}") || Integer.parseInt(o) > 255) {
                return false;
            }
        }
        return true;
    }

    /** This URL with {@code rawQuery} (without {@code ?}) unless it already has a query. */
    public TargetUri withQueryIfAbsent(@Nullable String rawQuery) {
        return query != null || rawQuery == null ? this : new TargetUri(scheme, authority, path, rawQuery);
    }

    /** The {@code @target-uri} value. */
    public String targetUri() {
        return scheme + "://" + authority + path + (query == null ? "" : "?" + query);
    }

    /** The {@code @query} value: {@code ?} and the query, or {@code ?} alone (RFC 9421 §2.2.7). */
    public String queryComponent() {
        return "?" + (query == null ? "" : query);
    }

    @Override
    public String toString() {
        return targetUri();
    }
}
