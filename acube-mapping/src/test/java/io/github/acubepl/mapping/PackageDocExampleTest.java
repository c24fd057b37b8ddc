package io.github.acubepl.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Javadoc examples of the exported package, compiled and run: each block between the markers
 * is the verbatim body of a {@code <pre>{@code ...}</pre>} block of the named main source.
 */
class PackageDocExampleTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "invoice-fa3.json");

    /** package-info.java of io.github.acubepl.mapping. */
    @Test
    void thePackageExampleReadsValidatesAndConverts() {
        Path file = EXAMPLE;
        // example:start
        InvoiceMapper mapper = InvoiceMapper.create();
        InvoiceDocument invoice = mapper.read(file); // a Path; bytes and streams work too
        ValidationReport report = mapper.validate(invoice);
        for (ValidationIssue issue : report.errors()) {
            System.out.println(issue.ruleId() + " at " + issue.jsonPointer() + ": " + issue.message());
        }
        byte[] xml = invoice.toXml(); // FA(3) XML, whatever it was read from
        // example:end
        assertEquals(List.of(), report.errors());
        assertEquals(SourceSyntax.XML, mapper.read(xml).syntax());
        assertEquals("FA(3)", mapper.read(xml).format().name());
    }

    /** InvoiceMapper's class Javadoc. */
    @Test
    void theEngineExampleReadsAnyVersion() {
        Path file = EXAMPLE;
        // example:start
        InvoiceMapper mapper = InvoiceMapper.create();
        InvoiceDocument doc = mapper.read(file); // FA XML or A-Cube JSON, any known version
        ValidationReport report = mapper.validate(doc);
        byte[] xml = doc.toXml();
        // example:end
        assertTrue(report.isValid(), report::toString);
        assertEquals(doc.format(), mapper.read(xml).format());
    }

    /** InvoiceMapper.Builder#context. */
    @Test
    void theBuilderExampleSetsTheEnginesValidationContext() {
        Clock clock = Fa1BusinessRulesTest.CLOCK;
        Path schemas = KsefFiles.dir();
        // example:start
        InvoiceMapper mapper = InvoiceMapper.builder()
                .context(ValidationContext.builder().clock(clock).schemaDirectory(schemas).build())
                .build();
        // example:end
        assertSame(clock, mapper.context().clock());
        assertEquals(schemas, mapper.context().schemaDirectory().orElseThrow());
        assertTrue(mapper.validate(mapper.read(EXAMPLE)).ran(ValidationLayer.OFFICIAL_SCHEMA));
    }

    /** OfficialSchema's class Javadoc. */
    @Test
    void theOfficialSchemaExampleChecksRawXml() throws IOException {
        Path schemaFolder = KsefFiles.schema(3);
        byte[] xml = InvoiceMapper.create().read(EXAMPLE).toXml();
        // example:start
        OfficialSchema xsd = OfficialSchema.inFolder(schemaFolder);
        List<String> errors = xsd.errors(xml); // empty when valid
        // example:end
        assertEquals(List.of(), errors);
        assertFalse(xsd.isValid("<Faktura/>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
