package io.github.acubepl.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 2: a receiver's IDE shows only the receiving side. The sending side lives in
 * {@code io.github.acubepl.webhook.sending}, the plumbing in a package the module does not export,
 * and nothing public in the receiving packages names either of them.
 */
class ReceivingApiShapeTest {
    private static final String RECEIVING = "io.github.acubepl.webhook";
    private static final String JDBC = RECEIVING + ".jdbc";
    private static final String SENDING = RECEIVING + ".sending";
    private static final String INTERNAL = RECEIVING + ".internal";

    /** The module as compiled from src/main (the tests may run on the class path). */
    private static ModuleReference module() {
        Path classes = Path.of("target", "classes");
        return ModuleFinder.of(classes).find(RECEIVING)
                .orElseThrow(() -> new AssertionError("no module " + RECEIVING + " in " + classes.toAbsolutePath()));
    }

    @Test
    void theModuleExportsTheReceivingJdbcAndSendingPackagesButNotThePlumbing() {
        ModuleDescriptor descriptor = module().descriptor();
        Set<String> exported = descriptor.exports().stream().filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of(RECEIVING, JDBC, SENDING)), exported);
        assertTrue(descriptor.packages().contains(INTERNAL), "the plumbing package exists, unexported");
    }

    @Test
    void aReceiverSeesNoSendingTypeOrPlumbingInTheReceivingPackages() throws IOException {
        List<String> leaks = new ArrayList<>();
        for (String name : receivingClassNames()) {
            String simple = name.substring(name.lastIndexOf('.') + 1);
            if (Set.of("WebhookSigner", "DeliveryQueue", "Delivery", "DeliveryStore", "WebhookSender", "RetrySchedule",
                    "JdbcDeliveryStore", "Ed25519Keys", "StructuredFields", "SignatureBase", "Digests", "TargetUri", "Jdbc",
                    "Log").contains(simple)) {
                leaks.add(name);
            }
        }
        assertEquals(List.of(), leaks, "sending types or plumbing in a receiving package");
    }

    @Test
    void nothingPublicInTheReceivingPackagesNamesASendingOrInternalType() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (String name : receivingClassNames()) {
            Class<?> type = Class.forName(name);
            if (!Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            List<Class<?>> named = new ArrayList<>();
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers())) {
                    named.add(m.getReturnType());
                    named.addAll(List.of(m.getParameterTypes()));
                }
            }
            for (Field f : type.getDeclaredFields()) {
                if (Modifier.isPublic(f.getModifiers())) {
                    named.add(f.getType());
                }
            }
            if (type.isRecord()) {
                Stream.of(type.getRecordComponents()).map(RecordComponent::getType).forEach(named::add);
            }
            for (Class<?> n : named) {
                String pkg = n.isArray() ? n.getComponentType().getPackageName() : n.getPackageName();
                if (pkg.equals(SENDING) || pkg.equals(INTERNAL)) {
                    leaks.add(type.getName() + " -> " + n.getName());
                }
            }
        }
        assertEquals(List.of(), leaks);
    }

    /** Every class of the receiving and jdbc packages compiled from src/main. */
    private static List<String> receivingClassNames() throws IOException {
        try (ModuleReader reader = module().open(); Stream<String> entries = reader.list()) {
            List<String> names = entries.filter(e -> e.endsWith(".class") && !e.endsWith("module-info.class")
                            && !e.endsWith("package-info.class"))
                    .map(e -> e.substring(0, e.length() - ".class".length()).replace('/', '.'))
                    .filter(n -> n.substring(0, n.lastIndexOf('.')).equals(RECEIVING)
                            || n.substring(0, n.lastIndexOf('.')).equals(JDBC))
                    .filter(n -> !n.contains("$"))
                    .sorted().toList();
            assertTrue(names.contains(WebhookReceiver.class.getName()), "the module's classes are listed: " + names);
            return names;
        }
    }
}
