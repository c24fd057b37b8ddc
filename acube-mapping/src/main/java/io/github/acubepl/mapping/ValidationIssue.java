package io.github.acubepl.mapping;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One finding of a validation.
 *
 * @param ruleId the stable rule id, e.g. {@code FA-STRUCT-001} or {@code FA-NIP-001} (see the rule catalogue)
 * @param severity error or warning
 * @param jsonPointer where, as a JSON Pointer into A-Cube's JSON ({@code ""} is the whole invoice)
 * @param xpath where, as an XPath into FA XML
 * @param messageEn what is wrong, in English
 * @param messagePl what is wrong, in Polish
 * @param line the line in the XML source, or {@code null} when unknown
 * @param column the column in the XML source, or {@code null} when unknown
 */
public record ValidationIssue(String ruleId, Severity severity, String jsonPointer, String xpath, String messageEn,
        String messagePl, @Nullable Integer line, @Nullable Integer column) {

    public ValidationIssue {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(jsonPointer, "jsonPointer");
        Objects.requireNonNull(xpath, "xpath");
        Objects.requireNonNull(messageEn, "messageEn");
        Objects.requireNonNull(messagePl, "messagePl");
    }

    /** The English message. */
    public String message() {
        return messageEn;
    }

    /** Whether this issue is an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity + " " + ruleId + " at " + xpath + ": " + messageEn;
    }
}
