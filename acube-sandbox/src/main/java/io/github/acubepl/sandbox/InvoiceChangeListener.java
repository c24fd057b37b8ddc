package io.github.acubepl.sandbox;

/**
 * Receives the sandbox's invoice changes, in order, after the change is visible through the API.
 * Called on the thread that caused the change (a request thread, the thread advancing a manual
 * clock, or the scheduler thread of the system clock); it should return quickly. An exception it
 * throws is logged and otherwise ignored.
 *
 * <pre>{@code
 * List<InvoiceChange> changes = new CopyOnWriteArrayList<>();
 * sandbox.addInvoiceChangeListener(changes::add); // called in order, after each change is visible
 * }</pre>
 */
@FunctionalInterface
public interface InvoiceChangeListener {
    /** Handles one change. */
    void onInvoiceChange(InvoiceChange change);
}
