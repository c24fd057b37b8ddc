package io.github.acubepl.mapping;

/** Where a document came from. */
public enum SourceSyntax {
    /** FA XML. */
    XML,
    /** JSON in A-Cube's convention. */
    JSON,
    /** Built from a Java model object. */
    MODEL
}
