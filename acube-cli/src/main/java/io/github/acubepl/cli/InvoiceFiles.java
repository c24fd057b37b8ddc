package io.github.acubepl.cli;

import io.github.acubepl.mapping.InvoiceDocument;
import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.InvoiceReadException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads invoice files for the commands, so that every failure is an {@link InvoiceReadException}. */
final class InvoiceFiles {
    private InvoiceFiles() {
    }

    /**
     * Reads {@code file} with the engine's limits and format detection.
     *
     * @throws InvoiceReadException if the file is missing or unreadable, or not a readable invoice;
     *         the message does not repeat the path
     */
    static InvoiceDocument read(InvoiceMapper mapper, Path file) {
        if (Files.isDirectory(file)) {
            throw new InvoiceReadException(InvoiceReadException.Reason.IO, "is a directory");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return mapper.read(in);
        } catch (IOException e) {
            throw new InvoiceReadException(InvoiceReadException.Reason.IO, Problems.describe(e), 0, 0, e);
        }
    }
}
