package io.github.acubepl.it.examples;

import io.github.acubepl.mapping.InvoiceDocument;
import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.ValidationIssue;
import io.github.acubepl.mapping.ValidationReport;
import io.github.acubepl.model.fa3.Faktura;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads an invoice (FA XML or A-Cube JSON), prints what is wrong with it, converts it: no network. */
public final class ValidateOffline {
    public static void main(String[] args) throws Exception {
        Path in = Path.of(args.length > 0 ? args[0] : "examples/invoice-fa3.json");
        Path out = Path.of(args.length > 1 ? args[1] : "invoice-fa3.xml");
        InvoiceMapper mapper = InvoiceMapper.create();             // thread-safe: create once, share

        InvoiceDocument document = mapper.read(in);                 // XML or JSON, FA(1)/(2)/(3): detected
        ValidationReport report = mapper.validate(document);        // structure + business rules
        for (ValidationIssue issue : report.issues()) {
            System.out.println(issue.severity() + " " + issue.ruleId() + " " + issue.jsonPointer()
                    + ": " + issue.messageEn());
        }
        System.out.println(in + ": " + document.format().name() + (report.isValid() ? ", valid" : ", invalid"));

        Files.write(out, document.toXml());                         // lossless, valid or not (toJson() too)
        if (report.isValid() && document.format().modelType() == Faktura.class) {
            Faktura invoice = document.toModel(Faktura.class);      // the typed FA(3) model
            System.out.println("invoice " + invoice.getFa().getP_2() + ", total " + invoice.getFa().getP_15());
        }
    }
}
