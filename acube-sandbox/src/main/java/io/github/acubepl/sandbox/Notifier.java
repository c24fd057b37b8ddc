package io.github.acubepl.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.acubepl.webhook.sending.Delivery;
import io.github.acubepl.webhook.sending.DeliveryQueue;
import io.github.acubepl.webhook.sending.DeliveryStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns what happens in the simulator into A-Cube-style webhook notifications: an
 * {@code invoice-sender} notification for every status change of an outgoing invoice, an
 * {@code invoice-receiver} notification when a supplier's invoice arrives, and
 * {@code onboarding-activated} when a KSeF token is selected. Each goes, signed, through the
 * {@link DeliveryQueue} to every subscribed URL of the legal entity; attempts run on the sandbox
 * clock (every 15 minutes for 8 hours until a 200), on a timer of their own so that a slow receiver
 * never holds up the simulated KSeF.
 */
final class Notifier implements InvoiceChangeListener {
    private static final System.Logger LOG = System.getLogger(Notifier.class.getName());

    /**
     * Both generations of names ({@code docs/api-contract.md}, "Notifications sent by the simulator"):
     * a subscription under either receives the event.
     */
    static final Set<String> INVOICE_SENDER = Set.of("invoice-sender", "legal-entity-invoice-sender");
    static final Set<String> INVOICE_RECEIVER = Set.of("invoice-receiver", "legal-entity-invoice-receiver");
    static final Set<String> ONBOARDING_ACTIVATED = Set.of("onboarding-activated",
            "legal-entity-on-boarding-activated");

    private final State state;
    private final SandboxClock clock;
    private final DeliveryQueue queue;
    private final DeliveryStore store;
    private final SandboxTimer timer;

    Notifier(State state, SandboxClock clock, DeliveryQueue queue, DeliveryStore store, SandboxTimer timer) {
        this.state = state;
        this.clock = clock;
        this.queue = queue;
        this.store = store;
        this.timer = timer;
    }

    @Override
    public void onInvoiceChange(InvoiceChange event) {
        if (event.kind() == InvoiceChange.Kind.UPO_AVAILABLE) {
            return; // not a status change (the current generation has no UPO notification)
        }
        SandboxInvoice invoice = event.invoice();
        boolean received = event.kind() == InvoiceChange.Kind.RECEIVED;
        if (!received && invoice.direction() != SandboxInvoice.Direction.OUTGOING) {
            return; // an incoming invoice's only notification is the one when it arrives
        }
        for (Target t : targets(invoice.ownerEmail(), invoice.legalEntityUuid(),
                received ? INVOICE_RECEIVER : INVOICE_SENDER)) {
            ObjectNode payload = Json.object();
            payload.put("legalEntityUuid", invoice.legalEntityUuid());
            payload.put("invoiceUuid", invoice.uuid());
            payload.put("subjectType", received ? "Subject2" : "Subject1");
            payload.put("status", invoice.status().wireName());
            if (invoice.processingCode() == null) {
                payload.putNull("processingCode");
            } else {
                payload.put("processingCode", invoice.processingCode());
            }
            payload.put("ksefReferenceNumber", invoice.ksefReferenceNumber());
            payload.put("acquisitionTimestamp",
                    invoice.acquisitionTimestamp() == null ? null : Timestamps.format(invoice.acquisitionTimestamp()));
            payload.put("hash", invoice.ksefReferenceNumber() == null ? null : invoice.invoiceHash());
            payload.put("invoicingMode", "Online");
            payload.put("webhookType", t.type);
            send(t.url, payload);
        }
    }

    /** A KSeF token was selected: the legal entity is onboarded (payload shape: our invention). */
    void onboardingActivated(String ownerEmail, String legalEntityUuid) {
        for (Target t : targets(ownerEmail, legalEntityUuid, ONBOARDING_ACTIVATED)) {
            ObjectNode payload = Json.object();
            payload.put("legalEntityUuid", legalEntityUuid);
            payload.put("status", "active");
            payload.put("webhookType", t.type);
            send(t.url, payload);
        }
    }

    private record Target(String url, String type) {
    }

    private List<Target> targets(String ownerEmail, String legalEntityUuid, Set<String> types) {
        return state.locked(() -> {
            List<Target> out = new ArrayList<>();
            State.Account account = state.account(ownerEmail);
            if (account != null) {
                for (State.Webhook w : account.webhooks.values()) {
                    if (w.legalEntityUuid.equals(legalEntityUuid) && types.contains(w.type.toLowerCase(Locale.ROOT))) {
                        out.add(new Target(w.url, w.type));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Enqueues and schedules the first attempt. Never throws: a notification that cannot be queued
     * (an unusable URL, a failing store) is logged, and the request that caused it still succeeds.
     */
    private void send(String url, ObjectNode payload) {
        String id;
        try {
            id = queue.enqueue(url, Json.bytes(payload)); // as application/json
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "a webhook notification to {0} could not be queued: {1}", url,
                    e.toString());
            return;
        }
        timer.schedule(clock.instant(), () -> attempt(id));
    }

    /** Drives the deliveries already in the store (a durable store reused by a new sandbox). */
    void resume() {
        try {
            for (Delivery.State s : List.of(Delivery.State.PENDING, Delivery.State.IN_FLIGHT)) {
                for (Delivery d : store.list(s, Integer.MAX_VALUE)) {
                    timer.schedule(clock.instant(), () -> attempt(d.id()));
                }
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the webhook deliveries in the store could not be resumed: {0}",
                    e.toString());
        }
    }

    /** Requeues a dead delivery for a new window and schedules its first attempt; {@code false} if not dead. */
    boolean requeue(String id) {
        if (!queue.requeue(id)) {
            return false;
        }
        timer.schedule(clock.instant(), () -> attempt(id));
        return true;
    }

    /**
     * Runs what is due (this delivery's attempt and any other), then, while this delivery is still
     * pending, schedules the next run at its next due time: one pending timer step per live delivery.
     * A failing store is logged and tried again an interval later, so the chain never breaks.
     */
    private void attempt(String id) {
        Instant next;
        try {
            queue.runDue();
            next = queue.find(id).map(Notifier::nextRun).orElse(null);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "webhook deliveries failed to run: {0}", e.toString());
            next = clock.instant().plus(queue.schedule().interval());
        }
        if (next != null) {
            timer.schedule(next, () -> attempt(id));
        }
    }

    /** When a delivery should be looked at again: its next attempt, the end of its claim, or never. */
    private static @Nullable Instant nextRun(Delivery d) {
        return switch (d.state()) {
            case PENDING -> d.nextAttemptAt();
            case IN_FLIGHT -> d.leaseUntil();
            case DELIVERED, DEAD -> null;
        };
    }
}
