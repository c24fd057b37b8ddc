package io.github.acubepl.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.acubepl.mapping.ValidationIssue;
import io.github.acubepl.mapping.ValidationLayer;
import io.github.acubepl.mapping.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The machine-readable validation report ({@code validate --format json}). Its shape is documented
 * in {@link ValidateCommand}'s help and is kept stable: fields are only ever added.
 */
final class JsonReport {
    private static final JsonFactory FACTORY = JsonFactory.builder().build()
            .setCharacterEscapes(SafeText.jsonEscapes()); // file names and messages quote untrusted text

    private JsonReport() {
    }

    static void write(List<FileResult> results, OutputStream out) throws IOException {
        try (JsonGenerator g = open(out)) {
            boolean allValid = true;
            for (FileResult r : results) {
                allValid &= r.exitCode() == ExitCode.OK;
            }
            g.writeStartObject();
            g.writeBooleanField("valid", allValid);
            g.writeArrayFieldStart("files");
            for (FileResult r : results) {
                file(g, r);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
        out.flush();
    }

    /**
     * A generator of the report's layout: indented, untrusted text escaped ({@link SafeText#jsonEscapes()}),
     * leaving {@code out} open when closed.
     */
    static JsonGenerator open(OutputStream out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n")));
        return g;
    }

    /** One file's object of the report, as in the {@code files} array. */
    static void file(JsonGenerator g, FileResult r) throws IOException {
        ValidationReport report = r.report();
        g.writeStartObject();
        g.writeStringField("file", r.file());
        g.writeStringField("format", report == null ? null : report.format());
        g.writeStringField("syntax", r.syntax() == null ? null : r.syntax().name());
        g.writeBooleanField("valid", report != null && report.isValid());
        g.writeNumberField("errors", report == null ? 0 : report.errors().size());
        g.writeNumberField("warnings", report == null ? 0 : report.warnings().size());
        g.writeArrayFieldStart("layers"); // what ran: no OFFICIAL_SCHEMA means no XSD pass, not a clean one
        if (report != null) {
            for (ValidationLayer layer : report.layers()) {
                g.writeString(layer.name());
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("issues");
        if (report != null) {
            for (ValidationIssue i : report.issues()) {
                issue(g, i);
            }
        }
        g.writeEndArray();
        FileResult.Failure failure = r.failure();
        if (failure == null) {
            g.writeNullField("error");
        } else {
            g.writeObjectFieldStart("error");
            g.writeStringField("reason", failure.reason());
            g.writeStringField("message", failure.message());
            number(g, "line", failure.line() > 0 ? failure.line() : null);
            number(g, "column", failure.column() > 0 ? failure.column() : null);
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void issue(JsonGenerator g, ValidationIssue i) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", i.ruleId());
        g.writeStringField("severity", i.severity().name());
        g.writeStringField("jsonPointer", i.jsonPointer());
        g.writeStringField("xpath", i.xpath());
        number(g, "line", i.line());
        number(g, "column", i.column());
        g.writeStringField("message", i.messageEn());
        g.writeStringField("messagePl", i.messagePl());
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, @Nullable Integer value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }
}
