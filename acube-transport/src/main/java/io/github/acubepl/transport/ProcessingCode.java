package io.github.acubepl.transport;

import java.util.Map;
import java.util.Optional;

/**
 * A KSeF processing code (an open integer: any value is kept) with a lookup of the known meanings.
 *
 * @param code the code as sent ({@code processingCode} or {@code processing_code})
 */
public record ProcessingCode(int code) {
    private static final Map<Integer, String> MEANINGS = Map.ofEntries(
            Map.entry(100, "accepted for further processing"),
            Map.entry(150, "processing in progress"),
            Map.entry(200, "success"),
            Map.entry(405, "cancelled"),
            Map.entry(410, "invalid permission scope"),
            Map.entry(415, "attachments not allowed"),
            Map.entry(430, "file verification error"),
            Map.entry(435, "decryption error"),
            Map.entry(440, "duplicate invoice"),
            Map.entry(450, "semantic validation error"),
            Map.entry(500, "internal KSeF error / unknown"));

    /** The code {@code code}. */
    public static ProcessingCode of(int code) {
        return new ProcessingCode(code);
    }

    /** The known meaning of the code (English), if it is one of the documented codes. */
    public Optional<String> meaning() {
        return Optional.ofNullable(MEANINGS.get(code));
    }

    /** Whether the code is one of the documented ones. */
    public boolean isKnown() {
        return MEANINGS.containsKey(code);
    }

    /** Whether the code reports a failure (400 and above). */
    public boolean isError() {
        return code >= 400;
    }

    /** The code and its meaning, e.g. {@code 440 (duplicate invoice)}. */
    @Override
    public String toString() {
        return meaning().map(m -> code + " (" + m + ")").orElse(String.valueOf(code));
    }
}
