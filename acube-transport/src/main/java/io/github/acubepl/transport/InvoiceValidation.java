package io.github.acubepl.transport;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The API's verdict on an invoice from {@code POST /invoices/v3/validate}: a 2xx answer with
 * {@code {"valid": true, "violations": []}}, or a 422 problem with violations (a result, not an
 * exception).
 *
 * @param valid whether the API found the invoice valid
 * @param violations the violations (empty when valid)
 * @param detail the problem's detail (or title) when invalid
 * @param httpStatus the HTTP status code (200 or 422)
 */
public record InvoiceValidation(boolean valid, List<Violation> violations, @Nullable String detail, int httpStatus) {
    /** Copies the violations. */
    public InvoiceValidation {
        violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
    }
}
