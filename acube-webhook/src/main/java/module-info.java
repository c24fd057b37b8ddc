/**
 * A-Cube webhooks. Receiving ({@code io.github.acubepl.webhook}: RFC 9421 / RFC 9530 verification
 * with Ed25519, typed events, idempotent dispatch, durable inbox; JDBC stores in
 * {@code io.github.acubepl.webhook.jdbc}) and sending ({@code io.github.acubepl.webhook.sending}:
 * signer, delivery queue with the retry schedule, for the simulator). The plumbing they share is in
 * a package that is not exported. JDK and Jackson only: no dependency on the model or the client.
 */
@SuppressWarnings("module") // the qualified export names a module built after this one
module io.github.acubepl.webhook {
    requires transitive io.github.acubepl.core;
    requires com.fasterxml.jackson.databind;
    requires transitive java.net.http;
    requires transitive java.sql;
    requires transitive jdk.httpserver;
    requires static transitive org.jspecify;

    exports io.github.acubepl.webhook;
    exports io.github.acubepl.webhook.jdbc;
    exports io.github.acubepl.webhook.sending;
    // The JDBC plumbing, shared with acube-purchases' ledger only (not an API).
    exports io.github.acubepl.webhook.internal to io.github.acubepl.purchases;
}
