package io.github.acubepl.testkit;

import io.github.acubepl.mapping.OfficialSchema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.acubepl.mapping.InvoiceDocument;
import io.github.acubepl.mapping.InvoiceFormat;
import io.github.acubepl.mapping.InvoiceReadException;
import io.github.acubepl.mapping.Severity;
import io.github.acubepl.mapping.ValidationIssue;
import io.github.acubepl.mapping.ValidationRule.Category;
import io.github.acubepl.mapping.ValidationRule;
import io.github.acubepl.model.fa1.Faktura;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.jspecify.annotations.Nullable;

/**
 * The differential test of the structural validator of {@code acube-mapping} against the official
 * XSDs (the JDK's validator): on generated valid invoices and single mutations of them, our
 * structural verdict (bytes → {@code mapper.read} → {@code validate} → any error of category
 * STRUCTURE or INPUT, or an {@link InvoiceReadException}) must equal the XSD's verdict.
 *
 * <p>Per version 2000 tries of one generated invoice and four single mutations of it: 10,000
 * documents per version, each against its own official XSD. FA(1) invoices come from
 * {@link Fa1Domain}, FA(2) and FA(3) documents from {@link Fa2Arbitraries}/{@link Fa3Arbitraries}
 * created up to the pinned {@link Clocks#NOW}; mutations are {@link InvoiceMutations#mutations(String)}
 * of the version. Runs are reproducible by jqwik's seed (printed on failure; fix it with
 * {@code @Property(seed = ...)} or {@code -Djqwik.seeds.whenfixed}). On the first
 * disagreement the property fails (and jqwik shrinks it) with the mutation, the XSD's messages and
 * our issues, and the document is written under {@code target/differential/}. With
 * {@code -Ddifferential.survey=true} it does not stop at the first disagreement but collects all of
 * them, grouped, and fails at the end.
 */
@AddLifecycleHook(OfficialFiles.Required.class)
@Domain(Fa1Domain.class)
@Domain(DomainContext.Global.class)
class DifferentialStructureTest {
    private static final int TRIES = 2000;
    private static final int MUTATIONS_PER_INVOICE = 4;
    private static final int REQUIRED_DOCUMENTS = 10_000;
    private static final boolean SURVEY = Boolean.getBoolean("differential.survey");
    private static final Path OUT = Path.of("target", "differential");

    private final Map<String, Category> categories = new HashMap<>();
    private final AtomicInteger documents = new AtomicInteger();
    private final AtomicInteger xsdValid = new AtomicInteger();
    private final AtomicInteger xsdInvalid = new AtomicInteger();
    private final AtomicInteger agreements = new AtomicInteger();
    private final Map<String, List<String>> survey = new LinkedHashMap<>();
    private final Map<String, int[]> byKind = new java.util.TreeMap<>();
    private volatile boolean disagreed;
    private volatile String label = "";
    private long started;

    @BeforeProperty
    void setUp() {
        for (InvoiceFormat f : Ksef.MAPPER.formats()) {
            for (ValidationRule r : f.rules()) {
                categories.put(r.id(), r.category());
            }
        }
        started = System.nanoTime();
    }

    @Provide
    Arbitrary<List<Mutation>> fa1Mutations() {
        return InvoiceMutations.mutations("FA(1)").list().ofSize(MUTATIONS_PER_INVOICE);
    }

    @Provide
    Arbitrary<List<Mutation>> fa2Mutations() {
        return InvoiceMutations.mutations("FA(2)").list().ofSize(MUTATIONS_PER_INVOICE);
    }

    @Provide
    Arbitrary<List<Mutation>> fa3Mutations() {
        return InvoiceMutations.mutations("FA(3)").list().ofSize(MUTATIONS_PER_INVOICE);
    }

    @Property(tries = TRIES)
    void ourStructuralVerdictIsTheOfficialXsdsVerdict(@ForAll Faktura invoice,
            @ForAll("fa1Mutations") List<Mutation> mutations) {
        label = "FA(1), generated invoices";
        byte[] xml = Ksef.MAPPER.toXml(invoice);
        compareSampleAndMutations(Ksef.fa1Schema(), xml, mutations);
    }

    @Provide
    Arbitrary<GeneratedInvoice> fa2Documents() {
        return Fa2Arbitraries.generated(Clocks.NOW);
    }

    @Provide
    Arbitrary<GeneratedInvoice> fa3Documents() {
        return Fa3Arbitraries.generated(Clocks.NOW);
    }

    /** FA(2): generated documents (plans assembled as FA(2)) and single mutations of them. */
    @Property(tries = TRIES)
    void ourFa2VerdictOnGeneratedDocumentsIsTheOfficialXsdsVerdict(@ForAll("fa2Documents") GeneratedInvoice invoice,
            @ForAll("fa2Mutations") List<Mutation> mutations) {
        label = "FA(2), generated documents";
        compareSampleAndMutations(Ksef.schema(2), invoice.xml(), mutations);
    }

    /**
     * FA(3): generated documents (plans assembled as FA(3)) and single mutations of them, against
     * the official FA(3) XSD (relaxed in memory only where the JDK cannot take it).
     */
    @Property(tries = TRIES)
    void ourFa3VerdictOnGeneratedDocumentsIsTheOfficialXsdsVerdict(@ForAll("fa3Documents") GeneratedInvoice invoice,
            @ForAll("fa3Mutations") List<Mutation> mutations) {
        label = "FA(3), generated documents";
        compareSampleAndMutations(Ksef.schema(3), invoice.xml(), mutations);
    }

    private void compareSampleAndMutations(OfficialSchema xsd, byte[] sample, List<Mutation> mutations) {
        compare(xsd, sample, null, sample);
        for (Mutation m : mutations) {
            compare(xsd, m.apply(sample), m, sample);
        }
    }

    @AfterProperty
    void summary() {
        int n = documents.get();
        System.out.printf("differential %s: %d documents, %d valid and %d invalid per the official XSD, "
                + "%d agreements (%.2f %%), %d disagreement group(s), %.1f s%n", label, n, xsdValid.get(), xsdInvalid.get(),
                agreements.get(), n == 0 ? 0.0 : 100.0 * agreements.get() / n, survey.size(),
                (System.nanoTime() - started) / 1e9);
        if (SURVEY) {
            byKind.forEach((k, v) -> System.out.printf("  %-20s %5d valid %5d invalid per the XSD%n", k, v[0], v[1]));
        }
        if (!survey.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            survey.forEach((group, examples) -> sb.append("\n\n[").append(examples.size()).append("×] ")
                    .append(group).append("\n  first: ").append(examples.get(0)));
            fail(survey.size() + " kind(s) of disagreement with the official XSD:" + sb);
        }
        if (!disagreed) {
            assertTrue(n >= REQUIRED_DOCUMENTS, "only " + n + " documents were compared");
            assertEquals(n, agreements.get(), "agreements");
        }
    }

    private void compare(OfficialSchema xsd, byte[] document, @Nullable Mutation mutation, byte[] original) {
        List<String> xsdErrors = xsd.errors(document);
        boolean xsdOk = xsdErrors.isEmpty();
        String ours;
        String oursKey = "";
        boolean ourValid;
        RuntimeException crash = null;
        try {
            List<ValidationIssue> structural = structuralErrors(document);
            ourValid = structural.isEmpty();
            ours = structural.isEmpty() ? "no structural error" : structural.toString();
            for (ValidationIssue i : structural) {
                oursKey += i.ruleId() + " at …" + i.xpath().replaceAll(".*(/[^/]+)$", "$1").replaceAll("\\[\\d+]", "")
                        + " ";
            }
        } catch (InvoiceReadException e) {
            ourValid = false;
            ours = "InvoiceReadException (" + e.reason() + "): " + e.getMessage();
        } catch (RuntimeException e) {
            crash = e;
            ourValid = !xsdOk;
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            ours = "CRASH " + trace;
        }
        boolean agree = crash == null && xsdOk == ourValid;
        if (!disagreed) {
            documents.incrementAndGet();
            (xsdOk ? xsdValid : xsdInvalid).incrementAndGet();
            if (agree) {
                agreements.incrementAndGet();
            }
            String kind = mutation == null ? "none" : mutation.description().replaceAll("\\(.*", "");
            synchronized (byKind) {
                byKind.computeIfAbsent(kind, k -> new int[2])[xsdOk ? 0 : 1]++;
            }
        }
        if (agree) {
            return;
        }
        String context = context(mutation, original, document, xsdErrors, ours);
        String group = crash != null ? "crash: " + crash
                : (xsdOk ? "XSD valid, ours invalid: " + oursKey.strip()
                        : "XSD invalid, ours valid: " + xsdErrors.get(0).replaceAll("^\\d+:\\d+ ", ""))
                        .replaceAll("'[^']*'", "'…'").replaceAll("\"[^\"]*\"", "\"…\"");
        record(group.length() > 300 ? group.substring(0, 300) : group, context, document);
    }

    private void record(String group, String context, byte[] document) {
        Path file = write(document, context);
        if (SURVEY) {
            survey.computeIfAbsent(group, g -> new ArrayList<>()).add(context + "\n  document: " + file);
            return;
        }
        disagreed = true;
        fail("our structural verdict differs from the official XSD's:\n" + context + "\n  document: "
                + file.toAbsolutePath());
    }

    private List<ValidationIssue> structuralErrors(byte[] document) {
        InvoiceDocument doc = Ksef.MAPPER.read(document);
        List<ValidationIssue> out = new ArrayList<>();
        for (ValidationIssue i : Ksef.MAPPER.validate(doc).issues()) {
            Category c = categories.get(i.ruleId());
            if (i.severity() == Severity.ERROR && (c == Category.STRUCTURE || c == Category.INPUT)) {
                out.add(i);
            }
        }
        return out;
    }

    private static String context(@Nullable Mutation mutation, byte[] original, byte[] document,
            List<String> xsdErrors, String ours) {
        return "  mutation: " + (mutation == null ? "none (the generated invoice itself)" : mutation.describe(original)
                + " [" + mutation.description() + "]")
                + "\n  official XSD: " + (xsdErrors.isEmpty() ? "valid" : "invalid: " + String.join(" | ", xsdErrors))
                + "\n  ours: " + ours
                + "\n  size: " + document.length + " bytes";
    }

    private static synchronized Path write(byte[] document, String context) {
        try {
            Files.createDirectories(OUT);
            int n = 1;
            Path file;
            do {
                file = OUT.resolve(String.format("disagreement-%04d.xml", n++));
            } while (Files.exists(file));
            Files.write(file, document);
            Files.writeString(file.resolveSibling(file.getFileName().toString().replace(".xml", ".txt")), context,
                    StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
