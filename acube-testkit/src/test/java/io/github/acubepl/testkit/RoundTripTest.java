package io.github.acubepl.testkit;

import io.github.acubepl.model.fa1.Faktura;
import net.jqwik.api.ForAll;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.Property;

/** Generated invoices survive the conversions of {@code acube-mapping} unchanged. */
@Domain(Fa1Domain.class)
@Domain(DomainContext.Global.class)
class RoundTripTest {

    @Property(tries = 500)
    void modelToXmlToModel(@ForAll Faktura invoice) {
        InvoiceInvariants.assertXmlRoundTrip(Ksef.MAPPER, invoice);
    }

    @Property(tries = 500)
    void modelToJsonToModelAndJsonToXmlToJson(@ForAll Faktura invoice) {
        InvoiceInvariants.assertJsonRoundTrip(Ksef.MAPPER, invoice);
    }

    @Property(tries = 300)
    void xmlWrittenFromTheModelIsSimilarAfterAJsonDetour(@ForAll Faktura invoice) {
        byte[] xml = Ksef.MAPPER.toXml(invoice);
        byte[] viaJson = Ksef.MAPPER.read(Ksef.MAPPER.read(xml).toJson()).toXml();
        InvoiceInvariants.assertSimilarXml(xml, viaJson);
    }
}
