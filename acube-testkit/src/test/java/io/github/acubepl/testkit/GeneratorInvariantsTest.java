package io.github.acubepl.testkit;

import io.github.acubepl.model.fa1.Adnotacje;
import io.github.acubepl.model.fa1.Fa;
import io.github.acubepl.model.fa1.FaWiersz;
import io.github.acubepl.model.fa1.FaWiersze;
import io.github.acubepl.model.fa1.Faktura;
import io.github.acubepl.model.fa1.KodWaluty;
import io.github.acubepl.model.fa1.Obciazenia;
import io.github.acubepl.model.fa1.Odliczenia;
import io.github.acubepl.model.fa1.PlatnosciCzesciowe;
import io.github.acubepl.model.fa1.Podmiot2K;
import io.github.acubepl.model.fa1.Podmiot3;
import io.github.acubepl.model.fa1.RodzajFaktury;
import io.github.acubepl.model.fa1.Rozliczenie;
import io.github.acubepl.model.fa1.StawkaPodatku;
import io.github.acubepl.model.fa1.Wybor1_2;
import io.github.acubepl.model.fa1.ZamowienieWiersz;
import io.github.acubepl.testkit.internal.SecureXml;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.Property;
import org.apache.commons.validator.routines.IBANValidator;
import org.w3c.dom.NodeList;

/**
 * The rules of §15 of the FA structure reference (FA(1)), checked on generated invoices by code
 * written here, independently of {@code acube-mapping}'s business rules, so that the generator is
 * known to be right even while those rules are being written.
 */
@Domain(Fa1Domain.class)
@Domain(DomainContext.Global.class)
class GeneratorInvariantsTest {
    private static final Set<RodzajFaktury> CORRECTIONS = Set.of(RodzajFaktury.KOR, RodzajFaktury.KOR_ZAL,
            RodzajFaktury.KOR_ROZ);


    @Property(tries = 1000)
    void generatedInvoicesKeepTheBusinessRules(@ForAll Faktura invoice) {
        List<String> problems = new ArrayList<>();
        check(invoice, problems);
        if (!problems.isEmpty()) {
            throw new AssertionError("the generated invoice breaks:\n  " + String.join("\n  ", problems));
        }
    }

    static void check(Faktura f, List<String> p) {
        Fa fa = f.getFa();
        RodzajFaktury kind = fa.getRodzajFaktury();
        boolean pln = fa.getKodWaluty() == KodWaluty.PLN;
        Adnotacje a = fa.getAdnotacje();
        boolean margin = a.getP_PMarzy() == Wybor1_2.YES;

        // NIPs and accounts, wherever they occur
        NodeList nips = SecureXml.parse(Ksef.MAPPER.toXml(f)).getElementsByTagNameNS("*", "NIP");
        for (int i = 0; i < nips.getLength(); i++) {
            String nip = nips.item(i).getTextContent();
            expect(Fa1ArbitrariesTest.nipChecks(nip) && nip.chars().distinct().count() > 1, "NIP " + nip, p);
        }
        NodeList accounts = SecureXml.parse(Ksef.MAPPER.toXml(f)).getElementsByTagNameNS("*", "NrRBPL");
        for (int i = 0; i < accounts.getLength(); i++) {
            String nrb = accounts.item(i).getTextContent();
            expect(IBANValidator.getInstance().isValid("PL" + nrb), "FA-BANK-001 NrRBPL " + nrb, p);
        }

        // dates
        expect(!fa.getP_1().isAfter(Fa1Arbitraries.DEFAULT_TODAY), "FA-DATE-001 P_1 " + fa.getP_1(), p);
        if (fa.getOkresFa() != null) {
            expect(!fa.getOkresFa().getP_6_Od().isAfter(fa.getOkresFa().getP_6_Do()), "FA-DATE-002", p);
        }
        FaWiersze block = fa.getFaWiersze();
        List<FaWiersz> lines = block == null ? List.of() : block.getFaWiersz();
        for (FaWiersz w : lines) {
            expect(fa.getP_6() == null || w.getP_6A() == null, "FA-DATE-003 P_6 with P_6A", p);
        }

        // lines: numbering, control totals, currency rate
        Set<Long> numbers = new HashSet<>();
        Set<BigDecimal> rates = new HashSet<>();
        BigDecimal sum11 = BigDecimal.ZERO;
        BigDecimal sum11a = BigDecimal.ZERO;
        Map<Integer, BigDecimal> byGroup = new TreeMap<>();
        Map<Integer, Set<Integer>> percents = new TreeMap<>();
        boolean oo = false;
        boolean zw = false;
        for (FaWiersz w : lines) {
            expect(numbers.add(w.getNrWierszaFa()), "FA-LINE-001 NrWierszaFa " + w.getNrWierszaFa(), p);
            sum11 = sum11.add(w.getP_11() == null ? BigDecimal.ZERO : w.getP_11());
            sum11a = sum11a.add(w.getP_11A() == null ? BigDecimal.ZERO : w.getP_11A());
            if (w.getKursWaluty() != null) {
                rates.add(w.getKursWaluty());
            }
            expect(!margin || w.getP_12() == null, "FA-ADN-003 margin line with P_12", p);
            if (w.getP_12() != null && w.getP_11() != null) {
                int g = group(w.getP_12());
                byGroup.merge(g, w.getP_11(), BigDecimal::add);
                percents.computeIfAbsent(g, x -> new HashSet<>()).add(percent(w.getP_12()));
            }
            oo |= w.getP_12() == StawkaPodatku.REVERSE_CHARGE;
            zw |= w.getP_12() == StawkaPodatku.EXEMPT;
        }
        if (block != null) {
            expect(block.getLiczbaWierszyFaktury() == lines.size(), "FA-SUM-004 LiczbaWierszyFaktury", p);
            if (block.getWartoscWierszyFaktury1() != null) {
                expect(block.getWartoscWierszyFaktury1().compareTo(sum11) == 0, "FA-SUM-004 WartoscWierszyFaktury1", p);
            } else {
                expect(block.getWartoscWierszyFaktury2().compareTo(sum11a) == 0, "FA-SUM-004 WartoscWierszyFaktury2", p);
            }
        }
        for (ZamowienieWiersz z : fa.getZamowienie() == null ? List.<ZamowienieWiersz>of()
                : fa.getZamowienie().getZamowienieWiersz()) {
            oo |= z.getP_12Z() == StawkaPodatku.REVERSE_CHARGE;
            zw |= z.getP_12Z() == StawkaPodatku.EXEMPT;
            if (z.getKursWalutyZ() != null) {
                rates.add(z.getKursWalutyZ());
            }
        }
        expect(rates.size() <= 1, "one exchange rate on every line, found " + rates, p);
        expect(pln == rates.isEmpty(), "FA-CUR-002 KursWaluty iff foreign currency", p);

        // totals per rate (FA-SUM-001, -002) for VAT, KOR and UPR with lines carrying P_11 and P_12
        BigDecimal[] p13 = {null, fa.getP_13_1(), fa.getP_13_2(), fa.getP_13_3(), fa.getP_13_4(), fa.getP_13_5(),
            fa.getP_13_6(), fa.getP_13_7()};
        BigDecimal[] p14 = {null, fa.getP_14_1(), fa.getP_14_2(), fa.getP_14_3(), fa.getP_14_4(), fa.getP_14_5()};
        BigDecimal[] p14w = {null, fa.getP_14_1W(), fa.getP_14_2W(), fa.getP_14_3W(), fa.getP_14_4W()};
        boolean allRated = !lines.isEmpty();
        for (FaWiersz w : lines) {
            allRated &= w.getP_11() != null && w.getP_12() != null;
        }
        if (allRated && (kind == RodzajFaktury.VAT || kind == RodzajFaktury.KOR || kind == RodzajFaktury.UPR)) {
            for (int g = 1; g <= 7; g++) {
                BigDecimal expected = byGroup.get(g);
                expect(Objects.equals(expected == null ? null : expected.stripTrailingZeros(),
                        p13[g] == null ? null : p13[g].stripTrailingZeros()) || expected != null && p13[g] != null
                        && expected.compareTo(p13[g]) == 0, "FA-SUM-001 P_13_" + g + " " + p13[g] + " vs Σ " + expected, p);
                if (g <= 4 && expected != null) {
                    expect(percents.get(g).size() == 1, "one rate in group " + g + ": " + percents.get(g), p);
                    BigDecimal vat = p13[g].multiply(BigDecimal.valueOf(percents.get(g).iterator().next()))
                            .divide(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
                    expect(vat.compareTo(p14[g]) == 0, "FA-SUM-002 P_14_" + g + " " + p14[g] + " vs " + vat, p);
                }
            }
        }
        if (!margin) {
            BigDecimal total = BigDecimal.ZERO;
            for (int g = 1; g <= 7; g++) {
                total = total.add(p13[g] == null ? BigDecimal.ZERO : p13[g]);
            }
            for (int g = 1; g <= 5; g++) {
                total = total.add(p14[g] == null ? BigDecimal.ZERO : p14[g]);
            }
            expect(total.compareTo(fa.getP_15()) == 0, "FA-SUM-003 P_15 " + fa.getP_15() + " vs " + total, p);
        } else {
            expect(p13[1] == null && p13[5] == null && p13[7] == null, "margin invoice with totals", p);
            expect((sum11.signum() != 0 ? sum11 : sum11a).compareTo(fa.getP_15()) == 0, "margin P_15", p);
        }
        for (int g = 1; g <= 4; g++) {
            if (pln) {
                expect(p14w[g] == null, "FA-CUR-002 P_14_" + g + "W in PLN", p);
            } else if (p14[g] != null && p14[g].signum() != 0) {
                expect(p14w[g] != null, "FA-CUR-001 P_14_" + g + "W missing", p);
                BigDecimal rate = rates.iterator().next();
                expect(p14w[g] != null && p14w[g].compareTo(p14[g].multiply(rate).setScale(2, RoundingMode.HALF_UP))
                        == 0, "FA-CUR-003 P_14_" + g + "W", p);
            }
        }

        // annotations
        zw |= fa.getP_13_7() != null;
        expect(!oo || a.getP_18() == Wybor1_2.YES, "FA-ADN-001 oo without P_18", p);
        expect(zw == (a.getP_19() == Wybor1_2.YES), "FA-ADN-002 exempt content vs P_19", p);
        int bases = (a.getP_19A() != null ? 1 : 0) + (a.getP_19B() != null ? 1 : 0) + (a.getP_19C() != null ? 1 : 0);
        expect((a.getP_19() == Wybor1_2.YES) == (bases == 1) && bases <= 1, "FA-ADN-002 P_19A/B/C", p);
        expect((a.getP_22() == Wybor1_2.YES) == (a.getP_22A() != null), "FA-ADN-003 P_22", p);
        int types = (a.getP_PMarzy_2() != null ? 1 : 0) + (a.getP_PMarzy_3_1() != null ? 1 : 0)
                + (a.getP_PMarzy_3_2() != null ? 1 : 0) + (a.getP_PMarzy_3_3() != null ? 1 : 0);
        expect(margin == (types == 1) && types <= 1, "FA-ADN-003 P_PMarzy", p);
        expect(a.getP_18A() == Wybor1_2.NO || pln && fa.getP_15().compareTo(new BigDecimal("15000")) > 0,
                "FA-ADN-005 P_18A", p);
        expect(a.getP_16() == Wybor1_2.NO && a.getP_17() == Wybor1_2.NO && a.getP_23() == Wybor1_2.NO,
                "P_16, P_17, P_23 are 2", p);

        // settlement and payment
        BigDecimal due = fa.getP_15();
        Rozliczenie r = fa.getRozliczenie();
        if (r != null) {
            BigDecimal charges = BigDecimal.ZERO;
            for (Obciazenia o : r.getObciazenia()) {
                charges = charges.add(o.getKwota());
            }
            BigDecimal deductions = BigDecimal.ZERO;
            for (Odliczenia o : r.getOdliczenia()) {
                deductions = deductions.add(o.getKwota());
            }
            expect(r.getSumaObciazen() == null ? r.getObciazenia().isEmpty() : r.getSumaObciazen().compareTo(charges) == 0,
                    "FA-SUM-005 SumaObciazen", p);
            expect(r.getSumaOdliczen() == null ? r.getOdliczenia().isEmpty() : r.getSumaOdliczen().compareTo(deductions) == 0,
                    "FA-SUM-005 SumaOdliczen", p);
            BigDecimal balance = fa.getP_15().add(charges).subtract(deductions);
            if (r.getDoZaplaty() != null) {
                expect(r.getDoZaplaty().compareTo(balance) == 0, "FA-SUM-005 DoZaplaty", p);
                due = r.getDoZaplaty();
            }
            if (r.getDoRozliczenia() != null) {
                expect(r.getDoRozliczenia().compareTo(balance.negate()) == 0, "DoRozliczenia", p);
            }
        }
        if (fa.getPlatnosc() != null && !fa.getPlatnosc().getPlatnosciCzesciowe().isEmpty()) {
            BigDecimal paid = BigDecimal.ZERO;
            for (PlatnosciCzesciowe c : fa.getPlatnosc().getPlatnosciCzesciowe()) {
                paid = paid.add(c.getKwotaZaplatyCzesciowej());
            }
            expect(due.signum() > 0 && paid.compareTo(due) <= 0, "FA-SUM-006 partial payments " + paid + " > " + due, p);
        }

        // parties
        BigDecimal shares = BigDecimal.ZERO;
        Set<String> buyerNips = new HashSet<>();
        buyerNips.add(f.getPodmiot2().getDaneIdentyfikacyjne().getNIP());
        for (Podmiot3 t : f.getPodmiot3()) {
            shares = shares.add(t.getUdzial() == null ? BigDecimal.ZERO : t.getUdzial());
            buyerNips.add(t.getDaneIdentyfikacyjne().getNIP());
        }
        expect(shares.compareTo(BigDecimal.valueOf(100)) <= 0, "FA-PTY-002 Σ Udzial " + shares, p);

        // kinds
        boolean correction = CORRECTIONS.contains(kind);
        boolean block2 = fa.getPrzyczynaKorekty() != null || fa.getTypKorekty() != null
                || !fa.getDaneFaKorygowanej().isEmpty() || fa.getOkresFaKorygowanej() != null
                || fa.getNrFaKorygowany() != null || fa.getPodmiot1K() != null || !fa.getPodmiot2K().isEmpty();
        expect(correction == block2, "FA-KOR-001/003 correction block on " + kind, p);
        if (correction) {
            expect(!fa.getDaneFaKorygowanej().isEmpty() && fa.getPrzyczynaKorekty() != null
                    && fa.getTypKorekty() != null, "FA-KOR-001/002", p);
            if (fa.getPodmiot1K() != null) {
                expect(fa.getPodmiot1K().getDaneIdentyfikacyjne().getNIP()
                        .equals(f.getPodmiot1().getDaneIdentyfikacyjne().getNIP()), "FA-KOR-005 Podmiot1K", p);
            }
            for (Podmiot2K k : fa.getPodmiot2K()) {
                String nip = k.getDaneIdentyfikacyjne().getNIP();
                expect(nip == null || buyerNips.contains(nip), "FA-KOR-005 Podmiot2K " + nip, p);
            }
        }
        boolean advance = kind == RodzajFaktury.ZAL || kind == RodzajFaktury.KOR_ZAL;
        expect(advance == (fa.getZamowienie() != null), "FA-ZAL-001 Zamowienie on " + kind, p);
        if (fa.getZamowienie() != null) {
            BigDecimal value = BigDecimal.ZERO;
            for (ZamowienieWiersz z : fa.getZamowienie().getZamowienieWiersz()) {
                value = value.add(z.getP_11NettoZ()).add(z.getP_11VatZ());
            }
            expect(fa.getZamowienie().getLiczbaWierszyZamowienia() == fa.getZamowienie().getZamowienieWiersz().size(),
                    "FA-SUM-004 LiczbaWierszyZamowienia", p);
            expect(value.compareTo(fa.getZamowienie().getWartoscZamowienia()) == 0, "FA-ZAL-002 WartoscZamowienia", p);
        }
        expect(kind != RodzajFaktury.ROZ || !fa.getNrFaZaliczkowej().isEmpty(), "FA-ROZ-001", p);
        expect(kind != RodzajFaktury.UPR || pln && fa.getP_15().compareTo(new BigDecimal("450")) <= 0,
                "FA-UPR-001 P_15 " + fa.getP_15(), p);
    }

    private static int group(StawkaPodatku s) {
        switch (s) {
            case RATE_23:
            case RATE_22:
                return 1;
            case RATE_8:
            case RATE_7:
                return 2;
            case RATE_5:
                return 3;
            case RATE_4:
            case RATE_3:
            case REVERSE_CHARGE:
                return 4;
            case NOT_TAXABLE_IN_POLAND:
                return 5;
            case RATE_0:
                return 6;
            default:
                return 7;
        }
    }

    private static int percent(StawkaPodatku s) {
        return s == StawkaPodatku.REVERSE_CHARGE || s == StawkaPodatku.NOT_TAXABLE_IN_POLAND || s == StawkaPodatku.RATE_0
                || s == StawkaPodatku.EXEMPT ? 0 : Integer.parseInt(s.value());
    }

    private static void expect(boolean condition, String what, List<String> problems) {
        if (!condition) {
            problems.add(what);
        }
    }
}
