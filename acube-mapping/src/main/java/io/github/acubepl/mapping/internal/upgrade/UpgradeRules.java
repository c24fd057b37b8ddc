package io.github.acubepl.mapping.internal.upgrade;

import static io.github.acubepl.mapping.UpgradeEntry.Kind.DEFAULTED;
import static io.github.acubepl.mapping.UpgradeEntry.Kind.MECHANICAL;
import static io.github.acubepl.mapping.UpgradeEntry.Kind.NEEDS_DECISION;

import io.github.acubepl.mapping.UpgradeEntry;
import java.util.List;

/**
 * The table of every upgrade rule, in one place: ids, kinds, titles and an example each, from which
 * a page of the rules can be generated as docs/validation-rules.md is from the validation rules:
 * the FA(1) → FA(2) step's rows ({@code UPG-1-2-nnn}), then FA(2) → FA(3)'s ({@code UPG-2-3-nnn}).
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

    private static UpgradeRule rule1(String id, UpgradeEntry.Kind kind, String title, String titlePl, String before,
            String after, String... answers) {
        return new UpgradeRule(id, "FA(1)", "FA(2)", kind, title, titlePl, before, after, List.of(answers));
    }

    static final UpgradeRule FA1_NAMESPACE = rule1("UPG-1-2-001", MECHANICAL,
            "Every FA(1) element moves to the FA(2) namespace; a prefix bound to the FA(1) namespace is bound to "
                    + "the FA(2) one, and an xsi:schemaLocation naming FA(1) names FA(2)",
            "Każdy element FA(1) przechodzi do przestrzeni nazw FA(2), tak samo prefiksy i xsi:schemaLocation",
            "<Faktura xmlns=\"http://crd.gov.pl/wzor/2021/11/29/11089/\">",
            "<Faktura xmlns=\"http://crd.gov.pl/wzor/2023/06/29/12648/\">");
    static final UpgradeRule FA1_SYSTEM_CODE = rule1("UPG-1-2-002", MECHANICAL,
            "KodFormularza/@kodSystemowy becomes FA (2); @wersjaSchemy stays 1-0E",
            "KodFormularza/@kodSystemowy zmienia się na FA (2); @wersjaSchemy pozostaje 1-0E",
            "<KodFormularza kodSystemowy=\"FA (1)\" wersjaSchemy=\"1-0E\">FA</KodFormularza>",
            "<KodFormularza kodSystemowy=\"FA (2)\" wersjaSchemy=\"1-0E\">FA</KodFormularza>");
    static final UpgradeRule FA1_VARIANT = rule1("UPG-1-2-003", MECHANICAL,
            "WariantFormularza becomes 2", "WariantFormularza zmienia się na 2",
            "<WariantFormularza>1</WariantFormularza>", "<WariantFormularza>2</WariantFormularza>");
    static final UpgradeRule FA1_NAME = rule1("UPG-1-2-004", MECHANICAL,
            "A party's PelnaNazwa, or its ImiePierwsze and Nazwisko joined by one space, becomes its one Nazwa",
            "PelnaNazwa albo ImiePierwsze i Nazwisko połączone spacją stają się jednym polem Nazwa",
            "<ImiePierwsze>Jan</ImiePierwsze><Nazwisko>Kowalski</Nazwisko>", "<Nazwa>Jan Kowalski</Nazwa>");
    static final UpgradeRule FA1_TRADE_NAME = rule1("UPG-1-2-005", NEEDS_DECISION,
            "NazwaHandlowa has no place in FA(2): append it to Nazwa in parentheses, use it as Nazwa instead (replace), "
                    + "or drop it? (The Ministry's FA(2) version of FA(1) sample 4 does both: one trade name joined, one "
                    + "used alone.)",
            "NazwaHandlowa nie ma miejsca w FA(2): dopisać ją w nawiasie do Nazwa, użyć jej zamiast Nazwa (replace) "
                    + "czy usunąć?",
            "<PelnaNazwa>ABC S.A.</PelnaNazwa><NazwaHandlowa>ABC</NazwaHandlowa>",
            "<Nazwa>ABC S.A. (ABC)</Nazwa> (answer append)", "append", "replace", "drop");
    static final UpgradeRule FA1_ADDRESS = rule1("UPG-1-2-006", MECHANICAL,
            "AdresPol/AdresZagr becomes KodKraju, AdresL1 'Ulica NrDomu/NrLokalu' (the town when there is no street) "
                    + "and AdresL2 'KodPocztowy Miejscowosc', then Poczta, Wojewodztwo, Powiat, Gmina after ', '; "
                    + "GLN stays",
            "AdresPol/AdresZagr staje się KodKraju, AdresL1 'Ulica NrDomu/NrLokalu' (miejscowość, gdy brak ulicy) i "
                    + "AdresL2 'KodPocztowy Miejscowosc', dalej Poczta, Wojewodztwo, Powiat, Gmina po ', '; GLN "
                    + "pozostaje",
            "<AdresPol><KodKraju>PL</KodKraju><Ulica>Kwiatowa</Ulica><NrDomu>1</NrDomu><NrLokalu>2</NrLokalu>"
                    + "<Miejscowosc>Warszawa</Miejscowosc><KodPocztowy>00-001</KodPocztowy></AdresPol>",
            "<KodKraju>PL</KodKraju><AdresL1>Kwiatowa 1/2</AdresL1><AdresL2>00-001 Warszawa</AdresL2>");
    static final UpgradeRule FA1_CONTACT = rule1("UPG-1-2-007", MECHANICAL,
            "Email and Telefon (EmailPU, TelefonPU) move into DaneKontaktowe, one per phone, the e-mail with the first",
            "Email i Telefon (EmailPU, TelefonPU) przechodzą do DaneKontaktowe, po jednym na telefon, e-mail z "
                    + "pierwszym",
            "<Email>a@b.pl</Email><Telefon>111</Telefon><Telefon>222</Telefon>",
            "<DaneKontaktowe><Email>a@b.pl</Email><Telefon>111</Telefon></DaneKontaktowe>"
                    + "<DaneKontaktowe><Telefon>222</Telefon></DaneKontaktowe>");
    static final UpgradeRule FA1_BUYER_PREFIX = rule1("UPG-1-2-008", NEEDS_DECISION,
            "PrefiksNabywcy is gone in FA(2): make the buyer's NrID an EU VAT number (KodUE + NrVatUE), or drop the "
                    + "prefix? (only drop when there is no NrID or the prefix is PL)",
            "PrefiksNabywcy nie występuje w FA(2): zapisać NrID nabywcy jako numer VAT UE (KodUE + NrVatUE) czy "
                    + "usunąć prefiks? (tylko usunąć, gdy brak NrID lub prefiks to PL)",
            "<PrefiksNabywcy>DE</PrefiksNabywcy>…<NrID>123456789</NrID>",
            "<KodUE>DE</KodUE><NrVatUE>123456789</NrVatUE> (answer KodUE)", "KodUE", "drop");
    static final UpgradeRule FA1_ZERO_CERTAIN = rule1("UPG-1-2-009", MECHANICAL,
            "P_13_6 becomes P_13_6_1, P_13_6_2 or P_13_6_3 when every line at rate 0 has the same P_12_Procedura "
                    + "1 (domestic), 2 (intra-EU supply) or 3 (export)",
            "P_13_6 staje się P_13_6_1, P_13_6_2 lub P_13_6_3, gdy każdy wiersz ze stawką 0 ma to samo "
                    + "P_12_Procedura 1 (krajowe), 2 (WDT) lub 3 (eksport)",
            "<P_13_6>100</P_13_6> … <P_12>0</P_12><P_12_Procedura>2</P_12_Procedura>",
            "<P_13_6_2>100</P_13_6_2>");
    static final UpgradeRule FA1_ZERO_DECISION = rule1("UPG-1-2-010", NEEDS_DECISION,
            "P_13_6 the lines do not decide: domestic 0 % (P_13_6_1), intra-EU supply (P_13_6_2) or export "
                    + "(P_13_6_3)?",
            "P_13_6, którego wiersze nie rozstrzygają: krajowe 0 % (P_13_6_1), WDT (P_13_6_2) czy eksport "
                    + "(P_13_6_3)?",
            "<P_13_6>100</P_13_6> (no line says which)", "<P_13_6_3>100</P_13_6_3> (answer P_13_6_3)",
            "P_13_6_1", "P_13_6_2", "P_13_6_3");
    static final UpgradeRule FA1_SPECIAL_TOTALS = rule1("UPG-1-2-011", NEEDS_DECISION,
            "P_13_4 means only the taxi flat rate and P_13_5 only the OSS procedure in FA(2): confirm (keep) that the "
                    + "amount is that",
            "P_13_4 oznacza w FA(2) tylko ryczałt dla taksówek, a P_13_5 tylko procedurę OSS: potwierdź (keep), że "
                    + "kwota to właśnie to",
            "<P_13_4>100</P_13_4>", "<P_13_4>100</P_13_4> (answer keep)", "keep");
    static final UpgradeRule FA1_ANNOTATIONS = rule1("UPG-1-2-012", MECHANICAL,
            "P_19, P_22 and P_PMarzy move into the wrappers Zwolnienie, NoweSrodkiTransportu and PMarzy: 1 with "
                    + "its details, 2 (no) as P_19N, P_22N, P_PMarzyN = 1",
            "P_19, P_22 i P_PMarzy przechodzą do Zwolnienie, NoweSrodkiTransportu i PMarzy: 1 ze szczegółami, "
                    + "2 (nie) jako P_19N, P_22N, P_PMarzyN = 1",
            "<P_19>2</P_19>", "<Zwolnienie><P_19N>1</P_19N></Zwolnienie>");
    static final UpgradeRule FA1_CORRECTED_KSEF = rule1("UPG-1-2-013", MECHANICAL,
            "DaneFaKorygowanej/NrKSeFFaKorygowanej is preceded by the flag NrKSeF = 1",
            "DaneFaKorygowanej/NrKSeFFaKorygowanej poprzedza znacznik NrKSeF = 1",
            "<NrKSeFFaKorygowanej>…</NrKSeFFaKorygowanej>",
            "<NrKSeF>1</NrKSeF><NrKSeFFaKorygowanej>…</NrKSeFFaKorygowanej>");
    static final UpgradeRule FA1_ADVANCE = rule1("UPG-1-2-014", MECHANICAL,
            "NrFaZaliczkowej moves into FakturaZaliczkowa with NrKSeFZN = 1 (an advance invoice known by its own "
                    + "number, not a KSeF number)",
            "NrFaZaliczkowej przechodzi do FakturaZaliczkowa z NrKSeFZN = 1 (faktura zaliczkowa znana z numeru, "
                    + "nie z numeru KSeF)",
            "<NrFaZaliczkowej>FZ/1</NrFaZaliczkowej>",
            "<FakturaZaliczkowa><NrKSeFZN>1</NrKSeFZN><NrFaZaliczkowej>FZ/1</NrFaZaliczkowej></FakturaZaliczkowa>");
    static final UpgradeRule FA1_LINES = rule1("UPG-1-2-015", MECHANICAL,
            "The lines leave FaWiersze for Fa; LiczbaWierszyFaktury, WartoscWierszyFaktury1/2 and "
                    + "LiczbaWierszyZamowienia, control data FA(2) has no place for, go",
            "Wiersze przechodzą z FaWiersze do Fa; LiczbaWierszyFaktury, WartoscWierszyFaktury1/2 i "
                    + "LiczbaWierszyZamowienia, dane kontrolne, których FA(2) nie ma, są usuwane",
            "<FaWiersze><LiczbaWierszyFaktury>1</LiczbaWierszyFaktury><WartoscWierszyFaktury1>100"
                    + "</WartoscWierszyFaktury1><FaWiersz>…</FaWiersz></FaWiersze>",
            "<FaWiersz>…</FaWiersz>");
    static final UpgradeRule FA1_LINE_PROCEDURE = rule1("UPG-1-2-016", MECHANICAL,
            "A line's P_12_Procedura (P_12Z_Procedura) 6 becomes P_12_Zal_15 (P_12Z_Zal_15) = 1; the other codes go: "
                    + "in FA(2) the rate and the totals say them",
            "P_12_Procedura (P_12Z_Procedura) 6 wiersza staje się P_12_Zal_15 (P_12Z_Zal_15) = 1; pozostałe kody są "
                    + "usuwane: w FA(2) mówią to stawka i sumy",
            "<P_12_Procedura>6</P_12_Procedura>", "<P_12_Zal_15>1</P_12_Zal_15>");
    static final UpgradeRule FA1_NO_PLACE = rule1("UPG-1-2-017", NEEDS_DECISION,
            "A line's DodatkoweInfo (an order line's DodatkoweInfoZ, KursWalutyZ) has no place in FA(2): drop it, or "
                    + "keep it as a DodatkowyOpis of the invoice (NrWiersza, Klucz the element's name)?",
            "DodatkoweInfo wiersza (DodatkoweInfoZ, KursWalutyZ wiersza zamówienia) nie ma miejsca w FA(2): usunąć "
                    + "czy zachować jako DodatkowyOpis faktury (NrWiersza, Klucz - nazwa elementu)?",
            "<FaWiersz><NrWierszaFa>1</NrWierszaFa>…<DodatkoweInfo>kolor czerwony</DodatkoweInfo></FaWiersz>",
            "<DodatkowyOpis><NrWiersza>1</NrWiersza><Klucz>DodatkoweInfo</Klucz><Wartosc>kolor czerwony</Wartosc>"
                    + "</DodatkowyOpis> (answer DodatkowyOpis)",
            "drop", "DodatkowyOpis");
    static final UpgradeRule FA1_PAYMENT = rule1("UPG-1-2-018", MECHANICAL,
            "Payment elements are renamed: ZaplataCzesciowa (the flag) → ZnacznikZaplatyCzesciowej, "
                    + "PlatnosciCzesciowe → ZaplataCzesciowa, TerminyPlatnosci{TerminPlatnosci, TerminPlatnosciOpis} "
                    + "→ TerminPlatnosci{Termin, TerminOpis}",
            "Zmieniają się nazwy elementów płatności: ZaplataCzesciowa (znacznik) → ZnacznikZaplatyCzesciowej, "
                    + "PlatnosciCzesciowe → ZaplataCzesciowa, TerminyPlatnosci{TerminPlatnosci, TerminPlatnosciOpis} "
                    + "→ TerminPlatnosci{Termin, TerminOpis}",
            "<TerminyPlatnosci><TerminPlatnosci>2022-03-01</TerminPlatnosci></TerminyPlatnosci>",
            "<TerminPlatnosci><Termin>2022-03-01</Termin></TerminPlatnosci>");
    static final UpgradeRule FA1_BANK_ACCOUNT = rule1("UPG-1-2-019", MECHANICAL,
            "A bank account's NrRBPL or NrRBZagr becomes NrRB, FA(2)'s one account number",
            "NrRBPL lub NrRBZagr rachunku bankowego staje się NrRB, jedynym numerem rachunku w FA(2)",
            "<RachunekBankowy><NrRBPL>12345678901234567890123456</NrRBPL></RachunekBankowy>",
            "<RachunekBankowy><NrRB>12345678901234567890123456</NrRB></RachunekBankowy>");
    static final UpgradeRule FA1_VEHICLE_REPORT = rule1("UPG-1-2-020", NEEDS_DECISION,
            "P_22 = 1 (a new means of transport supplied within the EU) needs FA(2)'s P_42_5, which FA(1) has not: "
                    + "is there the obligation of art. 42(5) of the VAT act (1) or not (2)?",
            "P_22 = 1 (WDT nowego środka transportu) wymaga w FA(2) pola P_42_5, którego FA(1) nie ma: czy występuje "
                    + "obowiązek z art. 42 ust. 5 ustawy (1), czy nie (2)?",
            "<P_22>1</P_22><P_22A>2022-01-10</P_22A>…",
            "<NoweSrodkiTransportu><P_22>1</P_22><P_42_5>2</P_42_5><NowySrodekTransportu><P_22A>2022-01-10"
                    + "</P_22A>…</NowySrodekTransportu></NoweSrodkiTransportu> (answer 2)",
            "1", "2");
    static final UpgradeRule FA1_VEHICLE_LINE = rule1("UPG-1-2-021", MECHANICAL,
            "The details of a new means of transport move into NowySrodekTransportu, whose P_NrWierszaNST (the "
                    + "line of the supply, required in FA(2)) is the invoice's only line; with several lines the "
                    + "upgrade names none and the result fails validation until the FA(1) invoice says which",
            "Dane nowego środka transportu przechodzą do NowySrodekTransportu, którego P_NrWierszaNST (wiersz "
                    + "dostawy, wymagany w FA(2)) to jedyny wiersz faktury; przy wielu wierszach konwersja żadnego nie "
                    + "wskazuje, a wynik nie przechodzi walidacji",
            "<P_22A>2022-01-10</P_22A><P_22BMK>Marka</P_22BMK> … <FaWiersz><NrWierszaFa>1</NrWierszaFa>",
            "<NowySrodekTransportu><P_22A>2022-01-10</P_22A><P_NrWierszaNST>1</P_NrWierszaNST><P_22BMK>Marka"
                    + "</P_22BMK></NowySrodekTransportu>");

    /** Every FA(1) → FA(2) rule, in id order. */
    static final List<UpgradeRule> FA1_TO_FA2 = List.of(FA1_NAMESPACE, FA1_SYSTEM_CODE, FA1_VARIANT, FA1_NAME,
            FA1_TRADE_NAME, FA1_ADDRESS, FA1_CONTACT, FA1_BUYER_PREFIX, FA1_ZERO_CERTAIN, FA1_ZERO_DECISION,
            FA1_SPECIAL_TOTALS, FA1_ANNOTATIONS, FA1_CORRECTED_KSEF, FA1_ADVANCE, FA1_LINES, FA1_LINE_PROCEDURE,
            FA1_NO_PLACE, FA1_PAYMENT, FA1_BANK_ACCOUNT, FA1_VEHICLE_REPORT, FA1_VEHICLE_LINE);

    /** Every FA(2) → FA(3) rule, in id order. */
    static final List<UpgradeRule> FA2_TO_FA3 = List.of(NAMESPACE, SYSTEM_CODE, VARIANT, CREATED, JST_FROM_ROLE,
            JST_DEFAULT, GV_FROM_ROLE, GV_DEFAULT, ZERO_CERTAIN, ZERO_DECISION, NP_CERTAIN, NP_DECISION,
            PAID_IN_PARTS, TERM_TEXT);

    /** Every upgrade rule of every step, in id order. */
    public static List<UpgradeRule> all() {
        List<UpgradeRule> all = new java.util.ArrayList<>(FA1_TO_FA2);
        all.addAll(FA2_TO_FA3);
        return List.copyOf(all);
    }
}
