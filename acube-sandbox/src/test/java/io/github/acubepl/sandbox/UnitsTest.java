package io.github.acubepl.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Known answers and small pieces: CRC-8, KSeF numbers, property paths, path globs, the manual clock. */
class UnitsTest {
    @Test
    void crc8KnownAnswers() {
        assertEquals(0xF4, KsefNumbers.crc8("123456789"), "CRC-8 (poly 0x07, init 0) check value");
        assertEquals(0xE4, KsefNumbers.crc8("5555555555-20250828-010080615740"), "the KSeF 2.0 example number");
        assertTrue(KsefNumbers.isValid("5555555555-20250828-010080615740-E4"));
        assertFalse(KsefNumbers.isValid("5555555555-20250828-010080615740-E5"));
        assertFalse(KsefNumbers.isValid("5555555555-20250828-010080615740-e4"));
    }

    @Test
    void ksefNumberFormat() {
        String n = KsefNumbers.of("5830147261", LocalDate.of(2026, 12, 1), "00AB00CD00EF");
        assertTrue(n.startsWith("5830147261-20261201-00AB00CD00EF-"), n);
        assertTrue(KsefNumbers.isValid(n), n);
        assertEquals(LifecycleTest.crc8Hex(n.substring(0, 32)), n.substring(33));
        assertThrows(IllegalArgumentException.class, () -> KsefNumbers.of("583014726", LocalDate.of(2026, 1, 1), "00AB00CD00EF"));
    }

    @Test
    void propertyPathsFromJsonPointers() {
        assertEquals("fa.faWiersze.faWiersz.1.p12", PropertyPaths.fromJsonPointer("/Fa/FaWiersze/FaWiersz/1/P_12"));
        assertEquals("podmiot1.daneIdentyfikacyjne.nip", PropertyPaths.fromJsonPointer("/Podmiot1/DaneIdentyfikacyjne/NIP"));
        assertEquals("fa.p15", PropertyPaths.fromJsonPointer("/Fa/P_15"));
        assertEquals("fa.p131", PropertyPaths.fromJsonPointer("/Fa/P_13_1"));
        assertEquals("fa.adnotacje.ppMarzy", PropertyPaths.fromJsonPointer("/Fa/Adnotacje/P_PMarzy"));
        assertEquals("naglowek.kodFormularza.kodSystemowy", PropertyPaths.fromJsonPointer("/Naglowek/KodFormularza/kodSystemowy"));
        assertEquals("naglowek.kodFormularza.value", PropertyPaths.fromJsonPointer("/Naglowek/KodFormularza/__value"));
        assertEquals("podmiot1.telefon.0", PropertyPaths.fromJsonPointer("/Podmiot1/Telefon/0"));
        assertEquals("a/b.c~d", PropertyPaths.fromJsonPointer("/a~1b/c~0d"));
        assertEquals("", PropertyPaths.fromJsonPointer(""));
        assertEquals("nrKSeF", PropertyPaths.lowerCamel("NrKSeF"));
    }

    @Test
    void pathGlobs() {
        PathPattern one = PathPattern.of("/invoices/*/upo");
        assertTrue(one.matches("/invoices/abc/upo"));
        assertFalse(one.matches("/invoices/a/b/upo"));
        PathPattern any = PathPattern.of("/invoices/**");
        assertTrue(any.matches("/invoices/a/b"));
        assertFalse(any.matches("/invoices"));
        assertTrue(PathPattern.of("/invoices**").matches("/invoices"));
        assertTrue(PathPattern.of("/a.b+c").matches("/a.b+c"));
        assertFalse(PathPattern.of("/a.b").matches("/axb"));
        assertTrue(PathPattern.methodMatches("*", "DELETE"));
        assertTrue(PathPattern.methodMatches("post", "POST"));
    }

    @Test
    void manualClockRunsDueStepsInTimeOrderAtTheirOwnTime() {
        SandboxClock.Manual clock = SandboxClock.manual(Instant.parse("2031-01-01T00:00:00Z"));
        List<String> log = new ArrayList<>();
        try (SandboxTimer timer = clock.newTimer("t")) {
            timer.schedule(clock.instant().plusSeconds(5), () -> log.add("b@" + clock.instant().getEpochSecond() % 60));
            timer.schedule(clock.instant().plusSeconds(2), () -> {
                log.add("a@" + clock.instant().getEpochSecond() % 60);
                timer.schedule(clock.instant().plusSeconds(1), () -> log.add("a2@" + clock.instant().getEpochSecond() % 60));
            });
            timer.schedule(clock.instant().plusSeconds(5), () -> log.add("c@" + clock.instant().getEpochSecond() % 60));
            timer.schedule(clock.instant().plusSeconds(9), () -> log.add("late"));
            clock.advance(Duration.ofSeconds(1));
            assertTrue(log.isEmpty());
            clock.advance(Duration.ofSeconds(5));
            assertEquals(List.of("a@2", "a2@3", "b@5", "c@5"), log);
            assertEquals(Instant.parse("2031-01-01T00:00:06Z"), clock.instant());
            assertEquals(1, clock.pendingSteps());
            timer.schedule(clock.instant(), () -> log.add("now"));
            clock.advance(Duration.ZERO);
            assertEquals("now", log.get(log.size() - 1));
        }
        assertEquals(0, clock.pendingSteps(), "closing the timer drops its steps");
        assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> clock.advanceTo(Instant.parse("2030-01-01T00:00:00Z")));
        clock.advanceTo(Instant.parse("2031-06-01T00:00:00Z"));
        assertEquals(Instant.parse("2031-06-01T00:00:00Z"), clock.asClock().instant());
    }

    @Test
    void aFailingStepDoesNotStopTheOthers() {
        SandboxClock.Manual clock = SandboxClock.manual(Instant.parse("2031-01-01T00:00:00Z"));
        List<String> log = new ArrayList<>();
        try (SandboxTimer timer = clock.newTimer("t")) {
            timer.schedule(clock.instant().plusSeconds(1), () -> {
                throw new IllegalStateException("step bug");
            });
            timer.schedule(clock.instant().plusSeconds(2), () -> log.add("ran"));
            clock.advance(Duration.ofSeconds(3));
        }
        assertEquals(List.of("ran"), log);
    }

    @Test
    void delays() {
        KsefDelays d = KsefDelays.defaults();
        assertEquals(Duration.ofSeconds(2), d.toProcessing());
        assertEquals(Duration.ofSeconds(2), d.toOutcome());
        assertEquals(Duration.ofSeconds(1), d.toUpo());
        assertEquals(Duration.ofSeconds(4), d.toDecision());
        assertEquals(Duration.ofSeconds(5), d.total());
    }
}
