package io.github.acubepl.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The immutable result of validating one invoice: its issues (structural ones first, then the
 * business rules, then the optional official-XSD pass) and the {@linkplain #layers() layers} that
 * ran.
 */
public final class ValidationReport {
    private final String format;
    private final List<ValidationIssue> issues;
    private final Set<ValidationLayer> layers;

    /**
     * A report; the engine makes them, a plug-in's {@link InvoiceDocument#validate} makes its own.
     *
     * @param format the schema version the invoice was validated as, e.g. {@code FA(3)}
     * @param issues the issues found, in the order to show them
     * @param layers the layers that ran (whether they found anything or not)
     */
    public ValidationReport(String format, List<ValidationIssue> issues, Set<ValidationLayer> layers) {
        this.format = Objects.requireNonNull(format, "format");
        this.issues = List.copyOf(issues);
        Objects.requireNonNull(layers, "layers");
        this.layers = Collections.unmodifiableSet(layers.isEmpty() ? EnumSet.noneOf(ValidationLayer.class)
                : EnumSet.copyOf(layers));
    }

    /** The schema version the invoice was validated as, e.g. {@code FA(1)}. */
    public String format() {
        return format;
    }

    /**
     * Every issue found.
     *
     * @return the issues, errors and warnings
     */
    public List<ValidationIssue> issues() {
        return issues;
    }

    /**
     * The layers that ran, in their order. A layer missing here found nothing because it did not
     * run: with the built-in plug-ins, {@link ValidationLayer#OFFICIAL_SCHEMA} is missing unless a
     * schema folder was configured.
     *
     * @return the layers, unmodifiable
     */
    public Set<ValidationLayer> layers() {
        return layers;
    }

    /**
     * Whether {@code layer} ran.
     *
     * @param layer the layer
     * @return whether it is in {@link #layers()}
     */
    public boolean ran(ValidationLayer layer) {
        return layers.contains(Objects.requireNonNull(layer, "layer"));
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

    /**
     * The issues of severity {@link Severity#ERROR}.
     *
     * @return the errors
     */
    public List<ValidationIssue> errors() {
        return filter(Severity.ERROR);
    }

    /**
     * The issues of severity {@link Severity#WARNING}.
     *
     * @return the warnings
     */
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
                + warnings().size() + " warnings; layers " + layers + ")";
    }
}
