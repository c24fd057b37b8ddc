package io.github.acubepl.mapping;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What validation needs besides the invoice: the clock for date rules, an optional folder holding
 * an official schema set for the extra XSD pass, and an optional registry for duplicate checks.
 */
public final class ValidationContext {
    private final Clock clock;
    private final @Nullable Path schemaDirectory;
    private final @Nullable InvoiceKeyRegistry registry;

    private ValidationContext(Builder b) {
        this.clock = b.clock;
        this.schemaDirectory = b.schemaDirectory;
        this.registry = b.registry;
    }

    /** The system clock, no XSD pass, no duplicate registry. */
    public static ValidationContext defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Clock clock() {
        return clock;
    }

    /** The folder with the official schema set, when the XSD pass is wanted. */
    public Optional<Path> schemaDirectory() {
        return Optional.ofNullable(schemaDirectory);
    }

    public Optional<InvoiceKeyRegistry> registry() {
        return Optional.ofNullable(registry);
    }

    /** Builds a {@link ValidationContext}. */
    public static final class Builder {
        private Clock clock = Clock.systemDefaultZone();
        private @Nullable Path schemaDirectory;
        private @Nullable InvoiceKeyRegistry registry;

        private Builder() {
        }

        /** The clock for "not in the future" checks (default: the system clock). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * A folder holding an official schema set (such as {@code ksef/fa1/schema}): adds a pass with
         * the official XSD, with secure processing on.
         */
        public Builder schemaDirectory(@Nullable Path directory) {
            this.schemaDirectory = directory;
            return this;
        }

        /** A registry of invoice keys for the duplicate rule {@code FA-DUP-001}. */
        public Builder registry(@Nullable InvoiceKeyRegistry registry) {
            this.registry = registry;
            return this;
        }

        public ValidationContext build() {
            return new ValidationContext(this);
        }
    }
}
