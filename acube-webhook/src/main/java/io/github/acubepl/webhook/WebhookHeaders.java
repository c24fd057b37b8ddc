package io.github.acubepl.webhook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * HTTP header fields as an immutable, case-insensitive multimap: names are kept in lowercase, the
 * lines of one field in the order received. {@link #get(String)} joins several lines of one field
 * with {@code ", "} (RFC 9110 §5.3), which is how structured fields such as {@code signature-input}
 * are combined.
 *
 * <p>{@link #toString()} lists the names only, never the values.
 */
public final class WebhookHeaders {
    private static final WebhookHeaders EMPTY = new WebhookHeaders(Map.of());

    private final Map<String, List<String>> fields;

    private WebhookHeaders(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    /** No headers. */
    public static WebhookHeaders empty() {
        return EMPTY;
    }

    /**
     * The headers of {@code map} (for example a servlet's names and values, the JDK
     * {@code HttpServer}'s {@code Headers} or {@code HttpHeaders.map()}); names differing only in
     * case are merged, in iteration order. A {@code null} name (the status line some APIs put in the
     * map) is skipped.
     */
    public static WebhookHeaders of(Map<String, ? extends Collection<String>> map) {
        Objects.requireNonNull(map, "map");
        Builder builder = builder();
        for (Map.Entry<String, ? extends Collection<String>> e : map.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                continue;
            }
            for (String value : e.getValue()) {
                builder.add(e.getKey(), value);
            }
        }
        return builder.build();
    }

    /** {@code name: value} pairs: {@code of("date", "…", "content-type", "application/json")}. */
    public static WebhookHeaders of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        Builder builder = builder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            builder.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return builder.build();
    }

    /** A builder of headers. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these headers. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        fields.forEach((name, values) -> builder.fields.put(name, new ArrayList<>(values)));
        return builder;
    }

    /** Every line of field {@code name} (any case), in order; empty when absent. */
    public List<String> all(String name) {
        return fields.getOrDefault(normalize(name), List.of());
    }

    /**
     * The field value of {@code name}: every line with surrounding spaces and tabs removed, joined
     * with {@code ", "}; empty when the field is absent.
     */
    public Optional<String> get(String name) {
        List<String> lines = all(name);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder joined = new StringBuilder();
        for (String line : lines) {
            if (joined.length() > 0) {
                joined.append(", ");
            }
            joined.append(trim(line));
        }
        return Optional.of(joined.toString());
    }

    /** Whether field {@code name} is present. */
    public boolean contains(String name) {
        return fields.containsKey(normalize(name));
    }

    /** The field names, lowercase, in the order first seen. */
    public Set<String> names() {
        return fields.keySet();
    }

    /** The fields: lowercase name to lines (unmodifiable). */
    public Map<String, List<String>> toMap() {
        return fields;
    }

    /** These headers followed by {@code other}'s lines (for the same name, {@code other}'s come last). */
    public WebhookHeaders plus(WebhookHeaders other) {
        Objects.requireNonNull(other, "other");
        Builder builder = toBuilder();
        other.fields.forEach((name, values) -> values.forEach(v -> builder.add(name, v)));
        return builder.build();
    }

    /** Whether there are no headers. */
    public boolean isEmpty() {
        return fields.isEmpty();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof WebhookHeaders h && fields.equals(h.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    /** The names only: values may be long or sensitive. */
    @Override
    public String toString() {
        return "WebhookHeaders" + fields.keySet();
    }

    static String trim(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isOws(value.charAt(start))) {
            start++;
        }
        while (end > start && isOws(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean isOws(char c) {
        return c == ' ' || c == '\t';
    }

    private static String normalize(String name) {
        Objects.requireNonNull(name, "name");
        return name.toLowerCase(Locale.ROOT);
    }

    /** Collects header lines; not thread-safe. */
    public static final class Builder {
        private final Map<String, List<String>> fields = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds one line of field {@code name}. */
        public Builder add(String name, String value) {
            Objects.requireNonNull(value, "value");
            fields.computeIfAbsent(checkedName(name), k -> new ArrayList<>()).add(value);
            return this;
        }

        /** Replaces every line of field {@code name} with {@code value}. */
        public Builder set(String name, String value) {
            Objects.requireNonNull(value, "value");
            List<String> lines = new ArrayList<>();
            lines.add(value);
            fields.put(checkedName(name), lines);
            return this;
        }

        /** Removes field {@code name}. */
        public Builder remove(String name) {
            fields.remove(normalize(name));
            return this;
        }

        /** The headers. */
        public WebhookHeaders build() {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            fields.forEach((name, values) -> copy.put(name, List.copyOf(values)));
            return copy.isEmpty() ? EMPTY : new WebhookHeaders(Collections.unmodifiableMap(copy));
        }

        private static String checkedName(String name) {
            String n = normalize(name);
            if (n.isEmpty()) {
                throw new IllegalArgumentException("a header name must not be empty");
            }
            for (int i = 0; i < n.length(); i++) {
                char c = n.charAt(i);
                if (c <= ' ' || c >= 0x7f || c == ':') {
                    throw new IllegalArgumentException("not a valid header name (character " + i + ")");
                }
            }
            return n;
        }
    }
}
