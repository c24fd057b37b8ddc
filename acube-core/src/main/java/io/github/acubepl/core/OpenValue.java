package io.github.acubepl.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * The open-enum idiom, written once: a value named by a string from the wire, with a constant for
 * each name we know and {@link Vocabulary#of(String)} keeping any other name instead of failing, so
 * a name the platform adds tomorrow never breaks a reader. Equal by class and name.
 * {@link InvoiceStatus} and {@link WebhookType} are its two uses.
 */
abstract class OpenValue {
    private final String value;
    private final boolean known;

    OpenValue(String value, boolean known) {
        this.value = Objects.requireNonNull(value, "value");
        this.known = known;
    }

    /** The name as sent on the wire. */
    public final String value() {
        return value;
    }

    /** Whether this is one of the names known to this version of the library. */
    public final boolean isKnown() {
        return known;
    }

    @Override
    public final boolean equals(@Nullable Object o) {
        return o != null && o.getClass() == getClass() && value.equals(((OpenValue) o).value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    /** The name. */
    @Override
    public final String toString() {
        return value;
    }

    /** The known names of one open value type, in declaration order. */
    static final class Vocabulary<T extends OpenValue> {
        private final Map<String, T> known = new LinkedHashMap<>();
        private final BiFunction<String, Boolean, T> factory;

        Vocabulary(BiFunction<String, Boolean, T> factory) {
            this.factory = factory;
        }

        /** Declares a known name; called only from the type's static initialiser. */
        T known(String value) {
            T constant = factory.apply(value, true);
            known.put(value, constant);
            return constant;
        }

        /** The constant named {@code value} if known, else a new value keeping the string. */
        T of(String value) {
            Objects.requireNonNull(value, "value");
            T constant = known.get(value);
            return constant != null ? constant : factory.apply(value, false);
        }

        /** The known values, in declaration order. */
        List<T> values() {
            return Collections.unmodifiableList(new ArrayList<>(known.values()));
        }
    }
}
