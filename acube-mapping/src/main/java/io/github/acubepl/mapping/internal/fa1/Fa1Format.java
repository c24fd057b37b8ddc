package io.github.acubepl.mapping.internal.fa1;

import io.github.acubepl.mapping.internal.format.SchemaFormat;
import io.github.acubepl.mapping.internal.rules.FaVersion;
import io.github.acubepl.model.fa1.Faktura;

/** The FA(1) plug-in: schema {@code schemat_FA(1)_v1-0E.xsd}, model {@link Faktura}. */
public final class Fa1Format extends SchemaFormat {
    /** Public for {@link java.util.ServiceLoader}. */
    public Fa1Format() {
        super(Fa1Schema.SCHEMA, Faktura.class, FaVersion.FA1);
    }

    @Override
    public String name() {
        return "FA(1)";
    }

    @Override
    public String systemCode() {
        return "FA (1)";
    }

    @Override
    public String variant() {
        return "1";
    }

    @Override
    protected String xsdFileName() {
        return "schemat_FA(1)_v1-0E.xsd";
    }
}
