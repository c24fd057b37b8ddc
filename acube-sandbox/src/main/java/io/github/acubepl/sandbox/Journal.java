package io.github.acubepl.sandbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Every request the sandbox received, in the order they were answered (or dropped), recorded
 * before the answer leaves, so a client that has its answer finds its entry. Keeps the latest
 * {@value #CAPACITY} entries (a long-running standalone sandbox forgets the oldest). A request whose
 * request line, target or header section cannot be parsed (answered {@code 400}, {@code 414},
 * {@code 431} or {@code 505}) or that does not arrive whole before its head is read has no method
 * and path to record, and is not journalled. Thread-safe.
 *
 * <pre>{@code
 * assertEquals(1, sandbox.journal().count("POST", "/invoices"));
 * SandboxInvoice invoice = sandbox.store().invoices().get(0);
 * clock.advance(sandbox.ksefDelays().total());
 * assertEquals(SandboxInvoice.Status.VALID, sandbox.store().invoice(invoice.uuid()).orElseThrow().status());
 * }</pre>
 */
public final class Journal {
    /** How many entries are kept. */
    public static final int CAPACITY = 100_000;

    private final ArrayDeque<JournalEntry> entries = new ArrayDeque<>();

    Journal() {
    }

    synchronized void add(JournalEntry entry) {
        if (entries.size() == CAPACITY) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    /** All entries so far. */
    public synchronized List<JournalEntry> entries() {
        return List.copyOf(entries);
    }

    /**
     * The entries whose method and path match.
     *
     * @param method an HTTP method, or {@code *} for any
     * @param pathPattern a path glob: {@code *} matches within one segment, {@code **} across segments
     */
    public List<JournalEntry> entries(String method, String pathPattern) {
        Predicate<JournalEntry> matches = matcher(method, pathPattern);
        List<JournalEntry> out = new ArrayList<>();
        for (JournalEntry e : entries()) {
            if (matches.test(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** How many entries match (see {@link #entries(String, String)}). */
    public int count(String method, String pathPattern) {
        return entries(method, pathPattern).size();
    }

    /** The number of entries. */
    public synchronized int size() {
        return entries.size();
    }

    /** Forgets every entry. */
    public synchronized void clear() {
        entries.clear();
    }

    private static Predicate<JournalEntry> matcher(String method, String pathPattern) {
        PathPattern pattern = PathPattern.of(Objects.requireNonNull(pathPattern, "pathPattern"));
        String m = Objects.requireNonNull(method, "method");
        return e -> PathPattern.methodMatches(m, e.method()) && pattern.matches(e.path());
    }
}
