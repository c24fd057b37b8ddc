package io.github.acubepl.mapping.internal.rules;

import io.github.acubepl.mapping.Severity;
import io.github.acubepl.mapping.ValidationRule;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One business rule, written once for every version it applies to: a stable id, the versions, a
 * severity (which may differ by version), English and Polish titles, an example of a breach, and
 * the check, which reads the document through an {@link InvoiceView}.
 *
 * <p>A check must tolerate structurally invalid documents: a value that is absent, invalid for its
 * type or unreadable ({@link InvoiceView#decimal} returns {@code null}) makes it stay silent; it
 * never throws.
 */
public final class BusinessRule {
    /** The check of a rule. */
    @FunctionalInterface
    public interface Check {
        /**
         * Checks one document.
         *
         * @param invoice the document, read through its version's adapter
         * @param report where to report breaches
         */
        void check(InvoiceView invoice, Reporter report);
    }

    private final String id;
    private final Map<FaVersion, ValidationRule> definitions;
    private final Check check;

    private BusinessRule(String id, Map<FaVersion, ValidationRule> definitions, Check check) {
        this.id = id;
        this.definitions = Collections.unmodifiableMap(definitions);
        this.check = check;
    }

    /**
     * Starts a rule.
     *
     * @param id the stable id, {@code FA-XXX-nnn}
     * @return a builder
     */
    public static Builder rule(String id) {
        return new Builder(id);
    }

    public String id() {
        return id;
    }

    /** The versions the rule applies to. */
    public Set<FaVersion> versions() {
        return definitions.keySet();
    }

    /** Whether the rule applies to {@code version}. */
    public boolean appliesTo(FaVersion version) {
        return definitions.containsKey(version);
    }

    /** The catalogue entry for {@code version} (with that version's severity). */
    public ValidationRule definition(FaVersion version) {
        ValidationRule r = definitions.get(version);
        if (r == null) {
            throw new IllegalArgumentException(id + " does not apply to " + version.formatName());
        }
        return r;
    }

    void check(InvoiceView invoice, Reporter report) {
        check.check(invoice, report);
    }

    @Override
    public String toString() {
        return id + " " + definitions.keySet();
    }

    /** Builds a {@link BusinessRule}; {@link #versions}, {@link #severity}, {@link #title} and {@link #check} are required. */
    public static final class Builder {
        private final String id;
        private Set<FaVersion> versions;
        private Severity severity;
        private final Map<FaVersion, Severity> severityIn = new EnumMap<>(FaVersion.class);
        private String titleEn;
        private String titlePl;
        private String example = "";

        private Builder(String id) {
            if (!id.matches("FA-[A-Z]+-\\d{3}")) {
                throw new IllegalArgumentException("rule id " + id);
            }
            this.id = id;
        }

        /** The versions the rule applies to. */
        public Builder versions(Set<FaVersion> applies) {
            this.versions = EnumSet.copyOf(applies);
            return this;
        }

        /** The versions the rule applies to. */
        public Builder versions(FaVersion first, FaVersion... rest) {
            this.versions = EnumSet.of(first, rest);
            return this;
        }

        /** The severity in every version, unless {@link #severityIn} says otherwise. */
        public Builder severity(Severity s) {
            this.severity = s;
            return this;
        }

        /** A different severity in one version. */
        public Builder severityIn(FaVersion version, Severity s) {
            severityIn.put(version, s);
            return this;
        }

        /** What the rule checks, in English and Polish. */
        public Builder title(String en, String pl) {
            this.titleEn = en;
            this.titlePl = pl;
            return this;
        }

        /** An example of a breach, for the catalogue. */
        public Builder example(String e) {
            this.example = e;
            return this;
        }

        /** Finishes the rule with its check. */
        public BusinessRule check(Check c) {
            Objects.requireNonNull(versions, "versions");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(titleEn, "title");
            Objects.requireNonNull(c, "check");
            if (!versions.containsAll(severityIn.keySet())) {
                throw new IllegalArgumentException(id + ": a severity for a version the rule does not apply to");
            }
            Map<FaVersion, ValidationRule> defs = new EnumMap<>(FaVersion.class);
            for (FaVersion v : versions) {
                defs.put(v, new ValidationRule(id, ValidationRule.Category.BUSINESS, severityIn.getOrDefault(v, severity),
                        titleEn, titlePl, example));
            }
            return new BusinessRule(id, defs, c);
        }
    }
}
