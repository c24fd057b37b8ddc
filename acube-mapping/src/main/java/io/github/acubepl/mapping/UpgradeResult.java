package io.github.acubepl.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an upgrade produced: the upgraded document, the report of every change and decision
 * ({@link #entries()}), the errors of the upgrade itself ({@link #issues()}: open decisions, answers
 * that fit no decision) and the validation of the upgraded document in its new version
 * ({@link #validation()}). Immutable.
 */
public final class UpgradeResult {
    private final String sourceFormat;
    private final InvoiceDocument document;
    private final List<UpgradeEntry> entries;
    private final List<ValidationIssue> issues;
    private final ValidationReport validation;

    /**
     * A result; {@link InvoiceUpgrader} makes them.
     *
     * @param sourceFormat the version upgraded from, e.g. {@code FA(2)}
     * @param document the upgraded document
     * @param entries one entry per change or decision, in document order per rule
     * @param issues the errors of the upgrade itself
     * @param validation the validation of {@code document}
     */
    public UpgradeResult(String sourceFormat, InvoiceDocument document, List<UpgradeEntry> entries,
            List<ValidationIssue> issues, ValidationReport validation) {
        this.sourceFormat = Objects.requireNonNull(sourceFormat, "sourceFormat");
        this.document = Objects.requireNonNull(document, "document");
        this.entries = List.copyOf(entries);
        this.issues = List.copyOf(issues);
        this.validation = Objects.requireNonNull(validation, "validation");
    }

    /** The version upgraded from, e.g. {@code FA(2)}. */
    public String sourceFormat() {
        return sourceFormat;
    }

    /**
     * The upgraded document. Where a decision is open it still holds the source's value (for
     * example the FA(2) rate {@code 0}), so that it fails validation rather than carry a guess.
     */
    public InvoiceDocument document() {
        return document;
    }

    /** Every change and decision of the upgrade. */
    public List<UpgradeEntry> entries() {
        return entries;
    }

    /** The entries of one kind. */
    public List<UpgradeEntry> entries(UpgradeEntry.Kind kind) {
        List<UpgradeEntry> out = new ArrayList<>();
        for (UpgradeEntry e : entries) {
            if (e.kind() == kind) {
                out.add(e);
            }
        }
        return out;
    }

    /** The decisions still open. */
    public List<UpgradeEntry> openDecisions() {
        List<UpgradeEntry> out = new ArrayList<>();
        for (UpgradeEntry e : entries) {
            if (e.isOpen()) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The errors of the upgrade itself, each an {@link Severity#ERROR}: one per open decision (its
     * rule id, at its target), one per answer that names no decision the invoice needs or is not among
     * the decision's allowed answers ({@code UPG-ANSWER-001}, {@code UPG-ANSWER-002}).
     */
    public List<ValidationIssue> issues() {
        return issues;
    }

    /** The validation of {@link #document()} in its new version (structure, rules, and the official XSD if configured). */
    public ValidationReport validation() {
        return validation;
    }

    /** Whether no decision is open and every answer fitted a decision. */
    public boolean isComplete() {
        return issues.isEmpty();
    }

    /** Whether the upgrade is complete and the upgraded document has no validation error. */
    public boolean isValid() {
        return isComplete() && validation.isValid();
    }

    @Override
    public String toString() {
        return "UpgradeResult[" + sourceFormat + " -> " + validation.format() + ": " + entries.size() + " entries, "
                + openDecisions().size() + " open decisions, " + issues.size() + " upgrade errors, "
                + (validation.isValid() ? "valid" : validation.errors().size() + " validation errors") + "]";
    }
}
