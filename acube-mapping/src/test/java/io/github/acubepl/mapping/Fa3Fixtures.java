package io.github.acubepl.mapping;

import io.github.acubepl.model.fa3.Adnotacje;
import io.github.acubepl.model.fa3.Adres;
import io.github.acubepl.model.fa3.BlokDanych;
import io.github.acubepl.model.fa3.DaneIdentyfikacyjne;
import io.github.acubepl.model.fa3.DaneIdentyfikacyjnePodatnika;
import io.github.acubepl.model.fa3.DaneIdentyfikacyjnePodmiotu3;
import io.github.acubepl.model.fa3.DaneKontaktowe;
import io.github.acubepl.model.fa3.Fa;
import io.github.acubepl.model.fa3.FaWiersz;
import io.github.acubepl.model.fa3.Faktura;
import io.github.acubepl.model.fa3.FormaPlatnosci;
import io.github.acubepl.model.fa3.KodKraju;
import io.github.acubepl.model.fa3.KodWaluty;
import io.github.acubepl.model.fa3.Kol;
import io.github.acubepl.model.fa3.MetaDane;
import io.github.acubepl.model.fa3.Naglowek;
import io.github.acubepl.model.fa3.NoweSrodkiTransportu;
import io.github.acubepl.model.fa3.PMarzy;
import io.github.acubepl.model.fa3.Platnosc;
import io.github.acubepl.model.fa3.Podmiot1;
import io.github.acubepl.model.fa3.Podmiot2;
import io.github.acubepl.model.fa3.Podmiot3;
import io.github.acubepl.model.fa3.RachunekBankowy;
import io.github.acubepl.model.fa3.RodzajFaktury;
import io.github.acubepl.model.fa3.RolaPodmiotu3;
import io.github.acubepl.model.fa3.StawkaPodatku;
import io.github.acubepl.model.fa3.Suma;
import io.github.acubepl.model.fa3.TMetaDane;
import io.github.acubepl.model.fa3.TNaglowek;
import io.github.acubepl.model.fa3.Tabela;
import io.github.acubepl.model.fa3.Tekst;
import io.github.acubepl.model.fa3.TerminOpis;
import io.github.acubepl.model.fa3.TerminPlatnosci;
import io.github.acubepl.model.fa3.TypKolumny;
import io.github.acubepl.model.fa3.Wiersz;
import io.github.acubepl.model.fa3.Wybor1_2;
import io.github.acubepl.model.fa3.Zalacznik;
import io.github.acubepl.model.fa3.ZaplataCzesciowa;
import io.github.acubepl.model.fa3.Zwolnienie;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A valid FA(3) invoice built with the model's builders and factories: a 23 % line and a domestic
 * 0 % line ({@code 0 KR}, a code with a space), a JST recipient identified by {@code IDWew}, a
 * partial payment with its own payment form, a payment term described in units, and an attachment
 * ({@code Zalacznik}) with key-value data, text and a table whose header cells carry the attribute
 * {@code Typ}.
 */
final class Fa3Fixtures {
    static final String SELLER_NIP = "5261040828";
    static final String BUYER_NIP = "9512345675";
    static final String ACCOUNT = "PL60102010260000042270201111";

    private Fa3Fixtures() {
    }

    static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }

    static FaWiersz line(long number, String name, String quantity, String price, String net, StawkaPodatku rate) {
        return FaWiersz.builder().nrWierszaFa(number).p_7(name).p_8A("szt.").p_8B(amount(quantity))
                .p_9A(amount(price)).p_11(amount(net)).p_12(rate).build();
    }

    /** A valid FA(3) invoice without an attachment. */
    static Faktura validInvoice() {
        return Faktura.builder()
                .naglowek(Naglowek.builder()
                        .dataWytworzeniaFa(OffsetDateTime.parse("2026-11-20T10:15:00Z"))
                        .systemInfo("acube-test")
                        .build())
                .podmiot1(Podmiot1.builder()
                        .daneIdentyfikacyjne(DaneIdentyfikacyjnePodatnika.of(SELLER_NIP, "Hurtownia Mazowsze sp. z o.o."))
                        .adres(Adres.of(KodKraju.PL, "ul. Marszałkowska 1", "00-624 Warszawa"))
                        .adresKoresp(Adres.of(KodKraju.PL, "skr. poczt. 12, 00-950 Warszawa"))
                        .addDaneKontaktowe(DaneKontaktowe.builder().email("faktury@hurtownia.example")
                                .telefon("221234567").build())
                        .build())
                .podmiot2(Podmiot2.builder()
                        .daneIdentyfikacyjne(DaneIdentyfikacyjne.nip(BUYER_NIP, "Gmina Lipowo"))
                        .adres(Adres.of(KodKraju.PL, "ul. Lipowa 1", "30-001 Lipowo"))
                        .JST(Wybor1_2.YES)
                        .GV(Wybor1_2.NO)
                        .build())
                .addPodmiot3(Podmiot3.builder()
                        .daneIdentyfikacyjne(DaneIdentyfikacyjnePodmiotu3.internalId(BUYER_NIP + "-00001",
                                "Szkoła Podstawowa nr 1 w Lipowie"))
                        .adres(Adres.of(KodKraju.PL, "ul. Szkolna 2", "30-001 Lipowo"))
                        .rola(RolaPodmiotu3.JST_RECIPIENT)
                        .build())
                .fa(Fa.builder()
                        .kodWaluty(KodWaluty.PLN)
                        .p_1(LocalDate.parse("2026-11-20"))
                        .p_2("FV/2026/11/003")
                        .p_6(LocalDate.parse("2026-11-19"))
                        .p_13_1(amount("1000.00")).p_14_1(amount("230.00"))
                        .p_13_6_1(amount("200.00"))
                        .p_15(amount("1430.00"))
                        .adnotacje(Adnotacje.builder().p_16(Wybor1_2.NO).p_17(Wybor1_2.NO).p_18(Wybor1_2.NO)
                                .p_18A(Wybor1_2.NO).zwolnienie(Zwolnienie.none())
                                .noweSrodkiTransportu(NoweSrodkiTransportu.none()).p_23(Wybor1_2.NO)
                                .PMarzy(PMarzy.none()).build())
                        .rodzajFaktury(RodzajFaktury.VAT)
                        .addFaWiersz(line(1, "Regał magazynowy", "2", "400.00", "800.00", StawkaPodatku.RATE_23))
                        .addFaWiersz(line(2, "Montaż regałów", "1", "200.00", "200.00", StawkaPodatku.RATE_23))
                        .addFaWiersz(line(3, "Zestaw komputerowy dla szkoły (art. 83)", "1", "200.00", "200.00",
                                StawkaPodatku.RATE_0_DOMESTIC))
                        .platnosc(Platnosc.builder()
                                .znacznikZaplatyCzesciowej(Wybor1_2.YES)
                                .addZaplataCzesciowa(ZaplataCzesciowa.builder().kwotaZaplatyCzesciowej(amount("430.00"))
                                        .dataZaplatyCzesciowej(LocalDate.parse("2026-11-20"))
                                        .formaPlatnosci(FormaPlatnosci.CARD).build())
                                .addTerminPlatnosci(TerminPlatnosci.builder().terminOpis(TerminOpis.builder().ilosc(14)
                                        .jednostka("dni").zdarzeniePoczatkowe("od dostawy").build()).build())
                                .formaPlatnosci(FormaPlatnosci.TRANSFER)
                                .addRachunekBankowy(RachunekBankowy.builder().nrRB(ACCOUNT).build())
                                .build())
                        .build())
                .build();
    }

    /** The valid invoice with an attachment: a block of key-value data, a paragraph and a table. */
    static Faktura withAttachment() {
        Faktura invoice = validInvoice();
        invoice.setZalacznik(attachment());
        return invoice;
    }

    static Zalacznik attachment() {
        return Zalacznik.builder()
                .addBlokDanych(BlokDanych.builder()
                        .ZNaglowek("Specyfikacja dostawy")
                        .addMetaDane(MetaDane.builder().ZKlucz("Zamówienie").ZWartosc("ZAM/2026/77").build())
                        .tekst(Tekst.builder().addAkapit("Regały dostarczono w dwóch paletach.").build())
                        .addTabela(Tabela.builder()
                                .addTMetaDane(TMetaDane.builder().TKlucz("Magazyn").TWartosc("Łomianki").build())
                                .opis("Palety")
                                .TNaglowek(TNaglowek.builder()
                                        .addKol(Kol.builder().typ(TypKolumny.TEXT).NKom("Paleta").build())
                                        .addKol(Kol.builder().typ(TypKolumny.DECIMAL).NKom("Waga kg").build())
                                        .addKol(Kol.builder().typ(TypKolumny.DATE).NKom("Wydano").build())
                                        .build())
                                .addWiersz(Wiersz.builder().addWKom("P1").addWKom("412.5").addWKom("2026-11-19")
                                        .build())
                                .addWiersz(Wiersz.builder().addWKom("P2").addWKom("380").addWKom("").build())
                                .suma(Suma.builder().addSKom("").addSKom("792.5").addSKom("").build())
                                .build())
                        .build())
                .build();
    }
}
