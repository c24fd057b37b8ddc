package io.github.acubepl.mapping.internal.fa2;

import io.github.acubepl.mapping.ValidationContext;
import io.github.acubepl.mapping.ValidationRule;
import io.github.acubepl.mapping.internal.format.SchemaFormat;
import io.github.acubepl.mapping.internal.rules.FaVersion;
import io.github.acubepl.mapping.internal.validation.Issues;
import io.github.acubepl.model.InvoiceModel;
import io.github.acubepl.model.fa2.Faktura;
import java.util.List;

/**
 * The FA(2) plug-in: schema {@code schemat_FA(2)_v1-0E.xsd}, model {@link Faktura}. It validates the
 * structure (everything the XSD says) and KSeF's technical checks; the business rules of FA(2) are
 * not written yet (docs/validation-rules.md lists which rules apply to which version).
 */
public final class Fa2Format extends SchemaFormat {
    /** Public for {@link java.util.ServiceLoader}. */
    public Fa2Format() {
        super(Fa2Schema.SCHEMA, Faktura.class, FaVersion.FA2);
    }

    @Override
    public String name() {
        return "FA(2)";
    }

    @Override
    public String systemCode() {
        return "FA (2)";
    }

    @Override
    public String variant() {
        return "2";
    }

    @Override
    public String xsdFileName() {
        return "schemat_FA(2)_v1-0E.xsd";
    }

    @Override
    protected List<ValidationRule> businessRules() {
        return List.of();
    }

    @Override
    protected void checkBusinessRules(InvoiceModel model, ValidationContext context, Issues issues) {
        // structure and technical rules only, for now
    }
}
