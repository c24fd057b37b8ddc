package io.github.acubepl.testkit;

import io.github.acubepl.mapping.OfficialSchema;

import io.github.acubepl.mapping.InvoiceDocument;
import io.github.acubepl.model.fa1.Faktura;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterProperty;

/**
 * Conversions keep what the official XSD accepts: for every document the XSD finds valid
 * (generated invoices and single mutations of them), XML → JSON → XML gives a document that the
 * XSD still accepts and that is similar to the original ({@link InvoiceInvariants#assertSimilarXml}).
 * With {@code -Ddifferential.survey=true} all failures are collected and grouped.
 */
@AddLifecycleHook(OfficialFiles.Required.class)
@Domain(Fa1Domain.class)
@Domain(DomainContext.Global.class)
class ConversionDifferentialTest {
    private static final boolean SURVEY = Boolean.getBoolean("differential.survey");
    private final Map<String, List<String>> survey = new LinkedHashMap<>();
    private int checked;



    @Property(tries = 400)
    void xsdValidDocumentsSurviveXmlToJsonToXml(@ForAll Faktura invoice,
            @ForAll @Size(4) List<Mutation> mutations) {
        OfficialSchema xsd = Ksef.fa1Schema();
        byte[] xml = Ksef.MAPPER.toXml(invoice);
        for (Mutation m : mutations) {
            byte[] mutated = m.apply(xml);
            if (!xsd.isValid(mutated)) {
                continue;
            }
            checked++;
            try {
                InvoiceDocument doc = Ksef.MAPPER.read(mutated);
                byte[] back = Ksef.MAPPER.read(doc.toJson()).toXml();
                InvoiceInvariants.assertValidPerOfficialXsd(back, xsd);
                InvoiceInvariants.assertSimilarXml(mutated, back);
            } catch (AssertionError | RuntimeException e) {
                String message = "XML → JSON → XML of an XSD-valid document: " + e.getMessage() + "\n  mutation: "
                        + m.describe(xml);
                if (!SURVEY) {
                    throw new AssertionError(message, e);
                }
                String group = String.valueOf(e.getMessage()).replaceAll("\\d+", "#").replaceAll("'[^']*'", "'…'")
                        .replaceAll("(?s)\n.*", "");
                survey.computeIfAbsent(group.length() > 200 ? group.substring(0, 200) : group,
                        g -> new ArrayList<>()).add(message);
            }
        }
    }

    @AfterProperty
    void summary() {
        System.out.printf("conversion differential FA(1): %d XSD-valid documents converted XML → JSON → XML, "
                + "%d failure group(s)%n", checked, survey.size());
        if (!survey.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            survey.forEach((g, v) -> sb.append("\n\n[").append(v.size()).append("×] ").append(v.get(0)));
            throw new AssertionError(survey.size() + " kind(s) of conversion failure:" + sb);
        }
    }
}
