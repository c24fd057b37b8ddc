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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every official FA(1) sample upgrades, through FA(2), to a valid FA(3) invoice (our structure and rules,
 * and the official FA(3) XSD), with the decisions it needs answered by
 * src/test/resources/upgrade/fa1-answers.json; every entry points into the FA(1) document read.
 */
class UpgradeFa1SamplesTest {
    private static InvoiceMapper mapper() {
        return InvoiceMapper.builder().context(ValidationContext.builder().clock(UpgradeFa2SamplesTest.CLOCK)
                .schemaDirectory(KsefFiles.dir()).build()).build();
    }

    static Stream<Path> samples() {
        return KsefFiles.samples(1).stream();
    }

    static UpgradeAnswers answersFor(Path sample) throws IOException {
        try (InputStream in = UpgradeFa1SamplesTest.class.getResourceAsStream("/upgrade/fa1-answers.json")) {
            JsonNode all = new ObjectMapper().readTree(in);
            JsonNode mine = all.get(sample.getFileName().toString());
            return mine == null ? UpgradeAnswers.none()
                    : UpgradeAnswers.fromJson(mine.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyOfficialFa1SampleUpgradesToAValidFa3InvoiceWithItsDecisionsAnswered(Path sample) throws IOException {
        UpgradeResult result = InvoiceUpgrader.of(mapper()).upgrade(Files.readAllBytes(sample), answersFor(sample));
        assertEquals("FA(1)", result.sourceFormat());
        assertEquals("FA(3)", result.document().format().name());
        assertTrue(result.isComplete(), () -> "upgrade errors: " + result.issues());
        assertTrue(result.validation().ran(ValidationLayer.OFFICIAL_SCHEMA), "the official FA(3) XSD ran");
        assertEquals(List.of(), result.validation().errors(), "FA(3) errors");
        assertTrue(result.isValid());
        assertEquals(List.of(), OfficialXsd.errors(3, result.document().toXml()));
    }

    /**
     * Sample 4's trade names, answered per location: the Ministry's FA(2) version of the case joins the
     * factor's to its name and uses the carrier's alone.
     */
    @org.junit.jupiter.api.Test
    void sample4sTradeNamesAreAppendedOrUsedAsAnsweredPerLocation() throws IOException {
        Path sample = KsefFiles.samples(1).stream().filter(p -> p.getFileName().toString().equals("Przykład 4.xml"))
                .findFirst().orElseThrow();
        UpgradeResult result = InvoiceUpgrader.of(mapper()).upgrade(Files.readAllBytes(sample), answersFor(sample));
        String xml = new String(result.document().toXml(), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<Nazwa>Bank Bankowości Bankowej S. A. (BBB Faktoring)</Nazwa>"), xml);
        assertTrue(xml.contains("<Nazwa>Jan Nowak Transport</Nazwa>"), xml);
        assertTrue(result.entries().stream().filter(e -> e.ruleId().equals("UPG-1-2-005"))
                .allMatch(e -> e.answeredBy() == UpgradeEntry.AnsweredBy.LOCATION));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyEntryOfAnUpgradedFa1SamplePointsIntoTheFa1DocumentAndTheResult(Path sample) throws IOException {
        InvoiceDocument source = mapper().read(sample);
        UpgradeResult result = InvoiceUpgrader.of(mapper()).upgrade(source, answersFor(sample));
        assertTrue(result.entries().stream().anyMatch(e -> e.ruleId().equals("UPG-1-2-002")), "the FA(1) step ran");
        assertTrue(result.entries().stream().anyMatch(e -> e.ruleId().equals("UPG-2-3-002")), "the FA(2) step ran");
        for (UpgradeEntry e : result.entries()) {
            assertTrue(UpgradeLocations.xpathExists(source, e.sourceXpath()), () -> "source " + e);
            assertTrue(UpgradeLocations.pointerExists(source, e.sourcePointer()), () -> "source pointer " + e);
            assertTrue(UpgradeLocations.xpathExists(result.document(), e.targetXpath()), () -> "target " + e);
            assertTrue(UpgradeLocations.pointerExists(result.document(), e.targetPointer()), () -> "target pointer " + e);
        }
    }
}
