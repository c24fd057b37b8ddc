package io.github.acubepl.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The immutable result of validating one invoice: its issues in document order (structural ones
 * first, then business rules, then the optional official-XSD pass).
 */
public final class ValidationReport {
    private final String format;
    private final List<ValidationIssue> issues;

    public ValidationReport(String format, List<ValidationIssue> issues) {
        this.format = Objects.requireNonNull(format, "format");
        this.issues = List.copyOf(issues);
    }

    /** The schema version the invoice was validated as, e.g. {@code FA(1)}. */
    public String format() {
        return format;
    }

    public List<ValidationIssue> issues() {
        return issues;
    }

    /** Whether there is no error (warnings are allowed). */
    public boolean isValid() {
        for (ValidationIssue i : issues) {
            if (i.isError()) {
                return false;
            }
        }
        return true;
    }

    public List<ValidationIssue> errors() {
        return filter(Severity.ERROR);
    }

    public List<ValidationIssue> warnings() {
        return filter(Severity.WARNING);
    }

    /** The issues raised by rule {@code ruleId}. */
    public List<ValidationIssue> issues(String ruleId) {
        List<ValidationIssue> out = new ArrayList<>();
        for (ValidationIssue i : issues) {
            if (i.ruleId().equals(ruleId)) {
                out.add(i);
            }
        }
        return out;
    }

    private List<ValidationIssue> filter(Severity severity) {
        List<ValidationIssue> out = new ArrayList<>();
        for (ValidationIssue i : issues) {
            if (i.severity() == severity) {
                out.add(i);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return format + ": " + (isValid() ? "valid" : "invalid") + " (" + errors().size() + " errors, "
                + warnings().size() + " warnings)";
    }
}
