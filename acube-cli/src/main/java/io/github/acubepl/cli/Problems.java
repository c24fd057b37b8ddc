package io.github.acubepl.cli;

import io.github.acubepl.mapping.AcubeMappingException;
import io.github.acubepl.mapping.InvoiceReadException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Turns exceptions about bad input or output into one-line, human messages (never stack traces). */
final class Problems {
    private Problems() {
    }

    /**
     * The message of a mapping exception, with the position appended when the exception knows it and
     * the message does not already say it.
     */
    static String describe(AcubeMappingException e) {
        String message = e.getMessage() == null ? "the invoice could not be read" : e.getMessage();
        if (e instanceof InvoiceReadException r && r.line() > 0 && !message.contains("line " + r.line())) {
            message += r.column() > 0 ? " (line " + r.line() + ", column " + r.column() + ")" : " (line " + r.line() + ")";
        }
        return message;
    }

    /** What went wrong with a file, without repeating its path (the caller prints that once). */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "is a directory";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }
}
