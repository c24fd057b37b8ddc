package io.github.acubepl.mapping;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What validation needs besides the invoice: the clock for date rules, an optional folder holding
 * the official schema sets for the extra XSD pass, an optional registry for duplicate checks, and
 * the optional KSeF environment the invoice is meant for (rule {@code FA-TECH-002}).
 *
 * <p>This is the one place these options are set: give the context to
 * {@link InvoiceMapper.Builder#context} to make it the engine's default, or to
 * {@link InvoiceDocument#validate} for one validation. Immutable and thread-safe.
 */
public final class ValidationContext {
    private final Clock clock;
    private final @Nullable Path schemaDirectory;
    private final @Nullable InvoiceKeyRegistry registry;
    private final @Nullable KsefEnvironment targetEnvironment;

    private ValidationContext(Builder b) {
        this.clock = b.clock;
        this.schemaDirectory = b.schemaDirectory;
        this.registry = b.registry;
        this.targetEnvironment = b.targetEnvironment;
    }

    /**
     * The system clock, no official-XSD pass, no duplicate registry, no target environment.
     *
     * @return the default context
     */
    public static ValidationContext defaults() {
        return builder().build();
    }

    /**
     * Starts configuring a context.
     *
     * @return a new builder with the defaults of {@link #defaults()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The clock for date rules ("P_1 not in the future", judged in Polish time).
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * The folder with the official schema sets, when the official-XSD pass
     * ({@link ValidationLayer#OFFICIAL_SCHEMA}) is wanted.
     *
     * @return the folder, or empty for no such pass
     */
    public Optional<Path> schemaDirectory() {
        return Optional.ofNullable(schemaDirectory);
    }

    /**
     * The registry of invoice keys for the duplicate rule {@code FA-DUP-001}, when one was set.
     *
     * @return the registry, or empty
     */
    public Optional<InvoiceKeyRegistry> registry() {
        return Optional.ofNullable(registry);
    }

    /**
     * The KSeF environment the invoice is meant for, when one was set: a schema version it refuses
     * is then an error of rule {@code FA-TECH-002}, not a warning.
     *
     * @return the environment, or empty when validating without one in mind
     */
    public Optional<KsefEnvironment> targetEnvironment() {
        return Optional.ofNullable(targetEnvironment);
    }

    /** Builds a {@link ValidationContext}. */
    public static final class Builder {
        private Clock clock = Clock.systemDefaultZone();
        private @Nullable Path schemaDirectory;
        private @Nullable InvoiceKeyRegistry registry;
        private @Nullable KsefEnvironment targetEnvironment;

        private Builder() {
        }

        /**
         * The clock for "not in the future" checks (default: the system clock).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * A folder holding the official schema sets: adds a pass with the official XSD, with secure
         * processing on. Either the folder that holds the version folders (such as {@code ksef}, with
         * {@code fa1/schema}, {@code fa2/schema}, {@code fa3/schema}), where each invoice is checked
         * against its own version's schema, or one version's schema folder (such as
         * {@code ksef/fa3/schema}), which then serves invoices of that version only. Reports then list
         * {@link ValidationLayer#OFFICIAL_SCHEMA} among their layers.
         *
         * @param directory the folder, or {@code null} for no official-XSD pass (the default)
         * @return this builder
         */
        public Builder schemaDirectory(@Nullable Path directory) {
            this.schemaDirectory = directory;
            return this;
        }

        /**
         * A registry of invoice keys for the duplicate rule {@code FA-DUP-001} (default: none).
         *
         * @param registry the registry, or {@code null} for no duplicate check
         * @return this builder
         */
        public Builder registry(@Nullable InvoiceKeyRegistry registry) {
            this.registry = registry;
            return this;
        }

        /**
         * The KSeF environment the invoice is meant for (default: none): a schema version it does
         * not accept becomes an error of rule {@code FA-TECH-002}.
         *
         * @param environment the environment, or {@code null} for none
         * @return this builder
         */
        public Builder targetEnvironment(@Nullable KsefEnvironment environment) {
            this.targetEnvironment = environment;
            return this;
        }

        /**
         * Builds the context.
         *
         * @return a new, immutable context
         */
        public ValidationContext build() {
            return new ValidationContext(this);
        }
    }
}
