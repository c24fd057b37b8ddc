/**
 * The {@code acube} command: validate, convert, render and send FA invoices, and run the local simulator. The entry
 * point is {@link io.github.acubepl.cli.AcubeCli}; everything else is package-private.
 */
module io.github.acubepl.cli {
    requires io.github.acubepl.mapping;
    requires io.github.acubepl.render;
    requires io.github.acubepl.transport;
    requires io.github.acubepl.sandbox;
    requires io.github.acubepl.webhook;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires info.picocli;
    requires java.logging;
    requires static org.jspecify;

    exports io.github.acubepl.cli;
    // picocli reads and sets the annotated fields of the command classes by reflection.
    opens io.github.acubepl.cli to info.picocli;
}
