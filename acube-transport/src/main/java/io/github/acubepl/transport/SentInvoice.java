package io.github.acubepl.transport;

import io.github.acubepl.core.InvoiceStatus;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the API answered to a sent invoice. The status code and body of {@code POST /invoices} are
 * not documented, so any 2xx naming the invoice is accepted: the uuid comes from the JSON body, else
 * from the last segment of the {@code Location} header. A 2xx that names none is not a
 * {@code SentInvoice} but an {@link AcubeOutcomeUnknownException} (probably created, but it cannot
 * be identified), so {@link #uuid()} is always there.
 *
 * @param uuid the invoice's id in A-Cube
 * @param status the status the API reported ({@code in_queue} on the simulator), if any
 * @param httpStatus the HTTP status code (201 on the simulator)
 * @param location the {@code Location} header, if any
 * @param body the response body as text
 */
public record SentInvoice(String uuid, @Nullable InvoiceStatus status, int httpStatus,
        @Nullable String location, String body) {

    /** Checks the uuid and the body. */
    public SentInvoice {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(body, "body");
    }

    /** The uuid (always present since the client refuses answers without one; kept for callers of old). */
    public Optional<String> uuidIfKnown() {
        return Optional.of(uuid);
    }

    /** The uuid, status and HTTP status (not the body). */
    @Override
    public String toString() {
        return "SentInvoice[uuid=" + uuid + ", status=" + status + ", httpStatus=" + httpStatus + "]";
    }
}
