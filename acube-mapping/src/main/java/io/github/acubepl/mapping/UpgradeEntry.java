package io.github.acubepl.mapping;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One change an upgrade made, or one decision it needed: the rule that made it, what kind of
 * change it is, where it was in the source and where it is in the result.
 *
 * @param ruleId the stable rule id, e.g. {@code UPG-2-3-011} (docs/upgrade-rules.md lists them)
 * @param kind mechanical, defaulted, or a decision
 * @param sourcePointer where in the source, as a JSON Pointer into A-Cube's JSON ({@code ""} is the
 *     whole invoice); for an element the source lacks, its parent
 * @param sourceXpath the same place as an XPath into the source FA XML
 * @param targetPointer where in the result, as a JSON Pointer; for removed data, the parent it was in
 * @param targetXpath the same place as an XPath into the result FA XML
 * @param messageEn what happened, in English
 * @param messagePl what happened, in Polish
 * @param value the value written: the default used, the value a mechanical rule wrote, or the answer
 *     applied; {@code null} when nothing was written (data removed, decision open)
 * @param allowedAnswers for a decision, the answers it takes (e.g. {@code 0 KR}, {@code 0 WDT},
 *     {@code 0 EX}); empty otherwise
 * @param answer for a decision, the answer applied, or {@code null} while it is open
 * @param answeredBy for a decision, what gave the answer
 */
public record UpgradeEntry(String ruleId, Kind kind, String sourcePointer, String sourceXpath, String targetPointer,
        String targetXpath, String messageEn, String messagePl, @Nullable String value, List<String> allowedAnswers,
        @Nullable String answer, AnsweredBy answeredBy) {

    /** What kind of change an entry is. */
    public enum Kind {
        /** Certain: a renamed or re-coded value, a changed wrapper, a value the source data decides. */
        MECHANICAL,
        /** A value the target requires and the source cannot have, filled with a documented default. */
        DEFAULTED,
        /** Ambiguous: the caller must answer; an open decision leaves the result invalid. */
        NEEDS_DECISION
    }

    /** What answered a decision. */
    public enum AnsweredBy {
        /** Not a decision, or a decision still open. */
        NONE,
        /** An answer given for this rule at this location. */
        LOCATION,
        /** An answer given for this rule everywhere. */
        RULE,
        /** The policy of the {@link UpgradeAnswers}. */
        POLICY
    }

    /** Checks the components and copies the list. */
    public UpgradeEntry {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourcePointer, "sourcePointer");
        Objects.requireNonNull(sourceXpath, "sourceXpath");
        Objects.requireNonNull(targetPointer, "targetPointer");
        Objects.requireNonNull(targetXpath, "targetXpath");
        Objects.requireNonNull(messageEn, "messageEn");
        Objects.requireNonNull(messagePl, "messagePl");
        allowedAnswers = List.copyOf(allowedAnswers);
        Objects.requireNonNull(answeredBy, "answeredBy");
    }

    /** Whether this is a decision no answer resolved. */
    public boolean isOpen() {
        return kind == Kind.NEEDS_DECISION && answer == null;
    }

    @Override
    public String toString() {
        return kind + " " + ruleId + " at " + sourceXpath + (sourceXpath.equals(targetXpath) ? "" : " -> " + targetXpath)
                + ": " + messageEn;
    }
}
