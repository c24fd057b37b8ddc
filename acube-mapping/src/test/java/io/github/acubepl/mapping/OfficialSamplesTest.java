package io.github.acubepl.mapping;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.model.InvoiceModel;
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
 * Golden round trips over every official sample of FA(1), FA(2) and FA(3): read → validate → model →
 * JSON → model → XML → compare with the input (xmlunit, similar) → validate with the official XSD;
 * and JSON → XML → JSON is byte-identical. The XSD pass is configured with the folder that holds the
 * version folders, so each sample is also checked against its own version's schema.
 */
class OfficialSamplesTest {
    /** After the latest sample date (2026-08-17) and fixed, so the date rule is deterministic. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2031-03-14T09:26:53Z"), ZoneOffset.UTC);

    private final InvoiceMapper mapper = InvoiceMapper.builder()
            .context(ValidationContext.builder().clock(CLOCK).schemaDirectory(KsefFiles.dir()).build())
            .build();

    static Stream<Path> samples() {
        return KsefFiles.allSamples().stream();
    }

    /** The one documented warning: FA-TECH-002 for a version production does not take (FA(1), FA(2)). */
    static List<String> expectedWarnings(String version) {
        return KsefEnvironment.PRODUCTION.accepts(version) ? List.of() : List.of("FA-TECH-002");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleIsValidWithOnlyTheDocumentedWarning(Path sample) {
        InvoiceDocument doc = mapper.read(sample);
        assertEquals("FA(" + KsefFiles.versionOf(sample) + ")", doc.format().name(), "detected version");
        ValidationReport report = mapper.validate(doc);
        assertEquals(doc.format().name(), report.format());
        assertTrue(report.isValid(), () -> sample.getFileName() + ": " + report.errors());
        List<String> warnings = report.warnings().stream().map(ValidationIssue::ruleId).collect(Collectors.toList());
        assertEquals(expectedWarnings(report.format()), warnings, () -> sample.getFileName() + ": " + report.warnings());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void xmlToModelToJsonToModelToXmlIsValidAndSimilar(Path sample) throws IOException {
        byte[] original = Files.readAllBytes(sample);
        InvoiceModel model = mapper.read(original).toModel(InvoiceModel.class);
        assertEquals("FA(" + KsefFiles.versionOf(sample) + ")", model.schemaVersion());
        byte[] json = mapper.toJson(model);
        InvoiceModel again = mapper.readModel(json, InvoiceModel.class);
        assertEquals(model, again, "model → JSON → model changed the invoice");
        byte[] xml = mapper.toXml(again);

        assertEquals(List.of(), OfficialXsd.errors(KsefFiles.versionOf(sample), xml),
                "the official XSD rejects the rewritten XML");
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
        assertTrue(mapper.validate(json).isValid(), () -> mapper.validate(json).errors().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void treeAndModelPathsWriteTheSameJson(Path sample) {
        InvoiceDocument doc = mapper.read(sample);
        byte[] viaTree = doc.toJson();
        byte[] viaModel = mapper.toJson(doc.toModel(InvoiceModel.class));
        assertEquals(new String(viaTree, StandardCharsets.UTF_8), new String(viaModel, StandardCharsets.UTF_8));
    }
}
