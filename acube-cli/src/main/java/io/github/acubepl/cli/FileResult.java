package io.github.acubepl.cli;

import io.github.acubepl.mapping.AcubeMappingException;
import io.github.acubepl.mapping.InvoiceReadException;
import io.github.acubepl.mapping.SourceSyntax;
import io.github.acubepl.mapping.ValidationReport;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of validating one file: a report, or the reason the file could not be read (or could
 * not be validated). Exactly one of {@link #report()} and {@link #failure()} is set.
 *
 * @param file the path as given on the command line
 * @param syntax XML or JSON, when the file was read
 * @param report the validation report, when the file was read and validated
 * @param failure why there is no report
 */
record FileResult(String file, @Nullable SourceSyntax syntax, @Nullable ValidationReport report,
        @Nullable Failure failure) {

    static FileResult validated(String file, SourceSyntax syntax, ValidationReport report) {
        return new FileResult(file, syntax, report, null);
    }

    static FileResult failed(String file, Failure failure) {
        return new FileResult(file, null, null, failure);
    }

    /** 0 valid, 1 invalid, 2 not read or not validated. */
    int exitCode() {
        if (report == null) {
            return ExitCode.USAGE;
        }
        return report.isValid() ? ExitCode.OK : ExitCode.INVALID;
    }

    /**
     * Why a file has no report.
     *
     * @param reason an {@link InvoiceReadException.Reason} name, or {@code ENGINE} when a readable
     *        invoice could not be validated (e.g. the official schema set did not compile)
     * @param message what went wrong and where, without the file name
     * @param line the line (from 1), or 0 when unknown
     * @param column the column (from 1), or 0 when unknown
     */
    record Failure(String reason, String message, int line, int column) {
        static final String ENGINE = "ENGINE";

        static Failure of(AcubeMappingException e) {
            if (e instanceof InvoiceReadException r) {
                return new Failure(r.reason().name(), Problems.describe(e), r.line(), r.column());
            }
            return new Failure(ENGINE, Problems.describe(e), 0, 0);
        }
    }
}
