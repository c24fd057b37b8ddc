package io.github.acubepl.mapping;

/** How serious a validation issue is. */
public enum Severity {
    /** The invoice is invalid: KSeF would reject it, or its data contradicts itself. */
    ERROR,
    /** Worth a look; legitimate invoices may show it. */
    WARNING
}
