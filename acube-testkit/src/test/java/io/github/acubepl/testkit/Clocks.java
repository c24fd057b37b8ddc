package io.github.acubepl.testkit;

import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.ValidationContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The one pinned clock of the FA(2)/FA(3) tests, years away from the real date, so that code reading
 * the system clock instead of the injected one is caught: documents are created up to it and
 * validated on it.
 */
final class Clocks {
    /** 2031-03-14T09:26:53Z. */
    static final Instant NOW = Instant.parse("2031-03-14T09:26:53Z");

    /** A clock fixed at {@link #NOW}, in Warsaw. */
    static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Warsaw"));

    /** Every plug-in, the pinned clock, no XSD pass. */
    static final InvoiceMapper MAPPER = InvoiceMapper.builder()
            .context(ValidationContext.builder().clock(CLOCK).build())
            .build();

    private Clocks() {
    }
}
