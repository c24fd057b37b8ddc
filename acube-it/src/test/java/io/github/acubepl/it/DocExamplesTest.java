package io.github.acubepl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every code example a user reads compiles and runs as a test (issue 9 item 6):
 * <ul>
 *   <li>each {@code ```java} block of {@code README.md} and {@code docs/*.md} is a whole program:
 *       verbatim the text of a file under {@code acube-it/src/test/java/io/github/acubepl/it/examples/}
 *       from its first {@code import} line to its end (the package line is the only difference),
 *       and that folder's {@code ExamplesTest} runs the programs;</li>
 *   <li>each {@code <pre>{@code ...}</pre>} block in the main sources of the modules appears in a
 *       test source of some module, line by line (leading and trailing blanks of each line and
 *       blank lines aside), where it is compiled and run; blocks showing a document's shape
 *       (their first line starts with {@code <}) are not Java and are left alone. There is no
 *       exemption list: every example is tested.</li>
 * </ul>
 */
class DocExamplesTest {
    private static final Path ROOT = Path.of("..");
    private static final Path EXAMPLES = Path.of("src/test/java/io/github/acubepl/it/examples");

    @Test
    void everyJavaBlockOfTheDocsIsAnExampleProgramVerbatim() throws IOException {
        Map<String, Path> programs = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java") && !f.toString().endsWith("Test.java"))
                    .sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8).replace("\r\n", "\n");
                int start = text.startsWith("import ") ? 0 : text.indexOf("\nimport ") + 1;
                if (start > 0 || text.startsWith("import ")) {
                    programs.put(text.substring(start), f);
                }
            }
        }
        List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        if (Files.isDirectory(ROOT.resolve("docs"))) {
            try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
                docs.addAll(files.filter(f -> f.toString().endsWith(".md")).sorted().toList());
            }
        }
        List<String> problems = new ArrayList<>();
        int blocks = 0;
        for (Path doc : docs) {
            List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).strip().equals("```java")) {
                    continue;
                }
                int open = i;
                StringBuilder block = new StringBuilder();
                for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
                    block.append(lines.get(i)).append('\n');
                }
                blocks++;
                if (!programs.containsKey(block.toString())) {
                    problems.add(ROOT.relativize(doc) + " line " + (open + 1) + ": this ```java block is not, verbatim, "
                            + "a program of " + EXAMPLES + " (from its first import line to its end); closest: "
                            + closest(block.toString(), programs));
                }
            }
        }
        assertTrue(blocks > 0, "README.md has no ```java block: the check would be vacuous");
        assertEquals(List.of(), problems, () -> String.join("\n", problems));
    }

    @Test
    void everyJavadocExampleAppearsInATestSource() throws IOException {
        List<Path> modules;
        try (Stream<Path> dirs = Files.list(ROOT)) {
            modules = dirs.filter(d -> d.getFileName().toString().startsWith("acube-") && Files.isDirectory(d))
                    .sorted().toList();
        }
        StringBuilder tests = new StringBuilder("\n");
        for (Path module : modules) {
            for (Path f : javaFiles(module.resolve("src/test/java"))) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    String s = line.strip();
                    if (!s.isEmpty()) {
                        tests.append(s).append('\n');
                    }
                }
                tests.append('\u0000').append('\n'); // no example spans two files
            }
        }
        String allTests = tests.toString();
        List<String> problems = new ArrayList<>();
        int examples = 0;
        for (Path module : modules) {
            for (Path f : javaFiles(module.resolve("src/main/java"))) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    int at = lines.get(i).indexOf("<pre>{@code");
                    if (at < 0) {
                        continue;
                    }
                    int open = i;
                    List<String> code = new ArrayList<>();
                    String first = lines.get(i).substring(at + "<pre>{@code".length());
                    boolean closed = false;
                    for (String line = first; ; line = javadocLine(lines.get(i))) {
                        int end = line.indexOf("}</pre>");
                        if (end >= 0) {
                            code.add(line.substring(0, end));
                            closed = true;
                            break;
                        }
                        code.add(line);
                        if (++i >= lines.size()) {
                            break;
                        }
                    }
                    examples++;
                    String where = ROOT.relativize(f) + " line " + (open + 1);
                    if (!closed) {
                        problems.add(where + ": <pre>{@code has no }</pre>");
                        continue;
                    }
                    List<String> kept = code.stream().map(DocExamplesTest::unescape).map(String::strip)
                            .filter(s -> !s.isEmpty()).toList();
                    if (kept.isEmpty()) {
                        problems.add(where + ": an empty example");
                        continue;
                    }
                    if (kept.get(0).startsWith("<")) {
                        continue; // a document's shape (XML), not Java
                    }
                    String normalised = kept.stream().collect(Collectors.joining("\n", "\n", "\n"));
                    if (!allTests.contains(normalised)) {
                        problems.add(where + ": this Javadoc example is in no test source (acube-*/src/test/java), "
                                + "line for line; copy it into the test that compiles and runs it:"
                                + normalised.stripTrailing().replace("\n", "\n    | "));
                    }
                }
            }
        }
        assertFalse(examples == 0, "no <pre>{@code block found in any main source: the check would be vacuous");
        assertEquals(List.of(), problems, () -> problems.size() + " Javadoc example(s) not tested:\n"
                + String.join("\n", problems));
    }

    /** A Javadoc line without its leading blanks, {@code *} and the one space after it. */
    private static String javadocLine(String line) {
        String s = line.stripLeading();
        if (s.startsWith("*") && !s.startsWith("*/")) {
            s = s.substring(1);
            if (s.startsWith(" ")) {
                s = s.substring(1);
            }
        }
        return s;
    }

    /** What Javadoc shows for the escapes {@code {@code}} blocks need. */
    static String unescape(String line) {
        return line.replace("{@literal @}", "@").replace("&#64;", "@").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The example the block differs least from, and its first differing line. */
    private static String closest(String block, Map<String, Path> programs) {
        String best = "none (no program in " + EXAMPLES + ")";
        int bestSame = -1;
        List<String> wanted = block.lines().toList();
        for (Map.Entry<String, Path> p : programs.entrySet()) {
            List<String> have = p.getKey().lines().toList();
            int same = 0;
            while (same < Math.min(wanted.size(), have.size()) && wanted.get(same).equals(have.get(same))) {
                same++;
            }
            if (same > bestSame) {
                bestSame = same;
                best = p.getValue().getFileName() + ", which differs at the block's line " + (same + 1)
                        + (same < wanted.size() ? " (\"" + wanted.get(same).strip() + "\")" : " (the block is shorter)");
            }
        }
        return best;
    }
}
