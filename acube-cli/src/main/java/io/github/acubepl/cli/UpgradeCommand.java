package io.github.acubepl.cli;

import io.github.acubepl.mapping.AcubeMappingException;
import io.github.acubepl.mapping.InvoiceDocument;
import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.InvoiceReadException;
import io.github.acubepl.mapping.InvoiceUpgrader;
import io.github.acubepl.mapping.SourceSyntax;
import io.github.acubepl.mapping.UpgradeAnswers;
import io.github.acubepl.mapping.UpgradeResult;
import io.github.acubepl.mapping.ValidationContext;
import io.github.acubepl.mapping.ValidationIssue;
import io.github.acubepl.mapping.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code acube upgrade}: an FA(1) or FA(2) invoice to FA(3), with a report of every change and decision. */
@Command(name = "upgrade", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Upgrades an FA(1) or FA(2) invoice (FA XML or A-Cube JSON) to FA(3) and reports every change it made.",
            "",
            "What is certain is converted, what FA(3) requires and the source cannot have is filled with a documented "
                    + "default, and what is ambiguous (an FA(2) rate 0 that FA(3) splits into 0 KR, 0 WDT and 0 EX, "
                    + "for example) is a decision: answer it in ANSWERS.json, never guessed. The rules and their "
                    + "answers are listed in docs/upgrade-rules.md. The result is validated as FA(3)."},
        footerHeading = "%n",
        footer = {"Answers file: a JSON object whose keys are rule ids and whose values are the answer for the rule "
                + "everywhere, or an object of locations (the JSON Pointer or XPath of a decision, as the report "
                + "gives them; * for everywhere) to answers, e.g. {\"UPG-2-3-011\": \"0 KR\", \"UPG-2-3-021\": "
                + "{\"/Fa/Platnosc/TerminPlatnosci/0/TerminOpis\": \"drop\"}}. An answer that names no decision of "
                + "the invoice, or one the decision does not allow, makes the upgrade fail.",
            "",
            "Output: the upgraded invoice, in the syntax of FILE, goes to OUT (replaced atomically, as with 'acube "
                    + "convert -o') or, without -o, to standard output; only when it is valid, unless --force. The "
                    + "report goes to standard output with -o, to standard error without it.",
            "",
            "Exit codes: 0 the upgraded invoice is valid and no decision is open; 1 a decision is open, an answer "
                    + "fits no decision, or the upgraded invoice breaks a rule; 2 usage error (an unsupported --to, "
                    + "an answers file that cannot be read or is not of that shape), a FILE that cannot be read as "
                    + "an invoice or has no upgrade, or OUT refused or not writable."})
final class UpgradeCommand implements Callable<Integer> {
    /** The report formats. */
    enum ReportFormat {
        TEXT,
        JSON
    }

    /** The largest answers file read, in bytes. */
    static final int MAX_ANSWERS_BYTES = 4 << 20;

    private final Terminal terminal;

    @Spec
    private @Nullable CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The invoice to upgrade (FA XML or A-Cube JSON).")
    private @Nullable Path file;

    @Option(names = "--to", paramLabel = "VERSION", defaultValue = "FA(3)",
            description = "The version to upgrade to; only FA(3) (default: ${DEFAULT-VALUE}).")
    private String to = "FA(3)";

    @Option(names = "--answers", paramLabel = "ANSWERS.json", description = "The answers to the decisions (see below).")
    private @Nullable Path answersFile;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Write the upgraded invoice to OUT instead of standard output.")
    private @Nullable Path output;

    @Option(names = "--force", description = "Write the upgraded invoice even when it is not valid, and replace OUT "
            + "even if it is a read-only file.")
    private boolean force;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Report format (default: ${DEFAULT-VALUE}).")
    private ReportFormat format = ReportFormat.TEXT;

    @Option(names = "--lang", paramLabel = "en|pl", defaultValue = "en",
            description = "Language of the messages in the text report (default: ${DEFAULT-VALUE}).")
    private Language language = Language.EN;

    @Option(names = "--schema-dir", paramLabel = "DIR",
            description = "A folder with the official FA schema sets (as for 'acube validate'): the upgraded invoice "
                    + "is also checked against the official FA(3) XSD.")
    private @Nullable Path schemaDir;

    UpgradeCommand(Terminal terminal) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
    }

    @Override
    public Integer call() {
        Path input = Objects.requireNonNull(file, "file");
        if (!to.strip().replace(" ", "").equalsIgnoreCase("FA(3)")) {
            throw usage("--to " + SafeText.quote(to) + ": the only version to upgrade to is FA(3)");
        }
        if (schemaDir != null && !Files.isDirectory(schemaDir)) {
            throw usage("--schema-dir " + SafeText.escape(schemaDir.toString()) + ": not a directory");
        }
        UpgradeAnswers answers = answers();
        if (answers == null) {
            return ExitCode.USAGE;
        }
        InvoiceMapper mapper = InvoiceMapper.builder()
                .context(ValidationContext.builder().clock(terminal.clock()).schemaDirectory(schemaDir).build())
                .build();
        UpgradeResult result;
        SourceSyntax syntax;
        try {
            InvoiceDocument document = InvoiceFiles.read(mapper, input);
            syntax = document.syntax();
            result = InvoiceUpgrader.of(mapper).upgrade(document, answers);
        } catch (AcubeMappingException e) {
            terminal.complain(SafeText.escape(input.toString()) + ": " + Problems.describe(e));
            return ExitCode.USAGE;
        }
        boolean toStandardOutput = output == null || AtomicFiles.isStandardOutput(output);
        PrintWriter report = toStandardOutput ? terminal.err() : terminal.outText();
        report(report, input.toString(), syntax, result);
        report.flush();
        int exit = result.isValid() ? ExitCode.OK : ExitCode.INVALID;
        if (!result.isValid() && !force) {
            terminal.complain(SafeText.escape(input.toString()) + ": the upgraded invoice is not valid; "
                    + (toStandardOutput ? "nothing written" : SafeText.escape(Objects.requireNonNull(output).toString())
                            + " not written") + " (--force writes it anyway)");
            return exit;
        }
        return Math.max(exit, write(result.document(), syntax, input, toStandardOutput ? null : output));
    }

    private ParameterException usage(String message) {
        return new ParameterException(Objects.requireNonNull(spec).commandLine(), message);
    }

    /** The answers, or {@code null} after complaining (exit 2). */
    private @Nullable UpgradeAnswers answers() {
        if (answersFile == null) {
            return UpgradeAnswers.none();
        }
        String name = SafeText.escape(answersFile.toString());
        byte[] json;
        try {
            json = InvoiceFiles.bytes(answersFile);
        } catch (InvoiceReadException e) {
            terminal.complain("--answers " + name + ": " + Problems.describe(e));
            return null;
        }
        if (json.length > MAX_ANSWERS_BYTES) {
            terminal.complain("--answers " + name + ": the file is larger than the limit of " + MAX_ANSWERS_BYTES
                    + " bytes");
            return null;
        }
        try {
            return UpgradeAnswers.fromJson(json);
        } catch (AcubeMappingException e) {
            terminal.complain("--answers " + name + ": " + Problems.describe(e));
            return null;
        }
    }

    private int write(InvoiceDocument document, SourceSyntax syntax, Path input, @Nullable Path out) {
        AtomicFiles.Content content = stream -> {
            if (syntax == SourceSyntax.JSON) {
                document.writeJson(stream);
            } else {
                document.writeXml(stream);
            }
        };
        try {
            if (out == null) {
                // serialise fully before printing, so that a failed conversion prints nothing
                byte[] bytes = syntax == SourceSyntax.JSON ? document.toJson() : document.toXml();
                terminal.outText().flush();
                terminal.out().write(bytes);
                terminal.out().flush();
            } else {
                AtomicFiles.write(out, force, content);
            }
            return ExitCode.OK;
        } catch (AcubeMappingException e) {
            terminal.complain(SafeText.escape(input.toString()) + ": " + Problems.describe(e) + "; "
                    + (out == null ? "nothing written" : SafeText.escape(out.toString()) + " not written"));
            return ExitCode.USAGE;
        } catch (IOException e) {
            if (out == null) {
                throw new UncheckedIOException(e);
            }
            terminal.complain(SafeText.escape(out.toString()) + ": cannot write: " + Problems.describe(e));
            return ExitCode.USAGE;
        }
    }

    private void report(PrintWriter out, String name, SourceSyntax syntax, UpgradeResult result) {
        ValidationReport validation = combined(result);
        if (format == ReportFormat.JSON) {
            out.print(UpgradeReport.json(name, syntax, result, validation));
        } else {
            UpgradeReport.text(out, language, name, syntax, result);
            new TextReport(out, language).file(FileResult.validated(name, syntax, validation));
        }
    }

    /** The errors of the upgrade itself (open decisions, answers that fit none) before the FA(3) validation's. */
    static ValidationReport combined(UpgradeResult result) {
        ValidationReport v = result.validation();
        List<ValidationIssue> all = new ArrayList<>(result.issues());
        all.addAll(v.issues());
        return new ValidationReport(v.format(), all, v.layers());
    }
}
