package io.github.acubepl.mapping;

import static io.github.acubepl.mapping.Fa1Fixtures.amount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.model.fa1.DaneFaKorygowanej;
import io.github.acubepl.model.fa1.DaneIdentyfikacyjne;
import io.github.acubepl.model.fa1.DaneIdentyfikacyjnePodatnika;
import io.github.acubepl.model.fa1.Fa;
import io.github.acubepl.model.fa1.FaWiersz;
import io.github.acubepl.model.fa1.Faktura;
import io.github.acubepl.model.fa1.KodWaluty;
import io.github.acubepl.model.fa1.OkresFa;
import io.github.acubepl.model.fa1.PlatnosciCzesciowe;
import io.github.acubepl.model.fa1.Podmiot1K;
import io.github.acubepl.model.fa1.Podmiot3;
import io.github.acubepl.model.fa1.RachunekBankowy;
import io.github.acubepl.model.fa1.RodzajFaktury;
import io.github.acubepl.model.fa1.RolaPodmiotu3;
import io.github.acubepl.model.fa1.StawkaPodatku;
import io.github.acubepl.model.fa1.TypKorekty;
import io.github.acubepl.model.fa1.Wybor1;
import io.github.acubepl.model.fa1.Wybor1_2;
import io.github.acubepl.model.fa1.Zamowienie;
import io.github.acubepl.model.fa1.ZamowienieWiersz;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every business rule: a valid invoice broken in exactly one way must raise exactly that rule
 * (FA-TECH-002, which every FA(1) invoice carries, aside).
 */
class Fa1BusinessRulesTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2031-03-14T09:26:53Z"), ZoneOffset.UTC);
    private static final String ALWAYS = "FA-TECH-002";

    private final InvoiceMapper mapper = InvoiceMapper.builder()
            .context(ValidationContext.builder().clock(CLOCK).build())
            .build();

    private Set<String> ruleIds(ValidationReport report) {
        return report.issues().stream().map(ValidationIssue::ruleId).filter(id -> !id.equals(ALWAYS))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<String> ruleIds(Faktura invoice) {
        return ruleIds(mapper.validateModel(invoice));
    }

    @Test
    void theFixtureIsValidWithOnlyTheFa1Warning() {
        ValidationReport report = mapper.validateModel(Fa1Fixtures.validInvoice());
        assertEquals(Set.of(), ruleIds(report), report.issues()::toString);
        assertEquals(List.of(ALWAYS), report.issues().stream().map(ValidationIssue::ruleId).collect(Collectors.toList()));
        assertTrue(report.isValid());
    }

    @Test
    void theFixtureIsValidPerTheOfficialXsd() {
        assertEquals(List.of(), OfficialXsd.errorsFa1(mapper.toXml(Fa1Fixtures.validInvoice())));
    }

    static Stream<Arguments> brokenInvoices() {
        return Stream.of(
                broken("FA-NIP-001", "buyer NIP with a wrong check digit",
                        f -> f.getPodmiot2().getDaneIdentyfikacyjne().setNIP("9512345676")),
                broken("FA-NIP-001", "third party NIP with a wrong check digit",
                        f -> f.getPodmiot3().get(0).getDaneIdentyfikacyjne().setNIP("3625123454")),
                broken("FA-DATE-001", "issue date tomorrow", f -> f.getFa().setP_1(LocalDate.parse("2031-03-15"))),
                broken("FA-DATE-002", "period ends before it starts", f -> {
                    f.getFa().setOkresFa(OkresFa.builder().p_6_Od(LocalDate.parse("2026-11-10"))
                            .p_6_Do(LocalDate.parse("2026-11-01")).build());
                }),
                broken("FA-DATE-003", "P_6 together with a line date P_6A",
                        f -> line(f, 0).setP_6A(LocalDate.parse("2026-11-18"))),
                broken("FA-CUR-001", "EUR invoice without VAT in PLN", f -> f.getFa().setKodWaluty(KodWaluty.EUR)),
                broken("FA-CUR-002", "PLN invoice with VAT in PLN", f -> f.getFa().setP_14_1W(amount("230.00"))),
                broken("FA-CUR-003", "EUR invoice whose VAT in PLN does not match the rate", f -> {
                    f.getFa().setKodWaluty(KodWaluty.EUR);
                    for (FaWiersz l : f.getFa().getFaWiersze().getFaWiersz()) {
                        l.setKursWaluty(amount("4.2500"));
                    }
                    f.getFa().setP_14_1W(amount("977.50"));
                    f.getFa().setP_14_2W(amount("60.00"));
                }),
                broken("FA-SUM-001", "a line's net changed without its group total", f -> {
                    line(f, 1).setP_11(amount("250.00"));
                    f.getFa().getFaWiersze().setWartoscWierszyFaktury1(amount("1250.00"));
                }),
                broken("FA-SUM-002", "VAT of the 23 % group miscomputed", f -> {
                    f.getFa().setP_14_1(amount("250.00"));
                    f.getFa().setP_15(amount("1466.00"));
                    f.getFa().getRozliczenie().setDoZaplaty(amount("1470.00"));
                }),
                broken("FA-SUM-003", "P_15 does not add up", f -> {
                    f.getFa().setP_15(amount("1500.00"));
                    f.getFa().getRozliczenie().setDoZaplaty(amount("1504.00"));
                }),
                broken("FA-SUM-004", "LiczbaWierszyFaktury off by one",
                        f -> f.getFa().getFaWiersze().setLiczbaWierszyFaktury(4L)),
                broken("FA-SUM-004", "WartoscWierszyFaktury1 is not the sum of P_11",
                        f -> f.getFa().getFaWiersze().setWartoscWierszyFaktury1(amount("1199.99"))),
                broken("FA-SUM-005", "DoZaplaty ignores the deduction",
                        f -> f.getFa().getRozliczenie().setDoZaplaty(amount("1456.00"))),
                broken("FA-SUM-005", "SumaOdliczen is not the sum of Odliczenia",
                        f -> f.getFa().getRozliczenie().setSumaOdliczen(amount("7.00"))),
                broken("FA-SUM-006", "partial payments exceed the amount due",
                        f -> f.getFa().getPlatnosc().addPlatnosciCzesciowe(PlatnosciCzesciowe.builder()
                                .kwotaZaplatyCzesciowej(amount("1000.00"))
                                .dataZaplatyCzesciowej(LocalDate.parse("2026-11-21")).build())),
                broken("FA-LINE-001", "two lines numbered 2", f -> line(f, 2).setNrWierszaFa(2L)),
                broken("FA-LINE-002", "a settlement invoice with an 8 % line and no P_13_2", f -> {
                    settlement(f);
                    removeGroup2(f);
                }),
                broken("FA-LINE-003", "a settlement invoice with an exempt line and no P_13_7", f -> {
                    settlement(f);
                    removeGroup2(f);
                    line(f, 2).setP_12(StawkaPodatku.EXEMPT);
                    exempt(f);
                }),
                broken("FA-ADN-001", "reverse charge without P_18 = 1", f -> {
                    removeGroup2(f);
                    line(f, 2).setP_12(StawkaPodatku.REVERSE_CHARGE);
                    f.getFa().setP_13_4(amount("200.00"));
                    f.getFa().setP_14_4(amount("0.00"));
                    f.getFa().setP_15(amount("1430.00"));
                    f.getFa().getRozliczenie().setDoZaplaty(amount("1434.00"));
                }),
                broken("FA-ADN-002", "P_19 = 1 without exempt sales", f -> exempt(f)),
                broken("FA-ADN-002", "exempt sales with P_19 = 2", f -> exemptLine(f)),
                broken("FA-ADN-002", "P_19 = 1 without its legal basis", f -> {
                    exemptLine(f);
                    f.getFa().getAdnotacje().setP_19(Wybor1_2.YES);
                }),
                broken("FA-ADN-003", "P_22 = 1 without the means of transport",
                        f -> f.getFa().getAdnotacje().setP_22(Wybor1_2.YES)),
                broken("FA-ADN-003", "P_PMarzy = 2 with a margin type",
                        f -> f.getFa().getAdnotacje().setP_PMarzy_3_1(Wybor1.YES)),
                broken("FA-ADN-004", "margin scheme but the lines carry VAT rates", f -> {
                    f.getFa().getAdnotacje().setP_PMarzy(Wybor1_2.YES);
                    f.getFa().getAdnotacje().setP_PMarzy_3_1(Wybor1.YES);
                }),
                broken("FA-ADN-005", "split payment on a small invoice",
                        f -> f.getFa().getAdnotacje().setP_18A(Wybor1_2.YES)),
                broken("FA-KOR-001", "a correction without the corrected invoice",
                        f -> f.getFa().setRodzajFaktury(RodzajFaktury.KOR)),
                broken("FA-KOR-002", "a correction without its reason", f -> {
                    correction(f);
                    f.getFa().setPrzyczynaKorekty(null);
                }),
                broken("FA-KOR-003", "a VAT invoice carrying correction data", f -> {
                    correction(f);
                    f.getFa().setRodzajFaktury(RodzajFaktury.VAT);
                }),
                broken("FA-KOR-005", "Podmiot1K with another seller NIP", f -> {
                    correction(f);
                    f.getFa().setPodmiot1K(Podmiot1K.builder()
                            .daneIdentyfikacyjne(DaneIdentyfikacyjnePodatnika.company("1134567895", "Inna sp. z o.o."))
                            .adres(Fa1Fixtures.address("Nowa", "Łódź", "90-001")).build());
                }),
                broken("FA-ZAL-001", "an advance invoice without the order",
                        f -> f.getFa().setRodzajFaktury(RodzajFaktury.ZAL)),
                broken("FA-ZAL-002", "an order value that is not the sum of its lines", f -> {
                    f.getFa().setRodzajFaktury(RodzajFaktury.ZAL);
                    f.getFa().setZamowienie(order("1000.00"));
                }),
                broken("FA-ROZ-001", "a settlement invoice without its advance invoices",
                        f -> f.getFa().setRodzajFaktury(RodzajFaktury.ROZ)),
                broken("FA-UPR-001", "a simplified invoice over 450 PLN", f -> f.getFa().setRodzajFaktury(RodzajFaktury.UPR)),
                broken("FA-PTY-002", "third-party shares over 100 %", f -> f.addPodmiot3(Podmiot3.builder()
                        .daneIdentyfikacyjne(DaneIdentyfikacyjne.company("5250007738", "Trzeci Nabywca S.A."))
                        .adres(Fa1Fixtures.address("Krótka", "Poznań", "60-001"))
                        .rola(RolaPodmiotu3.ADDITIONAL_BUYER).udzial(amount("60")).build())),
                broken("FA-BANK-001", "a Polish account number with a wrong checksum",
                        f -> f.getFa().getPlatnosc().getRachunekBankowy().get(0)
                                .setNrRBPL("61102010260000042270201111")),
                broken("FA-BANK-002", "a foreign IBAN with a wrong checksum",
                        f -> f.getFa().getPlatnosc().addRachunekBankowy(RachunekBankowy.builder()
                                .nrRBZagr("DE00500105175407324931").SWIFT("INGDDEFFXXX").build())));
    }

    private static Arguments broken(String ruleId, String how, Consumer<Faktura> breakIt) {
        return Arguments.of(ruleId, how, breakIt);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("brokenInvoices")
    void breakingOneRuleRaisesExactlyThatRule(String ruleId, String how, Consumer<Faktura> breakIt) {
        Faktura invoice = Fa1Fixtures.validInvoice();
        breakIt.accept(invoice);
        assertEquals(List.of(), OfficialXsd.errorsFa1(mapper.toXml(invoice)),
                "the broken invoice must stay valid per the official XSD");
        ValidationReport report = mapper.validateModel(invoice);
        assertEquals(Set.of(ruleId), ruleIds(report), report.issues()::toString);
        for (ValidationIssue issue : report.issues(ruleId)) {
            assertFalse(issue.messageEn().isBlank());
            assertFalse(issue.messagePl().isBlank());
            assertTrue(issue.xpath().startsWith("/Faktura"), issue.xpath());
        }
    }

    @Test
    void everyBusinessRuleIsCovered() {
        Set<String> tested = new HashSet<>();
        brokenInvoices().forEach(a -> tested.add((String) a.get()[0]));
        tested.addAll(List.of("FA-TECH-001", "FA-TECH-002", "FA-DUP-001"));
        Set<String> business = mapper.format("FA(1)").orElseThrow().rules().stream()
                .filter(r -> r.category() == ValidationRule.Category.BUSINESS).map(ValidationRule::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(business, new TreeSet<>(tested));
    }

    /**
     * Today is the injected clock's, which is years from the real date: an issue date between the two
     * shows at once whether a rule reads the system clock instead.
     */
    @Test
    void anIssueDateOfTheInjectedTodayIsNotInTheFuture() {
        Faktura f = Fa1Fixtures.validInvoice();
        f.getFa().setP_1(LocalDate.ofInstant(CLOCK.instant(), java.time.ZoneId.of("Europe/Warsaw")));
        assertEquals(Set.of(), ruleIds(mapper.validateModel(f)));
    }

    @Test
    void duplicateInvoiceNumberOfOneSellerIsFoundInABatch() {
        InvoiceMapper batch = InvoiceMapper.builder()
                .context(ValidationContext.builder().clock(CLOCK).registry(InvoiceKeyRegistry.inMemory()).build())
                .build();
        assertEquals(Set.of(), ruleIds(batch.validateModel(Fa1Fixtures.validInvoice())));
        ValidationReport second = batch.validateModel(Fa1Fixtures.validInvoice());
        assertEquals(Set.of("FA-DUP-001"), ruleIds(second));
        assertEquals("/Fa/P_2", second.issues("FA-DUP-001").get(0).jsonPointer());
    }

    @Test
    void everyFa1InvoiceCarriesTheEnvironmentWarning() {
        ValidationReport report = mapper.validateModel(Fa1Fixtures.validInvoice());
        ValidationIssue w = report.issues("FA-TECH-002").get(0);
        assertEquals(Severity.WARNING, w.severity());
        assertEquals("/Naglowek/KodFormularza/kodSystemowy", w.jsonPointer());
    }

    static Stream<Arguments> technicallyBrokenFiles() {
        return Stream.of(
                Arguments.of("a byte order mark", (java.util.function.UnaryOperator<String>) x -> "\uFEFF" + x),
                Arguments.of("another declared encoding", (java.util.function.UnaryOperator<String>) x ->
                        x.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-2\"").replace("ł", "l").replace("ą", "a")
                                .replace("ż", "z").replace("ó", "o").replace("ę", "e").replace("ś", "s")
                                .replace("ł", "l").replace("Ł", "L").replace("ć", "c").replace("ń", "n")),
                Arguments.of("a processing instruction", (java.util.function.UnaryOperator<String>) x ->
                        x.replace("<Naglowek>", "<?render fancy?><Naglowek>")),
                Arguments.of("a discouraged character", (java.util.function.UnaryOperator<String>) x ->
                        x.replace("Regał magazynowy", "Regał\u0080magazynowy")),
                Arguments.of("more than 1,000,000 bytes", (java.util.function.UnaryOperator<String>) x ->
                        x.replace("<Naglowek>", " ".repeat(1_000_001) + "<Naglowek>")));
    }

    @ParameterizedTest(name = "FA-TECH-001: {0}")
    @MethodSource("technicallyBrokenFiles")
    void technicalFileRules(String how, java.util.function.UnaryOperator<String> breakIt) {
        String xml = new String(mapper.toXml(Fa1Fixtures.validInvoice()), StandardCharsets.UTF_8);
        String broken = breakIt.apply(xml);
        java.nio.charset.Charset charset = broken.contains("ISO-8859-2") ? java.nio.charset.Charset.forName("ISO-8859-2")
                : StandardCharsets.UTF_8;
        byte[] bytes = broken.getBytes(charset);
        assertEquals(List.of(), OfficialXsd.errorsFa1(bytes), "still valid per the official XSD");
        ValidationReport report = mapper.validate(bytes);
        assertEquals(Set.of("FA-TECH-001"), ruleIds(report), report.issues()::toString);
    }

    @Test
    void aZonelessCreationTimeIsKeptInConversionsAndFlaggedForTheModel() {
        String xml = new String(mapper.toXml(Fa1Fixtures.validInvoice()), StandardCharsets.UTF_8)
                .replace("2026-11-20T10:15:00Z", "2026-11-20T10:15:00");
        InvoiceDocument doc = mapper.read(xml.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), OfficialXsd.errorsFa1(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals(Set.of("FA-MODEL-001"), ruleIds(mapper.validate(doc)));
        assertTrue(new String(doc.toJson(), StandardCharsets.UTF_8).contains("\"2026-11-20T10:15:00\""));
    }

    // ----------------------------------------------------------------------------------- helpers

    private static FaWiersz line(Faktura f, int index) {
        return f.getFa().getFaWiersze().getFaWiersz().get(index);
    }

    /** Turns the invoice into a settlement invoice, which is exempt from the line-sum rule. */
    private static void settlement(Faktura f) {
        f.getFa().setRodzajFaktury(RodzajFaktury.ROZ);
        f.getFa().addNrFaZaliczkowej("FZ/2026/10/007");
    }

    /** Drops the 8 % totals and adjusts P_15 and DoZaplaty. */
    private static void removeGroup2(Faktura f) {
        Fa fa = f.getFa();
        fa.setP_13_2(null);
        fa.setP_14_2(null);
        fa.setP_15(amount("1230.00"));
        fa.getRozliczenie().setDoZaplaty(amount("1234.00"));
    }

    /** Makes the 8 % line exempt, with its total in P_13_7 (Adnotacje left as they are). */
    private static void exemptLine(Faktura f) {
        removeGroup2(f);
        line(f, 2).setP_12(StawkaPodatku.EXEMPT);
        f.getFa().setP_13_7(amount("200.00"));
        f.getFa().setP_15(amount("1430.00"));
        f.getFa().getRozliczenie().setDoZaplaty(amount("1434.00"));
    }

    private static void exempt(Faktura f) {
        f.getFa().getAdnotacje().setP_19(Wybor1_2.YES);
        f.getFa().getAdnotacje().setP_19A("art. 43 ust. 1 pkt 14 ustawy");
    }

    /** Turns the invoice into a complete correction. */
    private static void correction(Faktura f) {
        f.getFa().setRodzajFaktury(RodzajFaktury.KOR);
        f.getFa().setPrzyczynaKorekty("zmiana ceny");
        f.getFa().setTypKorekty(TypKorekty.fromValue("2"));
        f.getFa().addDaneFaKorygowanej(DaneFaKorygowanej.builder().dataWystFaKorygowanej(LocalDate.parse("2026-10-01"))
                .nrFaKorygowanej("FV/2026/10/001").nrKSeFFaKorygowanej("5261040828-20261001-0A1B2C-3D4E5F-01").build());
    }

    private static Zamowienie order(String declared) {
        return Zamowienie.builder().liczbaWierszyZamowienia(1L).wartoscZamowienia(amount(declared))
                .addZamowienieWiersz(ZamowienieWiersz.builder().nrWierszaZam(1L).p_7Z("Regał")
                        .p_11NettoZ(amount("1000.00")).p_11VatZ(amount("230.00")).p_12Z(StawkaPodatku.RATE_23).build())
                .build();
    }
}
