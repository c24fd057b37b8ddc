package io.github.acubepl.cli;

import io.github.acubepl.mapping.AcubeMappingException;
import io.github.acubepl.mapping.InvoiceDocument;
import io.github.acubepl.mapping.InvoiceKeyRegistry;
import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.ValidationContext;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.AcubeException;
import io.github.acubepl.transport.InvoiceVerificationException;
import io.github.acubepl.transport.VerifiedInvoice;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code acube download}: an invoice's FA XML, checked against KSeF's hash before a byte of it is
 * written, then its validation summary.
 */
@Command(name = "download", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Downloads an invoice's FA XML, such as a purchase invoice 'acube received' lists, after checking "
                + "that its bytes are the ones KSeF holds.",
            "",
            "The SHA-256 of the bytes must match the hash in the invoice's record at A-Cube (KSeF's); if it does not, "
                    + "nothing is written. The exact bytes are then written to OUT, or to standard output without -o, "
                    + "and the invoice's validation summary, as 'acube validate' prints it, follows on standard output "
                    + "(on standard error when the XML went to standard output). Issues in the summary do not make "
                    + "the download fail: KSeF accepted the invoice."},
        footerHeading = "%n",
        footer = {"With -o the file appears whole or not at all, by the rules of 'acube convert -o': a symbolic link "
                + "is followed to the file it names, a device is written in place, a folder or a link to nothing is "
                + "refused, and a read-only file is replaced only with --force.",
            "",
            "Environment: as for 'acube send'.",
            "",
            "Exit codes: 0 downloaded and checked (whatever the summary says); 1 the bytes are not the ones KSeF holds "
                    + "(nothing written), or the API refused the call (no such invoice, say); 2 usage error, or OUT "
                    + "or standard output cannot be written; 3 authentication failed; 4 the API could not be reached, "
                    + "answered a server error (HTTP 5xx) to every attempt, or answered with something that is not "
                    + "its JSON."})
final class DownloadCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Spec
    private @Nullable CommandSpec spec;

    @Parameters(paramLabel = "UUID", description = "The invoice's uuid, as 'acube received' lists it.")
    private String uuid = "";

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Write to OUT (replaced atomically; see below) instead of standard output.")
    private @Nullable Path output;

    @Option(names = "--force", description = "Replace OUT even if it is a read-only file.")
    private boolean force;

    @Mixin
    private ApiOptions api = new ApiOptions();

    DownloadCommand(Terminal terminal) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
    }

    @Override
    public Integer call() {
        String id = uuid.strip();
        if (!StatusCommand.UUID.matcher(id).matches()) {
            throw new ParameterException(Objects.requireNonNull(spec).commandLine(), "UUID must be an invoice uuid "
                    + "such as 0b9c5a8e-2f4d-4c1e-9a57-3d2b1e0f6a7c (as 'acube received' lists it), not "
                    + SafeText.quote(uuid));
        }
        api.validate(Objects.requireNonNull(spec).commandLine());
        AcubeClient client = api.clientOrComplain(terminal);
        if (client == null) {
            return ExitCode.USAGE;
        }
        VerifiedInvoice invoice;
        try {
            invoice = client.invoices().download(id);
        } catch (InvoiceVerificationException e) {
            terminal.complain("invoice " + id + " refused: " + reason(e.reason()) + "; nothing written");
            return ExitCode.INVALID;
        } catch (AcubeException e) {
            return ApiFailures.report(terminal, e);
        }
        byte[] xml = invoice.xml();
        boolean toStandardOutput = output == null || AtomicFiles.isStandardOutput(output);
        PrintWriter summary;
        String name;
        if (toStandardOutput) {
            try {
                terminal.out().write(xml);
                terminal.out().flush();
            } catch (IOException e) {
                return ExitCode.USAGE; // kept by the terminal, which reports it
            }
            summary = terminal.err();
            name = id;
        } else {
            Path out = output;
            try {
                AtomicFiles.write(out, force, stream -> stream.write(xml));
            } catch (IOException e) {
                terminal.complain(SafeText.escape(out.toString()) + ": cannot write: " + Problems.describe(e)
                        + "; invoice " + id + " not saved");
                return ExitCode.USAGE;
            }
            summary = terminal.outText();
            name = out.toString();
        }
        new TextReport(summary, Language.EN).file(validate(name, xml));
        summary.flush();
        return ExitCode.OK;
    }

    /** What went wrong, in the user's words; never the body. */
    static String reason(InvoiceVerificationException.Reason reason) {
        return switch (reason) {
            case HASH_MISMATCH -> "the bytes do not match KSeF's hash (altered, truncated or another file)";
            case HASH_ABSENT -> "its record has no KSeF hash to check the bytes against (not in KSeF yet?)";
            case HASH_MALFORMED -> "the KSeF hash in its record is not a Base64 SHA-256, so no bytes can match it";
            case NOT_FA_XML -> "the bytes match KSeF's hash but are not an FA invoice";
        };
    }

    /** The validation of the downloaded bytes, on the command's clock, as 'acube validate' does it. */
    private FileResult validate(String name, byte[] xml) {
        InvoiceMapper mapper = InvoiceMapper.builder()
                .context(ValidationContext.builder()
                        .clock(terminal.clock())
                        .registry(InvoiceKeyRegistry.inMemory())
                        .build())
                .build();
        try {
            InvoiceDocument document = mapper.read(xml);
            return FileResult.validated(name, document.syntax(), mapper.validate(document));
        } catch (AcubeMappingException e) {
            FileResult.Failure failure = FileResult.Failure.of(e);
            terminal.complain(SafeText.escape(name) + ": " + failure.message());
            return FileResult.failed(name, failure);
        }
    }
}
