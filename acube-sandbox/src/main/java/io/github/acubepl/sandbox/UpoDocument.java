package io.github.acubepl.sandbox;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The simulated UPO (Urzędowe Poświadczenie Odbioru). Our own small document, in our own namespace
 * and marked as simulated: it is not KSeF's UPO schema and has no legal effect.
 *
 * <pre>
 * &lt;Potwierdzenie xmlns="urn:acubepl:sandbox:upo:simulated:1" symulacja="true"&gt;
 *   &lt;NazwaPodmiotuPrzyjmujacego&gt;acube-sandbox (simulated KSeF)&lt;/NazwaPodmiotuPrzyjmujacego&gt;
 *   &lt;NumerKSeFDokumentu&gt;…&lt;/NumerKSeFDokumentu&gt;
 *   &lt;NumerFaktury&gt;…&lt;/NumerFaktury&gt;
 *   &lt;NipSprzedawcy&gt;…&lt;/NipSprzedawcy&gt;
 *   &lt;DataPrzyjecia&gt;…&lt;/DataPrzyjecia&gt;                       (acquisition, ISO-8601)
 *   &lt;SkrotDokumentu algorytm="SHA-256" kodowanie="base64"&gt;…&lt;/SkrotDokumentu&gt;
 *   &lt;DataWytworzeniaUpo&gt;…&lt;/DataWytworzeniaUpo&gt;
 * &lt;/Potwierdzenie&gt;
 * </pre>
 */
final class UpoDocument {
    static final String NAMESPACE = "urn:acubepl:sandbox:upo:simulated:1";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private UpoDocument() {
    }

    static byte[] render(String ksefNumber, String invoiceNumber, String sellerNip, Instant acquisition,
            String invoiceHashBase64, Instant issued) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("Potwierdzenie");
            w.writeDefaultNamespace(NAMESPACE);
            w.writeAttribute("symulacja", "true");
            w.writeCharacters("\n  ");
            w.writeComment(" Simulated UPO issued by acube-sandbox: not issued by KSeF, no legal effect. ");
            element(w, "NazwaPodmiotuPrzyjmujacego", "acube-sandbox (simulated KSeF)");
            element(w, "NumerKSeFDokumentu", ksefNumber);
            element(w, "NumerFaktury", invoiceNumber);
            element(w, "NipSprzedawcy", sellerNip);
            element(w, "DataPrzyjecia", Timestamps.format(acquisition));
            w.writeCharacters("\n  ");
            w.writeStartElement("SkrotDokumentu");
            w.writeAttribute("algorytm", "SHA-256");
            w.writeAttribute("kodowanie", "base64");
            w.writeCharacters(invoiceHashBase64);
            w.writeEndElement();
            element(w, "DataWytworzeniaUpo", Timestamps.format(issued));
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the simulated UPO", e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeCharacters("\n  ");
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }
}
