/**
 * The FA invoice model: JAXB-annotated classes that mirror the official KSeF schemas.
 */
module io.github.acubepl.model {
    requires transitive jakarta.xml.bind;
    requires static transitive org.jspecify;

    exports io.github.acubepl.model.fa1;

    // JAXB reads and writes the fields reflectively; the API forwards these grants to the runtime.
    opens io.github.acubepl.model.fa1 to jakarta.xml.bind;
    opens io.github.acubepl.model.internal to jakarta.xml.bind;
}
