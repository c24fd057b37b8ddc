package io.github.acubepl.testkit;

import io.github.acubepl.mapping.InvoiceDocument;
import io.github.acubepl.model.fa1.Faktura;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The invariants of this kit hold for the official FA(1) samples: each is valid per the official
 * XSD, our XML of it is similar to it, and it survives the XML and JSON round trips.
 */
class OfficialSamplesTest {
    @TestFactory
    Stream<DynamicTest> officialSamplesKeepTheInvariants() {
        return Ksef.fa1Samples().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> check(file)));
    }

    private static void check(Path file) throws IOException {
        byte[] sample = Files.readAllBytes(file);
        InvoiceInvariants.assertValidPerOfficialXsd(sample, Ksef.fa1Schema());
        InvoiceDocument doc = Ksef.MAPPER.read(sample);
        byte[] ours = doc.toXml();
        InvoiceInvariants.assertSimilarXml(sample, ours);
        InvoiceInvariants.assertValidPerOfficialXsd(ours, Ksef.fa1Schema());
        Faktura model = doc.toModel(Faktura.class);
        InvoiceInvariants.assertXmlRoundTrip(Ksef.MAPPER, model);
        InvoiceInvariants.assertJsonRoundTrip(Ksef.MAPPER, model);
    }
}
