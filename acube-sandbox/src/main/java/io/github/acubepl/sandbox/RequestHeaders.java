package io.github.acubepl.sandbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The header fields of a request in the order received; names compare without regard to case. Immutable. */
final class RequestHeaders {
    /** One header field line. */
    record Field(String name, String value) {
    }

    private final List<Field> fields;

    RequestHeaders(List<Field> fields) {
        this.fields = List.copyOf(fields);
    }

    /** The value of the first field with this name, or {@code null}. */
    @Nullable String first(String name) {
        for (Field f : fields) {
            if (f.name().equalsIgnoreCase(name)) {
                return f.value();
            }
        }
        return null;
    }

    /** The values of every field with this name, in order. */
    List<String> all(String name) {
        List<String> out = new ArrayList<>();
        for (Field f : fields) {
            if (f.name().equalsIgnoreCase(name)) {
                out.add(f.value());
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The comma-separated elements of every field with this name, trimmed, lower case, empty ones
     * left out ({@code Connection: keep-alive, Upgrade} gives {@code [keep-alive, upgrade]}).
     */
    List<String> tokens(String name) {
        List<String> out = new ArrayList<>();
        for (String value : all(name)) {
            for (String part : value.split(",", -1)) {
                String t = part.strip().toLowerCase(Locale.ROOT);
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    @Override
    public String toString() {
        // names only: values may hold credentials
        List<String> names = new ArrayList<>();
        for (Field f : fields) {
            names.add(f.name());
        }
        return "RequestHeaders" + names;
    }
}
