package io.github.acubepl.mapping;

/**
 * A layer of validation, as listed by {@link ValidationReport#layers()}: a report that lists a
 * layer says that layer ran, so "no official-XSD issue" can be told apart from "no official-XSD
 * pass".
 */
public enum ValidationLayer {
    /**
     * The structure, checked against our own encoding of the version's XSD (rules
     * {@code FA-STRUCT-*}, the JSON shape {@code FA-JSON-001}, {@code FA-MODEL-001}). Always runs.
     */
    STRUCTURE,
    /**
     * The business rules and KSeF's technical checks ({@code FA-TECH-*}): what the XSD cannot say.
     * The built-in plug-ins run them on every document, structurally valid or not.
     */
    RULES,
    /**
     * The official XSD files, compiled by the JDK's validator (rule {@code FA-XSD-001}). Runs only
     * when {@link ValidationContext.Builder#schemaDirectory} names a folder.
     */
    OFFICIAL_SCHEMA
}
