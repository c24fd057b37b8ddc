package io.github.acubepl.cli;

import io.github.acubepl.mapping.AcubeMappingException;
import io.github.acubepl.mapping.InvoiceDocument;
import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.ValidationContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code acube convert}: FA XML to A-Cube JSON and back, without validation. */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Converts an invoice (FA(1), FA(2) or FA(3)) between FA XML and A-Cube JSON.",
            "",
            "The input format and schema version are detected. Any readable invoice is converted, valid or not; run 'acube validate' to "
                    + "check it."},
        footerHeading = "%n",
        footer = {"With -o the output appears whole or not at all: it is written to a temporary file next to OUT, "
                + "which is then renamed over OUT; on failure OUT is left as it was, and the temporary file is deleted, "
                + "also when the command is interrupted (Ctrl-C, SIGTERM). A symbolic link is followed to the file it "
                + "names (the link stays); a link to nothing is refused. A device or a named pipe, such as /dev/null, "
                + "is written in place, never replaced (a pipe waits for a reader). So is a path under /dev or /proc, "
                + "or one whose links lead there, such as /dev/fd/3: a file the shell opened is appended to, never "
                + "replaced; -o /dev/stdout writes standard output itself, like no -o. A folder, a path in a folder "
                + "that does not exist and, without --force, a read-only file are refused.",
            "",
            "Exit codes: 0 converted; 2 usage error, unreadable input, a conversion that cannot be done (a JSON "
                    + "string holding U+0000 cannot become XML), or OUT refused or not writable."})
final class ConvertCommand implements Callable<Integer> {
    /** The output formats. */
    enum Target {
        XML,
        JSON
    }

    private final Terminal terminal;

    @Parameters(index = "0", paramLabel = "FILE", description = "The invoice to convert.")
    private @Nullable Path file;

    @Option(names = "--to", required = true, paramLabel = "xml|json", description = "The output format.")
    private @Nullable Target target;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Write to OUT (replaced atomically; see below) instead of standard output.")
    private @Nullable Path output;

    @Option(names = "--force", description = "Replace OUT even if it is a read-only file.")
    private boolean force;

    ConvertCommand(Terminal terminal) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
    }

    @Override
    public Integer call() {
        Path input = Objects.requireNonNull(file, "file");
        Target to = Objects.requireNonNull(target, "target");
        InvoiceMapper mapper = InvoiceMapper.builder()
                .context(ValidationContext.builder().clock(terminal.clock()).build())
                .build();
        try {
            InvoiceDocument document = InvoiceFiles.read(mapper, input);
            if (output == null || AtomicFiles.isStandardOutput(output)) {
                // convert fully before printing, so that a failed conversion prints nothing
                byte[] converted = to == Target.XML ? document.toXml() : document.toJson();
                terminal.out().write(converted);
                terminal.out().flush();
                return ExitCode.OK;
            }
            return write(document, to, input, output);
        } catch (AcubeMappingException e) {
            terminal.complain(SafeText.escape(input.toString()) + ": " + Problems.describe(e));
            return ExitCode.USAGE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int write(InvoiceDocument document, Target to, Path input, Path out) {
        try {
            AtomicFiles.write(out, force, stream -> {
                if (to == Target.XML) {
                    document.writeXml(stream);
                } else {
                    document.writeJson(stream);
                }
            });
            return ExitCode.OK;
        } catch (AcubeMappingException e) {
            terminal.complain(SafeText.escape(input.toString()) + ": " + Problems.describe(e) + "; "
                    + SafeText.escape(out.toString()) + " not written");
            return ExitCode.USAGE;
        } catch (IOException e) {
            terminal.complain(SafeText.escape(out.toString()) + ": cannot write: " + Problems.describe(e));
            return ExitCode.USAGE;
        }
    }
}
