package io.github.acubepl.mapping.internal.fa3;

import io.github.acubepl.mapping.internal.format.SchemaFormat;
import io.github.acubepl.mapping.internal.rules.FaVersion;
import io.github.acubepl.model.fa3.Faktura;

/**
 * The FA(3) plug-in: schema {@code schemat_FA(3)_v1-0E.xsd}, model {@link Faktura}. Structure,
 * KSeF's technical checks and the business rules that apply to FA(3) (docs/validation-rules.md).
 */
public final class Fa3Format extends SchemaFormat {
    /** Public for {@link java.util.ServiceLoader}. */
    public Fa3Format() {
        super(Fa3Schema.SCHEMA, Faktura.class, FaVersion.FA3);
    }

    @Override
    public String name() {
        return "FA(3)";
    }

    @Override
    public String systemCode() {
        return "FA (3)";
    }

    @Override
    public String variant() {
        return "3";
    }

    @Override
    protected String xsdFileName() {
        return "schemat_FA(3)_v1-0E.xsd";
    }
}
