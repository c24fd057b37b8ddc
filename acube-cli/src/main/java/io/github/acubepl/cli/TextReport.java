package io.github.acubepl.cli;

import io.github.acubepl.mapping.SourceSyntax;
import io.github.acubepl.mapping.ValidationIssue;
import io.github.acubepl.mapping.ValidationReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;

/**
 * The human-readable validation report: a header line per file, then one indented line per issue.
 * File names, pointers and messages are printed through {@link SafeText}.
 *
 * <pre>
 * invoice.xml: FA(3) XML: INVALID (1 error, 0 warnings)
 *   ERROR   FA-STRUCT-001 /Faktura/Fa/P_15 41:7: required element P_15 is missing in Fa
 * invoice.json: FA(3) JSON: INVALID (1 error, 0 warnings)
 *   ERROR   FA-STRUCT-001 /Fa/P_15: required element P_15 is missing in Fa
 * broken.json: UNREADABLE (MALFORMED)
 * </pre>
 */
final class TextReport {
    private final PrintWriter out;
    private final Language language;

    TextReport(PrintWriter out, Language language) {
        this.out = Objects.requireNonNull(out, "out");
        this.language = Objects.requireNonNull(language, "language");
    }

    void file(FileResult result) {
        ValidationReport report = result.report();
        FileResult.Failure failure = result.failure();
        if (report == null) {
            // the message itself has gone to standard error
            out.println(SafeText.escape(result.file()) + ": "
                    + (failure == null ? "UNREADABLE" : "UNREADABLE (" + failure.reason() + ")"));
            return;
        }
        out.println(SafeText.escape(result.file()) + ": " + report.format() + " " + result.syntax() + ": "
                + (report.isValid() ? "VALID" : "INVALID") + " (" + count(report.errors().size(), "error") + ", "
                + count(report.warnings().size(), "warning") + ")");
        boolean json = result.syntax() == SourceSyntax.JSON;
        for (ValidationIssue issue : report.issues()) {
            // Point into the document in its own syntax: a JSON Pointer for JSON, an XPath otherwise.
            String where = json ? (issue.jsonPointer().isEmpty() ? "/" : issue.jsonPointer()) : issue.xpath();
            // Messages quote values from the file: escaped, like everything printed from input.
            out.println("  " + pad(issue.severity().name()) + " " + issue.ruleId() + " " + SafeText.escape(where)
                    + position(issue) + ": " + SafeText.line(language.message(issue)));
        }
    }

    /** A closing line for batches of more than one file. */
    void summary(List<FileResult> results) {
        if (results.size() < 2) {
            return;
        }
        int valid = 0;
        int invalid = 0;
        int unreadable = 0;
        for (FileResult r : results) {
            switch (r.exitCode()) {
                case ExitCode.OK -> valid++;
                case ExitCode.INVALID -> invalid++;
                default -> unreadable++;
            }
        }
        out.println(results.size() + " files: " + valid + " valid, " + invalid + " invalid, " + unreadable
                + " unreadable");
    }

    private static String position(ValidationIssue issue) {
        if (issue.line() == null) {
            return "";
        }
        return " " + issue.line() + (issue.column() == null ? "" : ":" + issue.column());
    }

    private static String pad(String severity) {
        return severity.length() >= 7 ? severity : severity + " ".repeat(7 - severity.length());
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
