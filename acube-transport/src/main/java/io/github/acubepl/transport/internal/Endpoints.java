package io.github.acubepl.transport.internal;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The table of path templates, one per {@link Endpoint}: the defaults of the A-Cube documentation
 * and the wire contract (docs/api-contract.md lists the paths), each overridable by tests through
 * {@link Seams}. Immutable; {@link #with(Endpoint, String)} returns a changed copy.
 */
public final class Endpoints {
    private static final Endpoints DEFAULTS = new Endpoints(defaultTemplates());

    private final EnumMap<Endpoint, String> templates;

    private Endpoints(EnumMap<Endpoint, String> templates) {
        this.templates = templates;
    }

    private static EnumMap<Endpoint, String> defaultTemplates() {
        EnumMap<Endpoint, String> map = new EnumMap<>(Endpoint.class);
        for (Endpoint e : Endpoint.values()) {
            map.put(e, e.defaultTemplate());
        }
        return map;
    }

    /** The documented paths. */
    public static Endpoints defaults() {
        return DEFAULTS;
    }

    /**
     * A copy with {@code endpoint}'s template replaced.
     *
     * @param template a path starting with {@code /}, without query or fragment, with exactly the
     *     variables of the default template (e.g. {@code {uuid}})
     * @throws IllegalArgumentException if the template is not such a path
     */
    public Endpoints with(Endpoint endpoint, String template) {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(template, "template");
        if (!template.startsWith("/") || template.contains("?") || template.contains("#")
                || template.contains("//") || template.chars().anyMatch(c -> c <= ' ')) {
            throw new IllegalArgumentException("the template of " + endpoint + " must be a path starting with '/', "
                    + "without query, fragment, empty segments or spaces: '" + template + "'");
        }
        if (!Endpoint.variables(template).equals(endpoint.variables())) {
            throw new IllegalArgumentException("the template of " + endpoint + " must use the variables "
                    + endpoint.variables() + ", not " + Endpoint.variables(template) + ": '" + template + "'");
        }
        EnumMap<Endpoint, String> copy = new EnumMap<>(templates);
        copy.put(endpoint, template);
        return new Endpoints(copy);
    }

    /** The template of {@code endpoint}. */
    public String template(Endpoint endpoint) {
        return templates.get(Objects.requireNonNull(endpoint, "endpoint"));
    }

    /** The path of {@code endpoint} with its variables replaced by percent-encoded values. */
    public String expand(Endpoint endpoint, Map<String, String> values) {
        String path = template(endpoint);
        for (String name : endpoint.variables()) {
            String value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("no value for {" + name + "} of " + endpoint);
            }
            path = path.replace("{" + name + "}", segment(name, value));
        }
        return path;
    }

    private static String segment(String name, String value) {
        if (value.isBlank() || value.equals(".") || value.equals("..")) {
            throw new IllegalArgumentException("the " + name + " is not a valid path segment: '" + value + "'");
        }
        return encode(value);
    }

    /** Percent-encodes everything but RFC 3986's unreserved characters (for path segments and queries). */
    public static String encode(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Endpoints e && templates.equals(e.templates);
    }

    @Override
    public int hashCode() {
        return templates.hashCode();
    }

    /** The templates that differ from the defaults. */
    @Override
    public String toString() {
        Map<Endpoint, String> changed = new EnumMap<>(Endpoint.class);
        templates.forEach((e, t) -> {
            if (!t.equals(e.defaultTemplate())) {
                changed.put(e, t);
            }
        });
        return changed.isEmpty() ? "Endpoints[defaults]" : "Endpoints[defaults, overridden: " + changed + "]";
    }
}
