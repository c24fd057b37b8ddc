package io.github.acubepl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.acubepl.webhook.WebhookEvent;
import io.github.acubepl.webhook.WebhookHandler;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The handler side of the tests: every invocation of a webhook handler, by which receiver instance,
 * counted under its business key ({@link ItWebhooks#key}). Thread-safe.
 */
final class Handled {
    /** One handler invocation. */
    record Call(String key, String instance, WebhookEvent event) {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();

    /** A handler that records each event it is given, tagged with {@code instance}. */
    WebhookHandler by(String instance) {
        return event -> calls.add(new Call(ItWebhooks.key(event), instance, event));
    }

    /** Every invocation so far. */
    List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Invocations per key, sorted by key. */
    Map<String, Long> counts() {
        return calls.stream().collect(Collectors.groupingBy(Call::key, TreeMap::new, Collectors.counting()));
    }

    /** The instances that ran at least one handler. */
    Set<String> instances() {
        return calls.stream().map(Call::instance).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Asserts that exactly the {@code expected} keys were handled, each exactly once (none missing, none twice). */
    void assertExactlyOnce(Set<String> expected) {
        Map<String, Long> counts = counts();
        assertEquals(new TreeSet<>(expected), counts.keySet(), "the notifications handled (none missing, none unexpected)");
        Map<String, Long> repeated = new TreeMap<>(counts);
        repeated.values().removeIf(n -> n == 1);
        assertEquals(Map.of(), repeated, "notifications handled more than once");
        assertEquals(expected.size(), calls.size());
    }
}
