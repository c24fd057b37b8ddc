package io.github.acubepl.transport;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the API answered to a sent invoice. The status code and body of {@code POST /invoices} are
 * not documented, so any 2xx is accepted: the uuid comes from the JSON body, else from the last
 * segment of the {@code Location} header; when neither gives one, {@link #uuid()} is {@code null}
 * and {@link #body()} is all there is.
 *
 * @param uuid the invoice's id in A-Cube, if the answer gave one
 * @param status the status the API reported ({@code in_queue} on the simulator), if any
 * @param httpStatus the HTTP status code (201 on the simulator)
 * @param location the {@code Location} header, if any
 * @param body the response body as text
 */
public record SentInvoice(@Nullable String uuid, @Nullable InvoiceStatus status, int httpStatus,
        @Nullable String location, String body) {

    /** Checks the body. */
    public SentInvoice {
        Objects.requireNonNull(body, "body");
    }

    /** The uuid, if known. */
    public Optional<String> uuidIfKnown() {
        return Optional.ofNullable(uuid);
    }

    /** The uuid, status and HTTP status (not the body). */
    @Override
    public String toString() {
        return "SentInvoice[uuid=" + uuid + ", status=" + status + ", httpStatus=" + httpStatus + "]";
    }
}
