package io.github.acubepl.mapping;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers invoice keys so that rule {@code FA-DUP-001} can spot a second invoice with the same
 * seller, kind and number, within a batch or against a store of invoices already sent.
 */
@FunctionalInterface
public interface InvoiceKeyRegistry {
    /**
     * Records {@code key}.
     *
     * @param key the invoice's key
     * @return {@code true} if it was new, {@code false} if it had been registered before
     */
    boolean register(InvoiceKey key);

    /** A thread-safe registry in memory, for one batch. */
    static InvoiceKeyRegistry inMemory() {
        Set<InvoiceKey> seen = ConcurrentHashMap.newKeySet();
        return seen::add;
    }
}
