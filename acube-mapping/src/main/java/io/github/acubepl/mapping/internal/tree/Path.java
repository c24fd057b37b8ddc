package io.github.acubepl.mapping.internal.tree;

/**
 * Where something is in an invoice, renderable both as an XPath into FA XML and as a JSON Pointer
 * (RFC 6901) into A-Cube's JSON. In JSON the root element {@code Faktura} has no key, and a
 * repeatable element is an array, so its index appears in the pointer (from 0) and in the XPath
 * (from 1).
 */
public final class Path {
    private final Path parent;
    private final String name;
    private final int index;
    private final boolean repeatable;
    private final boolean xpathIndex;
    private final Kind kind;

    private enum Kind {
        ROOT, ELEMENT, ATTRIBUTE, VALUE
    }

    private Path(Path parent, String name, int index, boolean repeatable, boolean xpathIndex, Kind kind) {
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.repeatable = repeatable;
        this.xpathIndex = xpathIndex;
        this.kind = kind;
    }

    /** The path of the root element {@code rootName}. */
    public static Path root(String rootName) {
        return new Path(null, rootName, 0, false, false, Kind.ROOT);
    }

    /** A single (non-repeatable) child element. */
    public Path child(String childName) {
        return new Path(this, childName, 0, false, false, Kind.ELEMENT);
    }

    /** The {@code index}-th (from 0) occurrence of a repeatable child element. */
    public Path child(String childName, int index) {
        return new Path(this, childName, index, true, true, Kind.ELEMENT);
    }

    /**
     * A child element as found in a document: repeatable per the schema, or a non-repeatable one
     * that occurs more than once (indexed in the XPath only).
     */
    public Path child(String childName, int index, boolean repeatable, boolean duplicated) {
        return new Path(this, childName, index, repeatable, repeatable || duplicated, Kind.ELEMENT);
    }

    /** An attribute of this element. */
    public Path attribute(String attributeName) {
        return new Path(this, attributeName, 0, false, false, Kind.ATTRIBUTE);
    }

    /** The text of this element when it also has attributes ({@code __value} in JSON). */
    public Path value() {
        return new Path(this, "__value", 0, false, false, Kind.VALUE);
    }

    /** The index among same-name siblings (from 0). */
    public int index() {
        return index;
    }

    /** The element's local name (or attribute name). */
    public String name() {
        return name;
    }

    public Path parent() {
        return parent;
    }

    /** The XPath, e.g. {@code /Faktura/Fa/FaWiersze/FaWiersz[2]/P_11}. */
    public String xpath() {
        StringBuilder sb = new StringBuilder();
        appendXPath(sb);
        return sb.toString();
    }

    private void appendXPath(StringBuilder sb) {
        if (parent != null) {
            parent.appendXPath(sb);
        }
        switch (kind) {
            case ATTRIBUTE:
                sb.append("/@").append(name);
                break;
            case VALUE:
                sb.append("/text()");
                break;
            default:
                sb.append('/').append(name);
                if (xpathIndex) {
                    sb.append('[').append(index + 1).append(']');
                }
        }
    }

    /** The JSON Pointer, e.g. {@code /Fa/FaWiersze/FaWiersz/1/P_11} ({@code ""} for the root). */
    public String jsonPointer() {
        StringBuilder sb = new StringBuilder();
        appendPointer(sb);
        return sb.toString();
    }

    private void appendPointer(StringBuilder sb) {
        if (kind == Kind.ROOT) {
            return;
        }
        parent.appendPointer(sb);
        sb.append('/').append(name.replace("~", "~0").replace("/", "~1"));
        if (kind == Kind.ELEMENT && repeatable) {
            sb.append('/').append(index);
        }
    }

    @Override
    public String toString() {
        return xpath();
    }
}
