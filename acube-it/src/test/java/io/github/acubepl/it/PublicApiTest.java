package io.github.acubepl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The public API of every published module, listed in {@code api/<artifactId>.txt} at the
 * repository root: each public or protected type of the module's unqualified exported packages
 * with its public and protected members, one line each, sorted. A difference fails with the lines
 * added and removed, so that every API change is a visible diff reviewed with the change; re-run
 * with {@code -Dapi.update=true} to accept it (the files are rewritten).
 *
 * <p>Why not japicmp or revapi (issue 9 item 7): both compare a build against a released
 * baseline artifact, and nothing is released yet (0.1.0 is the first version, and this list is
 * what fixes its API); neither is in the offline repository the build runs from, so adding one
 * would break the offline build. Once 0.1.0 is published, japicmp against it can complement this
 * list (it also judges binary compatibility, which this list does not).
 *
 * <p>The list reads each module's descriptor ({@code module-info.class} in its classes folder or
 * jar on the test class path, found through a known class's code source) and its classes by
 * reflection. Types are rendered from their generic signatures with fully qualified names
 * ({@code java.lang.} left out), so the text is the same on every JDK from 17 on. The generated
 * model packages ({@code model.fa1}, {@code fa2}, {@code fa3}) are counted only: they are
 * generated from the official XSDs by {@code tools/codegen} and guarded by
 * {@code GeneratedSourcesTest}. A module without a descriptor has every package not named
 * {@code internal} listed, and its file says so.
 */
class PublicApiTest {
    private static final Path API_DIR = Path.of("..", "api");
    private static final boolean UPDATE = Boolean.getBoolean("api.update");
    /** Packages whose types are generated from the XSDs: counted, not listed. */
    private static final Set<String> GENERATED = Set.of("io.github.acubepl.model.fa1", "io.github.acubepl.model.fa2",
            "io.github.acubepl.model.fa3");

    /** A published module and a class that is sure to be in it. */
    private record Published(String artifactId, String knownClass) {
    }

    private static final List<Published> MODULES = List.of(
            new Published("acube-core", "io.github.acubepl.core.AcubeTimestamp"),
            new Published("acube-model", "io.github.acubepl.model.InvoiceModel"),
            new Published("acube-mapping", "io.github.acubepl.mapping.InvoiceMapper"),
            new Published("acube-transport", "io.github.acubepl.transport.AcubeClient"),
            new Published("acube-webhook", "io.github.acubepl.webhook.WebhookReceiver"),
            new Published("acube-sandbox", "io.github.acubepl.sandbox.AcubeSandbox"),
            new Published("acube-purchases", "io.github.acubepl.purchases.PurchaseInvoiceFeed"),
            new Published("acube-testkit", "io.github.acubepl.testkit.OfficialFiles"),
            new Published("acube-render", "io.github.acubepl.render.InvoiceRenderer"),
            new Published("acube-cli", "io.github.acubepl.cli.AcubeCli"));

    /** Modules with main code that are not published (acube-benchmarks: JMH, its pom skips deploying). */
    private static final Set<String> NOT_PUBLISHED = Set.of("acube-benchmarks", "acube-it");

    @TestFactory
    Stream<DynamicTest> everyPublishedModuleHasTheApiItsListSays() {
        return MODULES.stream()
                .map(m -> DynamicTest.dynamicTest(m.artifactId(), () -> check(m)));
    }

    @Test
    void everyModuleWithMainSourcesIsGuarded() throws IOException {
        Set<String> guarded = MODULES.stream().map(Published::artifactId).collect(Collectors.toSet());
        List<String> unguarded = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Path.of(".."))) {
            for (Path dir : dirs.sorted().toList()) {
                String name = dir.getFileName().toString();
                if (name.startsWith("acube-") && Files.isDirectory(dir.resolve("src/main/java"))
                        && !NOT_PUBLISHED.contains(name) && !guarded.contains(name)) {
                    unguarded.add(name);
                }
            }
        }
        assertEquals(List.of(), unguarded, "modules with main sources that PublicApiTest.MODULES does not list "
                + "(add each with a class of its API package, or to NOT_PUBLISHED)");
    }

    private static void check(Published module) throws IOException {
        String actual = listing(module);
        Path file = API_DIR.resolve(module.artifactId() + ".txt");
        if (UPDATE) {
            Files.createDirectories(API_DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.isRegularFile(file), () -> "no API list " + file.normalize()
                + " for " + module.artifactId() + ": run mvn -pl acube-it -am verify -Dtest=PublicApiTest "
                + "-Dsurefire.failIfNoSpecifiedTests=false -Dapi.update=true to write it, and commit it");
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail("the public API of " + module.artifactId() + " differs from " + file.normalize() + ":\n"
                    + diff(expected, actual)
                    + "If the change is meant, re-run with -Dapi.update=true (mvn -pl acube-it -am verify "
                    + "-Dtest=PublicApiTest -Dsurefire.failIfNoSpecifiedTests=false -Dapi.update=true) "
                    + "and commit api/" + module.artifactId() + ".txt with the change.");
        }
    }

    // ---- the listing ----------------------------------------------------------------------------

    static String listing(Published module) throws IOException {
        Class<?> known;
        try {
            known = Class.forName(module.knownClass(), false, PublicApiTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(module.artifactId() + " is in the repository but not on acube-it's test class path"
                    + " (add it to acube-it/pom.xml): " + module.knownClass() + " not found", e);
        }
        Path location;
        try {
            location = Path.of(known.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Map<String, List<String>> classesByPackage = classNames(location);
        Optional<ModuleDescriptor> descriptor = descriptor(location);
        Set<String> packages = new TreeSet<>();
        if (descriptor.isPresent()) {
            for (ModuleDescriptor.Exports e : descriptor.get().exports()) {
                if (!e.isQualified()) {
                    packages.add(e.source());
                }
            }
        } else {
            for (String p : classesByPackage.keySet()) {
                if (!Arrays.asList(p.split("\\.")).contains("internal")) {
                    packages.add(p);
                }
            }
        }
        StringBuilder head = new StringBuilder();
        StringBuilder body = new StringBuilder();
        head.append("# The public API of ").append(module.artifactId());
        if (descriptor.isPresent()) {
            head.append(" (module ").append(descriptor.get().name()).append(")");
        }
        head.append(": checked by acube-it's PublicApiTest; regenerate with -Dapi.update=true.\n");
        if (descriptor.isEmpty()) {
            head.append("# NO module-info: every package not named 'internal' is listed, exported or not.\n");
        }
        head.append("# Public top-level types per exported package:\n");
        ClassLoader loader = PublicApiTest.class.getClassLoader();
        for (String p : packages) {
            List<Class<?>> topLevel = new ArrayList<>();
            for (String name : classesByPackage.getOrDefault(p, List.of())) {
                if (name.contains("$")) {
                    continue;
                }
                Class<?> c = load(name, loader);
                if (Modifier.isPublic(c.getModifiers())) {
                    topLevel.add(c);
                }
            }
            if (GENERATED.contains(p)) {
                int all = 0;
                for (Class<?> c : topLevel) {
                    all += 1 + accessibleNested(c).size();
                }
                head.append("#   ").append(p).append(": ").append(topLevel.size()).append(" (generated from the XSD: ")
                        .append(all).append(" public types with the nested ones, counted, not listed)\n");
                continue;
            }
            head.append("#   ").append(p).append(": ").append(topLevel.size()).append('\n');
            Map<String, String> blocks = new TreeMap<>();
            for (Class<?> c : topLevel) {
                addBlocks(c, blocks);
            }
            for (String block : blocks.values()) {
                body.append('\n').append(block);
            }
        }
        return head.append(body).toString();
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new AssertionError("cannot load " + name + " to list its API: " + e, e);
        }
    }

    private static List<Class<?>> accessibleNested(Class<?> c) {
        List<Class<?>> out = new ArrayList<>();
        for (Class<?> n : c.getDeclaredClasses()) {
            if (isApi(n.getModifiers()) && !n.isSynthetic()) {
                out.add(n);
                out.addAll(accessibleNested(n));
            }
        }
        return out;
    }

    private static void addBlocks(Class<?> c, Map<String, String> blocks) {
        StringBuilder b = new StringBuilder(declaration(c)).append('\n');
        // by kind (constants, components, fields, constructors, methods), then name, then the line
        Map<String, String> members = new TreeMap<>();
        if (c.isRecord()) {
            RecordComponent[] components = c.getRecordComponents();
            for (int i = 0; i < components.length; i++) { // in declaration order: the order is API
                RecordComponent rc = components[i];
                member(members, 1, String.format(Locale.ROOT, "%03d", i),
                        "component " + render(rc.getGenericType()) + " " + rc.getName());
            }
        }
        for (Field f : c.getDeclaredFields()) {
            if (f.isSynthetic() || !isApi(f.getModifiers())) {
                continue;
            }
            if (f.isEnumConstant()) {
                member(members, 0, f.getName(), "constant " + f.getName());
            } else {
                member(members, 2, f.getName(), modifiers(f.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC
                        | Modifier.FINAL)) + render(f.getGenericType()) + " " + f.getName());
            }
        }
        boolean enumType = c.isEnum();
        for (Constructor<?> k : c.getDeclaredConstructors()) {
            if (!k.isSynthetic() && isApi(k.getModifiers()) && !enumType) {
                member(members, 3, "", modifiers(k.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED))
                        + typeParameters(k.getTypeParameters()) + simpleName(c) + parameters(k) + exceptions(k));
            }
        }
        for (Method m : c.getDeclaredMethods()) {
            if (m.isSynthetic() || m.isBridge() || !isApi(m.getModifiers())) {
                continue;
            }
            int mods = m.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL
                    | Modifier.ABSTRACT);
            if (c.isInterface()) {
                mods &= ~Modifier.PUBLIC; // implicit; abstract vs default is what matters
            }
            member(members, 4, m.getName(), modifiers(mods) + (m.isDefault() ? "default " : "") + typeParameters(m.getTypeParameters())
                    + render(m.getGenericReturnType()) + " " + m.getName() + parameters(m) + exceptions(m));
        }
        for (String member : members.values()) {
            b.append("    ").append(member).append('\n');
        }
        blocks.put(c.getName(), b.toString());
        for (Class<?> n : c.getDeclaredClasses()) {
            if (isApi(n.getModifiers()) && !n.isSynthetic()) {
                addBlocks(n, blocks);
            }
        }
    }

    private static void member(Map<String, String> members, int kind, String name, String line) {
        members.put(kind + " " + name + " " + line, line);
    }

    private static boolean isApi(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static String declaration(Class<?> c) {
        StringBuilder d = new StringBuilder();
        int mods = c.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC);
        String kind;
        if (c.isAnnotation()) {
            kind = "@interface";
        } else if (c.isInterface()) {
            kind = "interface";
        } else if (c.isEnum()) {
            kind = "enum";
        } else if (c.isRecord()) {
            kind = "record";
        } else {
            kind = "class";
            mods |= c.getModifiers() & (Modifier.ABSTRACT | Modifier.FINAL);
        }
        d.append(modifiers(mods));
        if (c.isSealed()) {
            d.append("sealed ");
        }
        d.append(kind).append(' ').append(render(c)).append(typeParameters(c.getTypeParameters()));
        Type superclass = c.getGenericSuperclass();
        if (superclass != null && superclass != Object.class && !c.isEnum() && !c.isRecord()) {
            d.append(" extends ").append(render(superclass));
        }
        Type[] interfaces = c.getGenericInterfaces();
        if (interfaces.length > 0) {
            d.append(c.isInterface() ? " extends " : " implements ").append(
                    Arrays.stream(interfaces).map(PublicApiTest::render).sorted().collect(Collectors.joining(", ")));
        }
        if (c.isSealed()) {
            d.append(" permits ").append(Arrays.stream(c.getPermittedSubclasses()).map(PublicApiTest::render).sorted()
                    .collect(Collectors.joining(", ")));
        }
        return d.toString();
    }

    private static String modifiers(int mods) {
        String text = Modifier.toString(mods);
        return text.isEmpty() ? "" : text + " ";
    }

    private static String simpleName(Class<?> c) {
        return c.getSimpleName();
    }

    private static String parameters(Executable e) {
        Type[] types = e.getGenericParameterTypes();
        if (types.length != e.getParameterCount()) {
            types = e.getParameterTypes(); // inner-class constructors: the generic signature leaves the outer instance out
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            String t = render(types[i]);
            if (e.isVarArgs() && i == types.length - 1 && t.endsWith("[]")) {
                t = t.substring(0, t.length() - 2) + "...";
            }
            out.add(t);
        }
        return "(" + String.join(", ", out) + ")";
    }

    private static String exceptions(Executable e) {
        Type[] thrown = e.getGenericExceptionTypes();
        if (thrown.length == 0) {
            return "";
        }
        return " throws " + Arrays.stream(thrown).map(PublicApiTest::render).sorted().collect(Collectors.joining(", "));
    }

    private static String typeParameters(TypeVariable<?>[] variables) {
        if (variables.length == 0) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (TypeVariable<?> v : variables) {
            List<String> bounds = Arrays.stream(v.getBounds()).filter(t -> t != Object.class).map(PublicApiTest::render)
                    .collect(Collectors.toList());
            out.add(bounds.isEmpty() ? v.getName() : v.getName() + " extends " + String.join(" & ", bounds));
        }
        return "<" + String.join(", ", out) + "> ";
    }

    /** A type as source would name it: fully qualified, nested types with dots, {@code java.lang.} left out. */
    static String render(Type type) {
        if (type instanceof Class<?> c) {
            if (c.isArray()) {
                return render(c.getComponentType()) + "[]";
            }
            if (c.isPrimitive()) {
                return c.getName();
            }
            String name = c.getEnclosingClass() != null ? render(c.getEnclosingClass()) + "." + c.getSimpleName()
                    : c.getName();
            return name.startsWith("java.lang.") && name.indexOf('.', "java.lang.".length()) < 0
                    ? name.substring("java.lang.".length())
                    : name;
        }
        if (type instanceof ParameterizedType p) {
            return render(p.getRawType()) + Arrays.stream(p.getActualTypeArguments()).map(PublicApiTest::render)
                    .collect(Collectors.joining(", ", "<", ">"));
        }
        if (type instanceof GenericArrayType g) {
            return render(g.getGenericComponentType()) + "[]";
        }
        if (type instanceof TypeVariable<?> v) {
            return v.getName();
        }
        if (type instanceof WildcardType w) {
            if (w.getLowerBounds().length > 0) {
                return "? super " + render(w.getLowerBounds()[0]);
            }
            Type[] upper = w.getUpperBounds();
            return upper.length == 0 || upper[0] == Object.class ? "?" : "? extends " + render(upper[0]);
        }
        return type.getTypeName();
    }

    // ---- where the classes are ---------------------------------------------------------------

    /** The binary class names under {@code location} (a classes folder or a jar), by package, sorted. */
    private static Map<String, List<String>> classNames(Path location) throws IOException {
        List<String> entries = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                files.filter(f -> f.toString().endsWith(".class"))
                        .forEach(f -> entries.add(location.relativize(f).toString().replace('\\', '/')));
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/"))
                        .forEach(entries::add);
            }
        }
        Map<String, List<String>> out = new TreeMap<>();
        for (String entry : entries) {
            String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
            if (name.endsWith("module-info") || name.endsWith("package-info")) {
                continue;
            }
            int dot = name.lastIndexOf('.');
            out.computeIfAbsent(dot < 0 ? "" : name.substring(0, dot), k -> new ArrayList<>()).add(name);
        }
        out.values().forEach(list -> list.sort(null));
        return out;
    }

    private static Optional<ModuleDescriptor> descriptor(Path location) throws IOException {
        if (Files.isDirectory(location)) {
            Path info = location.resolve("module-info.class");
            if (!Files.isRegularFile(info)) {
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(info)) {
                return Optional.of(ModuleDescriptor.read(in));
            }
        }
        try (JarFile jar = new JarFile(location.toFile())) {
            var entry = jar.getEntry("module-info.class");
            if (entry == null) {
                return Optional.empty();
            }
            try (InputStream in = jar.getInputStream(entry)) {
                return Optional.of(ModuleDescriptor.read(in));
            }
        }
    }

    // ---- the diff ----------------------------------------------------------------------------

    /**
     * The lines removed ({@code -}) and added ({@code +}), each member line prefixed with its type,
     * so that a line read alone says where it belongs; header lines (the counts) are compared too.
     */
    static String diff(String expected, String actual) {
        Set<String> before = qualified(expected);
        Set<String> after = qualified(actual);
        StringBuilder out = new StringBuilder();
        for (String line : before) {
            if (!after.contains(line)) {
                out.append("  - ").append(line).append('\n');
            }
        }
        for (String line : after) {
            if (!before.contains(line)) {
                out.append("  + ").append(line).append('\n');
            }
        }
        if (out.length() == 0) {
            return "  (the same lines in another order or spacing)\n";
        }
        return "(- in the list, no longer in the code; + in the code, not in the list; member lines are "
                + "prefixed with their type and ::)\n" + out;
    }

    private static Set<String> qualified(String text) {
        Set<String> out = new LinkedHashSet<>();
        String type = "";
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("    ")) {
                out.add(type + " :: " + line.strip());
            } else {
                type = line.startsWith("#") ? type : line;
                out.add(line);
            }
        }
        return out;
    }

    static {
        // A wrong working directory would make every list "missing": say so at once.
        if (!Files.isDirectory(Path.of("..", "acube-it"))) {
            throw new UncheckedIOException(new IOException("PublicApiTest runs from the acube-it folder; the working "
                    + "directory is " + Path.of("").toAbsolutePath()));
        }
    }
}
