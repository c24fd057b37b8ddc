package io.github.acubepl.transport;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the client talks to: the base URL of the common services (login) and of the PL API.
 *
 * <p>{@link #SANDBOX} and {@link #PRODUCTION} are A-Cube's hosts; {@link #custom(URI, URI)} points
 * the client anywhere else, for example at the local simulator. {@link AcubeClient.Builder#build()}
 * accepts plain {@code http} only for loopback hosts. Immutable; equal by name and URLs.
 */
public final class Environment {
    /** A-Cube's sandbox: KSeF is simulated there. */
    public static final Environment SANDBOX = new Environment("SANDBOX",
            URI.create("https://common-sandbox.api.acubeapi.com"), URI.create("https://pl-sandbox.api.acubeapi.com"));

    /** A-Cube's production: invoices go to the real KSeF. */
    public static final Environment PRODUCTION = new Environment("PRODUCTION",
            URI.create("https://common.api.acubeapi.com"), URI.create("https://pl.api.acubeapi.com"));

    private final String name;
    private final URI commonUrl;
    private final URI plUrl;

    private Environment(String name, URI commonUrl, URI plUrl) {
        this.name = name;
        this.commonUrl = commonUrl;
        this.plUrl = plUrl;
    }

    /**
     * An environment with its own base URLs (a path prefix is allowed; a trailing slash is dropped).
     *
     * @param common the base URL of the common services ({@code POST /login})
     * @param pl the base URL of the PL API
     * @throws IllegalArgumentException if a URL is not an absolute {@code http}/{@code https} URL
     *     with a host and without user info, query or fragment
     */
    public static Environment custom(URI common, URI pl) {
        Objects.requireNonNull(common, "common");
        Objects.requireNonNull(pl, "pl");
        return new Environment("custom", normalize("common", common), normalize("pl", pl));
    }

    private static URI normalize(String what, URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!url.isAbsolute() || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("the " + what + " base URL must be an absolute http or https URL: " + url);
        }
        if (url.getHost() == null || url.getHost().isEmpty()) {
            throw new IllegalArgumentException("the " + what + " base URL has no host: " + url);
        }
        if (url.getRawUserInfo() != null || url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "the " + what + " base URL must not carry user info, a query or a fragment: " + url.getHost());
        }
        String s = url.toString();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return URI.create(s);
    }

    /** {@code SANDBOX}, {@code PRODUCTION} or {@code custom}. */
    public String name() {
        return name;
    }

    /** The base URL of the common services (login), without a trailing slash. */
    public URI commonUrl() {
        return commonUrl;
    }

    /** The base URL of the PL API, without a trailing slash. */
    public URI plUrl() {
        return plUrl;
    }

    /** Whether both URLs use {@code https}. */
    public boolean isHttps() {
        return commonUrl.getScheme().equalsIgnoreCase("https") && plUrl.getScheme().equalsIgnoreCase("https");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Environment e && name.equals(e.name) && commonUrl.equals(e.commonUrl) && plUrl.equals(e.plUrl);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, commonUrl, plUrl);
    }

    @Override
    public String toString() {
        return name.equals("custom") ? "custom(common=" + commonUrl + ", pl=" + plUrl + ")" : name;
    }
}
