package io.github.acubepl.mapping;

import java.io.OutputStream;

/**
 * An invoice as read from FA XML or A-Cube JSON, or built from a model: kept exactly as given,
 * valid or not, so that it can be validated and converted without losing anything.
 * Immutable and thread-safe.
 */
public interface InvoiceDocument {
    /** The schema version of this document. */
    InvoiceFormat format();

    /** What the document was read from. */
    SourceSyntax syntax();

    /**
     * The document as FA XML (UTF-8, indented).
     *
     * @throws AcubeMappingException if it holds characters XML cannot carry (possible only for JSON input)
     */
    byte[] toXml();

    /** The document as JSON in A-Cube's convention (UTF-8, indented). */
    byte[] toJson();

    /** Writes {@link #toXml()} to {@code out}. */
    void writeXml(OutputStream out);

    /** Writes {@link #toJson()} to {@code out}. */
    void writeJson(OutputStream out);

    /**
     * Binds the document to the format's model class. Values the model cannot hold (structurally
     * invalid ones) are left {@code null}; validate first to know.
     *
     * @throws AcubeMappingException if {@code type} is not the format's model type
     */
    <M> M toModel(Class<M> type);

    /**
     * Validates the document: structure, business rules and, if {@code context} names a schema
     * folder, the official XSD; {@link ValidationReport#layers()} says which of them ran.
     *
     * @param context the clock, schema folder, registry and environment to validate with
     * @return the report
     * @throws AcubeMappingException if the configured schema folder lacks this version's schema
     */
    ValidationReport validate(ValidationContext context);
}
