package io.github.acubepl.cli;

import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.AcubeException;
import io.github.acubepl.transport.Invoice;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code acube status}: where an invoice sent through A-Cube stands in KSeF. */
@Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Shows an invoice's status at A-Cube and in KSeF: status, processing code and KSeF number.",
        footerHeading = "%n",
        footer = {"Environment: as for 'acube send'.",
            "",
            "Exit codes: 0 shown; 1 refused by the API (no such invoice, say); 2 usage error (UUID is not a uuid, "
                    + "say); 3 authentication failed; 4 the API could not be reached, answered a server error "
                    + "(HTTP 5xx) to every attempt, or answered with something that is not its JSON."})
final class StatusCommand implements Callable<Integer> {
    /** The form of A-Cube's invoice ids: a UUID, any version, either case. */
    static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final Terminal terminal;

    @Spec
    private @Nullable CommandSpec spec;

    @Parameters(paramLabel = "UUID", description = "The uuid 'acube send' printed.")
    private String uuid = "";

    @Mixin
    private ApiOptions api = new ApiOptions();

    StatusCommand(Terminal terminal) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
    }

    @Override
    public Integer call() {
        String id = uuid.strip();
        if (!UUID.matcher(id).matches()) {
            throw new ParameterException(Objects.requireNonNull(spec).commandLine(), "UUID must be an invoice uuid "
                    + "such as 0b9c5a8e-2f4d-4c1e-9a57-3d2b1e0f6a7c (as 'acube send' prints it), not "
                    + SafeText.quote(uuid));
        }
        api.validate(Objects.requireNonNull(spec).commandLine());
        AcubeClient client = api.clientOrComplain(terminal);
        if (client == null) {
            return ExitCode.USAGE;
        }
        try {
            Invoice invoice = client.invoices().get(id);
            PrintWriter out = terminal.outText();
            // Everything below comes from the API: escaped before it reaches the terminal.
            out.println("uuid:                 " + orDash(invoice.uuid()));
            out.println("status:               " + (invoice.status() == null ? "-" : safe(invoice.status().value())));
            out.println("processing code:      " + (invoice.processingCode() == null ? "-"
                    : invoice.processingCode().code() + invoice.processingCode().meaning().map(m -> " (" + safe(m) + ")")
                            .orElse("")));
            out.println("KSeF number:          " + orDash(invoice.ksefReferenceNumber()));
            out.println("acquired by KSeF:     " + (invoice.acquisitionTimestamp() == null ? "-"
                    : safe(invoice.acquisitionTimestamp().raw())));
            out.println("invoice number (P_2): " + orDash(invoice.invoiceNumber()));
            out.println("accepted by KSeF:     " + (invoice.acceptedByKsef() ? "yes" : "no"));
            return ExitCode.OK;
        } catch (AcubeException e) {
            return ApiFailures.report(terminal, e);
        }
    }

    private static String safe(String value) {
        return SafeText.cut(value, SafeText.MAX_MESSAGE);
    }

    private static String orDash(@Nullable String value) {
        return value == null ? "-" : safe(value);
    }
}
