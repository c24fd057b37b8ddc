/**
 * A local, offline simulator of the A-Cube API PL with a simulated KSeF, on an HTTP/1.1 server of its
 * own ({@code java.nio}): the real HTTP peer for integration tests and demos. The entry point is
 * {@link io.github.acubepl.sandbox.AcubeSandbox}; everything else in the package is either a
 * value it hands out or package-private.
 */
module io.github.acubepl.sandbox {
    requires transitive io.github.acubepl.mapping; // KsefEnvironment is on the builder
    requires transitive io.github.acubepl.webhook;
    requires com.fasterxml.jackson.databind;
    requires java.xml;
    requires static transitive org.jspecify;

    exports io.github.acubepl.sandbox;
}
