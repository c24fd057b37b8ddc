package io.github.acubepl.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Read access to what a sandbox holds, for assertions in tests: immutable snapshots of legal
 * entities, invoices and invoice changes, over all users. Thread-safe.
 *
 * <pre>{@code
 * assertEquals(1, sandbox.journal().count("POST", "/invoices"));
 * SandboxInvoice invoice = sandbox.store().invoices().get(0);
 * clock.advance(sandbox.ksefDelays().total());
 * assertEquals(SandboxInvoice.Status.VALID, sandbox.store().invoice(invoice.uuid()).orElseThrow().status());
 * }</pre>
 */
public final class SandboxStore {
    private final State state;
    private final ChangeLog events;

    SandboxStore(State state, ChangeLog events) {
        this.state = state;
        this.events = events;
    }

    /** Every legal entity of every user, in the order they were registered per user. */
    public List<SandboxLegalEntity> legalEntities() {
        return state.locked(() -> {
            List<SandboxLegalEntity> out = new ArrayList<>();
            for (State.Account a : state.accounts()) {
                for (State.Entity e : a.entities.values()) {
                    out.add(e.snapshot(a.email()));
                }
            }
            return List.copyOf(out);
        });
    }

    /** The legal entity with this uuid. */
    public Optional<SandboxLegalEntity> legalEntity(String uuid) {
        Objects.requireNonNull(uuid, "uuid");
        return legalEntities().stream().filter(e -> e.uuid().equals(uuid)).findFirst();
    }

    /** Every invoice of every user, in the order they were accepted per user. */
    public List<SandboxInvoice> invoices() {
        return state.locked(() -> {
            List<SandboxInvoice> out = new ArrayList<>();
            for (State.Account a : state.accounts()) {
                for (State.InvoiceRecord i : a.invoices.values()) {
                    out.add(i.snapshot());
                }
            }
            return List.copyOf(out);
        });
    }

    /** The invoice with this uuid. */
    public Optional<SandboxInvoice> invoice(String uuid) {
        Objects.requireNonNull(uuid, "uuid");
        return state.locked(() -> {
            for (State.Account a : state.accounts()) {
                State.InvoiceRecord i = a.invoices.get(uuid);
                if (i != null) {
                    return Optional.of(i.snapshot());
                }
            }
            return Optional.<SandboxInvoice>empty();
        });
    }

    /** Every invoice change so far, in order. */
    public List<InvoiceChange> invoiceChanges() {
        return events.snapshot();
    }

    /** The changes of one invoice, in order. */
    public List<InvoiceChange> invoiceChanges(String invoiceUuid) {
        Objects.requireNonNull(invoiceUuid, "invoiceUuid");
        List<InvoiceChange> out = new ArrayList<>();
        for (InvoiceChange e : events.snapshot()) {
            if (e.invoiceUuid().equals(invoiceUuid)) {
                out.add(e);
            }
        }
        return out;
    }
}
