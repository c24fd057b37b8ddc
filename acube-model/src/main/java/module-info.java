/**
 * The FA invoice model: JAXB-annotated classes that mirror the official KSeF schemas.
 */
module io.github.acubepl.model {
    requires transitive jakarta.xml.bind;
    requires static transitive org.jspecify;

    exports io.github.acubepl.model.fa1;

    // JAXB reads and writes the fields reflectively; the API forwards this grant to its runtime.
    opens io.github.acubepl.model.fa1 to jakarta.xml.bind;
    // The java.time adapters are instantiated by the JAXB runtime itself, which the API does not
    // forward grants to for packages other than the bound classes'; they hold no state worth hiding.
    opens io.github.acubepl.model.internal;
}
