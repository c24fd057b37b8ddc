package io.github.acubepl.mapping.internal.rules;

import io.github.acubepl.mapping.ValidationRule;
import io.github.acubepl.mapping.internal.tree.Path;
import io.github.acubepl.mapping.internal.validation.Issues;

/** Where one rule reports, with the severity it has in the version being checked. */
public final class Reporter {
    private final ValidationRule rule;
    private final Issues issues;

    Reporter(ValidationRule rule, Issues issues) {
        this.rule = rule;
        this.issues = issues;
    }

    /**
     * Reports a breach of the rule.
     *
     * @param path where (rendered as JSON Pointer and XPath)
     * @param messageEn what is wrong, in English; untrusted text quoted through {@code Text.shorten}
     * @param messagePl the same in Polish
     */
    public void add(Path path, String messageEn, String messagePl) {
        issues.add(rule, path, messageEn, messagePl);
    }
}
