package io.github.acubepl.mapping.internal.schema;

import java.util.Objects;

/** One FA schema version as our code encodes it: its namespace and its root element declaration. */
public record FormSchema(String namespace, ElementDecl root) {
    public FormSchema {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(root, "root");
    }
}
