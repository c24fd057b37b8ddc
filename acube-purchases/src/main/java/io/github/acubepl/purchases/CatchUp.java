package io.github.acubepl.purchases;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one catch-up pass ({@link PurchaseInvoiceFeed#catchUp()}) did.
 *
 * @param listed              the incoming invoices the pass listed (from the checkpoint minus the overlap)
 * @param handled             those it handed to the handler, which returned normally
 * @param alreadyHandled      those the ledger had as handled (by a webhook, an earlier pass or another instance)
 * @param inProgressElsewhere those another claim held (a webhook or another instance handling them now)
 * @param failed              those that failed (download, verification or handler): released, offered again
 * @param checkpointBefore    the checkpoint the pass started from (empty: none yet and no {@code since})
 * @param checkpointAfter     the checkpoint after the pass: the {@code createdAt} of the last listed invoice
 *                            before which every listed invoice is handled; never past a failed, held or
 *                            unfinished one
 * @param failures            the failed invoices, in list order
 */
public record CatchUp(int listed, int handled, int alreadyHandled, int inProgressElsewhere, int failed,
        Optional<Instant> checkpointBefore, Optional<Instant> checkpointAfter, List<Failure> failures) {

    /**
     * One invoice a pass could not handle.
     *
     * @param invoiceUuid the invoice's uuid ({@code ""} if the listed record had none)
     * @param message     what went wrong, short; never the invoice's content
     */
    public record Failure(String invoiceUuid, String message) {
        /** Checks the components. */
        public Failure {
            Objects.requireNonNull(invoiceUuid, "invoiceUuid");
            Objects.requireNonNull(message, "message");
        }
    }

    /** Checks the components and copies the failures. */
    public CatchUp {
        Objects.requireNonNull(checkpointBefore, "checkpointBefore");
        Objects.requireNonNull(checkpointAfter, "checkpointAfter");
        failures = List.copyOf(failures);
    }
}
