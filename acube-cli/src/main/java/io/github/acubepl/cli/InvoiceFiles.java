package io.github.acubepl.cli;

import io.github.acubepl.mapping.InvoiceDocument;
import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.InvoiceReadException;
import io.github.acubepl.mapping.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads invoice files for the commands, so that every failure is an {@link InvoiceReadException}. */
final class InvoiceFiles {
    /** The most bytes a file may hold: the engine's default limit (16 MiB). */
    static final long MAX_BYTES = ReadLimits.DEFAULT_MAX_BYTES;

    private InvoiceFiles() {
    }

    /**
     * Reads {@code file} with the engine's limits and format detection.
     *
     * @throws InvoiceReadException if the file is missing or unreadable, or not a readable invoice;
     *         the message does not repeat the path
     */
    static InvoiceDocument read(InvoiceMapper mapper, Path file) {
        return mapper.read(bytes(file));
    }

    /**
     * The bytes of {@code file}, read once and at most {@link #MAX_BYTES} of them: what a command
     * validates is then exactly what it sends, even if the file changes meanwhile (or is a pipe).
     *
     * @throws InvoiceReadException if the file is missing, unreadable, a folder or too large; the
     *         message does not repeat the path
     */
    static byte[] bytes(Path file) {
        if (Files.isDirectory(file)) {
            throw new InvoiceReadException(InvoiceReadException.Reason.IO, "is a directory");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InvoiceReadException(InvoiceReadException.Reason.TOO_LARGE,
                        "the file is larger than the limit of " + MAX_BYTES + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new InvoiceReadException(InvoiceReadException.Reason.IO, Problems.describe(e), 0, 0, e);
        }
    }
}
