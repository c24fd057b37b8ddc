package io.github.acubepl.benchmarks;

import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.ValidationReport;
import io.github.acubepl.model.fa1.Faktura;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
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

/**
 * Reading and validating (structure + business rules) and converting invoices of 1,000 and 10,000
 * lines, next to a baseline in the same run: plain JAXB unmarshalling of the same XML, the cheapest
 * thing a caller could do with it. Compare the ratios: 10,000 lines against 1,000 (linearity), and
 * our work against the baseline.
 *
 * <p>Run: {@code java -jar acube-benchmarks/target/benchmarks.jar MappingBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MappingBenchmark {
    @Param({"1000", "10000"})
    public int lines;

    private InvoiceMapper mapper;
    private JAXBContext jaxb;
    private byte[] xml;
    private byte[] json;

    @Setup
    public void setUp() throws JAXBException {
        mapper = InvoiceMapper.create();
        jaxb = JAXBContext.newInstance(Faktura.class);
        Faktura invoice = Invoices.withLines(lines);
        xml = mapper.toXml(invoice);
        json = mapper.toJson(invoice);
    }

    @Benchmark
    public Object baselineJaxbUnmarshal() throws JAXBException {
        return jaxb.createUnmarshaller().unmarshal(new ByteArrayInputStream(xml));
    }

    @Benchmark
    public ValidationReport validateXml() {
        return mapper.validate(xml);
    }

    @Benchmark
    public ValidationReport validateJson() {
        return mapper.validate(json);
    }

    @Benchmark
    public byte[] convertXmlToJson() {
        return mapper.read(xml).toJson();
    }

    @Benchmark
    public byte[] convertJsonToXml() {
        return mapper.read(json).toXml();
    }

    @Benchmark
    public Faktura readModelFromJson() {
        return mapper.readModel(json, Faktura.class);
    }
}
