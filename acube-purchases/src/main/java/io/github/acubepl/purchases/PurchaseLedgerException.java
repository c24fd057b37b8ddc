package io.github.acubepl.purchases;

import org.jspecify.annotations.Nullable;

/**
 * The {@link PurchaseLedger} could not do what was asked, for example because its database is
 * down. The message names the ledger and the operation (and the SQLState for JDBC), never the SQL
 * text or a stored value.
 */
public class PurchaseLedgerException extends PurchaseException {
    private static final long serialVersionUID = 1L;

    /** An exception with {@code message} and an optional {@code cause}. */
    public PurchaseLedgerException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
