/**
 * The mapping engine: FA XML and A-Cube JSON reading and writing, format detection, structural and
 * business validation, binding to the model. Plug-ins (one per FA schema version) are found through
 * {@link java.util.ServiceLoader}.
 */
@SuppressWarnings("module") // the qualified export names modules built after this one
module io.github.acubepl.mapping {
    requires transitive io.github.acubepl.model;
    requires com.fasterxml.jackson.databind; // internal only: no exported signature names a Jackson type
    requires java.xml;
    requires org.glassfish.jaxb.runtime;
    requires org.apache.commons.validator;
    requires static transitive org.jspecify;

    exports io.github.acubepl.mapping;
    // The hardened DOM set-up, shared with these two modules only (not an API).
    exports io.github.acubepl.mapping.internal.xml to io.github.acubepl.render, io.github.acubepl.testkit;

    uses io.github.acubepl.mapping.InvoiceFormat;
    provides io.github.acubepl.mapping.InvoiceFormat with io.github.acubepl.mapping.internal.fa1.Fa1Format,
            io.github.acubepl.mapping.internal.fa2.Fa2Format, io.github.acubepl.mapping.internal.fa3.Fa3Format;
}
