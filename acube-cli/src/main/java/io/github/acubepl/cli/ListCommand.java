package io.github.acubepl.cli;

import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.AcubeException;
import io.github.acubepl.core.AcubeTimestamp;
import io.github.acubepl.transport.Invoice;
import io.github.acubepl.transport.InvoiceQuery;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code acube list}: looks invoices up at A-Cube by number and seller NIP, the way to find out whether
 * an invoice whose sending ended in "outcome unknown" (exit 5) was created.
 */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists the invoices at A-Cube with an invoice number (P_2), a seller NIP, or both.",
            "",
            "Prints one line per invoice, with tabs between the columns: uuid, status, invoice number, seller NIP and "
                    + "when A-Cube registered it ('-' where the API gave nothing). This is how to find out whether an "
                    + "invoice whose sending ended in 'outcome unknown' (exit 5) was created: if it is listed, do not "
                    + "send it again; send it again only if the look-up ends with exit 6."},
        footerHeading = "%n",
        footer = {"The filters are sent to the API and also applied to its answer, in case the API ignores them; "
                + "an invoice whose record lacks the number or the NIP is listed, since it may match. Without "
                + "filters every invoice is listed, all pages.",
            "",
            "Environment: as for 'acube send'.",
            "",
            "Exit codes: 0 at least one invoice listed; 6 none matches: the invoice was not created. Any other code "
                    + "means the look-up could not tell: 1 the API refused the call (HTTP 4xx, such as 403 or 429); 2 "
                    + "usage error, or a standard output that cannot be written; 3 authentication failed; 4 the API "
                    + "could not be reached, answered a server error (HTTP 5xx) to every attempt, or answered with "
                    + "something that is not its JSON; 70 internal error."})
final class ListCommand implements Callable<Integer> {
    private static final Pattern NIP = Pattern.compile("\\d{10}");
    /** The schema's limit for P_2 (TZnakowy). */
    private static final int MAX_NUMBER_LENGTH = 256;

    private final Terminal terminal;

    @Spec
    private @Nullable CommandSpec spec;

    @Option(names = "--number", paramLabel = "P_2", description = "The invoice number, exactly as in the invoice (P_2).")
    private @Nullable String number;

    @Option(names = "--seller-nip", paramLabel = "NIP", description = "The seller's NIP: 10 digits.")
    private @Nullable String sellerNip;

    @Mixin
    private ApiOptions api = new ApiOptions();

    ListCommand(Terminal terminal) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
    }

    @Override
    public Integer call() {
        var commandLine = Objects.requireNonNull(spec).commandLine();
        String wantedNumber = number == null ? null : number.strip();
        String wantedNip = sellerNip == null ? null : sellerNip.strip();
        if (wantedNumber != null && (wantedNumber.isEmpty() || wantedNumber.length() > MAX_NUMBER_LENGTH
                || wantedNumber.chars().anyMatch(c -> SafeText.needsEscape((char) c)))) {
            throw new ParameterException(commandLine, "--number must be 1 to " + MAX_NUMBER_LENGTH
                    + " characters without control characters, as P_2 is: " + SafeText.quote(number));
        }
        if (wantedNip != null && !NIP.matcher(wantedNip).matches()) {
            throw new ParameterException(commandLine, "--seller-nip must be 10 digits: " + SafeText.quote(sellerNip));
        }
        api.validate(commandLine);
        AcubeClient client = api.clientOrComplain(terminal);
        if (client == null) {
            return ExitCode.USAGE;
        }
        List<Invoice> invoices;
        try {
            invoices = client.invoices().list(InvoiceQuery.builder().invoiceNumber(wantedNumber).sellerNip(wantedNip)
                    .build());
        } catch (AcubeException e) {
            return ApiFailures.reportLookUp(terminal, e);
        }
        PrintWriter out = terminal.outText();
        int listed = 0;
        for (Invoice invoice : invoices) {
            if (mayMatch(invoice.invoiceNumber(), wantedNumber) && mayMatch(invoice.sellerNip(), wantedNip)) {
                out.println(column(invoice.uuid()) + '\t' + column(invoice.status() == null ? null
                        : invoice.status().value()) + '\t' + column(invoice.invoiceNumber()) + '\t'
                        + column(invoice.sellerNip()) + '\t' + column(raw(invoice.createdAt())));
                listed++;
            }
        }
        if (listed == 0) {
            terminal.complain("no invoice matches" + (wantedNumber == null ? "" : " number " + SafeText.quote(wantedNumber))
                    + (wantedNip == null ? "" : " of seller NIP " + wantedNip));
            return ExitCode.NOT_FOUND;
        }
        return ExitCode.OK;
    }

    /** Absent in the record: it may match. Present: it must be equal. */
    private static boolean mayMatch(@Nullable String actual, @Nullable String wanted) {
        return wanted == null || actual == null || actual.strip().equals(wanted);
    }

    private static @Nullable String raw(@Nullable AcubeTimestamp timestamp) {
        return timestamp == null ? null : timestamp.raw();
    }

    /** A value from the API as one column: escaped (tabs included), {@code -} when absent. */
    private static String column(@Nullable String value) {
        return value == null || value.isBlank() ? "-" : SafeText.cut(value, SafeText.MAX_MESSAGE);
    }
}
