package io.github.acubepl.cli;

import io.github.acubepl.mapping.AcubeMappingException;
import io.github.acubepl.mapping.InvoiceDocument;
import io.github.acubepl.mapping.InvoiceKeyRegistry;
import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.ValidationContext;
import io.github.acubepl.mapping.ValidationReport;
import java.io.IOException;
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

/** {@code acube validate}: structural and business validation, optionally the official XSD too. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Validates FA invoices (FA(1), FA(2), FA(3)), as FA XML or A-Cube JSON.",
            "",
            "The format and the schema version are detected from the content. Duplicates (the same seller NIP, RodzajFaktury and P_2) are "
                    + "found across the files."},
        footerHeading = "%n",
        footer = {"Exit codes: 0 every file valid (warnings allowed); 1 some invoice breaks a rule; 2 usage error, a "
                + "file that cannot be read as an invoice, or a standard output that cannot be written. With several "
                + "files the highest code wins.",
            "",
            "JSON report (--format json): one object; fields may be added, never removed.",
            ValidateCommand.JSON_SHAPE_1, ValidateCommand.JSON_SHAPE_2, ValidateCommand.JSON_SHAPE_3,
            ValidateCommand.JSON_SHAPE_4, ValidateCommand.JSON_SHAPE_5, ValidateCommand.JSON_SHAPE_6,
            ValidateCommand.JSON_SHAPE_7, ValidateCommand.JSON_SHAPE_8, ValidateCommand.JSON_SHAPE_9,
            ValidateCommand.JSON_SHAPE_10, ValidateCommand.JSON_SHAPE_11, ValidateCommand.JSON_SHAPE_12,
            ValidateCommand.JSON_SHAPE_13, ValidateCommand.JSON_SHAPE_14, ValidateCommand.JSON_SHAPE_15,
            ValidateCommand.JSON_SHAPE_16,
            "",
            "\"layers\" lists the validation layers that ran: OFFICIAL_SCHEMA only with --schema-dir, so a file "
                    + "without FA-XSD-001 issues passed the official XSD only if OFFICIAL_SCHEMA is listed.",
            "",
            "\"error\" is set when the file could not be read as an invoice (ENGINE: read, but could not be "
                    + "validated, for example because the schema set in --schema-dir is broken)."})
final class ValidateCommand implements Callable<Integer> {
    /** The report formats. */
    enum ReportFormat {
        TEXT,
        JSON
    }

    // The shape of the JSON report, laid out by hand: lines picocli must not wrap (each under 80 columns).
    static final String JSON_SHAPE_1 = "{\"valid\": true|false,              every file readable and valid";
    static final String JSON_SHAPE_2 = " \"files\": [{";
    static final String JSON_SHAPE_3 = "   \"file\": \"invoice.xml\",          the path as given";
    static final String JSON_SHAPE_4 = "   \"format\": \"FA(3)\"|null,         schema version; null if unreadable";
    static final String JSON_SHAPE_5 = "   \"syntax\": \"XML\"|\"JSON\"|null,";
    static final String JSON_SHAPE_6 = "   \"valid\": true|false,";
    static final String JSON_SHAPE_7 = "   \"errors\": 0, \"warnings\": 0,     issue counts";
    static final String JSON_SHAPE_8 = "   \"layers\": [\"STRUCTURE\", \"RULES\", \"OFFICIAL_SCHEMA\"],  that ran";
    static final String JSON_SHAPE_9 = "   \"issues\": [{\"ruleId\": \"FA-STRUCT-001\", \"severity\": \"ERROR\"|\"WARNING\",";
    static final String JSON_SHAPE_10 = "               \"jsonPointer\": \"/Fa/P_15\", \"xpath\": \"/Faktura/Fa/P_15\",";
    static final String JSON_SHAPE_11 = "               \"line\": 41|null, \"column\": 7|null,";
    static final String JSON_SHAPE_12 = "               \"message\": \"English\", \"messagePl\": \"Polish\"}],";
    static final String JSON_SHAPE_13 = "   \"error\": null | {\"reason\": \"MALFORMED\"|\"HOSTILE\"|\"TOO_LARGE\"|";
    static final String JSON_SHAPE_14 = "                          \"UNKNOWN_FORMAT\"|\"IO\"|\"ENGINE\",";
    static final String JSON_SHAPE_15 = "                    \"message\": \"what and where\",";
    static final String JSON_SHAPE_16 = "                    \"line\": 3|null, \"column\": 14|null}}]}";
    /** The lines above, in order: the help test lets only these be laid out by hand. */
    static final java.util.List<String> JSON_SHAPE = java.util.List.of(JSON_SHAPE_1, JSON_SHAPE_2, JSON_SHAPE_3,
            JSON_SHAPE_4, JSON_SHAPE_5, JSON_SHAPE_6, JSON_SHAPE_7, JSON_SHAPE_8, JSON_SHAPE_9, JSON_SHAPE_10,
            JSON_SHAPE_11, JSON_SHAPE_12, JSON_SHAPE_13, JSON_SHAPE_14, JSON_SHAPE_15, JSON_SHAPE_16);

    private final Terminal terminal;

    @Spec
    private @Nullable CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Invoice files (FA XML or A-Cube JSON).")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Report format (default: ${DEFAULT-VALUE}).")
    private ReportFormat format = ReportFormat.TEXT;

    @Option(names = "--lang", paramLabel = "en|pl", defaultValue = "en",
            description = "Language of the issue messages in the text report (default: ${DEFAULT-VALUE}).")
    private Language language = Language.EN;

    @Option(names = "--schema-dir", paramLabel = "DIR",
            description = "A folder with the official FA schema sets: adds a pass with the official XSD. Either the "
                    + "folder holding the version folders, such as ../shared/ksef (each invoice is checked against "
                    + "its own version's schema), or one version's schema folder, such as ksef/fa3/schema.")
    private @Nullable Path schemaDir;

    ValidateCommand(Terminal terminal) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
    }

    @Override
    public Integer call() {
        if (schemaDir != null && !Files.isDirectory(schemaDir)) {
            throw new ParameterException(Objects.requireNonNull(spec).commandLine(),
                    "--schema-dir " + schemaDir + ": not a directory");
        }
        InvoiceMapper mapper = InvoiceMapper.builder()
                .context(ValidationContext.builder()
                        .clock(terminal.clock())
                        .schemaDirectory(schemaDir)
                        .registry(InvoiceKeyRegistry.inMemory())
                        .build())
                .build();
        TextReport text = new TextReport(terminal.outText(), language);
        List<FileResult> results = new ArrayList<>();
        int exit = ExitCode.OK;
        for (Path file : files) {
            FileResult result = validate(mapper, file);
            results.add(result);
            exit = Math.max(exit, result.exitCode());
            if (format == ReportFormat.TEXT) {
                text.file(result);
                terminal.outText().flush();
            }
        }
        if (format == ReportFormat.TEXT) {
            text.summary(results);
            terminal.outText().flush();
        } else {
            try {
                JsonReport.write(results, terminal.out());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return exit;
    }

    private FileResult validate(InvoiceMapper mapper, Path file) {
        String name = file.toString();
        try {
            InvoiceDocument document = InvoiceFiles.read(mapper, file);
            ValidationReport report = mapper.validate(document);
            return FileResult.validated(name, document.syntax(), report);
        } catch (AcubeMappingException e) {
            FileResult.Failure failure = FileResult.Failure.of(e);
            terminal.complain(SafeText.escape(name) + ": " + failure.message());
            return FileResult.failed(name, failure);
        }
    }
}
