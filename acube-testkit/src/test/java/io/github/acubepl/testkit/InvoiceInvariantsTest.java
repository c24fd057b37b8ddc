package io.github.acubepl.testkit;

import io.github.acubepl.mapping.AcubeMappingException;
import io.github.acubepl.mapping.OfficialSchema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.model.fa1.Faktura;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** {@link InvoiceInvariants} and {@link OfficialSchema} say what they should. */
@AddLifecycleHook(OfficialFiles.Required.class)
class InvoiceInvariantsTest {
    private static final String NS = "http://crd.gov.pl/wzor/2021/11/29/11089/";

    private static byte[] doc(String p15, String created, String p2) {
        return ("<Faktura xmlns=\"" + NS + "\"><Naglowek><DataWytworzeniaFa>" + created + "</DataWytworzeniaFa>"
                + "</Naglowek><Fa><P_2>" + p2 + "</P_2><P_15>" + p15 + "</P_15></Fa></Faktura>")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Example
    void numbersAndDateTimesAreComparedByValue() {
        InvoiceInvariants.assertSimilarXml(doc("100", "2024-01-01T10:00:00Z", "A"),
                doc(" 100.00 ", "2024-01-01T11:00:00+01:00", "A"));
    }

    @Example
    void whitespaceAndCommentsAreIgnored() {
        InvoiceInvariants.assertSimilarXml(doc("1", "2024-01-01T10:00:00Z", "A"),
                ("<Faktura xmlns=\"" + NS + "\">\n  <!-- x -->\n  <Naglowek>\n    <DataWytworzeniaFa>2024-01-01T10:00:00Z"
                        + "</DataWytworzeniaFa>\n  </Naglowek>\n  <Fa><P_2>A</P_2><P_15>1</P_15></Fa></Faktura>")
                        .getBytes(StandardCharsets.UTF_8));
    }

    @Example
    void differentValuesAndTextsDiffer() {
        AssertionError e = assertThrows(AssertionError.class, () -> InvoiceInvariants.assertSimilarXml(
                doc("100", "2024-01-01T10:00:00Z", "A"), doc("100.01", "2024-01-01T10:00:00Z", "A")));
        assertTrue(e.getMessage().contains("P_15"), e.getMessage());
        assertThrows(AssertionError.class, () -> InvoiceInvariants.assertSimilarXml(
                doc("1", "2024-01-01T10:00:00Z", "01"), doc("1", "2024-01-01T10:00:00Z", "1")));
        assertThrows(AssertionError.class, () -> InvoiceInvariants.assertSimilarXml(
                doc("1", "2024-01-01T10:00:00Z", "A"), doc("1", "2024-01-01T10:00:00+01:00", "A")));
    }

    @Example
    void roundTripsHoldForAGeneratedInvoice() {
        Faktura f = Fa1Arbitraries.invoices().generator(1000).next(new Random(1)).value();
        InvoiceInvariants.assertXmlRoundTrip(Ksef.MAPPER, f);
        InvoiceInvariants.assertJsonRoundTrip(Ksef.MAPPER, f);
        InvoiceInvariants.assertNoValidationErrors(Ksef.MAPPER, f);
    }

    @Example
    void theXsdAssertionListsTheXsdsMessages() {
        byte[] invalid = ("<Faktura xmlns=\"" + NS + "\"><Naglowek/></Faktura>").getBytes(StandardCharsets.UTF_8);
        AssertionError e = assertThrows(AssertionError.class,
                () -> InvoiceInvariants.assertValidPerOfficialXsd(invalid, Ksef.fa1SchemaDir()));
        assertTrue(e.getMessage().contains("cvc-complex-type"), e.getMessage());
    }

    @Example
    void theOfficialSchemaRefusesDoctypesAndReportsMalformedInput() {
        OfficialSchema xsd = Ksef.fa1Schema();
        assertTrue(xsd.errors("<?xml version=\"1.0\"?><!DOCTYPE a><a/>".getBytes(StandardCharsets.UTF_8)).get(0)
                .contains("DOCTYPE"));
        assertTrue(!xsd.errors("<a>".getBytes(StandardCharsets.UTF_8)).isEmpty());
    }

    @Example
    void aFolderWithoutAMainSchemaIsRefused() {
        assertThrows(AcubeMappingException.class, () -> OfficialSchema.inFolder(Ksef.dir().resolve("fa1/samples")));
        assertThrows(AcubeMappingException.class, () -> OfficialSchema.load(Path.of("no-such.xsd")));
    }

    /** Regression: the JDK's compiled schema is not safe for concurrent use; OfficialSchema serializes. */
    @Example
    void theOfficialSchemaCanBeSharedBetweenThreads() throws Exception {
        RandomGenerator<Faktura> generator = Fa1Arbitraries.invoices().generator(1000);
        Random random = new Random(11);
        List<byte[]> valid = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            valid.add(Ksef.MAPPER.toXml(generator.next(random).value()));
        }
        OfficialSchema xsd = Ksef.fa1Schema();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    int spurious = 0;
                    for (int round = 0; round < 2; round++) {
                        for (byte[] doc : valid) {
                            spurious += xsd.errors(doc).size();
                        }
                    }
                    return spurious;
                }));
            }
            for (Future<Integer> r : results) {
                assertEquals(0, r.get(), "errors on valid invoices validated concurrently");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
