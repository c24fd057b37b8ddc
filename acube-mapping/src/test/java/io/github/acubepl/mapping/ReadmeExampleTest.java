package io.github.acubepl.mapping;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.model.fa3.Faktura;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Java example of the README, compiled and run. The README's code block must be the text
 * between the markers below, so the published example always compiles.
 */
class ReadmeExampleTest {
    private static final Path README = Path.of("..", "README.md");

    @Test
    void example() throws IOException {
        // the README's FA(3) example (issue 8: FA(3) is the default everywhere)
        Faktura invoice = InvoiceMapper.create().readModel(
                Files.readAllBytes(Path.of("..", "examples", "invoice-fa3.json")), Faktura.class);
        // README:start
        InvoiceMapper mapper = InvoiceMapper.create();           // thread-safe: create once, share

        ValidationReport report = mapper.validateModel(invoice);  // structure + business rules
        for (ValidationIssue issue : report.issues()) {
            System.out.println(issue.severity() + " " + issue.ruleId() + " " + issue.jsonPointer()
                    + ": " + issue.messageEn());
        }
        if (report.isValid()) {
            byte[] json = mapper.toJson(invoice);                 // A-Cube JSON, ready to POST
            byte[] xml = mapper.toXml(invoice);                   // FA(3) XML
            Faktura back = mapper.readModel(json, Faktura.class); // and back
        }
        // README:end
        assertTrue(report.isValid());
        assertTrue(mapper.readModel(mapper.toJson(invoice), Faktura.class).equals(invoice));
    }

    @Test
    void readmeShowsTheCompiledExample() throws IOException {
        String source = Files.readString(Path.of("src/test/java/io/github/acubepl/mapping/ReadmeExampleTest.java"),
                StandardCharsets.UTF_8);
        String example = source.substring(source.indexOf("// README:start") + "// README:start".length(),
                source.indexOf("        // README:end"));
        StringBuilder dedented = new StringBuilder();
        for (String line : List.of(example.strip().split("\n"))) {
            dedented.append(line.startsWith("        ") ? line.substring(8) : line.strip()).append('\n');
        }
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        assertTrue(readme.contains(dedented.toString()),
                "README.md must contain the example exactly as compiled here:\n" + dedented);
    }
}
