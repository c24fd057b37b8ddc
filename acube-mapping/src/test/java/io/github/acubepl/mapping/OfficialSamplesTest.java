package io.github.acubepl.mapping;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.model.fa1.Faktura;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/**
 * Golden round trips over every official FA(1) sample: read → validate → model → JSON → model →
 * XML → compare with the input (xmlunit, similar) → validate with the official XSD; and JSON →
 * XML → JSON is byte-identical.
 */
class OfficialSamplesTest {
    /** After the latest sample date (2022-08-17) and fixed, so the date rule is deterministic. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2031-03-14T09:26:53Z"), ZoneOffset.UTC);
    /** The one documented warning every FA(1) invoice carries: KSeF 2.0 no longer accepts FA(1). */
    static final String EXPECTED_WARNING = "FA-TECH-002";

    private final InvoiceMapper mapper = InvoiceMapper.builder().clock(CLOCK).schemaDirectory(KsefFiles.fa1Schema())
            .build();

    static Stream<Path> samples() {
        return KsefFiles.fa1Samples().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleIsValidWithOnlyTheDocumentedWarning(Path sample) {
        ValidationReport report = mapper.validate(mapper.read(sample));
        assertTrue(report.isValid(), () -> sample.getFileName() + ": " + report.errors());
        List<String> warnings = report.warnings().stream().map(ValidationIssue::ruleId).collect(Collectors.toList());
        assertEquals(List.of(EXPECTED_WARNING), warnings, () -> sample.getFileName() + ": " + report.warnings());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void xmlToModelToJsonToModelToXmlIsValidAndSimilar(Path sample) throws IOException {
        byte[] original = Files.readAllBytes(sample);
        Faktura model = mapper.read(original).toModel(Faktura.class);
        byte[] json = mapper.toJson(model);
        Faktura again = mapper.readModel(json, Faktura.class);
        assertEquals(model, again, "model → JSON → model changed the invoice");
        byte[] xml = mapper.toXml(again);

        assertEquals(List.of(), OfficialXsd.errorsFa1(xml), "the official XSD rejects the rewritten XML");
        Diff diff = DiffBuilder.compare(original).withTest(xml).ignoreWhitespace().ignoreComments().checkForSimilar()
                .build();
        assertFalse(diff.hasDifferences(), () -> sample.getFileName() + ": " + diff);
        assertTrue(mapper.validate(mapper.read(xml)).isValid());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void jsonToXmlToJsonIsIdentical(Path sample) {
        byte[] json = mapper.read(sample).toJson();
        byte[] xml = mapper.read(json).toXml();
        byte[] jsonAgain = mapper.read(xml).toJson();
        assertArrayEquals(json, jsonAgain, () -> new String(jsonAgain, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void treeAndModelPathsWriteTheSameJson(Path sample) {
        InvoiceDocument doc = mapper.read(sample);
        byte[] viaTree = doc.toJson();
        byte[] viaModel = mapper.toJson(doc.toModel(Faktura.class));
        assertEquals(new String(viaTree, StandardCharsets.UTF_8), new String(viaModel, StandardCharsets.UTF_8));
    }
}
