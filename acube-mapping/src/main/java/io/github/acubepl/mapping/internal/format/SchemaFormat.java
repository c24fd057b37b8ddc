package io.github.acubepl.mapping.internal.format;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.acubepl.mapping.InvoiceDocument;
import io.github.acubepl.mapping.InvoiceFormat;
import io.github.acubepl.mapping.InvoiceReadException;
import io.github.acubepl.mapping.ReadLimits;
import io.github.acubepl.mapping.SourceSyntax;
import io.github.acubepl.mapping.ValidationContext;
import io.github.acubepl.mapping.ValidationRule;
import io.github.acubepl.mapping.internal.io.JsonTrees;
import io.github.acubepl.mapping.internal.io.SourceFacts;
import io.github.acubepl.mapping.internal.io.XmlInput;
import io.github.acubepl.mapping.internal.schema.FormSchema;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import io.github.acubepl.mapping.internal.validation.Issues;
import io.github.acubepl.mapping.internal.validation.StructureRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Base of the plug-ins built on our schema encoding: reading, writing, binding and structural
 * validation are generic; a subclass adds its identity, its schema, its model and business rules.
 */
public abstract class SchemaFormat implements InvoiceFormat {
    private final FormSchema schema;
    private final Class<?> modelType;
    private final JaxbBinding binding;

    protected SchemaFormat(FormSchema schema, Class<?> modelType) {
        this.schema = schema;
        this.modelType = modelType;
        this.binding = new JaxbBinding(modelType);
    }

    /** Our encoding of the schema. */
    public final FormSchema schema() {
        return schema;
    }

    final JaxbBinding binding() {
        return binding;
    }

    @Override
    public final String namespace() {
        return schema.namespace();
    }

    @Override
    public final Class<?> modelType() {
        return modelType;
    }

    /** The file name of the main official XSD of this version, for the optional XSD pass. */
    public abstract String xsdFileName();

    /** The business rules of this version. */
    protected abstract List<ValidationRule> businessRules();

    /**
     * Applies the business rules to a bound model. The model may come from a structurally invalid
     * document: values may be missing and rules must not assume otherwise.
     */
    protected abstract void checkBusinessRules(Object model, SourceFacts facts, SourceSyntax syntax,
            ValidationContext context, Issues issues);

    @Override
    public final List<ValidationRule> rules() {
        List<ValidationRule> all = new ArrayList<>(StructureRules.ALL);
        all.add(ModelRule.RULE);
        all.addAll(businessRules());
        return List.copyOf(all);
    }

    @Override
    public final InvoiceDocument readXml(byte[] xml, ReadLimits limits) {
        SourceFacts facts = SourceFacts.of(xml);
        XmlNode root = XmlInput.parse(xml, limits, facts);
        return new TreeDocument(this, SourceSyntax.XML, root, facts, List.of());
    }

    @Override
    public final InvoiceDocument readJson(JsonNode json) {
        return readJson(json, null);
    }

    /**
     * Reads A-Cube JSON parsed from raw bytes whose facts (encoding, byte order mark) the technical
     * checks look at; {@code facts} is {@code null} for a tree made elsewhere.
     */
    public final InvoiceDocument readJson(JsonNode json, SourceFacts facts) {
        if (!json.isObject()) {
            throw new InvoiceReadException(InvoiceReadException.Reason.MALFORMED,
                    "a JSON invoice must be an object, not " + json.getNodeType().toString().toLowerCase());
        }
        List<JsonTrees.ShapeProblem> problems = new ArrayList<>();
        XmlNode root = JsonTrees.toTree(json, schema, problems);
        return new TreeDocument(this, SourceSyntax.JSON, root, facts, problems);
    }

    @Override
    public final InvoiceDocument fromModel(Object model) {
        return new TreeDocument(this, SourceSyntax.MODEL, binding.fromModel(model), null, List.of());
    }

    @Override
    public String toString() {
        return name() + " (" + namespace() + ")";
    }
}
