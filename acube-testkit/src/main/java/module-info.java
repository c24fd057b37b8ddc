/**
 * Property-based testing of FA invoice conversions: jqwik arbitraries of valid FA(1), FA(2) and
 * FA(3) invoices, structural mutations, reusable invariants, golden files and the official KSeF
 * files. Only {@code io.github.acubepl.testkit} is exported; {@code io.github.acubepl.testkit.internal}
 * (the XML assemblers, the plan generator, the DOM mutations) is implementation.
 */
module io.github.acubepl.testkit {
    // Arbitrary, DomainContextBase and SkipExecutionHook appear in the API.
    requires transitive net.jqwik.api;
    // InvoiceMapper, OfficialSchema and ValidationReport appear in the API; through it, the model
    // (Faktura of each version, InvoiceModel).
    requires transitive io.github.acubepl.mapping;
    requires transitive io.github.acubepl.model;
    requires java.xml;
    requires org.opentest4j;
    requires org.xmlunit;
    requires static transitive org.jspecify;

    exports io.github.acubepl.testkit;
}
