package io.github.acubepl.cli;

import io.github.acubepl.mapping.AcubeMappingException;
import io.github.acubepl.mapping.InvoiceDocument;
import io.github.acubepl.mapping.InvoiceKey;
import io.github.acubepl.mapping.InvoiceKeyRegistry;
import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.SourceSyntax;
import io.github.acubepl.mapping.ValidationContext;
import io.github.acubepl.mapping.ValidationIssue;
import io.github.acubepl.mapping.ValidationReport;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.AcubeException;
import io.github.acubepl.transport.InvoiceEndpoint;
import io.github.acubepl.transport.SentInvoice;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code acube send}: validates an invoice offline, then sends it to the A-Cube API; prints its uuid. */
@Command(name = "send", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Sends an invoice to the A-Cube API PL and prints the uuid A-Cube gives it.",
            "",
            "The file (FA XML or A-Cube JSON) is read once, validated offline and, if valid, sent exactly as it is: "
                    + "an invalid invoice is not sent."},
        footerHeading = "%n",
        footer = {"Environment: ACUBE_ENV (sandbox or production), or ACUBE_COMMON_URL and ACUBE_PL_URL; ACUBE_EMAIL "
                + "and ACUBE_PASSWORD; ACUBE_HOME (default ~/.acube) keeps the login token.",
            "",
            "Exit codes: 0 sent; 1 invalid offline, or refused by the API; 2 usage error or an unreadable file "
                    + "(nothing was sent), or a standard output that cannot be written after the invoice was sent: "
                    + "then it was sent, and its uuid is in the message on standard error; 3 authentication failed; "
                    + "4 the API could not be reached, answered a server error (HTTP 5xx), or answered with something "
                    + "that is not its JSON, before anything was created; 5 outcome unknown: the invoice may have been "
                    + "created, and the message names the 'acube list' command that finds out: send it again only if "
                    + "that command ends with exit 6 (not created); any other exit of it means it could not tell."})
final class SendCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Spec
    private @Nullable CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The invoice file.")
    private Path file = Path.of("");

    @Mixin
    private ApiOptions api = new ApiOptions();

    @Option(names = "--v3", description = "Send to POST /invoices/v3 (FA(3)-era endpoint) instead of /invoices.")
    private boolean v3;

    @Option(names = "--no-validate", description = "Send without validating offline first.")
    private boolean noValidate;

    SendCommand(Terminal terminal) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
    }

    @Override
    public Integer call() {
        api.validate(Objects.requireNonNull(spec).commandLine());
        InvoiceKeys keys = new InvoiceKeys();
        InvoiceMapper mapper = InvoiceMapper.builder()
                .context(ValidationContext.builder().clock(terminal.clock()).registry(keys).build())
                .build();
        byte[] bytes;
        InvoiceDocument document;
        try {
            // Read once: the bytes validated are the bytes sent, even if the file changes meanwhile.
            bytes = InvoiceFiles.bytes(file);
            document = mapper.read(bytes);
        } catch (AcubeMappingException e) {
            terminal.complain(SafeText.escape(file.toString()) + ": " + Problems.describe(e));
            return ExitCode.USAGE;
        }
        if (!noValidate) {
            ValidationReport report = mapper.validate(document);
            if (!report.isValid()) {
                terminal.complain(SafeText.escape(file.toString()) + ": not sent, the invoice is invalid (" + report.errors().size() + " errors):");
                for (ValidationIssue issue : report.errors()) {
                    String where = document.syntax() == SourceSyntax.JSON ? issue.jsonPointer() : issue.xpath();
                    terminal.err().println("  " + issue.ruleId() + " " + SafeText.escape(where) + ": "
                            + SafeText.line(issue.messageEn()));
                }
                return ExitCode.INVALID;
            }
        }
        AcubeClient client = api.clientOrComplain(terminal);
        if (client == null) {
            return ExitCode.USAGE;
        }
        InvoiceEndpoint endpoint = v3 ? InvoiceEndpoint.V3 : InvoiceEndpoint.INVOICES;
        SentInvoice sent;
        try {
            sent = document.syntax() == SourceSyntax.XML ? client.invoices().sendXml(bytes, endpoint)
                    : client.invoices().sendJson(bytes, endpoint);
        } catch (AcubeException e) {
            return ApiFailures.report(terminal, e, keys.of(mapper, document));
        }
        String uuid = sent.uuid();
        if (uuid == null || uuid.isBlank()) {
            // Accepted (2xx) but unnamed: the invoice was most probably created. Exit 0 with nothing printed
            // would invite a second send, and with it a duplicate.
            terminal.complain("outcome unknown: the A-Cube API answered HTTP " + sent.httpStatus() + " but named no "
                    + "invoice uuid. The invoice was probably created; do not send it again before looking it up.");
            InvoiceKey key = keys.of(mapper, document);
            ApiFailures.lookUpHint(terminal, key == null ? null : key.sellerNip(), key == null ? null : key.number());
            return ExitCode.OUTCOME_UNKNOWN;
        }
        terminal.outText().println(SafeText.escape(uuid));
        if (terminal.outputFailure() != null) {
            // The invoice exists now: its uuid must not be lost with the output.
            terminal.complain("the invoice was sent; its uuid is " + SafeText.escape(uuid));
        }
        return ExitCode.OK;
    }

    /**
     * Catches the seller NIP and number (P_2) the validator reads, for the hints of an unknown outcome:
     * the engine knows where they sit in each schema version.
     */
    private static final class InvoiceKeys implements InvoiceKeyRegistry {
        private volatile @Nullable InvoiceKey key;

        @Override
        public boolean register(InvoiceKey key) {
            this.key = key;
            return true;
        }

        /** The key, validating {@code document} first if that has not happened (--no-validate). */
        @Nullable InvoiceKey of(InvoiceMapper mapper, InvoiceDocument document) {
            if (key == null) {
                try {
                    mapper.validate(document);
                } catch (RuntimeException e) {
                    return null; // only a hint is lost
                }
            }
            return key;
        }
    }
}
