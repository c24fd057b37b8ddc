package io.github.acubepl.benchmarks;

import io.github.acubepl.model.fa1.Adnotacje;
import io.github.acubepl.model.fa1.Adres;
import io.github.acubepl.model.fa1.AdresPolski;
import io.github.acubepl.model.fa1.DaneIdentyfikacyjne;
import io.github.acubepl.model.fa1.DaneIdentyfikacyjnePodatnika;
import io.github.acubepl.model.fa1.Fa;
import io.github.acubepl.model.fa1.FaWiersz;
import io.github.acubepl.model.fa1.FaWiersze;
import io.github.acubepl.model.fa1.Faktura;
import io.github.acubepl.model.fa1.KodWaluty;
import io.github.acubepl.model.fa1.Naglowek;
import io.github.acubepl.model.fa1.Podmiot1;
import io.github.acubepl.model.fa1.Podmiot2;
import io.github.acubepl.model.fa1.RodzajFaktury;
import io.github.acubepl.model.fa1.StawkaPodatku;
import io.github.acubepl.model.fa1.Wybor1_2;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Builds valid FA(1) invoices of a chosen number of lines, with consistent totals. */
public final class Invoices {
    private Invoices() {
    }

    /** A VAT invoice with {@code lines} lines at 23 %. */
    public static Faktura withLines(int lines) {
        List<FaWiersz> rows = new ArrayList<>(lines);
        BigDecimal net = BigDecimal.ZERO;
        for (int i = 1; i <= lines; i++) {
            BigDecimal price = new BigDecimal(10 + i % 90).setScale(2, RoundingMode.UNNECESSARY);
            BigDecimal qty = BigDecimal.valueOf(1 + i % 7);
            BigDecimal value = price.multiply(qty);
            net = net.add(value);
            rows.add(FaWiersz.builder().nrWierszaFa(i).p_7("Towar nr " + i).p_8A("szt.").p_8B(qty).p_9A(price)
                    .p_11(value).p_12(StawkaPodatku.RATE_23).build());
        }
        BigDecimal vat = net.multiply(new BigDecimal("0.23")).setScale(2, RoundingMode.HALF_UP);
        Adres address = Adres.polish(AdresPolski.builder().ulica("Prosta").nrDomu("1").miejscowosc("Warszawa")
                .kodPocztowy("00-001").build());
        return Faktura.builder()
                .naglowek(Naglowek.of(OffsetDateTime.parse("2026-11-20T10:00:00Z")))
                .podmiot1(Podmiot1.builder().daneIdentyfikacyjne(DaneIdentyfikacyjnePodatnika.company("5261040828",
                        "Sprzedawca sp. z o.o.")).adres(address).build())
                .podmiot2(Podmiot2.builder().daneIdentyfikacyjne(DaneIdentyfikacyjne.company("9512345675",
                        "Nabywca S.A.")).adres(address).build())
                .fa(Fa.builder().kodWaluty(KodWaluty.PLN).p_1(LocalDate.parse("2026-11-20")).p_2("FV/B/" + lines)
                        .p_13_1(net).p_14_1(vat).p_15(net.add(vat))
                        .adnotacje(Adnotacje.builder().p_16(Wybor1_2.NO).p_17(Wybor1_2.NO).p_18(Wybor1_2.NO)
                                .p_18A(Wybor1_2.NO).p_19(Wybor1_2.NO).p_22(Wybor1_2.NO).p_23(Wybor1_2.NO)
                                .p_PMarzy(Wybor1_2.NO).build())
                        .rodzajFaktury(RodzajFaktury.VAT)
                        .faWiersze(FaWiersze.builder().liczbaWierszyFaktury(lines).wartoscWierszyFaktury1(net)
                                .faWiersz(rows).build())
                        .build())
                .build();
    }
}
