package io.github.acubepl.sandbox;

import io.github.acubepl.sandbox.SandboxInvoice.Status;
import io.github.acubepl.sandbox.State.InvoiceRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The simulated KSeF: moves an accepted invoice {@code in_queue} → {@code processing} (150) →
 * {@code valid} (200, KSeF number, acquisition time) or {@code invalid} (415 for an invoice with
 * attachments from a seller not set up for them, 440 for a duplicate), and
 * makes the UPO of a valid invoice available, each step on the sandbox clock after the configured
 * delay. A duplicate is an invoice with the seller NIP, {@code RodzajFaktury} and {@code P_2} of an
 * earlier one of the same user that KSeF accepted ({@code valid}) or that is ahead of it in the
 * queue. Every change is an {@link InvoiceChange}.
 */
final class KsefSimulator {
    static final ZoneId POLAND = ZoneId.of("Europe/Warsaw");
    static final int PROCESSING = 150;
    static final int SUCCESS = 200;
    static final int ATTACHMENTS_NOT_ALLOWED = 415;
    static final int DUPLICATE = 440;

    private final State state;
    private final SandboxClock clock;
    private final KsefDelays delays;
    private final ChangeLog events;
    private final Ids ids;
    private final SandboxTimer timer;

    KsefSimulator(State state, SandboxClock clock, KsefDelays delays, ChangeLog events, Ids ids, SandboxTimer timer) {
        this.state = state;
        this.clock = clock;
        this.delays = delays;
        this.events = events;
        this.ids = ids;
        this.timer = timer;
    }

    static String describe(int code) {
        switch (code) {
            case 100:
                return "Accepted for further processing";
            case PROCESSING:
                return "Processing in progress";
            case SUCCESS:
                return "Success";
            case ATTACHMENTS_NOT_ALLOWED:
                return "Attachments not allowed";
            case DUPLICATE:
                return "Duplicate invoice";
            default:
                return "Unknown";
        }
    }

    /** Starts the lifecycle of an invoice just accepted (status {@code in_queue}). */
    void accepted(InvoiceRecord invoice, Instant at) {
        timer.schedule(at.plus(delays.toProcessing()), () -> startProcessing(invoice));
    }

    private void startProcessing(InvoiceRecord invoice) {
        Instant now = clock.instant();
        boolean moved = state.locked(() -> {
            if (invoice.status != Status.IN_QUEUE) {
                return false;
            }
            invoice.acquisition = Timestamps.seconds(now);
            change(invoice, Status.PROCESSING, PROCESSING, now);
            return true;
        });
        events.deliver();
        if (moved) {
            timer.schedule(now.plus(delays.toOutcome()), () -> decide(invoice));
        }
    }

    private void decide(InvoiceRecord invoice) {
        Instant now = clock.instant();
        boolean valid = state.locked(() -> {
            if (invoice.status != Status.PROCESSING) {
                return false;
            }
            if (invoice.withAttachment && !state.attachmentsAllowed(invoice.sellerNip)) {
                change(invoice, Status.INVALID, ATTACHMENTS_NOT_ALLOWED, now);
                return false;
            }
            if (isDuplicate(invoice)) {
                change(invoice, Status.INVALID, DUPLICATE, now);
                return false;
            }
            Instant acquired = invoice.acquisition == null ? Timestamps.seconds(now) : invoice.acquisition;
            invoice.acquisition = acquired;
            invoice.ksefNumber = KsefNumbers.of(invoice.sellerNip, LocalDate.ofInstant(acquired, POLAND), ids.hex(12));
            change(invoice, Status.VALID, SUCCESS, now);
            return true;
        });
        events.deliver();
        if (valid) {
            timer.schedule(now.plus(delays.toUpo()), () -> issueUpo(invoice));
        }
    }

    /** Inside the lock: whether KSeF already holds (or is about to hold) an invoice with the same key. */
    private static boolean isDuplicate(InvoiceRecord invoice) {
        for (InvoiceRecord other : invoice.owner.invoices.values()) {
            if (other == invoice || other.direction != SandboxInvoice.Direction.OUTGOING || !other.sameKey(invoice)) {
                continue;
            }
            if (other.status == Status.VALID) {
                return true;
            }
            boolean queued = other.status == Status.IN_QUEUE || other.status == Status.PROCESSING;
            if (queued && other.sequence < invoice.sequence) {
                return true;
            }
        }
        return false;
    }

    private void issueUpo(InvoiceRecord invoice) {
        Instant now = clock.instant();
        state.locked(() -> {
            if (invoice.status != Status.VALID || invoice.upo != null || invoice.ksefNumber == null
                    || invoice.acquisition == null) {
                return;
            }
            invoice.upo = UpoDocument.render(invoice.ksefNumber, invoice.number, invoice.sellerNip, invoice.acquisition,
                    invoice.hash, Timestamps.seconds(now));
            invoice.updatedAt = Timestamps.seconds(now);
            events.append(now, InvoiceChange.Kind.UPO_AVAILABLE, Status.VALID, invoice.snapshot());
        });
        events.deliver();
    }

    /** Inside the lock. */
    private void change(InvoiceRecord invoice, Status to, int code, Instant now) {
        Status from = invoice.status;
        invoice.status = to;
        invoice.processingCode = code;
        invoice.updatedAt = Timestamps.seconds(now);
        events.append(now, InvoiceChange.Kind.STATUS_CHANGED, from, invoice.snapshot());
    }
}
