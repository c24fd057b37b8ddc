package io.github.acubepl.mapping;

import java.util.Objects;

/**
 * An entry of the rule catalogue.
 *
 * @param id the stable id, e.g. {@code FA-SUM-003}
 * @param category structure, business, XSD or input (JSON shape)
 * @param severity the severity the rule reports with
 * @param titleEn what the rule checks, in English
 * @param titlePl what the rule checks, in Polish
 * @param example an example of an invoice that breaks it
 */
public record ValidationRule(String id, Category category, Severity severity, String titleEn, String titlePl,
        String example) {
    /** What part of validation a rule belongs to. */
    public enum Category {
        /** Everything the official XSD says, enforced by our own code. */
        STRUCTURE,
        /** Rules the XSD cannot express. */
        BUSINESS,
        /** The optional pass with the official XSD files. */
        XSD,
        /** The shape of A-Cube JSON input. */
        INPUT
    }

    public ValidationRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(titlePl, "titlePl");
        Objects.requireNonNull(example, "example");
    }
}
