package io.github.acubepl.mapping.internal.schema;

import java.util.Map;
import java.util.Objects;

/**
 * One FA schema version as our code encodes it: its namespace, its root element declaration and
 * its named types (keyed {@code {namespace}name}, for {@code xsi:type}).
 */
public record FormSchema(String namespace, ElementDecl root, Map<String, Object> namedTypes) {
    public FormSchema {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(root, "root");
        namedTypes = Map.copyOf(namedTypes);
    }

    /** The named simple or complex type {@code {namespace}localName}, or {@code null}. */
    public Object namedType(String namespace, String localName) {
        return namedTypes.get("{" + namespace + "}" + localName);
    }

    /**
     * Whether {@code candidate} may stand for {@code declared} through {@code xsi:type}: the same
     * type, or a simple type derived from it by restriction. (FA schemas derive no complex types.)
     */
    public static boolean validlyDerived(Object candidate, Object declared) {
        if (candidate == declared) {
            return true;
        }
        if (candidate instanceof SimpleType) {
            for (SimpleType t = ((SimpleType) candidate).base(); t != null; t = t.base()) {
                if (t == declared) {
                    return true;
                }
            }
        }
        return false;
    }
}
