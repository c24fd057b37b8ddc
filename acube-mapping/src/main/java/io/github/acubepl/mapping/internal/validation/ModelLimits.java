package io.github.acubepl.mapping.internal.validation;

import io.github.acubepl.mapping.internal.schema.SimpleType;
import io.github.acubepl.mapping.internal.schema.Text;
import io.github.acubepl.mapping.internal.schema.XsdBuiltin;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Values the schema accepts but the Java model cannot hold, found on the tree without binding it:
 * the model's {@code java.time} adapters (acube-model, {@code model.internal}) take a date-time only
 * with a time zone, and dates and date-times only within {@code java.time}'s range and precision.
 */
final class ModelLimits {
    private ModelLimits() {
    }

    /** Why the model cannot hold {@code raw}, a valid value of {@code type}, or {@code null} when it can. */
    static String problem(SimpleType type, String raw) {
        XsdBuiltin builtin = type.builtin();
        if (builtin == null || !type.members().isEmpty()) {
            return null;
        }
        String value = raw.strip();
        try {
            switch (builtin.family()) {
                case DATE_TIME:
                    OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                    return null;
                case DATE:
                    LocalDate.parse(value);
                    return null;
                default:
                    return null;
            }
        } catch (DateTimeParseException e) {
            return Text.shorten(value) + (builtin.family() == XsdBuiltin.Family.DATE_TIME
                    ? " (the model's date-time needs a time zone, at most 9 fraction digits and a year the JDK holds)"
                    : " (the model's date needs a year the JDK holds, without a time zone)");
        }
    }
}
