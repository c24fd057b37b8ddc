package io.github.acubepl.model.internal;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * Binds {@code xsd:dateTime} values with a time zone to {@link OffsetDateTime}. A value without a
 * zone cannot be bound (it is never given a zone silently); the reader reports it.
 * Not part of the API; public only because JAXB instantiates it.
 */
public final class OffsetDateTimeAdapter extends XmlAdapter<String, OffsetDateTime> {
    @Override
    public @Nullable OffsetDateTime unmarshal(@Nullable String value) {
        return value == null ? null : OffsetDateTime.parse(value.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    @Override
    public @Nullable String marshal(@Nullable OffsetDateTime value) {
        return value == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
    }
}
