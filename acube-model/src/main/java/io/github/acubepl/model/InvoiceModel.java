package io.github.acubepl.model;

/**
 * The root of an FA invoice model of any schema version: {@link io.github.acubepl.model.fa1.Faktura},
 * {@link io.github.acubepl.model.fa2.Faktura} or {@link io.github.acubepl.model.fa3.Faktura}.
 *
 * <p>The mapping engine of {@code acube-mapping} takes this type wherever it accepts a model
 * ({@code InvoiceMapper.toXml}, {@code toJson}, {@code fromModel}, {@code validateModel}) and finds
 * the schema version from the class. The interface is sealed: only the generated {@code Faktura}
 * classes implement it, so a value of this type is always one of the three.
 */
public sealed interface InvoiceModel
        permits io.github.acubepl.model.fa1.Faktura, io.github.acubepl.model.fa2.Faktura,
        io.github.acubepl.model.fa3.Faktura {
    /**
     * The schema version of this model, as the mapping engine names it.
     *
     * @return {@code FA(1)}, {@code FA(2)} or {@code FA(3)}
     */
    String schemaVersion();
}
