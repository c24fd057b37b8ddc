package io.github.acubepl.cli;

import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.AcubeException;
import io.github.acubepl.transport.Invoice;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Parameters;

/** {@code acube status}: where an invoice sent through A-Cube stands in KSeF. */
@Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Shows an invoice's status at A-Cube and in KSeF: status, processing code, KSeF number.",
        footerHeading = "%n",
        footer = {"Environment: as for `acube send`.",
            "",
            "Exit codes: 0 shown; 1 refused by the API (e.g. no such invoice); 2 usage error;",
            "3 authentication failed; 4 API unreachable."})
final class StatusCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Parameters(paramLabel = "UUID", description = "The uuid `acube send` printed.")
    private String uuid = "";

    @Mixin
    private ApiOptions api = new ApiOptions();

    StatusCommand(Terminal terminal) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
    }

    @Override
    public Integer call() {
        AcubeClient client;
        try {
            client = api.client(terminal);
        } catch (ApiOptions.Incomplete e) {
            terminal.complain(e.getMessage());
            return ExitCode.USAGE;
        }
        try {
            Invoice invoice = client.invoices().get(uuid);
            PrintWriter out = terminal.outText();
            out.println("uuid:                 " + invoice.uuid());
            out.println("status:               " + (invoice.status() == null ? "-" : invoice.status().value()));
            out.println("processing code:      " + (invoice.processingCode() == null ? "-"
                    : invoice.processingCode().code() + invoice.processingCode().meaning().map(m -> " (" + m + ")")
                            .orElse("")));
            out.println("KSeF number:          " + orDash(invoice.ksefReferenceNumber()));
            out.println("acquired by KSeF:     " + (invoice.acquisitionTimestamp() == null ? "-"
                    : invoice.acquisitionTimestamp().raw()));
            out.println("invoice number (P_2): " + orDash(invoice.invoiceNumber()));
            out.println("accepted by KSeF:     " + (invoice.acceptedByKsef() ? "yes" : "no"));
            return ExitCode.OK;
        } catch (AcubeException e) {
            return ApiFailures.report(terminal, e);
        }
    }

    private static String orDash(@Nullable String value) {
        return value == null ? "-" : value;
    }
}
