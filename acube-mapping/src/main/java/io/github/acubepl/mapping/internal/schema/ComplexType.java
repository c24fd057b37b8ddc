package io.github.acubepl.mapping.internal.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A complex type: element-only content described by a {@link Particle} (compiled into a
 * {@link ContentModel}), or simple content of a {@link SimpleType}; plus attribute declarations.
 */
public final class ComplexType {
    private final String name;
    private final Particle particle;
    private final SimpleType simpleContent;
    private final Map<String, AttributeDecl> attributes;
    private volatile ContentModel contentModel;

    private ComplexType(String name, Particle particle, SimpleType simpleContent, List<AttributeDecl> attributes) {
        this.name = name;
        this.particle = particle;
        this.simpleContent = simpleContent;
        Map<String, AttributeDecl> map = new LinkedHashMap<>();
        for (AttributeDecl a : attributes) {
            map.put(a.name(), a);
        }
        this.attributes = Collections.unmodifiableMap(map);
    }

    /** A type whose content is child elements. */
    public static ComplexType elementOnly(String name, Particle content, AttributeDecl... attributes) {
        return new ComplexType(name, content, null, List.of(attributes));
    }

    /** A type whose content is text of {@code type}, with attributes. */
    public static ComplexType simpleContent(String name, SimpleType type, AttributeDecl... attributes) {
        return new ComplexType(name, null, type, List.of(attributes));
    }

    public String name() {
        return name;
    }

    /** The content particle, or {@code null} for simple content. */
    public Particle particle() {
        return particle;
    }

    /** The simple type of the text content, or {@code null} for element-only content. */
    public SimpleType simpleContent() {
        return simpleContent;
    }

    public Map<String, AttributeDecl> attributes() {
        return attributes;
    }

    /** The compiled content model (built on first use; element-only types only). */
    public ContentModel contentModel() {
        ContentModel m = contentModel;
        if (m == null) {
            synchronized (this) {
                m = contentModel;
                if (m == null) {
                    m = new ContentModel(this);
                    contentModel = m;
                }
            }
        }
        return m;
    }

    /** The declaration of child element {@code localName}, or {@code null}. */
    public ElementDecl element(String localName) {
        return particle == null ? null : contentModel().element(localName);
    }

    @Override
    public String toString() {
        return "ComplexType[" + name + "]";
    }
}
