package io.github.acubepl.transport;

import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A POST may have reached the server, but no answer says whether it took effect: the connection
 * dropped or timed out after the request could have been sent, or the server answered 5xx; or it
 * answered 2xx (so it probably took effect) but the answer does not identify what was created (no
 * usable uuid, not the JSON promised, or larger than the client accepts). The
 * client never repeats such a POST (there is no idempotency key; a repeated invoice would be a
 * duplicate in KSeF). Reconcile before trying again: for an invoice, list invoices filtered by the
 * invoice number (P_2) and seller NIP ({@link #sellerNip()}, {@link #invoiceNumber()}) to see
 * whether it was created. The message says the same, with what is known.
 */
public final class AcubeOutcomeUnknownException extends AcubeException {
    private static final long serialVersionUID = 1L;

    private final @Nullable Integer status;
    private final @Nullable String sellerNip;
    private final @Nullable String invoiceNumber;

    AcubeOutcomeUnknownException(String message, String method, String path, @Nullable Integer status,
            @Nullable String sellerNip, @Nullable String invoiceNumber, @Nullable Throwable cause) {
        super(message, method, path, cause);
        this.status = status;
        this.sellerNip = sellerNip;
        this.invoiceNumber = invoiceNumber;
    }

    /** The HTTP status, if the server answered (5xx, or a 2xx that could not be used); empty if no answer came. */
    public OptionalInt status() {
        return status == null ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** For an invoice: the seller's NIP ({@code Podmiot1/DaneIdentyfikacyjne/NIP}), if the client could read it. */
    public Optional<String> sellerNip() {
        return Optional.ofNullable(sellerNip);
    }

    /** For an invoice: its number ({@code Fa/P_2}), if the client could read it. */
    public Optional<String> invoiceNumber() {
        return Optional.ofNullable(invoiceNumber);
    }
}
