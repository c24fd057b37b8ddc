package io.github.acubepl.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Reading {@code Content-Type} and {@code Accept}. */
final class MediaTypes {
    private MediaTypes() {
    }

    /** The bare media type of a header value ({@code type/subtype}, lower case), or {@code null}. */
    static @Nullable String bare(@Nullable String header) {
        if (header == null) {
            return null;
        }
        int semi = header.indexOf(';');
        String t = (semi < 0 ? header : header.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() ? null : t;
    }

    static boolean isJson(@Nullable String mediaType) {
        return mediaType != null && (mediaType.equals("application/json") || mediaType.endsWith("+json"));
    }

    static boolean isXml(@Nullable String mediaType) {
        return mediaType != null
                && (mediaType.equals("application/xml") || mediaType.equals("text/xml") || mediaType.endsWith("+xml"));
    }

    /** The media types of an {@code Accept} header in the order given (quality values ignored); empty if none. */
    static List<String> accepted(@Nullable String accept) {
        List<String> out = new ArrayList<>();
        if (accept == null) {
            return out;
        }
        for (String part : accept.split(",")) {
            String t = bare(part);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }
}
