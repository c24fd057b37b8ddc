package io.github.acubepl.sandbox;

import io.github.acubepl.sandbox.SandboxInvoice.Status;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * The invoice changes of one sandbox and their listeners. Changes are appended inside the state lock
 * (so their order is the order of the changes) and delivered outside it, in that same order, by
 * whichever thread drains the queue.
 */
final class ChangeLog {
    private static final System.Logger LOG = System.getLogger(ChangeLog.class.getName());

    private final List<InvoiceChange> events = new ArrayList<>();
    private final Queue<InvoiceChange> undelivered = new ArrayDeque<>();
    private final List<InvoiceChangeListener> listeners = new CopyOnWriteArrayList<>();
    private final ReentrantLock delivering = new ReentrantLock();
    private long sequence;

    /** Records an event; call inside the state lock, then call {@link #deliver()} outside it. */
    synchronized InvoiceChange append(Instant time, InvoiceChange.Kind kind, @Nullable Status previous,
            SandboxInvoice invoice) {
        InvoiceChange e = new InvoiceChange(++sequence, time, kind, previous, invoice);
        events.add(e);
        undelivered.add(e);
        return e;
    }

    synchronized List<InvoiceChange> snapshot() {
        return List.copyOf(events);
    }

    void addListener(InvoiceChangeListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    void removeListener(InvoiceChangeListener listener) {
        listeners.remove(listener);
    }

    /** Delivers the pending events in order, unless another thread is already doing so. */
    void deliver() {
        while (true) {
            if (!delivering.tryLock()) {
                return;
            }
            try {
                InvoiceChange e;
                while ((e = poll()) != null) {
                    for (InvoiceChangeListener l : listeners) {
                        try {
                            l.onInvoiceChange(e);
                        } catch (RuntimeException ex) {
                            LOG.log(Level.WARNING, "an invoice change listener failed on " + e, ex);
                        }
                    }
                }
            } finally {
                delivering.unlock();
            }
            synchronized (this) {
                if (undelivered.isEmpty()) {
                    return;
                }
            }
        }
    }

    private synchronized @Nullable InvoiceChange poll() {
        return undelivered.poll();
    }
}
