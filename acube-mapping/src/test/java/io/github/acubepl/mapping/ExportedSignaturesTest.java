package io.github.acubepl.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: what a user of the exported package sees names only our types and the JDK's, so the
 * module does not force Jackson on its users ({@code requires transitive}) and keeps its machinery
 * (the schema plumbing, the JDK's validator types) out of the API.
 */
class ExportedSignaturesTest {
    private static final List<String> FORBIDDEN = List.of("com.fasterxml.", "io.github.acubepl.mapping.internal.",
            "javax.xml.validation.", "org.xml.sax.", "org.w3c.", "jakarta.xml.bind.", "org.apache.");

    @Test
    void noExportedSignatureNamesAJacksonOrInternalType() throws Exception {
        List<String> offending = new ArrayList<>();
        for (Class<?> type : exportedTypes()) {
            for (String signature : signatures(type)) {
                for (String prefix : FORBIDDEN) {
                    if (signature.contains(prefix)) {
                        offending.add(type.getSimpleName() + ": " + signature);
                    }
                }
            }
        }
        assertEquals(List.of(), offending);
    }

    @Test
    void theModuleUsesJacksonWithoutExportingItToItsUsers() throws IOException, URISyntaxException {
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(classes().resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }
        ModuleDescriptor.Requires jackson = module.requires().stream()
                .filter(r -> r.name().equals("com.fasterxml.jackson.databind")).findFirst().orElseThrow();
        assertFalse(jackson.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE), jackson::toString);
        // Users see one package; the hardened DOM set-up (no Jackson type in it) goes to two of our own
        // modules only, by name. Both lists are exact: any other export fails here.
        assertEquals(List.of("io.github.acubepl.mapping"),
                module.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source).toList());
        assertEquals(Map.of("io.github.acubepl.mapping.internal.xml", Set.of("io.github.acubepl.render", "io.github.acubepl.testkit")),
                module.exports().stream().filter(ModuleDescriptor.Exports::isQualified)
                        .collect(Collectors.toMap(ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::targets)));
    }

    /** Sanity: the scan sees the API (a scan that saw nothing would pass the test above). */
    @Test
    void theScanSeesTheExportedTypes() throws Exception {
        TreeSet<String> names = new TreeSet<>();
        for (Class<?> type : exportedTypes()) {
            names.add(type.getName().substring(type.getPackageName().length() + 1));
        }
        assertTrue(names.containsAll(List.of("InvoiceFormat", "InvoiceMapper", "InvoiceMapper$Builder",
                "OfficialSchema", "ValidationLayer", "ValidationReport")), names::toString);
    }

    private static Path classes() throws URISyntaxException {
        return Path.of(InvoiceMapper.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** The public types of the exported package, nested ones included. */
    private static List<Class<?>> exportedTypes() throws Exception {
        Path dir = classes().resolve("io/github/acubepl/mapping");
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String name = f.getFileName().toString().replace(".class", "");
                if (name.equals("package-info")) {
                    continue;
                }
                Class<?> type = Class.forName("io.github.acubepl.mapping." + name);
                if (isVisible(type)) {
                    types.add(type);
                }
            }
        }
        return types;
    }

    private static boolean isVisible(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    /** Everything a user can see of {@code type}: supertypes and its public and protected members. */
    private static List<String> signatures(Class<?> type) {
        List<String> out = new ArrayList<>();
        if (type.getGenericSuperclass() != null) {
            out.add("extends " + type.getGenericSuperclass().getTypeName());
        }
        for (Type t : type.getGenericInterfaces()) {
            out.add("implements " + t.getTypeName());
        }
        for (Method m : type.getDeclaredMethods()) {
            if (visible(m.getModifiers()) && !m.isSynthetic()) {
                out.add(m.toGenericString());
            }
        }
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (visible(c.getModifiers()) && !c.isSynthetic()) {
                out.add(c.toGenericString());
            }
        }
        for (Field f : type.getDeclaredFields()) {
            if (visible(f.getModifiers()) && !f.isSynthetic()) {
                out.add(f.toGenericString());
            }
        }
        if (type.isRecord()) {
            for (RecordComponent r : type.getRecordComponents()) {
                out.add(r.getGenericType().getTypeName() + " " + r.getName());
            }
        }
        return out;
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }
}
