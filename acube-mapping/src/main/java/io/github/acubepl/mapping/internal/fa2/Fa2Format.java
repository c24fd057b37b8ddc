package io.github.acubepl.mapping.internal.fa2;

import io.github.acubepl.mapping.internal.format.SchemaFormat;
import io.github.acubepl.mapping.internal.rules.FaVersion;
import io.github.acubepl.model.fa2.Faktura;

/**
 * The FA(2) plug-in: schema {@code schemat_FA(2)_v1-0E.xsd}, model {@link Faktura}. Structure,
 * KSeF's technical checks and the business rules that apply to FA(2) (docs/validation-rules.md).
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
    protected String xsdFileName() {
        return "schemat_FA(2)_v1-0E.xsd";
    }
}
