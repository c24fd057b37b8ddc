package io.github.acubepl.mapping;

import io.github.acubepl.model.InvoiceModel;
import java.util.List;

/**
 * A plug-in for one FA schema version, found through {@link java.util.ServiceLoader}: the engine
 * ships one for each of FA(1), FA(2) and FA(3), and most users only ever see this type as
 * {@link InvoiceDocument#format()} (for its {@link #name()} and {@link #rules()}).
 *
 * <p>For plug-in authors, what the engine ({@link InvoiceMapper}) guarantees and expects:
 * <ul>
 *   <li>It picks the plug-in by the XML root element's namespace ({@link #namespace()}) or, for
 *       JSON, by {@code Naglowek/KodFormularza/@kodSystemowy} ({@link #systemCode()}), else by
 *       {@code Naglowek/WariantFormularza} ({@link #variant()}); the first plug-in that matches
 *       wins, so these values should differ between the plug-ins in use.</li>
 *   <li>{@link #readXml} and {@link #readJson} receive the whole input, as given (byte order mark
 *       included), already within {@link ReadLimits#maxBytes()}; the plug-in enforces the rest of
 *       the limits while parsing and reports unreadable input as {@link InvoiceReadException}.</li>
 *   <li>The documents it returns validate themselves ({@link InvoiceDocument#validate}) and say in
 *       {@link ValidationReport#layers()} which layers they ran.</li>
 *   <li>Only the types of this package are API; nothing under {@code io.github.acubepl.mapping.internal}
 *       is, and a plug-in must not depend on it.</li>
 * </ul>
 * Implementations are immutable and thread-safe, and public with a public no-argument constructor
 * (or a {@code provider()} method, on the module path) for {@link java.util.ServiceLoader}.
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
     * @param xml the whole input, as given
     * @param limits the limits to parse within
     * @return the document, valid or not
     * @throws InvoiceReadException if it is malformed, hostile or over the limits
     */
    InvoiceDocument readXml(byte[] xml, ReadLimits limits);

    /**
     * Reads A-Cube JSON of this version. The engine calls it once it has matched the JSON header to
     * this plug-in; the built-in plug-ins then reuse the engine's parse rather than parsing again.
     *
     * @param json the whole input (UTF-8, or UTF-16/32 with a byte order mark)
     * @param limits the limits to parse within
     * @return the document, valid or not
     * @throws InvoiceReadException if it is malformed, hostile, over the limits or not a JSON object
     */
    InvoiceDocument readJson(byte[] json, ReadLimits limits);

    /**
     * Wraps a model object of {@link #modelType()}.
     *
     * @throws AcubeMappingException if the object is of another type
     */
    InvoiceDocument fromModel(InvoiceModel model);
}
