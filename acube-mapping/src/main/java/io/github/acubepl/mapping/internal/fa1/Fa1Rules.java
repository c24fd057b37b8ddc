package io.github.acubepl.mapping.internal.fa1;

import io.github.acubepl.mapping.SourceSyntax;
import io.github.acubepl.mapping.ValidationContext;
import io.github.acubepl.mapping.ValidationRule;
import io.github.acubepl.mapping.internal.io.SourceFacts;
import io.github.acubepl.mapping.internal.validation.Issues;
import io.github.acubepl.model.fa1.Faktura;
import java.util.List;

/** FA(1) business rules (placeholder until written). */
final class Fa1Rules {
    static final List<ValidationRule> ALL = List.of();

    Fa1Rules(Faktura invoice, SourceFacts facts, SourceSyntax syntax, ValidationContext context, Issues issues) {
    }

    void check() {
    }
}
