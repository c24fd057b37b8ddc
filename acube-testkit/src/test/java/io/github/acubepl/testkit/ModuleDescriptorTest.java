package io.github.acubepl.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module descriptor the build compiles (the tests run on the class path, so it is read as a
 * file next to the classes): users see the API package only, and get the modules its signatures
 * name without requiring them themselves.
 */
class ModuleDescriptorTest {

    private static ModuleDescriptor descriptor() throws IOException, URISyntaxException {
        Path classes = Path.of(OfficialFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path file = Files.isDirectory(classes) ? classes.resolve("module-info.class") : classes;
        assertTrue(Files.isRegularFile(file), "no module-info.class in " + classes);
        try (InputStream in = Files.newInputStream(file)) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void theTestkitInternalPackageIsNotExported() throws Exception {
        ModuleDescriptor d = descriptor();
        assertEquals("io.github.acubepl.testkit", d.name());
        Set<String> exported = d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        assertEquals(Set.of("io.github.acubepl.testkit"), exported);
        assertTrue(Files.isDirectory(Path.of(OfficialFiles.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI()).resolve("io/github/acubepl/testkit/internal")), "the internal package exists and stays unexported");
    }

    @Test
    void theModulesWhoseTypesAreInTheApiAreRequiredTransitively() throws Exception {
        Set<String> transitive = descriptor().requires().stream()
                .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
                .map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
        // Arbitrary and DomainContextBase (jqwik), InvoiceMapper and ValidationReport (mapping),
        // the Faktura of each version (model)
        assertTrue(transitive.containsAll(Set.of("net.jqwik.api", "io.github.acubepl.mapping",
                "io.github.acubepl.model")), transitive::toString);
    }
}
