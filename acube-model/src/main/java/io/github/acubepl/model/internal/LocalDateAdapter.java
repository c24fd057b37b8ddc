package io.github.acubepl.model.internal;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Binds {@code xsd:date} values without a time zone (the FA schemas forbid one) to {@link LocalDate}.
 * Not part of the API; public only because JAXB instantiates it.
 */
public final class LocalDateAdapter extends XmlAdapter<String, LocalDate> {
    @Override
    public @Nullable LocalDate unmarshal(@Nullable String value) {
        return value == null ? null : LocalDate.parse(value.strip());
    }

    @Override
    public @Nullable String marshal(@Nullable LocalDate value) {
        return value == null ? null : value.toString();
    }
}
