package io.github.acubepl.mapping.internal.format;

import io.github.acubepl.mapping.InvoiceDocument;
import io.github.acubepl.mapping.InvoiceFormat;
import io.github.acubepl.mapping.SourceSyntax;
import io.github.acubepl.mapping.internal.schema.FormSchema;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The neutral tree behind the built-in plug-ins' documents, for internal code outside this package
 * (the upgrader, internal/upgrade): it reads a document's tree and makes a document of a tree.
 */
public final class Documents {
    private Documents() {
    }

    /**
     * The tree of {@code document}, or {@code null} when a foreign plug-in made it (then read its
     * {@link InvoiceDocument#toXml()} with a built-in plug-in). The tree must not be modified.
     */
    public static @Nullable XmlNode tree(InvoiceDocument document) {
        return document instanceof TreeDocument ? ((TreeDocument) document).root() : null;
    }

    /** Our schema encoding of {@code format}, or {@code null} for a foreign plug-in. */
    public static @Nullable FormSchema schema(InvoiceFormat format) {
        return format instanceof SchemaFormat ? ((SchemaFormat) format).schema() : null;
    }

    /**
     * A document of {@code format} built from {@code root}, which the caller hands over and no longer
     * modifies. Its {@link InvoiceDocument#syntax()} is {@link SourceSyntax#MODEL}: it was not read from
     * bytes, so the technical checks measure the FA XML it becomes.
     *
     * @param format a built-in plug-in
     * @param root the tree, in the format's namespace
     * @return the document
     */
    public static InvoiceDocument built(InvoiceFormat format, XmlNode root) {
        return new TreeDocument((SchemaFormat) format, SourceSyntax.MODEL, root, null, List.of());
    }
}
