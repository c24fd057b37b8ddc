package io.github.acubepl.mapping;

import io.github.acubepl.model.fa1.Adnotacje;
import io.github.acubepl.model.fa1.Adres;
import io.github.acubepl.model.fa1.AdresPolski;
import io.github.acubepl.model.fa1.DaneIdentyfikacyjne;
import io.github.acubepl.model.fa1.DaneIdentyfikacyjnePodatnika;
import io.github.acubepl.model.fa1.Fa;
import io.github.acubepl.model.fa1.FaWiersz;
import io.github.acubepl.model.fa1.FaWiersze;
import io.github.acubepl.model.fa1.Faktura;
import io.github.acubepl.model.fa1.FormaPlatnosci;
import io.github.acubepl.model.fa1.KodWaluty;
import io.github.acubepl.model.fa1.Naglowek;
import io.github.acubepl.model.fa1.Obciazenia;
import io.github.acubepl.model.fa1.Odliczenia;
import io.github.acubepl.model.fa1.Platnosc;
import io.github.acubepl.model.fa1.PlatnosciCzesciowe;
import io.github.acubepl.model.fa1.Podmiot1;
import io.github.acubepl.model.fa1.Podmiot2;
import io.github.acubepl.model.fa1.Podmiot3;
import io.github.acubepl.model.fa1.RachunekBankowy;
import io.github.acubepl.model.fa1.RodzajFaktury;
import io.github.acubepl.model.fa1.RolaPodmiotu3;
import io.github.acubepl.model.fa1.Rozliczenie;
import io.github.acubepl.model.fa1.StawkaPodatku;
import io.github.acubepl.model.fa1.TerminyPlatnosci;
import io.github.acubepl.model.fa1.Wybor1;
import io.github.acubepl.model.fa1.Wybor1_2;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A valid FA(1) invoice built with the model's builders, rich enough for every business rule to
 * have something to break: two rates, a settlement block, a partial payment, a bank account and a
 * third party with a share.
 */
final class Fa1Fixtures {
    static final String SELLER_NIP = "5261040828";
    static final String BUYER_NIP = "9512345675";
    static final String THIRD_NIP = "3625123453";
    static final String ACCOUNT = "60102010260000042270201111";

    private Fa1Fixtures() {
    }

    static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }

    static Adres address(String street, String city, String postcode) {
        return Adres.polish(AdresPolski.builder().ulica(street).nrDomu("1").miejscowosc(city).kodPocztowy(postcode)
                .build());
    }

    static FaWiersz line(long number, String name, String quantity, String price, String net, StawkaPodatku rate) {
        return FaWiersz.builder().nrWierszaFa(number).p_7(name).p_8A("szt.").p_8B(amount(quantity))
                .p_9A(amount(price)).p_11(amount(net)).p_12(rate).build();
    }

    static Faktura validInvoice() {
        return Faktura.builder()
                .naglowek(Naglowek.builder()
                        .dataWytworzeniaFa(OffsetDateTime.parse("2026-11-20T10:15:00Z"))
                        .systemInfo("acube-test")
                        .build())
                .podmiot1(Podmiot1.builder()
                        .daneIdentyfikacyjne(DaneIdentyfikacyjnePodatnika.company(SELLER_NIP, "Hurtownia Mazowsze sp. z o.o."))
                        .adres(address("Marszałkowska", "Warszawa", "00-624"))
                        .email("faktury@hurtownia.example")
                        .build())
                .podmiot2(Podmiot2.builder()
                        .daneIdentyfikacyjne(DaneIdentyfikacyjne.company(BUYER_NIP, "Sklep Pod Lipą s.c."))
                        .adres(address("Lipowa", "Kraków", "30-001"))
                        .build())
                .addPodmiot3(Podmiot3.builder()
                        .daneIdentyfikacyjne(DaneIdentyfikacyjne.company(THIRD_NIP, "Drugi Nabywca sp. j."))
                        .adres(address("Długa", "Gdańsk", "80-827"))
                        .rola(RolaPodmiotu3.ADDITIONAL_BUYER)
                        .udzial(amount("50"))
                        .build())
                .fa(Fa.builder()
                        .kodWaluty(KodWaluty.PLN)
                        .p_1(LocalDate.parse("2026-11-20"))
                        .p_2("FV/2026/11/001")
                        .p_6(LocalDate.parse("2026-11-19"))
                        .p_13_1(amount("1000.00")).p_14_1(amount("230.00"))
                        .p_13_2(amount("200.00")).p_14_2(amount("16.00"))
                        .p_15(amount("1446.00"))
                        .adnotacje(Adnotacje.builder().p_16(Wybor1_2.NO).p_17(Wybor1_2.NO).p_18(Wybor1_2.NO)
                                .p_18A(Wybor1_2.NO).p_19(Wybor1_2.NO).p_22(Wybor1_2.NO).p_23(Wybor1_2.NO)
                                .p_PMarzy(Wybor1_2.NO).build())
                        .rodzajFaktury(RodzajFaktury.VAT)
                        .faWiersze(FaWiersze.builder()
                                .liczbaWierszyFaktury(3L)
                                .wartoscWierszyFaktury1(amount("1200.00"))
                                .addFaWiersz(line(1, "Regał magazynowy", "2", "400.00", "800.00", StawkaPodatku.RATE_23))
                                .addFaWiersz(line(2, "Montaż regałów", "1", "200.00", "200.00", StawkaPodatku.RATE_23))
                                .addFaWiersz(line(3, "Książka o logistyce", "4", "50.00", "200.00", StawkaPodatku.RATE_8))
                                .build())
                        .rozliczenie(Rozliczenie.builder()
                                .addObciazenia(Obciazenia.builder().kwota(amount("10.00")).powod("transport").build())
                                .sumaObciazen(amount("10.00"))
                                .addOdliczenia(Odliczenia.builder().kwota(amount("6.00")).powod("rabat").build())
                                .sumaOdliczen(amount("6.00"))
                                .doZaplaty(amount("1450.00"))
                                .build())
                        .platnosc(Platnosc.builder()
                                .zaplataCzesciowa(Wybor1.YES)
                                .addPlatnosciCzesciowe(PlatnosciCzesciowe.builder().kwotaZaplatyCzesciowej(amount("500.00"))
                                        .dataZaplatyCzesciowej(LocalDate.parse("2026-11-20")).build())
                                .addTerminyPlatnosci(TerminyPlatnosci.builder()
                                        .terminPlatnosci(LocalDate.parse("2026-12-04")).build())
                                .formaPlatnosci(FormaPlatnosci.TRANSFER)
                                .addRachunekBankowy(RachunekBankowy.builder().nrRBPL(ACCOUNT).build())
                                .build())
                        .build())
                .build();
    }
}
