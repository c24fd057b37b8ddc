package io.github.acubepl.render.internal;

/**
 * The escaping writer: every text and attribute value goes through {@link #text} or {@link #attr},
 * so invoice text (untrusted) can never open a tag, close an attribute or start a script. Control
 * characters (C0 other than tab and line feed, DEL, C1) and lone surrogates become U+FFFD, so the
 * output stays well-formed XHTML that any XML parser reads back.
 */
public final class Html {
    private final StringBuilder out;

    /** A writer with an initial capacity. */
    public Html(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    /** Appends markup written by this module (never invoice text). */
    public Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends escaped text; a line feed becomes {@code <br/>}. */
    public Html text(String text) {
        escape(text, true);
        return this;
    }

    /** Appends an attribute {@code name="value"} with the value escaped. */
    public Html attr(String name, String value) {
        out.append(' ').append(name).append("=\"");
        escape(value, false);
        out.append('"');
        return this;
    }

    /** Opens an element with a class attribute: {@code <tag class="css">}. */
    public Html open(String tag, String css) {
        out.append('<').append(tag);
        if (!css.isEmpty()) {
            attr("class", css);
        }
        out.append('>');
        return this;
    }

    /** Closes an element. */
    public Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding escaped text. */
    public Html element(String tag, String css, String text) {
        return open(tag, css).text(text).close(tag);
    }

    private void escape(String s, boolean breaks) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                case '\n':
                    out.append(breaks ? "<br/>" : "&#10;");
                    break;
                case '\r':
                    break;
                case '\t':
                    out.append(breaks ? " " : "&#9;");
                    break;
                default:
                    if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0xfffe || c == 0xffff) {
                        out.append('\uFFFD');
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
