/**
 * The {@code acube} command: validate and convert FA invoices from the command line. The entry
 * point is {@link io.github.acubepl.cli.AcubeCli}; everything else is package-private.
 */
module io.github.acubepl.cli {
    requires io.github.acubepl.mapping;
    requires com.fasterxml.jackson.core;
    requires info.picocli;
    requires static org.jspecify;

    exports io.github.acubepl.cli;
    // picocli reads and sets the annotated fields of the command classes by reflection.
    opens io.github.acubepl.cli to info.picocli;
}
