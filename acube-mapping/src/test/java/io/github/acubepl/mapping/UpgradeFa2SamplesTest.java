package io.github.acubepl.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Comparison;
import org.xmlunit.diff.ComparisonType;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.Difference;

/**
 * Every official FA(2) sample upgrades to a valid FA(3) invoice (our structure and rules, and the
 * official FA(3) XSD), with the decisions it needs answered by src/test/resources/upgrade/fa2-answers.json;
 * and the upgrade of FA(2) sample n differs from the Ministry's FA(3) sample n, the same business case,
 * only in the differences listed here, each with its reason.
 */
class UpgradeFa2SamplesTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2031-03-14T09:26:53Z"), ZoneOffset.UTC);
    private static final String UPGRADE_TIME = "2031-03-14T09:26:53Z";

    private static InvoiceMapper mapper() {
        return InvoiceMapper.builder()
                .context(ValidationContext.builder().clock(CLOCK).schemaDirectory(KsefFiles.dir()).build()).build();
    }

    static Stream<Path> samples() {
        return KsefFiles.samples(2).stream();
    }

    static UpgradeAnswers answersFor(Path sample) throws IOException {
        try (InputStream in = UpgradeFa2SamplesTest.class.getResourceAsStream("/upgrade/fa2-answers.json")) {
            JsonNode all = new ObjectMapper().readTree(in);
            JsonNode mine = all.get(sample.getFileName().toString());
            return mine == null ? UpgradeAnswers.none()
                    : UpgradeAnswers.fromJson(mine.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    static UpgradeResult upgrade(Path sample) throws IOException {
        return InvoiceUpgrader.of(mapper()).upgrade(Files.readAllBytes(sample), answersFor(sample));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyOfficialFa2SampleUpgradesToAValidFa3InvoiceWithItsDecisionsAnswered(Path sample) throws IOException {
        UpgradeResult result = upgrade(sample);
        assertEquals("FA(3)", result.document().format().name());
        assertTrue(result.isComplete(), () -> "upgrade errors: " + result.issues());
        assertTrue(result.openDecisions().isEmpty(), () -> "open: " + result.openDecisions());
        assertTrue(result.validation().ran(ValidationLayer.OFFICIAL_SCHEMA), "the official FA(3) XSD ran");
        assertEquals(List.of(), result.validation().errors(), "FA(3) errors");
        assertTrue(result.isValid());
        // an independent oracle: the JDK validator on the bytes, against the official FA(3) XSD
        assertEquals(List.of(), OfficialXsd.errors(3, result.document().toXml()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyEntryOfAnUpgradedSamplePointsAtALocationThatExists(Path sample) throws IOException {
        InvoiceDocument source = mapper().read(sample);
        UpgradeResult result = InvoiceUpgrader.of(mapper()).upgrade(source, answersFor(sample));
        assertTrue(result.entries().size() >= 6, "namespace, code, variant, date, JST, GV at least");
        for (UpgradeEntry e : result.entries()) {
            assertTrue(UpgradeLocations.xpathExists(source, e.sourceXpath()), () -> "source " + e);
            assertTrue(UpgradeLocations.pointerExists(source, e.sourcePointer()), () -> "source pointer " + e);
            assertTrue(UpgradeLocations.xpathExists(result.document(), e.targetXpath()), () -> "target " + e);
            assertTrue(UpgradeLocations.pointerExists(result.document(), e.targetPointer()), () -> "target pointer " + e);
        }
    }

    // ------------------------------------------------------------------------------- the Ministry's FA(3) samples

    /** Why the Ministry's FA(3) sample of a case differs from our upgrade of its FA(2) sample. */
    private record Expected(ComparisonType type, String xpath, String fa3, String upgraded, String reason) {
    }

    private static final String YEARS = "the Ministry republished the case for FA(3) with every year 2022 moved to 2026";
    private static final String CREATED = "DataWytworzeniaFa before 2025-09-01 is defaulted to the time of the upgrade "
            + "(UPG-2-3-004); the Ministry wrote its own";

    /** The differences of sample n besides those of {@link #YEARS} (listed by {@link #yearShifted}) and {@link #CREATED}. */
    private static Map<Integer, List<Expected>> others() {
        Map<Integer, List<Expected>> m = new LinkedHashMap<>();
        m.put(4, List.of(new Expected(ComparisonType.TEXT_VALUE, "/Faktura[1]/Naglowek[1]/SystemInfo[1]/text()[1]",
                "SamploFaktur", "Samplofaktur", "the Ministry corrected the capital F of its generator's name")));
        String platnosc = "/Faktura[1]/Fa[1]/Platnosc[1]";
        String terms = platnosc + "/TerminPlatnosci[1]";
        String rewritten = "the Ministry rewrote the FA(3) case's payment term as 30 days from receipt (a structured "
                + "TerminOpis, new in FA(3)) instead of the FA(2) case's date 2022-03-15: data the FA(2) invoice has not";
        m.put(8, List.of(
                new Expected(ComparisonType.TEXT_VALUE, "/Faktura[1]/Fa[1]/P_1[1]/text()[1]", "2026-02-27", "2022-01-27",
                        "the Ministry moved this case's issue date by a month as well as four years"),
                new Expected(ComparisonType.CHILD_NODELIST_LENGTH, platnosc + "/ZaplataCzesciowa[1]", "3", "2",
                        "FA(3) adds a payment form per partial payment; the FA(3) case gives one, the FA(2) invoice "
                                + "cannot have it"),
                new Expected(ComparisonType.CHILD_LOOKUP, platnosc + "/ZaplataCzesciowa[1]/FormaPlatnosci[1]",
                        "{http://crd.gov.pl/wzor/2025/06/25/13775/}FormaPlatnosci", "null", "the same payment form"),
                new Expected(ComparisonType.CHILD_NODELIST_LENGTH, terms + "/TerminOpis[1]", "3", "1", rewritten),
                new Expected(ComparisonType.ELEMENT_TAG_NAME, terms + "/TerminOpis[1]", "TerminOpis", "Termin", rewritten),
                new Expected(ComparisonType.CHILD_LOOKUP, terms + "/TerminOpis[1]/Ilosc[1]",
                        "{http://crd.gov.pl/wzor/2025/06/25/13775/}Ilosc", "null", rewritten),
                new Expected(ComparisonType.CHILD_LOOKUP, terms + "/TerminOpis[1]/Jednostka[1]",
                        "{http://crd.gov.pl/wzor/2025/06/25/13775/}Jednostka", "null", rewritten),
                new Expected(ComparisonType.CHILD_LOOKUP, terms + "/TerminOpis[1]/ZdarzeniePoczatkowe[1]",
                        "{http://crd.gov.pl/wzor/2025/06/25/13775/}ZdarzeniePoczatkowe", "null", rewritten),
                new Expected(ComparisonType.CHILD_LOOKUP, terms + "/Termin[1]/text()[1]", "null", "#text", rewritten)));
        String margin = "the FA(2) case flags the leasing invoice as a margin scheme for used goods (P_PMarzy, "
                + "P_PMarzy_3_1; ksef-fa-structure.md §15 FA-ADN-004 lists it as an exception); the Ministry's FA(3) case "
                + "says no margin (P_PMarzyN); the upgrade keeps what the source says";
        String pmarzy = "/Faktura[1]/Fa[1]/Adnotacje[1]/PMarzy[1]";
        m.put(9, List.of(
                new Expected(ComparisonType.CHILD_NODELIST_LENGTH, pmarzy, "1", "2", margin),
                new Expected(ComparisonType.ELEMENT_TAG_NAME, pmarzy + "/P_PMarzyN[1]", "P_PMarzyN", "P_PMarzy", margin),
                new Expected(ComparisonType.CHILD_LOOKUP, pmarzy + "/P_PMarzy_3_1[1]", "null",
                        "{http://crd.gov.pl/wzor/2025/06/25/13775/}P_PMarzy_3_1", margin)));
        return m;
    }

    /** The values that differ only by the year 2022 → 2026 in sample n (XPaths below /Faktura[1], text()[1] left out). */
    private static Map<Integer, List<String>> yearShifted() {
        Map<Integer, List<String>> m = new LinkedHashMap<>();
        List<String> corrected = List.of("Fa[1]/DaneFaKorygowanej[1]/DataWystFaKorygowanej[1]",
                "Fa[1]/DaneFaKorygowanej[1]/NrFaKorygowanej[1]");
        m.put(1, List.of("Fa[1]/P_1[1]", "Fa[1]/P_2[1]", "Fa[1]/P_6[1]", "Fa[1]/Platnosc[1]/DataZaplaty[1]",
                "Fa[1]/WarunkiTransakcji[1]/Zamowienia[1]/DataZamowienia[1]"));
        m.put(2, concat(List.of("Fa[1]/P_1[1]", "Fa[1]/P_2[1]", "Fa[1]/P_6[1]"), corrected));
        m.put(3, concat(List.of("Fa[1]/P_1[1]", "Fa[1]/P_2[1]", "Fa[1]/P_6[1]"), corrected));
        m.put(4, List.of("Fa[1]/P_1[1]", "Fa[1]/P_2[1]", "Fa[1]/WZ[1]", "Fa[1]/FaWiersz[1]/P_6A[1]",
                "Fa[1]/FaWiersz[2]/P_6A[1]", "Fa[1]/FaWiersz[3]/P_6A[1]", "Fa[1]/Platnosc[1]/TerminPlatnosci[1]/Termin[1]",
                "Fa[1]/WarunkiTransakcji[1]/Zamowienia[1]/DataZamowienia[1]", "Fa[1]/WarunkiTransakcji[1]/NrPartiiTowaru[1]"));
        m.put(5, concat(List.of("Fa[1]/P_1[1]", "Fa[1]/P_2[1]"), corrected));
        List<String> period = new ArrayList<>(List.of("Fa[1]/P_1[1]", "Fa[1]/P_2[1]", "Fa[1]/PrzyczynaKorekty[1]"));
        for (int i = 1; i <= 6; i++) {
            period.add("Fa[1]/DaneFaKorygowanej[" + i + "]/DataWystFaKorygowanej[1]");
            period.add("Fa[1]/DaneFaKorygowanej[" + i + "]/NrFaKorygowanej[1]");
        }
        period.add("Fa[1]/OkresFaKorygowanej[1]");
        m.put(6, period);
        m.put(7, period);
        m.put(8, List.of("Fa[1]/P_2[1]", "Fa[1]/P_6[1]", "Fa[1]/Platnosc[1]/ZaplataCzesciowa[1]/DataZaplatyCzesciowej[1]"));
        m.put(9, List.of("Fa[1]/P_1[1]", "Fa[1]/P_2[1]", "Fa[1]/OkresFa[1]/P_6_Od[1]", "Fa[1]/OkresFa[1]/P_6_Do[1]",
                "Fa[1]/FaWiersz[1]/P_7[1]", "Fa[1]/FaWiersz[2]/P_7[1]", "Fa[1]/Platnosc[1]/TerminPlatnosci[1]/Termin[1]"));
        m.put(10, List.of("Fa[1]/P_1[1]", "Fa[1]/P_2[1]", "Fa[1]/P_6[1]", "Fa[1]/Platnosc[1]/DataZaplaty[1]"));
        for (int n = 11; n <= 13; n++) {
            m.put(n, concat(List.of("Fa[1]/P_1[1]", "Fa[1]/P_2[1]", "Fa[1]/P_6[1]"), corrected));
        }
        // 14: the moved TerminOpis texts are keyed 'W terminie <Termin>' by the Ministry too (answer DodatkowyOpis)
        m.put(14, List.of("Fa[1]/P_1[1]", "Fa[1]/P_2[1]", "Fa[1]/P_6[1]", "Fa[1]/DodatkowyOpis[2]/Klucz[1]",
                "Fa[1]/DodatkowyOpis[3]/Klucz[1]", "Fa[1]/Platnosc[1]/TerminPlatnosci[1]/Termin[1]",
                "Fa[1]/Platnosc[1]/TerminPlatnosci[2]/Termin[1]"));
        m.put(15, List.of("Fa[1]/P_1[1]", "Fa[1]/P_2[1]", "Fa[1]/P_6[1]"));
        m.put(16, List.of("Fa[1]/P_1[1]", "Fa[1]/P_2[1]", "Fa[1]/P_6[1]"));
        return m;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static int number(Path sample) {
        String name = sample.getFileName().toString();
        return Integer.parseInt(name.substring(name.lastIndexOf('_') + 1, name.length() - 4));
    }

    private static Path fa3Sample(int n) {
        for (Path p : KsefFiles.samples(3)) {
            if (number(p) == n) {
                return p;
            }
        }
        throw new AssertionError("no FA(3) sample " + n);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void anUpgradedSampleDiffersFromTheMinistrysFa3SampleOfTheSameCaseOnlyAsExplained(Path sample) throws IOException {
        int n = number(sample);
        UpgradeResult result = upgrade(sample);
        Diff diff = DiffBuilder.compare(Files.readAllBytes(fa3Sample(n))).withTest(result.document().toXml())
                .ignoreWhitespace().ignoreComments().checkForSimilar().build();
        List<String> years = new ArrayList<>();
        for (String x : yearShifted().get(n)) {
            years.add("/Faktura[1]/" + x + "/text()[1]");
        }
        List<Expected> others = new ArrayList<>(others().getOrDefault(n, List.of()));
        List<String> unexplained = new ArrayList<>();
        boolean created = false;
        for (Difference d : diff.getDifferences()) {
            Comparison c = d.getComparison();
            String control = c.getControlDetails().getXPath();
            String fa3 = String.valueOf(c.getControlDetails().getValue());
            String upgraded = String.valueOf(c.getTestDetails().getValue());
            if (c.getType() == ComparisonType.TEXT_VALUE && years.remove(control)) {
                assertEquals(fa3, upgraded.replace("2022", "2026"), YEARS + ": " + control);
                continue;
            }
            if (c.getType() == ComparisonType.TEXT_VALUE
                    && "/Faktura[1]/Naglowek[1]/DataWytworzeniaFa[1]/text()[1]".equals(control)) {
                assertEquals(UPGRADE_TIME, upgraded, CREATED);
                created = true;
                continue;
            }
            Expected match = null;
            for (Expected e : others) {
                String xpath = control != null ? control : c.getTestDetails().getXPath();
                if (e.type() == c.getType() && e.xpath().equals(xpath) && e.fa3().equals(fa3)
                        && e.upgraded().equals(upgraded)) {
                    match = e;
                }
            }
            if (match != null) {
                others.remove(match);
            } else {
                unexplained.add(c.getType() + " at " + control + " / " + c.getTestDetails().getXPath() + ": FA(3) sample '"
                        + fa3 + "', upgraded '" + upgraded + "'");
            }
        }
        assertEquals(List.of(), unexplained, "differences nobody explained");
        assertEquals(List.of(), years, "year-shifted values listed but not different");
        assertEquals(List.of(), others, "differences listed but not found");
        assertTrue(created, CREATED);
    }

    @Test
    void everyUpgradedFa2SampleAndEveryFa3SampleHaveTheSameNumbering() {
        for (Path sample : KsefFiles.samples(2)) {
            assertTrue(Files.isRegularFile(fa3Sample(number(sample))), "FA(3) sample " + number(sample));
            assertTrue(yearShifted().containsKey(number(sample)), "the year-shifted values of sample " + number(sample));
        }
        assertEquals(16, KsefFiles.samples(2).size(), "the Ministry published 16 FA(2) samples");
    }
}
