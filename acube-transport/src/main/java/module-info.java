/**
 * The A-Cube API PL client: environments, login and token lifecycle, resources (legal entities,
 * KSeF tokens, webhooks, invoices), errors, paging and retries, on the JDK {@code HttpClient}.
 * Everything outside {@code io.github.acubepl.transport} is implementation.
 */
module io.github.acubepl.transport {
    requires transitive io.github.acubepl.core;
    requires transitive io.github.acubepl.mapping;
    requires transitive java.net.http;
    requires com.fasterxml.jackson.databind;
    requires static transitive org.jspecify;

    exports io.github.acubepl.transport;
}
