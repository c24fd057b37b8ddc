/**
 * The vocabulary of the A-Cube API PL shared by the client ({@code io.github.acubepl.transport})
 * and the webhook side ({@code io.github.acubepl.webhook}): {@link io.github.acubepl.core.AcubeTimestamp},
 * {@link io.github.acubepl.core.InvoiceStatus} and {@link io.github.acubepl.core.WebhookType}.
 */
module io.github.acubepl.core {
    requires static transitive org.jspecify;

    exports io.github.acubepl.core;
}
