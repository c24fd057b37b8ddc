package io.github.acubepl.transport;

import io.github.acubepl.transport.internal.Endpoint;
/**
 * Which endpoint invoices are sent to. {@code POST /invoices} is documented in every era and is the
 * default; {@code POST /invoices/v3} is the FA(3)-era alternative.
 */
public enum InvoiceEndpoint {
    /** {@code POST /invoices}. */
    INVOICES(Endpoint.INVOICES),
    /** {@code POST /invoices/v3}. */
    V3(Endpoint.INVOICES_V3);

    private final Endpoint endpoint;

    InvoiceEndpoint(Endpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** The endpoint whose path template is used. */
    Endpoint endpoint() {
        return endpoint;
    }
}
