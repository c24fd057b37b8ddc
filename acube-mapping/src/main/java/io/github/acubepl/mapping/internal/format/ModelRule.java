package io.github.acubepl.mapping.internal.format;

import io.github.acubepl.mapping.Severity;
import io.github.acubepl.mapping.ValidationRule;

/** The rule reporting values the Java model cannot hold. */
final class ModelRule {
    static final ValidationRule RULE = new ValidationRule("FA-MODEL-001", ValidationRule.Category.INPUT,
            Severity.WARNING,
            "A value the schema accepts cannot be held by the Java model (e.g. a date-time without a time zone); "
                    + "conversions keep it, the model leaves it empty",
            "Wartość akceptowana przez schemat nie mieści się w modelu Java (np. data i czas bez strefy); "
                    + "konwersje ją zachowują, model pozostawia ją pustą",
            "DataWytworzeniaFa = 2022-02-15T09:30:47 (no zone)");

    private ModelRule() {
    }
}
