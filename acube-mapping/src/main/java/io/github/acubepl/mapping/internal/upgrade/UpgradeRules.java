package io.github.acubepl.mapping.internal.upgrade;

import static io.github.acubepl.mapping.UpgradeEntry.Kind.DEFAULTED;
import static io.github.acubepl.mapping.UpgradeEntry.Kind.MECHANICAL;
import static io.github.acubepl.mapping.UpgradeEntry.Kind.NEEDS_DECISION;

import io.github.acubepl.mapping.UpgradeEntry;
import java.util.List;

/**
 * The table of every upgrade rule, in one place: ids, kinds, titles and an example each, from which
 * a page of the rules can be generated as docs/validation-rules.md is from the validation rules.
 * An FA(1) → FA(2) step adds its rows here with ids {@code UPG-1-2-nnn}.
 */
public final class UpgradeRules {
    private UpgradeRules() {
    }

    private static UpgradeRule rule(String id, UpgradeEntry.Kind kind, String title, String titlePl, String before,
            String after, String... answers) {
        return new UpgradeRule(id, "FA(2)", "FA(3)", kind, title, titlePl, before, after, List.of(answers));
    }

    static final UpgradeRule NAMESPACE = rule("UPG-2-3-001", MECHANICAL,
            "Every FA(2) element moves to the FA(3) namespace; a prefix bound to the FA(2) namespace is bound to "
                    + "the FA(3) one, and an xsi:schemaLocation naming FA(2) names FA(3)",
            "Każdy element FA(2) przechodzi do przestrzeni nazw FA(3), tak samo prefiksy i xsi:schemaLocation",
            "<Faktura xmlns=\"http://crd.gov.pl/wzor/2023/06/29/12648/\">",
            "<Faktura xmlns=\"http://crd.gov.pl/wzor/2025/06/25/13775/\">");
    static final UpgradeRule SYSTEM_CODE = rule("UPG-2-3-002", MECHANICAL,
            "KodFormularza/@kodSystemowy becomes FA (3); @wersjaSchemy stays 1-0E",
            "KodFormularza/@kodSystemowy zmienia się na FA (3); @wersjaSchemy pozostaje 1-0E",
            "<KodFormularza kodSystemowy=\"FA (2)\" wersjaSchemy=\"1-0E\">FA</KodFormularza>",
            "<KodFormularza kodSystemowy=\"FA (3)\" wersjaSchemy=\"1-0E\">FA</KodFormularza>");
    static final UpgradeRule VARIANT = rule("UPG-2-3-003", MECHANICAL,
            "WariantFormularza becomes 3", "WariantFormularza zmienia się na 3",
            "<WariantFormularza>2</WariantFormularza>", "<WariantFormularza>3</WariantFormularza>");
    static final UpgradeRule CREATED = rule("UPG-2-3-004", DEFAULTED,
            "DataWytworzeniaFa before 2025-09-01T00:00:00Z, which FA(3) does not accept, becomes the time of the "
                    + "upgrade (the clock of the validation context, to the second, UTC): the FA(3) file is made then; "
                    + "a later one is kept",
            "DataWytworzeniaFa sprzed 2025-09-01T00:00:00Z, której FA(3) nie przyjmuje, staje się chwilą konwersji "
                    + "(zegar kontekstu walidacji, co do sekundy, UTC): wtedy powstaje plik FA(3); późniejsza "
                    + "pozostaje",
            "<DataWytworzeniaFa>2022-02-15T09:30:47Z</DataWytworzeniaFa>",
            "<DataWytworzeniaFa>2031-03-14T09:26:53Z</DataWytworzeniaFa>");
    static final UpgradeRule JST_FROM_ROLE = rule("UPG-2-3-005", MECHANICAL,
            "Podmiot2/JST, required in FA(3), is 1 when a Podmiot3 has Rola 8 (a JST unit receiving the invoice)",
            "Podmiot2/JST, wymagany w FA(3), to 1, gdy Podmiot3 ma Rola 8 (jednostka JST - odbiorca)",
            "<Podmiot3>…<Rola>8</Rola></Podmiot3>", "<Podmiot2>…<JST>1</JST>…</Podmiot2>");
    static final UpgradeRule JST_DEFAULT = rule("UPG-2-3-006", DEFAULTED,
            "Podmiot2/JST, required in FA(3), is 2 (no) when no Podmiot3 has Rola 8: JST = 1 would require one",
            "Podmiot2/JST, wymagany w FA(3), to 2 (nie), gdy żaden Podmiot3 nie ma Rola 8: JST = 1 by jej wymagał",
            "<Podmiot2>…<NrKlienta>X</NrKlienta></Podmiot2>",
            "<Podmiot2>…<NrKlienta>X</NrKlienta><JST>2</JST><GV>2</GV></Podmiot2>");
    static final UpgradeRule GV_FROM_ROLE = rule("UPG-2-3-007", MECHANICAL,
            "Podmiot2/GV, required in FA(3), is 1 when a Podmiot3 has Rola 10 (a VAT group member receiving the "
                    + "invoice)",
            "Podmiot2/GV, wymagany w FA(3), to 1, gdy Podmiot3 ma Rola 10 (członek grupy VAT - odbiorca)",
            "<Podmiot3>…<Rola>10</Rola></Podmiot3>", "<Podmiot2>…<GV>1</GV></Podmiot2>");
    static final UpgradeRule GV_DEFAULT = rule("UPG-2-3-008", DEFAULTED,
            "Podmiot2/GV, required in FA(3), is 2 (no) when no Podmiot3 has Rola 10: GV = 1 would require one",
            "Podmiot2/GV, wymagany w FA(3), to 2 (nie), gdy żaden Podmiot3 nie ma Rola 10: GV = 1 by jej wymagał",
            "<Podmiot2>…<IDNabywcy>1</IDNabywcy></Podmiot2>",
            "<Podmiot2>…<IDNabywcy>1</IDNabywcy><JST>2</JST><GV>2</GV></Podmiot2>");
    static final UpgradeRule ZERO_CERTAIN = rule("UPG-2-3-010", MECHANICAL,
            "A 0 rate (P_12, P_12Z) becomes 0 KR, 0 WDT or 0 EX when the totals decide it: the only one of "
                    + "P_13_6_1/P_13_6_2/P_13_6_3 present, or the only split of the lines whose P_11 sums match them",
            "Stawka 0 (P_12, P_12Z) staje się 0 KR, 0 WDT lub 0 EX, gdy rozstrzygają to sumy: jedyne obecne z "
                    + "P_13_6_1/P_13_6_2/P_13_6_3 albo jedyny podział wierszy zgodny z nimi",
            "<P_12>0</P_12> … <P_13_6_2>100</P_13_6_2>", "<P_12>0 WDT</P_12>");
    static final UpgradeRule ZERO_DECISION = rule("UPG-2-3-011", NEEDS_DECISION,
            "A 0 rate (P_12, P_12Z) the totals do not decide: domestic (0 KR), intra-EU supply (0 WDT) or "
                    + "export (0 EX)?",
            "Stawka 0 (P_12, P_12Z), której sumy nie rozstrzygają: krajowa (0 KR), WDT (0 WDT) czy eksport (0 EX)?",
            "<P_12>0</P_12> … <P_13_6_1>50</P_13_6_1><P_13_6_3>50</P_13_6_3>", "<P_12>0 KR</P_12> (answer 0 KR)",
            "0 KR", "0 WDT", "0 EX");
    static final UpgradeRule NP_CERTAIN = rule("UPG-2-3-012", MECHANICAL,
            "An np rate (P_12, P_12Z) becomes np I or np II when the totals decide it: the only one of "
                    + "P_13_8/P_13_9 present, or the only split of the lines whose P_11 sums match them",
            "Stawka np (P_12, P_12Z) staje się np I lub np II, gdy rozstrzygają to sumy: jedyne obecne z "
                    + "P_13_8/P_13_9 albo jedyny podział wierszy zgodny z nimi",
            "<P_12>np</P_12> … <P_13_9>100</P_13_9>", "<P_12>np II</P_12>");
    static final UpgradeRule NP_DECISION = rule("UPG-2-3-013", NEEDS_DECISION,
            "An np rate (P_12, P_12Z) the totals do not decide: supply outside the country (np I) or services of "
                    + "art. 100(1)(4) (np II)?",
            "Stawka np (P_12, P_12Z), której sumy nie rozstrzygają: poza terytorium kraju (np I) czy usługi z "
                    + "art. 100 ust. 1 pkt 4 (np II)?",
            "<P_12>np</P_12> (no P_13_8, no P_13_9)", "<P_12>np I</P_12> (answer np I)", "np I", "np II");
    static final UpgradeRule PAID_IN_PARTS = rule("UPG-2-3-020", MECHANICAL,
            "ZnacznikZaplatyCzesciowej 1 becomes 2 (paid in full in two or more parts) when two or more "
                    + "ZaplataCzesciowa add up to the amount due (DoZaplaty, else P_15); otherwise 1 keeps its meaning",
            "ZnacznikZaplatyCzesciowej 1 staje się 2 (zapłacono w całości w częściach), gdy co najmniej dwie "
                    + "ZaplataCzesciowa sumują się do należności (DoZaplaty, inaczej P_15); inaczej 1 zachowuje sens",
            "<P_15>300</P_15> … <ZnacznikZaplatyCzesciowej>1</ZnacznikZaplatyCzesciowej> + 100 + 200",
            "<ZnacznikZaplatyCzesciowej>2</ZnacznikZaplatyCzesciowej>");
    static final UpgradeRule TERM_TEXT = rule("UPG-2-3-021", NEEDS_DECISION,
            "TerminPlatnosci/TerminOpis is free text in FA(2) and {Ilosc, Jednostka, ZdarzeniePoczatkowe} in FA(3): "
                    + "drop it, move it to a DodatkowyOpis (Klucz 'W terminie <Termin>', as the Ministry's FA(3) sample 14 does), or, when it reads "
                    + "'<number> <unit> <event>', split it into the three fields",
            "TerminPlatnosci/TerminOpis to w FA(2) dowolny tekst, a w FA(3) {Ilosc, Jednostka, ZdarzeniePoczatkowe}: "
                    + "usunąć, przenieść do DodatkowyOpis albo, gdy ma postać '<liczba> <jednostka> <zdarzenie>', "
                    + "rozdzielić na trzy pola",
            "<TerminOpis>30 dni od otrzymania faktury</TerminOpis>",
            "<TerminOpis><Ilosc>30</Ilosc><Jednostka>dni</Jednostka><ZdarzeniePoczatkowe>od otrzymania "
                    + "faktury</ZdarzeniePoczatkowe></TerminOpis> (answer structured)",
            "drop", "DodatkowyOpis", "structured");

    /** Every FA(2) → FA(3) rule, in id order. */
    static final List<UpgradeRule> FA2_TO_FA3 = List.of(NAMESPACE, SYSTEM_CODE, VARIANT, CREATED, JST_FROM_ROLE,
            JST_DEFAULT, GV_FROM_ROLE, GV_DEFAULT, ZERO_CERTAIN, ZERO_DECISION, NP_CERTAIN, NP_DECISION,
            PAID_IN_PARTS, TERM_TEXT);

    /** Every upgrade rule of every step, in id order. */
    public static List<UpgradeRule> all() {
        return FA2_TO_FA3;
    }
}
