package io.github.acubepl.webhook;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.webhook.jdbc.JdbcIdempotencyStore;
import io.github.acubepl.webhook.jdbc.JdbcInboxStore;
import io.github.acubepl.webhook.sending.JdbcDeliveryStore;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A table prefix comes from configuration and goes into SQL, so anything but letters, digits and
 * {@code _} is refused before a connection is opened, and the message quotes the prefix with its
 * control characters escaped and cut short: a log line must not carry a terminal escape or a
 * line break an attacker chose.
 */
class TablePrefixTest {
    private static final String HOSTILE = "acube_\u001b[2J\nDROP TABLE x;--" + "y".repeat(200);

    @Test
    void aHostilePrefixIsRefusedWithItsControlCharactersEscapedAndCutShort() {
        DataSource ds = Databases.h2();
        for (Runnable store : new Runnable[] {
                () -> new JdbcInboxStore(ds, HOSTILE),
                () -> new JdbcIdempotencyStore(ds, HOSTILE),
                () -> new JdbcDeliveryStore(ds, HOSTILE)}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, store::run);
            String message = e.getMessage();
            assertTrue(message.startsWith("tablePrefix must be letters, digits and '_'"), message);
            assertTrue(message.contains("acube_\\u001b[2J\\u000aDROP TABLE"), message);
            assertFalse(message.chars().anyMatch(Character::isISOControl), message);
            assertTrue(message.endsWith("…'"), message);
            assertTrue(message.length() < 200, message);
        }
    }

    @Test
    void aPlainPrefixAndTheEmptyOneAreTaken() {
        DataSource ds = Databases.h2();
        assertDoesNotThrow(() -> new JdbcInboxStore(ds, "erp_1_"));
        assertDoesNotThrow(() -> new JdbcDeliveryStore(ds, ""));
    }
}
