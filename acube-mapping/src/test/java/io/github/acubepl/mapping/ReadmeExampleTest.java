package io.github.acubepl.mapping;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.model.fa3.Faktura;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The model-based steps the README's first Java example showed: validate a model, convert it to
 * JSON and XML, read it back equal. (The README's programs are now run by acube-it's ExamplesTest.)
 */
class ReadmeExampleTest {
    @Test
    void example() throws IOException {
        // the README's FA(3) example (issue 8: FA(3) is the default everywhere)
        Faktura invoice = InvoiceMapper.create().readModel(
                Files.readAllBytes(Path.of("..", "examples", "invoice-fa3.json")), Faktura.class);
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
        assertTrue(report.isValid());
        assertTrue(mapper.readModel(mapper.toJson(invoice), Faktura.class).equals(invoice));
    }
}
