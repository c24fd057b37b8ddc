package io.github.acubepl.testkit;

import io.github.acubepl.model.fa1.Faktura;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Generated invoices survive the conversions of {@code acube-mapping} unchanged. */
class RoundTripTest {
    @Provide
    Arbitrary<Faktura> invoices() {
        return Fa1Arbitraries.invoices();
    }

    @Property(tries = 500)
    void modelToXmlToModel(@ForAll("invoices") Faktura invoice) {
        InvoiceInvariants.assertXmlRoundTrip(Ksef.MAPPER, invoice);
    }

    @Property(tries = 500)
    void modelToJsonToModelAndJsonToXmlToJson(@ForAll("invoices") Faktura invoice) {
        InvoiceInvariants.assertJsonRoundTrip(Ksef.MAPPER, invoice);
    }

    @Property(tries = 300)
    void xmlWrittenFromTheModelIsSimilarAfterAJsonDetour(@ForAll("invoices") Faktura invoice) {
        byte[] xml = Ksef.MAPPER.toXml(invoice);
        byte[] viaJson = Ksef.MAPPER.read(Ksef.MAPPER.read(xml).toJson()).toXml();
        InvoiceInvariants.assertSimilarXml(xml, viaJson);
    }
}
