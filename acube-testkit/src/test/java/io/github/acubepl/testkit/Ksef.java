package io.github.acubepl.testkit;

import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.OfficialSchema;
import io.github.acubepl.mapping.ValidationContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * The shared mapper of the FA(1) tests and shortcuts to {@link OfficialFiles}, the one helper that
 * finds the official KSeF files (skipped with a message without them, failing under {@code CI=true}).
 */
final class Ksef {
    /** A clock at the end of {@link Fa1Arbitraries#DEFAULT_TODAY} in Warsaw, so no generated invoice is "future". */
    static final Clock CLOCK = Clock.fixed(Fa1Arbitraries.DEFAULT_TODAY.atTime(23, 0)
            .atZone(ZoneId.of("Europe/Warsaw")).toInstant(), ZoneId.of("Europe/Warsaw"));

    /** The mapper under test: every plug-in, a fixed clock, no XSD pass. */
    static final InvoiceMapper MAPPER = InvoiceMapper.builder()
            .context(ValidationContext.builder().clock(CLOCK).build())
            .build();

    private Ksef() {
    }

    /** The {@code ksef} folder. */
    static Path dir() {
        return OfficialFiles.dir();
    }

    /** The FA(1) schema folder. */
    static Path fa1SchemaDir() {
        return OfficialFiles.schemaFolder(1);
    }

    /** The FA(1) official schema, compiled once. */
    static OfficialSchema fa1Schema() {
        return OfficialFiles.schema(1);
    }

    /** The FA(1) samples, sorted by name. */
    static List<Path> fa1Samples() {
        return OfficialFiles.samples(1);
    }

    /** The official schema of FA({@code version}), compiled once. */
    static OfficialSchema schema(int version) {
        return OfficialFiles.schema(version);
    }

    /** The samples of FA({@code version}), sorted by name. */
    static List<Path> samples(int version) {
        return OfficialFiles.samples(version);
    }
}
