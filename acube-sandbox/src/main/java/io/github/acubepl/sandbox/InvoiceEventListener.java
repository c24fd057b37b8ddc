package io.github.acubepl.sandbox;

/**
 * Receives the sandbox's invoice events, in order, after the change is visible through the API.
 * Called on the thread that caused the event (a request thread, the thread advancing a manual
 * clock, or the scheduler thread of the system clock); it should return quickly. An exception it
 * throws is logged and otherwise ignored.
 */
@FunctionalInterface
public interface InvoiceEventListener {
    /** Handles one event. */
    void onEvent(InvoiceEvent event);
}
