package io.github.acubepl.mapping.internal.upgrade;

import io.github.acubepl.mapping.UpgradeEntry;
import java.util.List;
import java.util.Objects;

/**
 * One upgrade rule: a row of the rule table ({@link UpgradeRules}), from which the documentation page
 * of the upgrade rules can be generated.
 *
 * @param id the stable id, {@code UPG-<from>-<to>-<nnn>}
 * @param from the version upgraded from, e.g. {@code FA(2)}
 * @param to the version upgraded to, e.g. {@code FA(3)}
 * @param kind the kind of every entry the rule makes
 * @param title what the rule does, one line in English
 * @param titlePl the same in Polish
 * @param before an example of the source (an XML fragment)
 * @param after the same example upgraded
 * @param answers for a decision, the answers it may take (a decision may allow fewer at one place)
 */
public record UpgradeRule(String id, String from, String to, UpgradeEntry.Kind kind, String title, String titlePl,
        String before, String after, List<String> answers) {
    public UpgradeRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        answers = List.copyOf(answers);
        if ((kind == UpgradeEntry.Kind.NEEDS_DECISION) == answers.isEmpty()) {
            throw new IllegalArgumentException(id + ": a decision, and only a decision, lists its answers");
        }
    }
}
