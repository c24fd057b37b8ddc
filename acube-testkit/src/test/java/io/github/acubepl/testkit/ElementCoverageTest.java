package io.github.acubepl.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.model.fa1.Fa;
import io.github.acubepl.model.fa1.Faktura;
import io.github.acubepl.model.fa1.KodWaluty;
import io.github.acubepl.model.fa1.Wybor1_2;
import io.github.acubepl.testkit.internal.SecureXml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Generated invoices must exercise the schema: over a fixed-seed sample of valid invoices, the
 * element names that occur cover at least 95 % of the element names the official FA(1) schema
 * declares (its main file; the imported base files declare no element used by FA(1)).
 */
@AddLifecycleHook(OfficialFiles.Required.class)
class ElementCoverageTest {
    private static final int INVOICES = 1500;
    private static final double REQUIRED = 0.95;

    @Example
    void generatedInvoicesCoverTheSchemasElements() throws IOException {
        Set<String> declared = declaredElementNames(Ksef.fa1Schema().mainFile());
        TreeMap<String, Integer> seen = new TreeMap<>();
        RandomGenerator<Faktura> generator = Fa1Arbitraries.invoices().generator(1000);
        Random random = new Random(20261101L);
        for (int i = 0; i < INVOICES; i++) {
            byte[] xml = Ksef.MAPPER.toXml(generator.next(random).value());
            NodeList all = SecureXml.parse(xml).getElementsByTagNameNS("*", "*");
            Set<String> inThis = new TreeSet<>();
            for (int j = 0; j < all.getLength(); j++) {
                inThis.add(all.item(j).getLocalName());
            }
            inThis.forEach(n -> seen.merge(n, 1, Integer::sum));
        }
        Set<String> uncovered = new TreeSet<>(declared);
        uncovered.removeAll(seen.keySet());
        double coverage = 1.0 - (double) uncovered.size() / declared.size();
        System.out.printf("element coverage: %d of %d element names (%.1f %%) in %d invoices; uncovered: %s%n",
                declared.size() - uncovered.size(), declared.size(), coverage * 100, INVOICES, uncovered);
        StringBuilder rare = new StringBuilder();
        seen.forEach((name, count) -> {
            if (count < INVOICES / 200) {
                rare.append(name).append('=').append(count).append(' ');
            }
        });
        System.out.println("element names in fewer than 0.5 % of the invoices: " + rare);
        assertTrue(coverage >= REQUIRED, String.format("generated invoices cover %.1f %% of the schema's element "
                + "names, less than %.0f %%; never generated: %s", coverage * 100, REQUIRED * 100, uncovered));
    }

    @Example
    void generatedInvoicesVaryAlongEveryAxis() {
        TreeMap<String, Integer> seen = new TreeMap<>();
        RandomGenerator<Faktura> generator = Fa1Arbitraries.invoices().generator(1000);
        Random random = new Random(7L);
        for (int i = 0; i < 1000; i++) {
            Faktura f = generator.next(random).value();
            Fa fa = f.getFa();
            Set<String> features = new TreeSet<>();
            features.add("kind " + fa.getRodzajFaktury().value());
            features.add(fa.getKodWaluty() == KodWaluty.PLN ? "PLN" : "foreign currency");
            if (fa.getAdnotacje().getP_PMarzy() == Wybor1_2.YES) {
                features.add("margin");
            }
            if (fa.getP_15().abs().toBigInteger().toString().length() == 16) {
                features.add("P_15 with 16 integer digits");
            }
            if (fa.getP_15().signum() < 0) {
                features.add("negative P_15");
            }
            if (f.getPodmiot3().size() >= 90) {
                features.add("90+ Podmiot3");
            }
            String xml = new String(Ksef.MAPPER.toXml(f), java.nio.charset.StandardCharsets.UTF_8);
            if (xml.matches("(?s).*>[^<>]{256}<.*")) {
                features.add("a text of 256 characters");
            }
            if (xml.contains("\ud83d\ude00")) {
                features.add("a character beyond the BMP");
            }
            features.forEach(n -> seen.merge(n, 1, Integer::sum));
        }
        System.out.println("generated invoice variety (of 1000): " + seen);
        for (String wanted : List.of("kind VAT", "kind KOR", "kind ZAL", "kind ROZ", "kind UPR", "kind KOR_ZAL",
                "kind KOR_ROZ", "PLN", "foreign currency", "margin", "P_15 with 16 integer digits", "negative P_15",
                "90+ Podmiot3", "a text of 256 characters", "a character beyond the BMP")) {
            assertTrue(seen.getOrDefault(wanted, 0) > 0, "no generated invoice has: " + wanted);
        }
    }

    /** The names of all element declarations in the schema file. */
    static Set<String> declaredElementNames(Path xsd) throws IOException {
        Document schema = SecureXml.parse(Files.readAllBytes(xsd));
        NodeList elements = schema.getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", "element");
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < elements.getLength(); i++) {
            String name = ((Element) elements.item(i)).getAttribute("name");
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }
}
