package io.github.acubepl.purchases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.purchases.PurchaseLedger.Claim;
import io.github.acubepl.purchases.jdbc.JdbcPurchaseLedger;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** What only the JDBC ledger has: its DDL, its table prefix, concurrent initialisation, its failures. */
class JdbcPurchaseLedgerTest {
    private static final Instant T0 = PurchaseLedgerContract.T0;

    @Test
    void concurrentInitializeOnH2CreatesTheTablesOnceAndEveryLedgerWorks() throws Exception {
        DataSource ds = Databases.h2();
        try {
            concurrentInitialize(ds, "erp_");
        } finally {
            Databases.shutdownH2(ds);
        }
    }

    @Test
    void concurrentInitializeOnPostgresCreatesTheTablesOnceAndEveryLedgerWorks() throws Exception {
        DataSource ds = Databases.postgres();
        String prefix = Databases.uniquePrefix();
        try {
            concurrentInitialize(ds, prefix);
        } finally {
            Databases.drop(ds, prefix);
        }
    }

    private static void concurrentInitialize(DataSource ds, String prefix) throws Exception {
        List<Claim> claims = PurchaseLedgerContract.race(6, i -> new JdbcPurchaseLedger(ds, prefix).initialize()
                .claim("inv-1", "instance-" + i, T0, Duration.ofMinutes(1)));
        assertEquals(1, claims.stream().filter(c -> c == Claim.CLAIMED).count(), claims::toString);
        JdbcPurchaseLedger again = new JdbcPurchaseLedger(ds, prefix).initialize();
        assertEquals(Claim.HELD_ELSEWHERE, again.claim("inv-1", "late", T0, Duration.ofMinutes(1)),
                "initialize() again keeps what is stored");
    }

    @Test
    void twoPrefixesInOneDatabaseAreTwoLedgers() throws SQLException {
        DataSource ds = Databases.h2();
        try {
            PurchaseLedger a = new JdbcPurchaseLedger(ds, "a_").initialize();
            PurchaseLedger b = new JdbcPurchaseLedger(ds, "").initialize();
            assertEquals(Claim.CLAIMED, a.claim("inv-1", "x", T0, Duration.ofMinutes(1)));
            assertEquals(Claim.CLAIMED, b.claim("inv-1", "x", T0, Duration.ofMinutes(1)));
            assertTrue(a.advanceCheckpoint("default", T0));
            assertEquals(Optional.empty(), b.checkpoint("default"));
        } finally {
            Databases.shutdownH2(ds);
        }
    }

    @Test
    void aHostileTablePrefixIsRefusedWithAShortEscapedQuote() {
        DataSource ds = Databases.h2();
        for (String prefix : List.of("x; DROP TABLE t; --", "1abc", "a-b", "a b", "ä_", "a".repeat(42), "a\nb")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new JdbcPurchaseLedger(ds, prefix));
            assertTrue(e.getMessage().startsWith("tablePrefix must be letters, digits and '_'"), e::getMessage);
            assertFalse(e.getMessage().contains("\n"), "control characters are escaped");
        }
        assertEquals("JdbcPurchaseLedger[A_1purchase_receipt, A_1purchase_checkpoint]",
                new JdbcPurchaseLedger(ds, "A_1").toString());
    }

    @Test
    void aLedgerWhoseTablesAreMissingFailsWithTheOperationAndSqlStateButNoValue() throws SQLException {
        DataSource ds = Databases.h2();
        try {
            PurchaseLedger ledger = new JdbcPurchaseLedger(ds, "never_created_");
            String uuid = "secret-looking-uuid-7f3c";
            PurchaseLedgerException e = assertThrows(PurchaseLedgerException.class,
                    () -> ledger.claim(uuid, "owner-1", T0, Duration.ofMinutes(1)));
            assertTrue(e.getMessage().startsWith("purchase ledger: claim failed (SQLState "), e::getMessage);
            assertFalse(e.getMessage().contains(uuid), e::getMessage);
            assertFalse(e.getMessage().contains("SELECT") || e.getMessage().contains("UPDATE"), e::getMessage);
            assertTrue(e.getCause() instanceof SQLException);
            assertThrows(PurchaseLedgerException.class, () -> ledger.checkpoint("default"));
        } finally {
            Databases.shutdownH2(ds);
        }
    }

    @Test
    void theDdlIsWhatInitializeRuns() {
        List<String> ddl = new JdbcPurchaseLedger(Databases.h2(), "erp_").ddl();
        assertEquals(2, ddl.size());
        assertTrue(ddl.get(0).startsWith("CREATE TABLE IF NOT EXISTS erp_purchase_receipt ("), ddl::toString);
        assertTrue(ddl.get(1).startsWith("CREATE TABLE IF NOT EXISTS erp_purchase_checkpoint ("), ddl::toString);
    }
}
