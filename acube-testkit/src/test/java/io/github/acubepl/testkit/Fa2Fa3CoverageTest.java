package io.github.acubepl.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.mapping.OfficialSchema;
import io.github.acubepl.testkit.internal.SecureXml;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.w3c.dom.NodeList;

/**
 * {@link Fa2Arbitraries} and {@link Fa3Arbitraries} exercise their whole schema: over a fixed-seed
 * sample of generated documents, every one valid per the official XSD, the element names that occur
 * are exactly the element names the official main XSD declares (all of them, FA(3)'s
 * {@code Zalacznik} and {@code Tabela} included). The main file declares every element reachable
 * from {@code Faktura}; the imported base files declare none that FA(2)/FA(3) use.
 */
@AddLifecycleHook(OfficialFiles.Required.class)
class Fa2Fa3CoverageTest {
    private static final int DOCUMENTS = 3000;

    @Example
    void generatedFa3DocumentsAreValidAndUseEveryElementNameOfTheSchema() throws IOException {
        assertCoversTheSchema(3, Fa3Arbitraries.documents(Clocks.NOW).generator(1000));
    }

    @Example
    void generatedFa2DocumentsAreValidAndUseEveryElementNameOfTheSchema() throws IOException {
        assertCoversTheSchema(2, Fa2Arbitraries.documents(Clocks.NOW).generator(1000));
    }

    private static void write(int version, int n, byte[] xml) throws IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "coverage");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve("fa" + version + "-invalid-" + n + ".xml"), xml);
    }

    private static void assertCoversTheSchema(int version, RandomGenerator<byte[]> generator) throws IOException {
        OfficialSchema xsd = OfficialFiles.schema(version);
        Set<String> declared = ElementCoverageTest.declaredElementNames(OfficialFiles.mainXsd(version));
        TreeMap<String, Integer> seen = new TreeMap<>();
        List<String> invalid = new ArrayList<>();
        Random random = new Random(20310314L + version);
        for (int i = 0; i < DOCUMENTS; i++) {
            byte[] xml = generator.next(random).value();
            List<String> errors = xsd.errors(xml);
            if (!errors.isEmpty() && invalid.size() < 5) {
                invalid.add(errors.toString().substring(0, Math.min(600, errors.toString().length())));
                write(version, invalid.size(), xml);
            }
            NodeList all = SecureXml.parse(xml).getElementsByTagNameNS("*", "*");
            Set<String> inThis = new TreeSet<>();
            for (int j = 0; j < all.getLength(); j++) {
                inThis.add(all.item(j).getLocalName());
            }
            inThis.forEach(n -> seen.merge(n, 1, Integer::sum));
        }
        assertEquals(List.of(), invalid, "generated FA(" + version + ") documents invalid per the official XSD");
        Set<String> uncovered = new TreeSet<>(declared);
        uncovered.removeAll(seen.keySet());
        Set<String> undeclared = new TreeSet<>(seen.keySet());
        undeclared.removeAll(declared);
        StringBuilder rare = new StringBuilder();
        seen.forEach((name, count) -> {
            if (count < DOCUMENTS / 200) {
                rare.append(name).append('=').append(count).append(' ');
            }
        });
        System.out.printf("FA(%d) element coverage: %d of %d element names in %d documents; rarest: %s%n", version,
                declared.size() - uncovered.size(), declared.size(), DOCUMENTS, rare);
        assertTrue(undeclared.isEmpty(), "names the schema does not declare: " + undeclared);
        assertTrue(uncovered.isEmpty(), "FA(" + version + ") element names never generated: " + uncovered);
    }
}
