package io.github.acubepl.cli;

import io.github.acubepl.mapping.AcubeMappingException;
import io.github.acubepl.mapping.InvoiceDocument;
import io.github.acubepl.mapping.InvoiceKeyRegistry;
import io.github.acubepl.mapping.InvoiceMapper;
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
        description = {"Validates FA invoices, as FA XML or A-Cube JSON (detected from the content).",
            "Duplicates (same seller NIP, RodzajFaktury and P_2) are found across the files."},
        footerHeading = "%n",
        footer = {"Exit codes: 0 every file valid (warnings allowed); 1 some invoice breaks a",
            "rule; 2 usage error, or a file that cannot be read as an invoice. With several",
            "files the highest code wins.",
            "",
            "JSON report (--format json): one object; fields may be added, never removed.",
            "{\"valid\": true|false,              every file readable and valid",
            " \"files\": [{",
            "   \"file\": \"invoice.xml\",          the path as given",
            "   \"format\": \"FA(1)\"|null,         schema version; null if unreadable",
            "   \"syntax\": \"XML\"|\"JSON\"|null,",
            "   \"valid\": true|false,",
            "   \"errors\": 0, \"warnings\": 0,       issue counts",
            "   \"issues\": [{\"ruleId\": \"FA-STRUCT-001\", \"severity\": \"ERROR\"|\"WARNING\",",
            "               \"jsonPointer\": \"/Fa/P_15\", \"xpath\": \"/Faktura/Fa/P_15\",",
            "               \"line\": 41|null, \"column\": 7|null,",
            "               \"message\": \"English\", \"messagePl\": \"Polish\"}],",
            "   \"error\": null | {\"reason\": \"MALFORMED\"|\"HOSTILE\"|\"TOO_LARGE\"|",
            "                          \"UNKNOWN_FORMAT\"|\"IO\"|\"ENGINE\",",
            "                    \"message\": \"what and where\",",
            "                    \"line\": 3|null, \"column\": 14|null}}]}",
            "\"error\" is set when the file could not be read as an invoice (ENGINE: read,",
            "but could not be validated, e.g. the schema set in --schema-dir is broken)."})
final class ValidateCommand implements Callable<Integer> {
    /** The report formats. */
    enum ReportFormat {
        TEXT,
        JSON
    }

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
            description = "A folder with the official FA schema set (e.g. ksef/fa1/schema): adds a pass with "
                    + "the official XSD.")
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
                .clock(terminal.clock())
                .schemaDirectory(schemaDir)
                .registry(InvoiceKeyRegistry.inMemory())
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
            terminal.complain(name + ": " + failure.message());
            return FileResult.failed(name, failure);
        }
    }
}
