package io.github.acubepl.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.acubepl.core.AcubeTimestamp;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.AcubeException;
import io.github.acubepl.transport.Invoice;
import io.github.acubepl.transport.InvoiceDirection;
import io.github.acubepl.transport.InvoiceQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
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
 * {@code acube received}: the purchase invoices (direction incoming) of the account's legal entities,
 * oldest first, all pages; text or JSON.
 */
@Command(name = "received", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists the purchase invoices: those suppliers issued to your legal entities, which A-Cube "
                + "received from KSeF (direction incoming).",
            "",
            "Prints one line per invoice, oldest first, with tabs between the columns: uuid, KSeF number, seller NIP, "
                    + "buyer NIP, when A-Cube registered it and status ('-' where the API gave nothing). Every page "
                    + "is read. 'acube download UUID' saves one invoice's FA XML."},
        footerHeading = "%n",
        footer = {"An empty list is an answer, exit 0: there is no purchase invoice (since DATE). This differs from "
                + "'acube list', whose exit 6 means that the one invoice looked up was not created.",
            "",
            "JSON (--format json): an array of objects with the keys uuid, ksefNumber, sellerNip, buyerNip, "
                    + "invoiceNumber, createdAt, status, hash and legalEntityUuid (null where the API gave nothing); "
                    + "keys may be added, never removed.",
            "",
            "Environment: as for 'acube send'.",
            "",
            "Exit codes: 0 listed (also when there is none); 1 the API refused the call (HTTP 4xx); 2 usage error "
                    + "(a DATE that is not a date), or a standard output that cannot be written; 3 authentication "
                    + "failed; 4 the API could not be reached, answered a server error (HTTP 5xx) to every attempt, "
                    + "or answered with something that is not its JSON; 70 internal error."})
final class ReceivedCommand implements Callable<Integer> {
    /** The output formats. */
    enum Format {
        TEXT,
        JSON
    }

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final JsonFactory JSON = JsonFactory.builder().build()
            .setCharacterEscapes(SafeText.jsonEscapes()); // every value comes from the network

    private final Terminal terminal;

    @Spec
    private @Nullable CommandSpec spec;

    @Option(names = "--since", paramLabel = "DATE",
            description = "Only invoices A-Cube registered at or after DATE: YYYY-MM-DD (the start of that day in "
                    + "UTC, not local time) or an ISO date-time with an offset, such as 2026-11-02T08:15:00+01:00.")
    private @Nullable String since;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    private Format format = Format.TEXT;

    @Mixin
    private ApiOptions api = new ApiOptions();

    ReceivedCommand(Terminal terminal) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
    }

    @Override
    public Integer call() {
        var commandLine = Objects.requireNonNull(spec).commandLine();
        OffsetDateTime after = since == null ? null : since(since, commandLine);
        api.validate(commandLine);
        AcubeClient client = api.clientOrComplain(terminal);
        if (client == null) {
            return ExitCode.USAGE;
        }
        List<Invoice> listed;
        try {
            listed = client.invoices().list(InvoiceQuery.builder().direction(InvoiceDirection.INCOMING)
                    .createdAfter(after).build());
        } catch (AcubeException e) {
            return ApiFailures.report(terminal, e);
        }
        // The filters are applied to the answer too, in case the API ignores them: a record that says it
        // is outgoing, or was created before DATE, is not a purchase invoice since DATE. One that does not
        // say is listed, since it may be.
        Instant from = after == null ? null : after.toInstant();
        List<Invoice> invoices = new ArrayList<>();
        for (Invoice invoice : listed) {
            Instant created = instant(invoice.createdAt());
            if (invoice.direction() != InvoiceDirection.OUTGOING && (from == null || created == null
                    || !created.isBefore(from))) {
                invoices.add(invoice);
            }
        }
        // oldest first; a stable sort keeps the API's order among equals, and a record without a readable
        // createdAt goes last
        invoices.sort(Comparator.comparing((Invoice i) -> instant(i.createdAt()),
                Comparator.nullsLast(Comparator.naturalOrder())));
        if (format == Format.JSON) {
            try {
                json(invoices, terminal.out());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            PrintWriter out = terminal.outText();
            for (Invoice i : invoices) {
                out.println(column(i.uuid()) + '\t' + column(i.ksefReferenceNumber()) + '\t' + column(i.sellerNip())
                        + '\t' + column(i.buyerNip()) + '\t' + column(raw(i.createdAt())) + '\t'
                        + column(i.status() == null ? null : i.status().value()));
            }
            out.flush();
        }
        return ExitCode.OK;
    }

    /**
     * {@code --since}: a date (the start of that day in UTC) or an ISO date-time with an offset.
     *
     * @throws ParameterException (exit 2) naming the value, escaped and cut
     */
    static OffsetDateTime since(String value, picocli.CommandLine commandLine) {
        String v = value.strip();
        try {
            if (DATE.matcher(v).matches()) {
                return LocalDate.parse(v).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException e) {
            throw new ParameterException(commandLine, "--since must be a date, YYYY-MM-DD, or an ISO date-time with "
                    + "an offset, such as 2026-11-02T08:15:00+01:00; not " + SafeText.quote(value));
        }
    }

    private static void json(List<Invoice> invoices, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartArray();
            for (Invoice i : invoices) {
                g.writeStartObject();
                g.writeStringField("uuid", i.uuid());
                g.writeStringField("ksefNumber", i.ksefReferenceNumber());
                g.writeStringField("sellerNip", i.sellerNip());
                g.writeStringField("buyerNip", i.buyerNip());
                g.writeStringField("invoiceNumber", i.invoiceNumber());
                g.writeStringField("createdAt", raw(i.createdAt()));
                g.writeStringField("status", i.status() == null ? null : i.status().value());
                g.writeStringField("hash", i.hash());
                g.writeStringField("legalEntityUuid", i.legalEntityUuid());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeRaw('\n');
        }
        out.flush();
    }

    private static @Nullable Instant instant(@Nullable AcubeTimestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().orElse(null);
    }

    private static @Nullable String raw(@Nullable AcubeTimestamp timestamp) {
        return timestamp == null ? null : timestamp.raw();
    }

    /** A value from the API as one column: escaped (tabs included), {@code -} when absent. */
    private static String column(@Nullable String value) {
        return value == null || value.isBlank() ? "-" : SafeText.cut(value, SafeText.MAX_MESSAGE);
    }
}
