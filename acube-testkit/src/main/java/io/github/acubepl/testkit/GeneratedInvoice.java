package io.github.acubepl.testkit;

/**
 * A generated document with the plan it was assembled from, so that a failing property can show
 * both. Equality compares the array by identity (it is a record over a {@code byte[]}).
 *
 * @param version the schema version, such as {@code "FA(3)"}
 * @param plan what the invoice contains
 * @param xml the document, UTF-8; do not modify it
 */
public record GeneratedInvoice(String version, InvoicePlan plan, byte[] xml) {
    @Override
    public String toString() {
        return version + " " + plan.kind() + " invoice " + plan.number() + " (" + xml.length + " bytes)";
    }
}
