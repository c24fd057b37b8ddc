package io.github.acubepl.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.acubepl.mapping.InvoiceDocument;
import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.ReadLimits;
import io.github.acubepl.mapping.ValidationContext;
import io.github.acubepl.mapping.ValidationReport;
import io.github.acubepl.model.fa3.Faktura;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Big FA(3) documents stay linear: reading, validating and converting an invoice of 1,000 and
 * 10,000 lines ({@code FaWiersz}) and a correction invoice naming 5,000 and 50,000 corrected
 * invoices ({@code DaneFaKorygowanej}, FA(3)'s cap), built by {@link Fa3Invoices}.
 *
 * <p>In the same run, the parsing floor of the same bytes: a hardened SAX parse and a hardened
 * StAX pass over the XML (the parser our reader uses, set up the same way), and a Jackson tree
 * parse of the JSON. Machines here are shared and noisy, so read the results as ratios within one
 * run: each size against the size ten times smaller (about 10 means linear), and each operation
 * against its floor.
 *
 * <p>Run: {@code java -jar acube-benchmarks/target/benchmarks.jar Fa3SizeBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class Fa3SizeBenchmark {
    /** A size: {@code lines-N} is a VAT invoice of N lines, {@code corrections-N} a KOR naming N invoices. */
    @Param({"lines-1000", "lines-10000", "corrections-5000", "corrections-50000"})
    public String document;

    private InvoiceMapper mapper;
    private SAXParserFactory sax;
    private XMLInputFactory stax;
    private ObjectMapper jackson;
    private byte[] xml;
    private byte[] json;

    /**
     * Builds the document and its XML and JSON forms once per trial.
     *
     * @throws ParserConfigurationException if the JDK's SAX parser lacks a hardening feature
     * @throws SAXException if the JDK's SAX parser lacks a hardening feature
     */
    @Setup
    public void setUp() throws ParserConfigurationException, SAXException {
        // 64 MiB instead of the default 16: the 50,000 corrections come near the default in JSON.
        mapper = InvoiceMapper.builder()
                .limits(new ReadLimits(64L * 1024 * 1024, ReadLimits.DEFAULT_MAX_DEPTH))
                .context(ValidationContext.builder()
                        .clock(Clock.fixed(Instant.parse("2026-11-21T08:00:00Z"), ZoneOffset.UTC))
                        .build())
                .build();
        Faktura invoice = build(document);
        xml = mapper.toXml(invoice);
        json = mapper.toJson(invoice);

        sax = SAXParserFactory.newDefaultInstance();
        sax.setNamespaceAware(true);
        sax.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        sax.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        sax.setFeature("http://xml.org/sax/features/external-general-entities", false);
        sax.setFeature("http://xml.org/sax/features/external-parameter-entities", false);

        stax = XMLInputFactory.newDefaultFactory();
        stax.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        stax.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        stax.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        stax.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);

        jackson = new ObjectMapper();
    }

    /**
     * The invoice a parameter value names.
     *
     * @param document {@code lines-N} or {@code corrections-N}
     * @return the invoice
     */
    static Faktura build(String document) {
        int dash = document.lastIndexOf('-');
        int size = Integer.parseInt(document.substring(dash + 1));
        switch (document.substring(0, dash)) {
            case "lines":
                return Fa3Invoices.withLines(size);
            case "corrections":
                return Fa3Invoices.correctionOf(size);
            default:
                throw new IllegalArgumentException("unknown document: " + document);
        }
    }

    // ---- the floor ----

    /**
     * Floor: a hardened SAX parse of the XML that only counts elements and characters.
     *
     * @return the count, so that the parse is not optimised away
     * @throws ParserConfigurationException never with the factory set up here
     * @throws SAXException never for this well-formed XML
     * @throws IOException never for bytes in memory
     */
    @Benchmark
    public long floorSaxXml() throws ParserConfigurationException, SAXException, IOException {
        Counter counter = new Counter();
        sax.newSAXParser().parse(new ByteArrayInputStream(xml), counter);
        return counter.count;
    }

    /**
     * Floor: a hardened StAX pass over the XML, as our reader is set up, touching every name and text.
     *
     * @return a count, so that the pass is not optimised away
     * @throws XMLStreamException never for this well-formed XML
     */
    @Benchmark
    public long floorStaxXml() throws XMLStreamException {
        XMLStreamReader r = stax.createXMLStreamReader(new ByteArrayInputStream(xml));
        long count = 0;
        try {
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    count += r.getLocalName().length() + r.getAttributeCount();
                } else if (event == XMLStreamConstants.CHARACTERS) {
                    count += r.getText().length();
                }
            }
        } finally {
            r.close();
        }
        return count;
    }

    /**
     * Floor: Jackson's tree parse of the JSON.
     *
     * @return the tree
     * @throws IOException never for this well-formed JSON
     */
    @Benchmark
    public JsonNode floorJacksonTreeJson() throws IOException {
        return jackson.readTree(json);
    }

    // ---- our work ----

    /** Reads the XML into a document (detection, hardened parse, the neutral tree). */
    @Benchmark
    public InvoiceDocument readXml() {
        return mapper.read(xml);
    }

    /** Reads the JSON into a document. */
    @Benchmark
    public InvoiceDocument readJson() {
        return mapper.read(json);
    }

    /** Reads and fully validates the XML: the report {@code acube validate} prints. */
    @Benchmark
    public ValidationReport validateXml() {
        return mapper.validate(xml);
    }

    /** Reads and fully validates the JSON. */
    @Benchmark
    public ValidationReport validateJson() {
        return mapper.validate(json);
    }

    /** Converts XML to JSON: {@code acube convert} one way. */
    @Benchmark
    public byte[] convertXmlToJson() {
        return mapper.read(xml).toJson();
    }

    /** Converts JSON to XML: {@code acube convert} the other way. */
    @Benchmark
    public byte[] convertJsonToXml() {
        return mapper.read(json).toXml();
    }

    /** Counts what a SAX parse delivers. */
    private static final class Counter extends DefaultHandler {
        long count;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            count += localName.length() + attributes.getLength();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            count += length;
        }
    }
}
