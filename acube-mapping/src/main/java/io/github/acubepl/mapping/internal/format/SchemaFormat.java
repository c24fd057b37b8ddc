package io.github.acubepl.mapping.internal.format;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.acubepl.mapping.AcubeMappingException;
import io.github.acubepl.mapping.InvoiceDocument;
import io.github.acubepl.mapping.InvoiceFormat;
import io.github.acubepl.mapping.InvoiceReadException;
import io.github.acubepl.mapping.ReadLimits;
import io.github.acubepl.mapping.SourceSyntax;
import io.github.acubepl.mapping.ValidationContext;
import io.github.acubepl.mapping.ValidationRule;
import io.github.acubepl.mapping.internal.io.JsonInput;
import io.github.acubepl.mapping.internal.io.JsonTrees;
import io.github.acubepl.mapping.internal.io.SourceFacts;
import io.github.acubepl.mapping.internal.io.XmlInput;
import io.github.acubepl.mapping.internal.rules.BusinessRules;
import io.github.acubepl.mapping.internal.rules.FaVersion;
import io.github.acubepl.mapping.internal.schema.FormSchema;
import io.github.acubepl.mapping.internal.schema.Text;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import io.github.acubepl.mapping.internal.validation.Issues;
import io.github.acubepl.mapping.internal.validation.StructureRules;
import io.github.acubepl.mapping.internal.validation.TechnicalRules;
import io.github.acubepl.model.InvoiceModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Base of the plug-ins built on our schema encoding: reading, writing, binding, structural
 * validation, KSeF's technical checks and the business rules (internal/rules, selected by the
 * version) are generic; a subclass adds its identity (name, system code, variant, XSD file), its
 * schema encoding and its model.
 */
public abstract class SchemaFormat implements InvoiceFormat {
    private final FormSchema schema;
    private final Class<? extends InvoiceModel> modelType;
    private final JaxbBinding binding;
    private final FaVersion version;

    /**
     * A plug-in for one schema version.
     *
     * @param schema our encoding of the version's schema
     * @param modelType the version's root model class
     * @param version the version, which selects the business rules and their adapter
     */
    protected SchemaFormat(FormSchema schema, Class<? extends InvoiceModel> modelType, FaVersion version) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.modelType = Objects.requireNonNull(modelType, "modelType");
        this.version = Objects.requireNonNull(version, "version");
        this.binding = new JaxbBinding(modelType);
    }

    /** The version, as the business rules know it. */
    final FaVersion version() {
        return version;
    }

    /**
     * Our encoding of the schema.
     *
     * @return the schema
     */
    final FormSchema schema() {
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
    public final Class<? extends InvoiceModel> modelType() {
        return modelType;
    }

    /**
     * The file name of the main official XSD of this version, for the optional XSD pass.
     *
     * @return a name such as {@code schemat_FA(3)_v1-0E.xsd}
     */
    protected abstract String xsdFileName();

    /**
     * The name of this version's folder in a folder holding several versions' schema sets (as
     * {@code ksef/fa3/schema}): the name without punctuation, lower case.
     *
     * @return a name such as {@code fa3}
     */
    final String versionFolder() {
        return name().replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }

    /**
     * The main official XSD of this version in {@code directory}: either a version's schema folder
     * holding {@link #xsdFileName()} itself, or a folder holding the version folders, where
     * {@code <version>/schema} (or {@code <version>}) holds it.
     *
     * @param directory the folder given as {@code --schema-dir} or {@code schemaDirectory}
     * @return the main XSD file
     * @throws AcubeMappingException if none of these places holds it
     */
    final Path officialXsd(Path directory) {
        List<Path> candidates = List.of(directory.resolve(xsdFileName()),
                directory.resolve(versionFolder()).resolve("schema").resolve(xsdFileName()),
                directory.resolve(versionFolder()).resolve(xsdFileName()));
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new AcubeMappingException("no schema file " + xsdFileName() + " for " + name() + " invoices in "
                + Text.shorten(directory.toString(), 200) + " (looked in the folder itself, in " + versionFolder()
                + "/schema and in " + versionFolder() + ")");
    }

    /** KSeF's technical checks and the environment table, the same for every version. */
    final void checkTechnicalRules(SourceFacts facts, SourceSyntax syntax, ValidationContext context,
            Issues issues) {
        io.github.acubepl.mapping.internal.tree.Path root =
                io.github.acubepl.mapping.internal.tree.Path.root(schema.root().name());
        TechnicalRules.check(facts, syntax, issues, TechnicalRules.MAX_BYTES, root);
        TechnicalRules.checkEnvironment(name(), context.targetEnvironment(), issues, root);
    }

    @Override
    public final List<ValidationRule> rules() {
        List<ValidationRule> all = new ArrayList<>(StructureRules.ALL);
        all.add(ModelRule.RULE);
        all.add(TechnicalRules.TECH_001);
        all.add(TechnicalRules.TECH_002);
        all.addAll(BusinessRules.definitions(version));
        return List.copyOf(all);
    }

    @Override
    public final InvoiceDocument readXml(byte[] xml, ReadLimits limits) {
        SourceFacts facts = SourceFacts.of(xml);
        XmlNode root = XmlInput.parse(xml, limits, facts);
        return new TreeDocument(this, SourceSyntax.XML, root, facts, List.of());
    }

    @Override
    public final InvoiceDocument readJson(byte[] json, ReadLimits limits) {
        return readParsedJson(JsonInput.parse(json, limits), json);
    }

    /**
     * Reads A-Cube JSON the engine has already parsed (to detect its version), so that the input is
     * parsed once on the engine's path.
     *
     * @param json the parsed JSON, consumed: emptied as it is converted, so that it and the document's
     *     tree are never both whole in memory
     * @param input the raw bytes it was parsed from, whose facts (size, encoding, byte order mark)
     *     the technical checks look at
     * @return the document
     */
    public final InvoiceDocument readParsedJson(JsonNode json, byte[] input) {
        if (!json.isObject()) {
            throw new InvoiceReadException(InvoiceReadException.Reason.MALFORMED,
                    "a JSON invoice must be an object, not " + json.getNodeType().toString().toLowerCase(Locale.ROOT));
        }
        List<JsonTrees.ShapeProblem> problems = new ArrayList<>();
        XmlNode root = JsonTrees.toTree(json, schema, problems);
        return new TreeDocument(this, SourceSyntax.JSON, root, SourceFacts.of(input), problems);
    }

    @Override
    public final InvoiceDocument fromModel(InvoiceModel model) {
        return new TreeDocument(this, SourceSyntax.MODEL, binding.fromModel(model), null, List.of());
    }

    @Override
    public String toString() {
        return name() + " (" + namespace() + ")";
    }
}
