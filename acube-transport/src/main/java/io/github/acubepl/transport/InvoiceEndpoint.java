package io.github.acubepl.transport;

/**
 * Which endpoint invoices are sent to. {@code POST /invoices} is documented in every era and is the
 * default; {@code POST /invoices/v3} is the FA(3)-era alternative.
 */
public enum InvoiceEndpoint {
    /** {@code POST /invoices} ({@link Endpoint#INVOICES}). */
    INVOICES(Endpoint.INVOICES),
    /** {@code POST /invoices/v3} ({@link Endpoint#INVOICES_V3}). */
    V3(Endpoint.INVOICES_V3);

    private final Endpoint endpoint;

    InvoiceEndpoint(Endpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** The endpoint whose path template is used. */
    public Endpoint endpoint() {
        return endpoint;
    }
}
