package io.github.acubepl.cli;

import io.github.acubepl.mapping.AcubeMappingException;
import io.github.acubepl.mapping.InvoiceDocument;
import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.KsefEnvironment;
import io.github.acubepl.mapping.SourceSyntax;
import io.github.acubepl.mapping.ValidationContext;
import io.github.acubepl.render.AcubeRenderException;
import io.github.acubepl.render.InvoiceRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code acube render}: an invoice as HTML or PDF, in the layout of the official KSeF visualisation. */
@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Shows an invoice (FA(1), FA(2) or FA(3), FA XML or A-Cube JSON) as one self-contained HTML "
                + "file or an A4 PDF, in the layout of the official KSeF visualisation.",
            "",
            "With --environment the page carries KOD I: the verification link and its QR code, built from the "
                    + "SHA-256 of FILE's exact bytes (the bytes sent to KSeF), and under it the KSeF number "
                    + "(--ksef-number) or OFFLINE. A-Cube JSON is not what KSeF hashed (A-Cube sends the FA XML "
                    + "it makes of it), so a JSON FILE needs --hash, the hash A-Cube returned."},
        footerHeading = "%n",
        footer = {"With -o the output appears whole or not at all, as for 'acube convert': it is written to a "
                + "temporary file next to OUT, which is then renamed over OUT; a symbolic link is followed to the "
                + "file it names, a link to nothing is refused, a device or a path under /dev or /proc is written "
                + "in place, a folder, a path in a folder that does not exist and, without --force, a read-only "
                + "file are refused. Without -o the output goes to standard output; a PDF is not written to an "
                + "interactive terminal.",
            "",
            "Exit codes: 0 written; 2 usage error, unreadable input, KOD I that cannot be built (no seller NIP "
                    + "or issue date, a hash that is not FILE's), or OUT refused or not writable."})
final class RenderCommand implements Callable<Integer> {
    /** The output formats. */
    enum Target {
        HTML,
        PDF
    }

    /** The label languages. */
    enum Lang {
        PL,
        EN
    }

    private final Terminal terminal;

    @Parameters(index = "0", paramLabel = "FILE", description = "The invoice to show.")
    private @Nullable Path file;

    @Option(names = "--to", paramLabel = "html|pdf", defaultValue = "html",
            description = "The output format (default: ${DEFAULT-VALUE}).")
    private Target target = Target.HTML;

    @Option(names = "--environment", paramLabel = "test|demo|production",
            description = "The KSeF environment the invoice was sent to; with it the page carries KOD I.")
    private @Nullable KsefEnvironment environment;

    @Option(names = "--ksef-number", paramLabel = "N",
            description = "The KSeF number, when known: shown in the header and under the KOD I code.")
    private @Nullable String ksefNumber;

    @Option(names = "--hash", paramLabel = "BASE64",
            description = "The SHA-256 of the bytes sent, as A-Cube or KSeF returned it (standard Base64): needed "
                    + "for KOD I of a JSON FILE; for an FA XML FILE it must be the hash of FILE.")
    private @Nullable String hash;

    @Option(names = "--lang", paramLabel = "pl|en", defaultValue = "pl",
            description = "The language of the labels (default: ${DEFAULT-VALUE}).")
    private Lang lang = Lang.PL;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Write to OUT (replaced atomically; see below) instead of standard output.")
    private @Nullable Path output;

    @Option(names = "--force", description = "Replace OUT even if it is a read-only file.")
    private boolean force;

    RenderCommand(Terminal terminal) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
    }

    @Override
    public Integer call() {
        Path input = Objects.requireNonNull(file, "file");
        boolean toStdout = output == null || AtomicFiles.isStandardOutput(output);
        if (toStdout && target == Target.PDF && terminal.console()) {
            terminal.complain("a PDF is not written to a terminal: give -o OUT, or redirect standard output");
            return ExitCode.USAGE;
        }
        InvoiceMapper mapper = InvoiceMapper.builder()
                .context(ValidationContext.builder().clock(terminal.clock()).build())
                .build();
        byte[] bytes;
        try {
            bytes = InvoiceFiles.bytes(input);
            InvoiceDocument document = mapper.read(bytes);
            InvoiceRenderer renderer = renderer(mapper, document, bytes);
            if (renderer == null) {
                return ExitCode.USAGE;
            }
            byte[] rendered = target == Target.PDF ? renderer.pdf(document)
                    : renderer.html(document).getBytes(StandardCharsets.UTF_8);
            if (toStdout) {
                terminal.out().write(rendered);
                terminal.out().flush();
                return ExitCode.OK;
            }
            Path out = Objects.requireNonNull(output);
            try {
                AtomicFiles.write(out, force, stream -> stream.write(rendered));
                return ExitCode.OK;
            } catch (IOException e) {
                terminal.complain(SafeText.escape(out.toString()) + ": cannot write: " + Problems.describe(e));
                return ExitCode.USAGE;
            }
        } catch (AcubeMappingException e) {
            terminal.complain(SafeText.escape(input.toString()) + ": " + Problems.describe(e));
            return ExitCode.USAGE;
        } catch (AcubeRenderException e) {
            terminal.complain(SafeText.escape(input.toString()) + ": " + e.getMessage());
            return ExitCode.USAGE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The renderer for this invoice, or null after saying why KOD I cannot be built. */
    private @Nullable InvoiceRenderer renderer(InvoiceMapper mapper, InvoiceDocument document, byte[] bytes) {
        InvoiceRenderer.Builder b = InvoiceRenderer.builder()
                .mapper(mapper)
                .language(lang == Lang.EN ? io.github.acubepl.render.Language.EN : io.github.acubepl.render.Language.PL);
        if (ksefNumber != null) {
            b.ksefNumber(ksefNumber);
        }
        if (environment != null) {
            b.environment(environment);
            if (document.syntax() == SourceSyntax.XML) {
                b.sentBytes(bytes); // FILE's exact bytes; with --hash, build() checks the two agree
            } else if (hash == null) {
                terminal.complain(SafeText.escape(String.valueOf(file)) + ": KOD I of an A-Cube JSON file needs "
                        + "--hash, the hash A-Cube returned for the FA XML it sent (the JSON is not what KSeF "
                        + "hashed); or leave out --environment");
                return null;
            }
        }
        if (hash != null) {
            b.hash(hash);
        }
        return b.build();
    }
}
