package io.github.acubepl.purchases;

import io.github.acubepl.core.AcubeTimestamp;
import io.github.acubepl.purchases.internal.Ledgers;
import io.github.acubepl.purchases.internal.Log;
import io.github.acubepl.purchases.internal.Text;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.Invoice;
import io.github.acubepl.transport.InvoiceDirection;
import io.github.acubepl.transport.InvoiceQuery;
import io.github.acubepl.transport.InvoiceVerificationException;
import io.github.acubepl.transport.Page;
import io.github.acubepl.transport.VerifiedInvoice;
import io.github.acubepl.webhook.InvoiceEvent;
import io.github.acubepl.webhook.WebhookHandler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Delivers every purchase invoice of one A-Cube account to a {@link PurchaseInvoiceHandler} once,
 * verified against KSeF's hash, whichever path brings it first: the {@code invoice-receiver}
 * webhook ({@link #webhookHandler()}, {@link #accept(InvoiceEvent)}) or a catch-up pass over the
 * incoming invoices listed since a durable checkpoint ({@link #catchUp()}, {@link #start}), which
 * finds what the webhooks missed, for example after an outage longer than the platform's 8-hour
 * retry window.
 *
 * <pre>{@code
 * PurchaseInvoiceFeed feed = PurchaseInvoiceFeed.builder()
 *         .client(client)
 *         .ledger(new JdbcPurchaseLedger(dataSource, "erp_").initialize())
 *         .handler(invoice -> erp.book(invoice.ksefNumber(), invoice.download().xml()))
 *         .clock(clock)                    // the default: Clock.systemUTC()
 *         .build();
 * WebhookDispatcher dispatcher = WebhookDispatcher.builder()
 *         .on(WebhookType.INVOICE_RECEIVER, feed.webhookHandler())
 *         .inline(IdempotencyStore.inMemory())
 *         .build();
 * feed.start(scheduler, Duration.ofMinutes(15));
 * }</pre>
 *
 * <p><b>Exactly once.</b> The handler runs for an invoice only after the {@link PurchaseLedger}
 * granted this instance the claim ({@link PurchaseLedger#claim}), and the invoice is recorded as
 * handled only after the handler returned normally. A download, verification or handler failure
 * releases the claim, so the invoice is offered again (the webhook is retried; the next catch-up
 * pass lists it). One rare case can call the handler twice: a handler still running when its
 * claim's lease ends (another instance may then claim it), or an instance that dies between the
 * handler's return and the ledger's record. Keep the {@link Builder#lease lease} well above the
 * handler's longest run, and let the handler be idempotent on {@link PurchaseInvoice#ksefNumber()}.
 *
 * <p><b>Catch-up.</b> A pass lists the incoming invoices registered at or after the checkpoint
 * minus the {@link Builder#overlap overlap} (everything, or from {@link Builder#since since}, before
 * the first checkpoint), page by page in the list's order ({@code createdAt} ascending), skips those
 * the ledger has as handled, and handles the others like a webhook would, with the record's hash. A
 * failed invoice does not stop the pass, but the checkpoint moves only to the {@code createdAt} of
 * the last invoice before which every listed invoice is handled: never past a failed invoice, one
 * another instance holds, or one not reached. Invoices sharing one {@code createdAt} are safe: the
 * list is at-or-after and the ledger skips what was handled. A {@code createdAt} without an offset
 * counts as the earliest instant it can denote ({@code +18:00}): the checkpoint may lag, never skip.
 *
 * <p>Thread-safe; one feed per account (per client). Several instances, in one process or many,
 * may share one ledger: give each its own {@link Builder#owner owner} (the default is random).
 * Time comes from the injected {@link Builder#clock clock} only. Logs go to {@code System.Logger}
 * {@code io.github.acubepl.purchases}, never with an invoice's content.
 */
public final class PurchaseInvoiceFeed {
    /** The default {@link Builder#name name}: the checkpoint's key. */
    public static final String DEFAULT_NAME = "default";
    /** The default {@link Builder#overlap overlap}: each pass lists from this long before the checkpoint. */
    public static final Duration DEFAULT_OVERLAP = Duration.ofMinutes(10);
    /** The default {@link Builder#lease lease}: how long a claim holds an invoice. */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(15);

    private static final System.Logger LOG = Log.LOGGER;
    /** The earliest offset there is: an offset-less {@code createdAt} read with it is never later than it meant. */
    private static final ZoneOffset EARLIEST = ZoneOffset.MAX;

    /** What {@link #accept(InvoiceEvent)} did with an event. */
    public enum Outcome {
        /** The invoice was downloaded, verified and handed to the handler, which returned normally. */
        HANDLED,
        /** The ledger has the invoice as handled (by a webhook, a catch-up pass or another instance). */
        ALREADY_HANDLED,
        /**
         * Another claim holds the invoice now (another instance, or the other path of this one): it
         * completes it, or, if it fails, the next catch-up pass offers the invoice again.
         */
        IN_PROGRESS_ELSEWHERE,
        /** The event is not a received (purchase) invoice: ignored. */
        NOT_A_RECEIVED_INVOICE
    }

    private final AcubeClient client;
    private final PurchaseLedger ledger;
    private final PurchaseInvoiceHandler handler;
    private final String name;
    private final @Nullable Instant since;
    private final Duration overlap;
    private final Duration lease;
    private final Clock clock;
    private final String owner;

    private PurchaseInvoiceFeed(Builder b) {
        this.client = Objects.requireNonNull(b.client);
        this.ledger = Objects.requireNonNull(b.ledger);
        this.handler = Objects.requireNonNull(b.handler);
        this.name = b.name;
        this.since = b.since;
        this.overlap = b.overlap;
        this.lease = b.lease;
        this.clock = b.clock;
        this.owner = b.owner != null ? b.owner : "feed-" + UUID.randomUUID();
    }

    /** A builder; {@link Builder#client client}, {@link Builder#ledger ledger} and {@link Builder#handler handler} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A handler for {@code WebhookDispatcher.on(WebhookType.INVOICE_RECEIVER, ...)}: {@link #accept}
     * for received-invoice events, other events ignored. A failure throws, so the dispatcher answers
     * an error and the platform retries the webhook (or the inbox worker retries it).
     */
    public WebhookHandler webhookHandler() {
        return event -> {
            if (event instanceof InvoiceEvent invoiceEvent) {
                accept(invoiceEvent);
            }
        };
    }

    /**
     * Handles a webhook's invoice event: for a received invoice, claims it, downloads it checked
     * against the event's hash (a legacy event without one: against the invoice record's hash),
     * hands it to the handler and records it as handled.
     *
     * @throws PurchaseException if the event names no invoice, or the download, the verification
     *     (cause: the client's {@link InvoiceVerificationException}, with its reason) or the handler
     *     failed; the claim is then released, so a retry offers the invoice again
     * @throws PurchaseLedgerException if the ledger failed
     */
    public Outcome accept(InvoiceEvent event) {
        Objects.requireNonNull(event, "event");
        if (!event.isReceivedInvoice()) {
            return Outcome.NOT_A_RECEIVED_INVOICE;
        }
        String uuid = event.invoiceUuid();
        if (uuid == null || uuid.isBlank()) {
            throw new PurchaseException("an " + event.type().value() + " event names no invoice (its invoiceUuid is "
                    + (uuid == null ? "absent" : "blank") + "), so there is nothing to download; the next catch-up pass"
                    + " finds the invoice in the list", null);
        }
        checkUuid(uuid, "the webhook's invoiceUuid");
        String hash = event.hash();
        return process(uuid, PurchaseInvoice.Source.WEBHOOK,
                () -> hash == null ? client.invoices().download(uuid) : client.invoices().download(uuid, hash),
                v -> new PurchaseInvoice(uuid, event.legalEntityUuid(),
                        event.ksefReferenceNumber() != null ? event.ksefReferenceNumber()
                                : v.ksefReferenceNumber().orElse(null),
                        v.hash(), PurchaseInvoice.Source.WEBHOOK, v));
    }

    /**
     * One catch-up pass (see the class description): lists the incoming invoices from the
     * checkpoint minus the overlap, handles every one not yet handled, continues past failures, and
     * moves the checkpoint as far as every invoice before it is handled.
     *
     * @throws PurchaseException if listing a page failed (the checkpoint first moves as far as the
     *     invoices before that page allow)
     * @throws PurchaseLedgerException if the ledger failed (the pass stops there)
     */
    public CatchUp catchUp() {
        Optional<Instant> before = ledger.checkpoint(name);
        Instant from = before.orElse(since);
        InvoiceQuery.Builder q = InvoiceQuery.builder().direction(InvoiceDirection.INCOMING);
        if (from != null) {
            q.createdAfter(OffsetDateTime.ofInstant(from.minus(overlap), ZoneOffset.UTC));
        }
        InvoiceQuery query = q.build();
        Pass pass = new Pass();
        for (int number = 1;; number++) {
            Page<Invoice> page;
            try {
                page = client.invoices().page(query, number);
            } catch (RuntimeException e) {
                pass.advance();
                throw new PurchaseException("catch-up of feed '" + Text.quote(name) + "': listing page " + number
                        + " of the incoming invoices failed: " + Text.quote(e.getMessage())
                        + "; the checkpoint moved only past what was handled", e);
            }
            List<String> uuids = new ArrayList<>();
            for (Invoice invoice : page.items()) {
                if (usable(invoice.uuid())) {
                    uuids.add(invoice.uuid());
                }
            }
            Set<String> done = uuids.isEmpty() ? Set.of() : ledger.handled(uuids);
            for (Invoice invoice : page.items()) {
                pass.listed++;
                try {
                    pass.settled(invoice, catchUp(invoice, done, pass));
                } catch (PurchaseLedgerException e) {
                    pass.advance();
                    throw e;
                }
            }
            if (!page.hasNext() || page.items().isEmpty()) {
                break;
            }
        }
        pass.advance();
        CatchUp result = new CatchUp(pass.listed, pass.handled, pass.alreadyHandled, pass.inProgressElsewhere,
                pass.failures.size(), before, ledger.checkpoint(name), pass.failures);
        LOG.log(result.failed() > 0 ? System.Logger.Level.WARNING : System.Logger.Level.DEBUG,
                "catch-up of feed {0}: listed {1}, handled {2}, already handled {3}, in progress elsewhere {4}, failed {5};"
                        + " checkpoint {6} -> {7}", name, result.listed(), result.handled(), result.alreadyHandled(),
                result.inProgressElsewhere(), result.failed(), before.orElse(null), result.checkpointAfter().orElse(null));
        return result;
    }

    /** One listed invoice, counted in {@code pass}: {@code true} if it is handled now (by this pass or before). */
    private boolean catchUp(Invoice invoice, Set<String> done, Pass pass) {
        String uuid = invoice.uuid();
        if (!usable(uuid)) {
            pass.failures.add(new CatchUp.Failure(uuid == null ? "" : Text.quote(uuid),
                    "the listed record has no usable uuid, so it cannot be downloaded or recorded"));
            return false;
        }
        if (done.contains(uuid)) {
            pass.alreadyHandled++;
            return true;
        }
        Outcome outcome;
        try {
            outcome = process(uuid, PurchaseInvoice.Source.CATCH_UP, () -> client.invoices().download(invoice),
                    v -> new PurchaseInvoice(uuid, invoice.legalEntityUuid(), invoice.ksefReferenceNumber(), v.hash(),
                            PurchaseInvoice.Source.CATCH_UP, v));
        } catch (PurchaseLedgerException e) {
            throw e;
        } catch (PurchaseException e) {
            pass.failures.add(new CatchUp.Failure(uuid, String.valueOf(e.getMessage())));
            return false;
        }
        switch (outcome) {
            case HANDLED -> pass.handled++;
            case ALREADY_HANDLED -> pass.alreadyHandled++;
            default -> {
                pass.inProgressElsewhere++;
                return false;
            }
        }
        return true;
    }

    /** Makes the verified download of a claimed invoice. */
    @FunctionalInterface
    private interface Download {
        VerifiedInvoice get();
    }

    /** Makes what the handler gets from the verified download. */
    @FunctionalInterface
    private interface Wrap {
        PurchaseInvoice wrap(VerifiedInvoice download);
    }

    /**
     * Claims {@code uuid}; if granted, downloads, hands to the handler and completes it; on a
     * failure releases the claim and throws a {@link PurchaseException} saying which step failed.
     */
    private Outcome process(String uuid, PurchaseInvoice.Source source, Download download, Wrap wrap) {
        switch (ledger.claim(uuid, owner, clock.instant(), lease)) {
            case ALREADY_HANDLED:
                return Outcome.ALREADY_HANDLED;
            case HELD_ELSEWHERE:
                return Outcome.IN_PROGRESS_ELSEWHERE;
            default:
                break;
        }
        String via = source == PurchaseInvoice.Source.WEBHOOK ? "from the webhook" : "from the catch-up list";
        String invoice = "purchase invoice '" + Text.quote(uuid) + "' " + via;
        PurchaseInvoice purchase;
        try {
            purchase = wrap.wrap(download.get());
        } catch (InvoiceVerificationException e) {
            throw failed(uuid, invoice + " was not handled: its download was refused (" + e.reason() + ")", e);
        } catch (RuntimeException e) {
            throw failed(uuid, invoice + " was not handled: its download failed: " + Text.quote(e.getMessage()), e);
        }
        try {
            handler.handle(purchase);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw failed(uuid, invoice + " was not handled: the handler failed: " + Text.quote(e.getMessage()), e);
        } catch (Error e) {
            release(uuid, "the handler failed", e);
            throw e;
        }
        if (!ledger.complete(uuid, owner, clock.instant())) {
            LOG.log(System.Logger.Level.WARNING, "{0} was handled, but its claim had been taken by another instance"
                    + " after its lease of {1} ran out: it may be handled twice; raise the lease above the handler''s"
                    + " longest run", invoice, lease);
        }
        return Outcome.HANDLED;
    }

    private PurchaseException failed(String uuid, String message, Exception cause) {
        String full = message + "; released, so a retry or the next catch-up pass offers it again";
        PurchaseException e = new PurchaseException(full, cause);
        release(uuid, message, e);
        LOG.log(System.Logger.Level.WARNING, full);
        return e;
    }

    /** Releases the claim after a failure; a ledger failure here is added to {@code failure} (the lease expires anyway). */
    private void release(String uuid, String error, Throwable failure) {
        try {
            ledger.release(uuid, owner, clock.instant(), error);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static boolean usable(@Nullable String uuid) {
        if (uuid == null) {
            return false;
        }
        try {
            Text.id(uuid, "invoiceUuid");
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void checkUuid(String uuid, String what) {
        try {
            Text.id(uuid, what);
        } catch (IllegalArgumentException e) {
            throw new PurchaseException(e.getMessage() + "; not handled", e);
        }
    }

    /** The instant of a listed invoice's {@code createdAt}, the earliest it can be; empty if absent or unreadable. */
    private static Optional<Instant> createdAt(Invoice invoice) {
        AcubeTimestamp t = invoice.createdAt();
        return t == null ? Optional.empty() : t.toInstant(EARLIEST);
    }

    /** The counters of one catch-up pass and how far its checkpoint may move. */
    private final class Pass {
        int listed;
        int handled;
        int alreadyHandled;
        int inProgressElsewhere;
        final List<CatchUp.Failure> failures = new ArrayList<>();
        private boolean blocked;
        private @Nullable Instant frontier;

        /** Records that {@code invoice}, next in list order, is handled ({@code ok}) or not. */
        void settled(Invoice invoice, boolean ok) {
            if (!ok) {
                blocked = true;
            }
            if (blocked) {
                return;
            }
            Optional<Instant> at = createdAt(invoice);
            if (at.isPresent() && (frontier == null || at.get().isAfter(frontier))) {
                frontier = at.get();
            }
        }

        /** Moves the checkpoint to the frontier (the ledger keeps it monotonic). */
        void advance() {
            if (frontier != null) {
                ledger.advanceCheckpoint(name, frontier);
            }
        }
    }

    /**
     * Runs {@link #catchUp()} on {@code scheduler} now and then every {@code every} (fixed delay) until
     * the returned future is cancelled. Failures are logged, never thrown into the scheduler (which
     * would stop the repetition).
     *
     * @throws IllegalArgumentException if {@code every} is not positive
     */
    public ScheduledFuture<?> start(ScheduledExecutorService scheduler, Duration every) {
        Objects.requireNonNull(scheduler, "scheduler");
        long millis = Ledgers.positive(every, "every").toMillis();
        return scheduler.scheduleWithFixedDelay(() -> {
            try {
                catchUp();
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Throwable e) { // a handler's Error too: an escaping one would end the schedule silently
                LOG.log(System.Logger.Level.WARNING, "catch-up of feed " + name + " failed; the next pass in " + every
                        + " tries again: " + Text.quote(e.getMessage()));
            }
        }, 0, Math.max(1, millis), TimeUnit.MILLISECONDS);
    }

    /** The name and owner; never the client's credentials. */
    @Override
    public String toString() {
        return "PurchaseInvoiceFeed[name=" + name + ", owner=" + owner + ", ledger=" + ledger + "]";
    }

    /** Configures a {@link PurchaseInvoiceFeed}. Not thread-safe; {@link #build()} checks it. */
    public static final class Builder {
        private @Nullable AcubeClient client;
        private @Nullable PurchaseLedger ledger;
        private @Nullable PurchaseInvoiceHandler handler;
        private String name = DEFAULT_NAME;
        private @Nullable Instant since;
        private Duration overlap = DEFAULT_OVERLAP;
        private Duration lease = DEFAULT_LEASE;
        private Clock clock = Clock.systemUTC();
        private @Nullable String owner;

        private Builder() {
        }

        /** The client of the account whose purchase invoices this feed delivers (required). */
        public Builder client(AcubeClient client) {
            this.client = Objects.requireNonNull(client, "client");
            return this;
        }

        /** Where handled invoices and the checkpoint are recorded (required; shared by instances). */
        public Builder ledger(PurchaseLedger ledger) {
            this.ledger = Objects.requireNonNull(ledger, "ledger");
            return this;
        }

        /** The application's handler (required). */
        public Builder handler(PurchaseInvoiceHandler handler) {
            this.handler = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * The feed's name: the key of its checkpoint in the ledger, so that feeds of several accounts
         * can share one ledger (default {@code "default"}).
         *
         * @throws IllegalArgumentException if blank, longer than 200 characters or with control characters
         */
        public Builder name(String name) {
            this.name = Text.id(name, "name");
            return this;
        }

        /**
         * Where the first catch-up pass starts when the ledger has no checkpoint for this feed yet
         * (default: none, so the first pass lists every incoming invoice).
         */
        public Builder since(@Nullable OffsetDateTime since) {
            this.since = since == null ? null : since.toInstant();
            return this;
        }

        /**
         * How far before the checkpoint each pass starts listing (default 10 minutes): covers invoices
         * the list shows late with an earlier {@code createdAt}.
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder overlap(Duration overlap) {
            this.overlap = Ledgers.positive(overlap, "overlap");
            return this;
        }

        /**
         * How long a claim holds an invoice (default 15 minutes): must exceed the download plus the
         * handler's longest run, or another instance may handle the invoice too.
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder lease(Duration lease) {
            this.lease = Ledgers.positive(lease, "lease");
            return this;
        }

        /** The clock of leases, checkpoints and the handled time (default: the system's, UTC). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * This instance's id in the ledger's claims (default: random per feed). Instances sharing a
         * ledger must have different ones.
         *
         * @throws IllegalArgumentException if blank, longer than 200 characters or with control characters
         */
        public Builder owner(String owner) {
            this.owner = Text.id(owner, "owner");
            return this;
        }

        /**
         * The feed.
         *
         * @throws IllegalStateException if the client, the ledger or the handler is missing
         */
        public PurchaseInvoiceFeed build() {
            if (client == null) {
                throw new IllegalStateException("a purchase invoice feed needs a client: call client(...)");
            }
            if (ledger == null) {
                throw new IllegalStateException("a purchase invoice feed needs a ledger: call ledger(...), e.g."
                        + " PurchaseLedger.inMemory() or a JdbcPurchaseLedger");
            }
            if (handler == null) {
                throw new IllegalStateException("a purchase invoice feed needs a handler: call handler(...)");
            }
            return new PurchaseInvoiceFeed(this);
        }
    }
}
