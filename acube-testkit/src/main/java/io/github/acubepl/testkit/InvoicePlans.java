package io.github.acubepl.testkit;

import io.github.acubepl.testkit.internal.PlanGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * jqwik arbitraries of {@link InvoicePlan}s: every invoice kind, PLN and foreign currencies, every
 * tax treatment, margin and OSS lines, corrections with up to 60 corrected invoices, up to 100 third
 * parties, payments, transport, attachments, and every optional part of a plan in some plans.
 * Amounts are consistent (the assemblers compute totals from the lines), NIPs and Polish account
 * numbers carry correct check digits, KSeF numbers match the schema's pattern and, from 1 February
 * 2026 (KSeF 2.0), carry their CRC-8. The assembled documents carry no business-rule error.
 *
 * <p>Issue dates lie between {@link #EARLIEST_ISSUE_DATE} (FA(3) became mandatory in KSeF) and the
 * date of {@code now}; creation times are at or before {@code now}. Nothing reads the system clock:
 * without an argument {@code now} is {@link #DEFAULT_NOW}.
 *
 * <p>Plans are drawn from jqwik's random source, so a property run is reproduced by its seed, but
 * they do not shrink: a failing plan is reported as generated. Turn a plan into a document with an
 * {@link InvoiceAssembler}, or use {@link Fa2Arbitraries} and {@link Fa3Arbitraries}.
 */
public final class InvoicePlans {
    /** The creation time used when none is given: the end of {@link Fa1Arbitraries#DEFAULT_TODAY} (UTC). */
    public static final Instant DEFAULT_NOW = Fa1Arbitraries.DEFAULT_TODAY.atTime(23, 0).toInstant(
            java.time.ZoneOffset.UTC);

    /** The earliest issue date generated: 1 February 2026. */
    public static final LocalDate EARLIEST_ISSUE_DATE = PlanGenerator.EARLIEST;

    private InvoicePlans() {
    }

    /** Plans created at or before {@link #DEFAULT_NOW}. */
    public static Arbitrary<InvoicePlan> plans() {
        return plans(DEFAULT_NOW);
    }

    /**
     * Plans created at or before {@code now}.
     *
     * @param now the latest creation time; its date (UTC) must not be before {@link #EARLIEST_ISSUE_DATE}
     */
    public static Arbitrary<InvoicePlan> plans(Instant now) {
        PlanGenerator generator = new PlanGenerator(Objects.requireNonNull(now, "now"));
        return Arbitraries.randomValue(generator::plan);
    }
}
