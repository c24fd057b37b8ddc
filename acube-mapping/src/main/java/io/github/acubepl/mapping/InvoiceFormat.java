package io.github.acubepl.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.acubepl.model.InvoiceModel;
import java.util.List;

/**
 * A plug-in for one FA schema version, found through {@link java.util.ServiceLoader}. The engine
 * ({@link InvoiceMapper}) detects which plug-in a document belongs to by its XML namespace or, for
 * JSON, by {@code Naglowek/KodFormularza/@kodSystemowy} and {@code WariantFormularza}, then lets
 * the plug-in read, write and validate it. Implementations are immutable and thread-safe.
 */
public interface InvoiceFormat {
    /** A short name, e.g. {@code FA(3)}: the name {@link KsefEnvironment} and reports use. */
    String name();

    /** The XML target namespace. */
    String namespace();

    /** The {@code kodSystemowy} attribute of {@code KodFormularza}, e.g. {@code FA (1)}. */
    String systemCode();

    /** The {@code WariantFormularza} value, e.g. {@code 1}. */
    String variant();

    /** The root class of this version's model, e.g. {@code io.github.acubepl.model.fa3.Faktura}. */
    Class<? extends InvoiceModel> modelType();

    /** The validation rules this plug-in applies. */
    List<ValidationRule> rules();

    /**
     * Reads FA XML of this version.
     *
     * @throws InvoiceReadException if it is malformed, hostile or over the limits
     */
    InvoiceDocument readXml(byte[] xml, ReadLimits limits);

    /**
     * Reads A-Cube JSON of this version, already parsed.
     *
     * @throws InvoiceReadException if it is not a JSON object
     */
    InvoiceDocument readJson(JsonNode json);

    /**
     * Wraps a model object of {@link #modelType()}.
     *
     * @throws AcubeMappingException if the object is of another type
     */
    InvoiceDocument fromModel(InvoiceModel model);
}
