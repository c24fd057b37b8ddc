package io.github.acubepl.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Issue 7, "help text is mangled": descriptions were hard-wrapped in the annotations and wrapped again by
 * picocli, leaving orphan words, and command summaries were cut mid-sentence. Every command's --help is
 * rendered at 80 columns; within a paragraph, no line may end where the next line's first word would still
 * have fitted (that is what text wrapped twice looks like), and every summary is one whole sentence.
 */
class HelpTextTest {
    private static final int WIDTH = 80;
    /** An entry of an option or command list: indentation, a name column, two or more spaces, text. */
    private static final Pattern ITEM = Pattern.compile("^( {2,})(\\S.*?)( {2,})(\\S.*)$");

    static Stream<String> commands() {
        List<String> names = new ArrayList<>();
        collect(AcubeCli.commandLine(terminal()), names);
        return names.stream();
    }

    private static void collect(CommandLine cl, List<String> names) {
        names.add(cl.getCommandSpec().qualifiedName(" "));
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (!(sub.getCommand() instanceof CommandLine.HelpCommand)) {
                collect(sub, names);
            }
        }
    }

    private static Terminal terminal() {
        return new Terminal(new ByteArrayOutputStream(), new ByteArrayOutputStream(), Cli.CLOCK, false);
    }

    private static CommandLine find(String qualifiedName) {
        CommandLine cl = AcubeCli.commandLine(terminal());
        String[] parts = qualifiedName.split(" ");
        for (int i = 1; i < parts.length; i++) {
            cl = cl.getSubcommands().get(parts[i]);
        }
        return cl;
    }

    private static List<String> render(CommandLine cl) {
        cl.setUsageHelpWidth(WIDTH);
        cl.setUsageHelpAutoWidth(false);
        return cl.getUsageMessage(CommandLine.Help.Ansi.OFF).lines().map(String::stripTrailing).toList();
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("commands")
    void noLineOfTheHelpIsAnOrphanFragment(String command) {
        List<String> lines = render(find(command));
        String text = String.join("\n", lines);
        int start = 1;
        while (start < lines.size() && indent(lines.get(start)) >= 8) {
            start++; // the synopsis, wrapped by picocli at option boundaries
        }
        // The indentation at which the next line continues this one's text, or -1 when nothing continues it.
        int continuation = -1;
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            assertTrue(line.length() <= WIDTH, () -> "a line over " + WIDTH + " columns in\n" + text);
            if (line.isBlank()) {
                continuation = -1;
                continue;
            }
            boolean preformatted = ValidateCommand.JSON_SHAPE.contains(line);
            Matcher item = ITEM.matcher(line);
            boolean isItem = !preformatted && item.matches() && indent(line) <= 6;
            if (continuation >= 0 && indent(line) == continuation && !isItem && !preformatted) {
                String previous = lines.get(i - 1);
                String firstWord = line.strip().split(" ", 2)[0];
                assertTrue(previous.length() + 1 + firstWord.length() >= WIDTH, () -> "'" + firstWord + "' would have "
                        + "fitted on the line before it: text wrapped twice, in\n" + text);
            }
            if (preformatted) {
                continuation = -1;
            } else if (isItem) {
                continuation = item.start(4) + 2; // picocli indents an entry's further lines by two more
            } else if (indent(line) > 0 && indent(line) <= 6 && line.strip().startsWith("-")) {
                continuation = -2; // an option whose description starts on the next line: fixed below
            } else if (continuation == -2) {
                continuation = indent(line) + 2;
            } else {
                continuation = indent(line);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void everySummaryIsOneWholeSentence(String command) {
        CommandLine cl = find(command);
        String[] description = cl.getCommandSpec().usageMessage().description();
        assertTrue(description.length > 0, command + " has no description");
        String summary = description[0];
        assertTrue(summary.endsWith("."), () -> command + ": the summary does not end with a full stop: " + summary);
        assertTrue(Character.isUpperCase(summary.charAt(0)), () -> command + ": " + summary);
        assertFalse(summary.substring(0, summary.length() - 1).contains(". "),
                () -> command + ": the summary is more than one sentence: " + summary);
        assertTrue(description.length == 1 || description[1].isEmpty(),
                () -> command + ": the summary must be a paragraph of its own (an empty line after it)");
        for (String part : description) {
            assertFalse(part.contains("\n"), () -> command + ": a hard line break in " + part);
        }
    }
}
