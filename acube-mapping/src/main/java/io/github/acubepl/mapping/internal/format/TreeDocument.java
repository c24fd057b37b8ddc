package io.github.acubepl.mapping.internal.format;

import io.github.acubepl.mapping.AcubeMappingException;
import io.github.acubepl.mapping.InvoiceDocument;
import io.github.acubepl.mapping.InvoiceFormat;
import io.github.acubepl.mapping.SourceSyntax;
import io.github.acubepl.mapping.ValidationContext;
import io.github.acubepl.mapping.ValidationLayer;
import io.github.acubepl.mapping.ValidationReport;
import io.github.acubepl.mapping.internal.io.JsonOutput;
import io.github.acubepl.mapping.internal.io.JsonTrees;
import io.github.acubepl.mapping.internal.io.SourceFacts;
import io.github.acubepl.mapping.internal.io.XmlOutput;
import io.github.acubepl.mapping.internal.rules.BusinessRules;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import io.github.acubepl.mapping.internal.validation.Issues;
import io.github.acubepl.mapping.internal.validation.StructuralValidator;
import io.github.acubepl.mapping.internal.validation.StructureRules;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A document held as the neutral tree; never modified after construction. */
final class TreeDocument implements InvoiceDocument {
    private final SchemaFormat format;
    private final SourceSyntax syntax;
    private final XmlNode root;
    private final SourceFacts facts;
    private final List<JsonTrees.ShapeProblem> jsonProblems;

    TreeDocument(SchemaFormat format, SourceSyntax syntax, XmlNode root, SourceFacts facts,
            List<JsonTrees.ShapeProblem> jsonProblems) {
        this.format = format;
        this.syntax = syntax;
        this.root = root;
        this.facts = facts;
        this.jsonProblems = List.copyOf(jsonProblems);
    }

    /** The tree (internal use). */
    XmlNode root() {
        return root;
    }

    @Override
    public InvoiceFormat format() {
        return format;
    }

    @Override
    public SourceSyntax syntax() {
        return syntax;
    }

    @Override
    public byte[] toXml() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        writeXml(out);
        return out.toByteArray();
    }

    @Override
    public byte[] toJson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        writeJson(out);
        return out.toByteArray();
    }

    @Override
    public void writeXml(OutputStream out) {
        XmlOutput.write(root, Objects.requireNonNull(out, "out"));
    }

    @Override
    public void writeJson(OutputStream out) {
        JsonOutput.write(root, format.schema(), Objects.requireNonNull(out, "out"));
    }

    @Override
    public <M> M toModel(Class<M> type) {
        if (!type.isAssignableFrom(format.modelType())) {
            throw new AcubeMappingException("a " + format.name() + " document binds to " + format.modelType().getName()
                    + ", not " + type.getName());
        }
        Issues structure = new Issues(null);
        StructuralValidator.validate(root, format.schema(), structure);
        return type.cast(format.binding().toModel(root, structure, new ArrayList<>()));
    }

    @Override
    public ValidationReport validate(ValidationContext context) {
        Objects.requireNonNull(context, "context");
        Issues issues = new Issues(syntax == SourceSyntax.XML ? root : null);
        for (JsonTrees.ShapeProblem p : jsonProblems) {
            issues.add(StructureRules.JSON_SHAPE, p.path(), p.messageEn(), p.messagePl());
        }
        StructuralValidator.validate(root, format.schema(), issues);
        if (!issues.hasStructuralErrors()) {
            for (Issues.ModelLimit limit : issues.modelLimits()) {
                issues.add(ModelRule.RULE, limit.path(),
                        "a value valid per the schema cannot be held by the Java model and is left empty there: "
                                + limit.what(),
                        "wartość zgodna ze schematem nie mieści się w modelu Java i pozostaje w nim pusta: "
                                + limit.what());
            }
        }
        SourceFacts known = facts == null ? SourceFacts.none() : facts;
        if (syntax != SourceSyntax.XML) {
            known = known.withXmlSize(xmlSize());
        }
        format.checkTechnicalRules(known, syntax, context, issues);
        // The rules read the tree: binding to the model is not on the validation path (it cost half
        // of validating a one-page invoice); toModel binds when a caller wants the model.
        BusinessRules.check(root, format.version(), format.schema(), context, issues);
        Set<ValidationLayer> layers = EnumSet.of(ValidationLayer.STRUCTURE, ValidationLayer.RULES);
        if (context.schemaDirectory().isPresent()) {
            XsdPass.validate(root, format.schema(), format.officialXsd(context.schemaDirectory().get()), issues);
            layers.add(ValidationLayer.OFFICIAL_SCHEMA);
        }
        return new ValidationReport(format.name(), issues.list(), layers);
    }

    /** The size in bytes of {@link #toXml()}, counted without keeping the bytes; -1 if XML cannot carry the text. */
    private long xmlSize() {
        long[] count = new long[1];
        OutputStream counter = new OutputStream() {
            @Override
            public void write(int b) {
                count[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                count[0] += len;
            }
        };
        try {
            XmlOutput.write(root, counter);
        } catch (AcubeMappingException e) {
            return -1; // characters XML cannot carry: the structural check reports them
        }
        return count[0];
    }

    @Override
    public String toString() {
        return "InvoiceDocument[" + format.name() + ", from " + syntax + "]";
    }
}
