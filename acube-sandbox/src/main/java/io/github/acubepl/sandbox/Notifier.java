package io.github.acubepl.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.acubepl.webhook.Delivery;
import io.github.acubepl.webhook.DeliveryQueue;
import io.github.acubepl.webhook.WebhookHeaders;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns what happens in the simulator into A-Cube-style webhook notifications: an
 * {@code invoice-sender} notification for every status change of an invoice, and
 * {@code onboarding-activated} when a KSeF token is selected. Each goes, signed, through the
 * {@link DeliveryQueue} to every subscribed URL of the legal entity; attempts run on the sandbox
 * clock (every 15 minutes for 8 hours until a 200), on a timer of their own so that a slow receiver
 * never holds up the simulated KSeF.
 */
final class Notifier implements InvoiceEventListener {
    private static final System.Logger LOG = System.getLogger(Notifier.class.getName());

    /** Both generations of names (reference §6): a subscription under either receives the event. */
    static final Set<String> INVOICE_SENDER = Set.of("invoice-sender", "legal-entity-invoice-sender");
    static final Set<String> ONBOARDING_ACTIVATED = Set.of("onboarding-activated",
            "legal-entity-on-boarding-activated");

    private final State state;
    private final SandboxClock clock;
    private final DeliveryQueue queue;
    private final SandboxTimer timer;

    Notifier(State state, SandboxClock clock, DeliveryQueue queue, SandboxTimer timer) {
        this.state = state;
        this.clock = clock;
        this.queue = queue;
        this.timer = timer;
    }

    @Override
    public void onEvent(InvoiceEvent event) {
        if (event.kind() == InvoiceEvent.Kind.UPO_AVAILABLE) {
            return; // not a status change (the current generation has no UPO notification)
        }
        SandboxInvoice invoice = event.invoice();
        for (Target t : targets(invoice.ownerEmail(), invoice.legalEntityUuid(), INVOICE_SENDER)) {
            ObjectNode payload = Json.object();
            payload.put("legalEntityUuid", invoice.legalEntityUuid());
            payload.put("invoiceUuid", invoice.uuid());
            payload.put("subjectType", "Subject1");
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

    private void send(String url, ObjectNode payload) {
        String id;
        try {
            id = queue.enqueue(url, WebhookHeaders.of("content-type", "application/json"), Json.bytes(payload));
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "webhook URL {0} cannot be delivered to: {1}", url, e.getMessage());
            return;
        }
        timer.schedule(clock.instant(), () -> attempt(id));
    }

    /**
     * Runs what is due (this delivery's attempt and any other), then, while this delivery is still
     * pending, schedules the next run at its next due time: one pending timer step per live delivery.
     */
    private void attempt(String id) {
        queue.runDue();
        queue.find(id).ifPresent(d -> {
            if (d.state() == Delivery.State.PENDING || d.state() == Delivery.State.IN_FLIGHT) {
                Instant next = d.state() == Delivery.State.PENDING ? d.nextAttemptAt() : d.leaseUntil();
                timer.schedule(next != null ? next : clock.instant().plus(queue.schedule().interval()), () -> attempt(id));
            }
        });
    }
}
