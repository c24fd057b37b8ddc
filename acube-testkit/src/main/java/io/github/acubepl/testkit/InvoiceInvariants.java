package io.github.acubepl.testkit;

import io.github.acubepl.mapping.OfficialSchema;

import io.github.acubepl.mapping.AcubeMappingException;
import io.github.acubepl.mapping.InvoiceDocument;
import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.ValidationIssue;
import io.github.acubepl.mapping.ValidationReport;
import io.github.acubepl.model.InvoiceModel;
import io.github.acubepl.model.fa1.Faktura;
import io.github.acubepl.testkit.internal.ModelDiff;
import io.github.acubepl.testkit.internal.SecureXml;
import io.github.acubepl.testkit.internal.Text;
import io.github.acubepl.testkit.internal.TypedValues;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.Difference;
import org.xmlunit.diff.DifferenceEvaluators;

/**
 * Reusable assertions about invoices, each failing with an {@link AssertionError} whose message
 * says what broke and where: round trips through FA XML and A-Cube JSON, validity against the
 * official XSD, absence of validation errors, and similarity of two XML documents.
 *
 * <pre>{@code
 * private static final Instant NOW = Instant.parse("2031-03-14T09:26:53Z");
 * private final InvoiceMapper mapper = InvoiceMapper.builder()
 *         .context(ValidationContext.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build()).build();
 *
 * @Property(tries = 20)
 * void myMappingKeepsEveryFa3Invoice(@ForAll("fa3Invoices") Faktura invoice) {
 *     InvoiceInvariants.assertXmlRoundTrip(mapper, invoice);
 *     InvoiceInvariants.assertNoValidationErrors(mapper, invoice);
 * }
 *
 * @Provide
 * Arbitrary<Faktura> fa3Invoices() {
 *     return Fa3Arbitraries.invoices(NOW); // issued at or before NOW, the mapper's today
 * }
 * }</pre>
 */
public final class InvoiceInvariants {
    private static final int MAX_LISTED = 20;
    private static final TypedValues FA1_TYPED_VALUES = TypedValues.forModel(Faktura.class);

    private InvoiceInvariants() {
    }

    /**
     * Model → FA XML → model gives an equal model.
     *
     * @param mapper the mapper under test
     * @param model an invoice model of one of the mapper's formats, such as a {@link Faktura}
     */
    public static void assertXmlRoundTrip(InvoiceMapper mapper, InvoiceModel model) {
        Objects.requireNonNull(mapper, "mapper");
        Objects.requireNonNull(model, "model");
        byte[] xml = mapper.toXml(model);
        Object back = read(mapper, xml, "the XML written from the model").toModel(model.getClass());
        if (!model.equals(back)) {
            throw new AssertionError("model → XML → model changed the invoice:\n  "
                    + String.join("\n  ", ModelDiff.differences(model, back)));
        }
    }

    /**
     * Model → A-Cube JSON → model gives an equal model, and JSON → FA XML → JSON gives the same
     * bytes.
     */
    public static void assertJsonRoundTrip(InvoiceMapper mapper, InvoiceModel model) {
        Objects.requireNonNull(mapper, "mapper");
        Objects.requireNonNull(model, "model");
        byte[] json = mapper.toJson(model);
        InvoiceDocument fromJson = read(mapper, json, "the JSON written from the model");
        Object back = fromJson.toModel(model.getClass());
        if (!model.equals(back)) {
            throw new AssertionError("model → JSON → model changed the invoice:\n  "
                    + String.join("\n  ", ModelDiff.differences(model, back)));
        }
        byte[] xml = fromJson.toXml();
        byte[] again = read(mapper, xml, "the XML converted from the JSON").toJson();
        if (!Arrays.equals(json, again)) {
            throw new AssertionError("JSON → XML → JSON is not byte-identical; first difference at "
                    + Text.firstDifference(json, again));
        }
    }

    /** The model has no validation error (warnings are allowed). */
    public static void assertNoValidationErrors(InvoiceMapper mapper, InvoiceModel model) {
        assertNoErrors(mapper.validateModel(model));
    }

    /** The report has no error (warnings are allowed). */
    public static void assertNoErrors(ValidationReport report) {
        List<ValidationIssue> errors = report.errors();
        if (!errors.isEmpty()) {
            throw new AssertionError(errors.size() + " validation error(s):\n  " + list(errors));
        }
    }

    /**
     * The document is valid against the official schema set in {@code schemaFolder} (the folder
     * holding one {@code schemat_*.xsd} and the files it imports).
     */
    public static void assertValidPerOfficialXsd(byte[] xml, Path schemaFolder) {
        assertValidPerOfficialXsd(xml, OfficialSchema.inFolder(schemaFolder));
    }

    /** The document is valid against {@code schema}. */
    public static void assertValidPerOfficialXsd(byte[] xml, OfficialSchema schema) {
        List<String> errors = schema.errors(xml);
        if (!errors.isEmpty()) {
            throw new AssertionError("the official XSD " + schema.mainFile().getFileName() + " rejects the document ("
                    + errors.size() + " error(s)):\n  " + list(errors));
        }
    }

    /**
     * The two documents are similar (xmlunit {@code checkForSimilar}): whitespace between and around
     * text, comments and processing instructions are ignored, namespace prefixes, CDATA sections and
     * attribute order do not matter, and
     * the text of elements the FA(1) model types as numbers, dates and date-times is compared by
     * value ({@code 100} and {@code 100.00}; {@code 2024-01-01T10:00:00Z} and
     * {@code 2024-01-01T11:00:00+01:00}).
     */
    public static void assertSimilarXml(byte[] expected, byte[] actual) {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        Diff diff = DiffBuilder.compare(Input.fromNode(prepare(expected, "expected")))
                .withTest(Input.fromNode(prepare(actual, "actual")))
                .ignoreWhitespace()
                .checkForSimilar()
                .withDifferenceEvaluator(DifferenceEvaluators.chain(DifferenceEvaluators.Default, FA1_TYPED_VALUES))
                .build();
        if (diff.hasDifferences()) {
            List<String> shown = new ArrayList<>();
            int count = 0;
            for (Difference d : diff.getDifferences()) {
                if (count++ < MAX_LISTED) {
                    shown.add(d.toString());
                }
            }
            throw new AssertionError("the documents differ (" + count + " difference(s)):\n  "
                    + String.join("\n  ", shown));
        }
    }

    /**
     * Parses a document for comparison: comments and processing instructions removed, CDATA and
     * the text around removed nodes joined, so that a value split by markup stays one value.
     */
    private static Document prepare(byte[] xml, String which) {
        try {
            Document d = secureFactory().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            removeProcessingInstructions(d);
            d.normalize();
            return d;
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException(e);
        } catch (SAXException e) {
            throw new AssertionError("the " + which + " document is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static void removeProcessingInstructions(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
                node.removeChild(child);
            } else {
                removeProcessingInstructions(child);
            }
            child = next;
        }
    }

    private static InvoiceDocument read(InvoiceMapper mapper, byte[] input, String what) {
        try {
            return mapper.read(input);
        } catch (AcubeMappingException e) {
            throw new AssertionError(what + " cannot be read back: " + e.getMessage(), e);
        }
    }

    private static String list(List<?> items) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < Math.min(items.size(), MAX_LISTED); i++) {
            shown.add(String.valueOf(items.get(i)));
        }
        if (items.size() > MAX_LISTED) {
            shown.add("… and " + (items.size() - MAX_LISTED) + " more");
        }
        return String.join("\n  ", shown);
    }

    private static DocumentBuilderFactory secureFactory() {
        DocumentBuilderFactory f = SecureXml.documentBuilderFactory();
        // a comment splitting a value must not split the value: drop comments and join the text first
        f.setIgnoringComments(true);
        f.setCoalescing(true);
        return f;
    }
}
