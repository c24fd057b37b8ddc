package io.github.acubepl.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.acubepl.webhook.WebhookVerifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's public types as a test author's IDE offers them next to the webhook module's: no
 * simple name may stand for two types, or an auto-import picks the wrong one (the sandbox's
 * {@code InvoiceEvent} and the webhook module's did, issue 9).
 */
class PublicNamesTest {

    @Test
    void noSandboxTypeSharesASimpleNameWithAWebhookType() {
        Set<String> sandbox = publicTopLevelNames(AcubeSandbox.class, "io.github.acubepl.sandbox");
        Set<String> webhook = publicTopLevelNames(WebhookVerifier.class, "io.github.acubepl.webhook");
        assertFalse(sandbox.isEmpty());
        assertFalse(webhook.isEmpty());
        Set<String> shared = new TreeSet<>(sandbox);
        shared.retainAll(webhook);
        assertEquals(Set.of(), shared, "simple names in both modules");
    }

    @Test
    void theSandboxHasTheTwelvePublicTypesItDocuments() {
        assertEquals(new TreeSet<>(Set.of("AcubeSandbox", "Faults", "InvoiceChange", "InvoiceChangeListener", "Journal",
                "JournalEntry", "KsefDelays", "SandboxClock", "SandboxInvoice", "SandboxLegalEntity", "SandboxStore",
                "SandboxUser")), publicTopLevelNames(AcubeSandbox.class, "io.github.acubepl.sandbox"));
    }

    /** The public top-level types under {@code prefix} (its subpackages too) where {@code anchor} was loaded from. */
    private static Set<String> publicTopLevelNames(Class<?> anchor, String prefix) {
        Set<String> names = new TreeSet<>();
        try {
            Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                collect(location, prefix, anchor.getClassLoader(), names);
            } else {
                try (FileSystem jar = FileSystems.newFileSystem(location)) {
                    collect(jar.getPath("/"), prefix, anchor.getClassLoader(), names);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    private static void collect(Path root, String prefix, ClassLoader loader, Set<String> names) throws IOException {
        Path dir = root.resolve(prefix.replace('.', '/'));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String file = root.relativize(p).toString().replace('\\', '/');
                if (!file.endsWith(".class") || file.contains("$") || file.endsWith("module-info.class")
                        || file.endsWith("package-info.class")) {
                    continue;
                }
                String name = file.substring(0, file.length() - ".class".length()).replace('/', '.');
                try {
                    if (Modifier.isPublic(Class.forName(name, false, loader).getModifiers())) {
                        names.add(name.substring(name.lastIndexOf('.') + 1));
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
