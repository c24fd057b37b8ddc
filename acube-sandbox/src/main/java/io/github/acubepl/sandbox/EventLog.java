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
 * The invoice events of one sandbox and their listeners. Events are appended inside the state lock
 * (so their order is the order of the changes) and delivered outside it, in that same order, by
 * whichever thread drains the queue.
 */
final class EventLog {
    private static final System.Logger LOG = System.getLogger(EventLog.class.getName());

    private final List<InvoiceEvent> events = new ArrayList<>();
    private final Queue<InvoiceEvent> undelivered = new ArrayDeque<>();
    private final List<InvoiceEventListener> listeners = new CopyOnWriteArrayList<>();
    private final ReentrantLock delivering = new ReentrantLock();
    private long sequence;

    /** Records an event; call inside the state lock, then call {@link #deliver()} outside it. */
    synchronized InvoiceEvent append(Instant time, InvoiceEvent.Kind kind, @Nullable Status previous,
            SandboxInvoice invoice) {
        InvoiceEvent e = new InvoiceEvent(++sequence, time, kind, previous, invoice);
        events.add(e);
        undelivered.add(e);
        return e;
    }

    synchronized List<InvoiceEvent> snapshot() {
        return List.copyOf(events);
    }

    void addListener(InvoiceEventListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    void removeListener(InvoiceEventListener listener) {
        listeners.remove(listener);
    }

    /** Delivers the pending events in order, unless another thread is already doing so. */
    void deliver() {
        while (true) {
            if (!delivering.tryLock()) {
                return;
            }
            try {
                InvoiceEvent e;
                while ((e = poll()) != null) {
                    for (InvoiceEventListener l : listeners) {
                        try {
                            l.onEvent(e);
                        } catch (RuntimeException ex) {
                            LOG.log(Level.WARNING, "an invoice event listener failed on " + e, ex);
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

    private synchronized @Nullable InvoiceEvent poll() {
        return undelivered.poll();
    }
}
