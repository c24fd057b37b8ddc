/**
 * The FA invoice models (FA(1), FA(2), FA(3)): JAXB-annotated classes that mirror the official KSeF
 * schemas, and their shared supertype {@link io.github.acubepl.model.InvoiceModel}.
 */
module io.github.acubepl.model {
    requires transitive jakarta.xml.bind;
    requires static transitive org.jspecify;

    exports io.github.acubepl.model;
    exports io.github.acubepl.model.fa1;
    exports io.github.acubepl.model.fa2;
    exports io.github.acubepl.model.fa3;

    // JAXB reads and writes the fields reflectively; the API forwards this grant to its runtime.
    opens io.github.acubepl.model.fa1 to jakarta.xml.bind;
    opens io.github.acubepl.model.fa2 to jakarta.xml.bind;
    opens io.github.acubepl.model.fa3 to jakarta.xml.bind;
    // The java.time adapters are instantiated by the JAXB runtime itself, which the API does not
    // forward grants to for packages other than the bound classes'; they hold no state worth hiding.
    opens io.github.acubepl.model.internal;
}
