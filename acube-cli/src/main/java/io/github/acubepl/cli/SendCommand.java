package io.github.acubepl.cli;

import io.github.acubepl.mapping.AcubeMappingException;
import io.github.acubepl.mapping.InvoiceDocument;
import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.SourceSyntax;
import io.github.acubepl.mapping.ValidationIssue;
import io.github.acubepl.mapping.ValidationReport;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.AcubeException;
import io.github.acubepl.transport.InvoiceEndpoint;
import io.github.acubepl.transport.SentInvoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code acube send}: validates an invoice offline, then sends it to the A-Cube API; prints its uuid. */
@Command(name = "send", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Sends an invoice (FA XML or A-Cube JSON, as the file holds it) to the A-Cube API PL",
            "and prints the uuid A-Cube gives it. The invoice is validated offline first; an invalid",
            "one is not sent."},
        footerHeading = "%n",
        footer = {"Environment: ACUBE_ENV (sandbox|production) or ACUBE_COMMON_URL and ACUBE_PL_URL;",
            "ACUBE_EMAIL, ACUBE_PASSWORD; ACUBE_HOME (default ~/.acube) keeps the login token.",
            "",
            "Exit codes: 0 sent; 1 invalid offline or refused by the API; 2 usage error or unreadable",
            "file; 3 authentication failed; 4 API unreachable (nothing sent); 5 outcome unknown: the",
            "invoice may have been created; list invoices by its number to find out before resending."})
final class SendCommand implements Callable<Integer> {
    private final Terminal terminal;

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
        InvoiceMapper mapper = InvoiceMapper.builder().clock(terminal.clock()).build();
        InvoiceDocument document;
        byte[] bytes;
        try {
            document = InvoiceFiles.read(mapper, file);
            bytes = Files.readAllBytes(file);
        } catch (AcubeMappingException e) {
            terminal.complain(file + ": " + Problems.describe(e));
            return ExitCode.USAGE;
        } catch (java.io.IOException e) {
            terminal.complain(file + ": " + Problems.describe(e));
            return ExitCode.USAGE;
        }
        if (!noValidate) {
            ValidationReport report = mapper.validate(document);
            if (!report.isValid()) {
                terminal.complain(file + ": not sent, the invoice is invalid (" + report.errors().size() + " errors):");
                for (ValidationIssue issue : report.errors()) {
                    String where = document.syntax() == SourceSyntax.JSON ? issue.jsonPointer() : issue.xpath();
                    terminal.err().println("  " + issue.ruleId() + " " + where + ": " + issue.messageEn());
                }
                return ExitCode.INVALID;
            }
        }
        AcubeClient client;
        try {
            client = api.client(terminal);
        } catch (ApiOptions.Incomplete e) {
            terminal.complain(e.getMessage());
            return ExitCode.USAGE;
        }
        InvoiceEndpoint endpoint = v3 ? InvoiceEndpoint.V3 : InvoiceEndpoint.INVOICES;
        try {
            SentInvoice sent = document.syntax() == SourceSyntax.XML ? client.invoices().sendXml(bytes, endpoint)
                    : client.invoices().sendJson(bytes, endpoint);
            if (sent.uuid() == null) {
                terminal.complain("sent (HTTP " + sent.httpStatus() + "), but the answer named no uuid");
                return ExitCode.OK;
            }
            terminal.outText().println(sent.uuid());
            return ExitCode.OK;
        } catch (AcubeException e) {
            return ApiFailures.report(terminal, e);
        }
    }
}
