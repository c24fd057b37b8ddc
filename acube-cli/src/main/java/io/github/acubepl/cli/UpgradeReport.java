package io.github.acubepl.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.acubepl.mapping.SourceSyntax;
import io.github.acubepl.mapping.UpgradeEntry;
import io.github.acubepl.mapping.UpgradeResult;
import io.github.acubepl.mapping.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The report of {@code acube upgrade}: one line per entry of the upgrade, then the validation of the
 * result in {@code acube validate}'s format ({@link TextReport}, {@link JsonReport}). Values and
 * messages quote the invoice: they are printed through {@link SafeText}.
 *
 * <pre>
 * FA_2_Przykład_1.xml: FA(2) -> FA(3): 9 entries (7 mechanical, 2 defaulted, 0 decisions, 0 open)
 *   MECHANICAL     UPG-2-3-002 /Faktura/Naglowek/KodFormularza: kodSystemowy FA (2) became FA (3) = 'FA (3)'
 *   NEEDS_DECISION UPG-2-3-011 /Faktura/Fa/FaWiersz[1]/P_12: ... open: one of 0 KR, 0 WDT, 0 EX
 * FA_2_Przykład_1.xml: FA(3) XML: VALID (0 errors, 0 warnings)
 * </pre>
 */
final class UpgradeReport {
    private UpgradeReport() {
    }

    static void text(PrintWriter out, Language language, String name, SourceSyntax syntax, UpgradeResult result) {
        int decisions = result.entries(UpgradeEntry.Kind.NEEDS_DECISION).size();
        out.println(SafeText.escape(name) + ": " + result.sourceFormat() + " -> " + result.validation().format() + ": "
                + count(result.entries().size(), "entry", "entries") + " ("
                + result.entries(UpgradeEntry.Kind.MECHANICAL).size() + " mechanical, "
                + result.entries(UpgradeEntry.Kind.DEFAULTED).size() + " defaulted, "
                + count(decisions, "decision", "decisions") + ", " + result.openDecisions().size() + " open)");
        boolean json = syntax == SourceSyntax.JSON;
        for (UpgradeEntry e : result.entries()) {
            String from = json ? pointer(e.sourcePointer()) : e.sourceXpath();
            String to = json ? pointer(e.targetPointer()) : e.targetXpath();
            String where = SafeText.escape(from) + (from.equals(to) ? "" : " -> " + SafeText.escape(to));
            String message = language == Language.PL ? e.messagePl() : e.messageEn();
            out.println("  " + pad(e.kind().name()) + " " + e.ruleId() + " " + where + ": "
                    + SafeText.cutLine(message, SafeText.MAX_MESSAGE) + outcome(e));
        }
    }

    private static String outcome(UpgradeEntry e) {
        if (e.kind() == UpgradeEntry.Kind.NEEDS_DECISION) {
            if (e.answer() == null) {
                return "; open: one of " + SafeText.line(String.join(", ", e.allowedAnswers()));
            }
            return "; answer " + SafeText.quote(e.answer()) + " (by " + e.answeredBy().name().toLowerCase() + ")";
        }
        return e.value() == null ? "" : " = " + SafeText.quote(e.value());
    }

    /** The JSON report: the upgrade's entries, then the validation as one file of {@code acube validate --format json}. */
    static String json(String name, SourceSyntax syntax, UpgradeResult result, ValidationReport validation) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = JsonReport.open(bytes)) {
            g.writeStartObject();
            g.writeStringField("file", name);
            g.writeStringField("from", result.sourceFormat());
            g.writeStringField("to", validation.format());
            g.writeBooleanField("valid", result.isValid());
            g.writeNumberField("openDecisions", result.openDecisions().size());
            g.writeArrayFieldStart("entries");
            for (UpgradeEntry e : result.entries()) {
                entry(g, e);
            }
            g.writeEndArray();
            g.writeFieldName("validation");
            JsonReport.file(g, FileResult.validated(name, syntax, validation));
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void entry(JsonGenerator g, UpgradeEntry e) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", e.ruleId());
        g.writeStringField("kind", e.kind().name());
        g.writeStringField("sourcePointer", e.sourcePointer());
        g.writeStringField("sourceXpath", e.sourceXpath());
        g.writeStringField("targetPointer", e.targetPointer());
        g.writeStringField("targetXpath", e.targetXpath());
        g.writeStringField("message", e.messageEn());
        g.writeStringField("messagePl", e.messagePl());
        g.writeStringField("value", e.value());
        g.writeArrayFieldStart("allowedAnswers");
        for (String a : e.allowedAnswers()) {
            g.writeString(a);
        }
        g.writeEndArray();
        g.writeStringField("answer", e.answer());
        g.writeStringField("answeredBy", e.answeredBy().name());
        g.writeEndObject();
    }

    private static String pointer(String p) {
        return p.isEmpty() ? "/" : p;
    }

    private static String pad(String kind) {
        return kind.length() >= 14 ? kind : kind + " ".repeat(14 - kind.length());
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
