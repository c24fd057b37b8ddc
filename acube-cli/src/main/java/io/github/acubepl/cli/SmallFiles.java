package io.github.acubepl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the small files a user names (a password file, a public key, captured headers, a webhook body)
 * through a stream and never more than a bound: {@code --password-file /dev/zero} or a body of gigabytes
 * is refused with a message (exit 2) instead of exhausting the heap. A FIFO with no writer waits for one,
 * as {@code cat} would.
 */
final class SmallFiles {
    /** The most a password file may hold before the end of its first line: 4 KiB. */
    static final int MAX_PASSWORD_LINE = 4 * 1024;
    /** The most a public key file may hold: 16 KiB (an Ed25519 key in PEM is about 120 bytes). */
    static final int MAX_KEY = 16 * 1024;
    /** The most a captured header file may hold: 64 KiB (servers commonly take 8 to 32 KiB of headers). */
    static final int MAX_HEADERS = 64 * 1024;

    private SmallFiles() {
    }

    /** A file larger than its bound; the message says what the bound is, not the path (the caller prints that). */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    /**
     * The bytes of {@code file}, at most {@code max} of them.
     *
     * @param what what the file is, for the message ("a public key file")
     * @throws TooLarge if the file holds more than {@code max} bytes (only {@code max + 1} are read)
     * @throws IOException if it cannot be read
     */
    static byte[] read(Path file, int max, String what) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw new TooLarge("holds more than " + max + " bytes, the limit for " + what);
            }
            return bytes;
        }
    }

    /**
     * The first line of {@code file} (ended by LF, CR or CRLF, or by the end of the file), read as UTF-8;
     * at most {@link #MAX_PASSWORD_LINE} bytes are read, whatever follows the line.
     *
     * @throws TooLarge if the first line does not end within {@link #MAX_PASSWORD_LINE} bytes
     * @throws IOException if the file cannot be read, or the line is not UTF-8
     */
    static String firstLine(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(MAX_PASSWORD_LINE + 1);
        }
        int end = 0;
        while (end < head.length && head[end] != '\n' && head[end] != '\r') {
            end++;
        }
        if (end > MAX_PASSWORD_LINE) {
            throw new TooLarge("its first line is longer than " + MAX_PASSWORD_LINE + " bytes, the limit for a "
                    + "password file");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, end))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException("its first line is not UTF-8 text", e);
        }
    }
}
