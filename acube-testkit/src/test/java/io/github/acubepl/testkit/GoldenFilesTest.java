package io.github.acubepl.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.model.fa1.Adnotacje;
import io.github.acubepl.model.fa1.Adres;
import io.github.acubepl.model.fa1.AdresPolski;
import io.github.acubepl.model.fa1.DaneIdentyfikacyjne;
import io.github.acubepl.model.fa1.DaneIdentyfikacyjnePodatnika;
import io.github.acubepl.model.fa1.Fa;
import io.github.acubepl.model.fa1.Faktura;
import io.github.acubepl.model.fa1.KodFormularza;
import io.github.acubepl.model.fa1.KodKraju;
import io.github.acubepl.model.fa1.KodWaluty;
import io.github.acubepl.model.fa1.Naglowek;
import io.github.acubepl.model.fa1.Podmiot1;
import io.github.acubepl.model.fa1.Podmiot2;
import io.github.acubepl.model.fa1.RodzajFaktury;
import io.github.acubepl.model.fa1.Wybor1;
import io.github.acubepl.model.fa1.Wybor1_2;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link GoldenFiles}, and a golden file of our own output for a small hand-built invoice. */
class GoldenFilesTest {
    static Faktura smallInvoice() {
        KodFormularza code = new KodFormularza();
        code.setValue("FA");
        code.setKodSystemowy("FA (1)");
        code.setWersjaSchemy("1-0E");
        Naglowek header = new Naglowek();
        header.setKodFormularza(code);
        header.setWariantFormularza("1");
        header.setDataWytworzeniaFa(OffsetDateTime.parse("2026-02-03T10:15:30+01:00"));
        DaneIdentyfikacyjnePodatnika seller = new DaneIdentyfikacyjnePodatnika();
        seller.setNIP("8567346215");
        seller.setPelnaNazwa("Zażółć Gęślą sp. z o.o.");
        AdresPolski pl = new AdresPolski();
        pl.setKodKraju(KodKraju.PL);
        pl.setNrDomu("1");
        pl.setMiejscowosc("Łódź");
        pl.setKodPocztowy("90-001");
        Adres address = new Adres();
        address.setAdresPol(pl);
        Podmiot1 p1 = new Podmiot1();
        p1.setDaneIdentyfikacyjne(seller);
        p1.setAdres(address);
        DaneIdentyfikacyjne buyer = new DaneIdentyfikacyjne();
        buyer.setBrakID(Wybor1.YES);
        Podmiot2 p2 = new Podmiot2();
        p2.setDaneIdentyfikacyjne(buyer);
        Adnotacje a = new Adnotacje();
        a.setP_16(Wybor1_2.NO);
        a.setP_17(Wybor1_2.NO);
        a.setP_18(Wybor1_2.NO);
        a.setP_18A(Wybor1_2.NO);
        a.setP_19(Wybor1_2.NO);
        a.setP_22(Wybor1_2.NO);
        a.setP_23(Wybor1_2.NO);
        a.setP_PMarzy(Wybor1_2.NO);
        Fa fa = new Fa();
        fa.setKodWaluty(KodWaluty.PLN);
        fa.setP_1(LocalDate.of(2026, 2, 3));
        fa.setP_2("FV/2026/02/1");
        fa.setP_13_1(new BigDecimal("100.00"));
        fa.setP_14_1(new BigDecimal("23.00"));
        fa.setP_15(new BigDecimal("123.00"));
        fa.setAdnotacje(a);
        fa.setRodzajFaktury(RodzajFaktury.VAT);
        Faktura f = new Faktura();
        f.setNaglowek(header);
        f.setPodmiot1(p1);
        f.setPodmiot2(p2);
        f.setFa(fa);
        return f;
    }

    @Test
    void ourXmlAndJsonOfASmallInvoiceAreAsRecorded() {
        InvoiceMapper mapper = Ksef.MAPPER;
        Faktura invoice = smallInvoice();
        // the example of GoldenFiles' documentation, verbatim:
        GoldenFiles golden = GoldenFiles.testResources(); // src/test/resources; -Dgolden.update=true rewrites
        golden.assertXmlMatches("golden/small-invoice.xml", mapper.toXml(invoice));
        golden.assertMatches("golden/small-invoice.json", Ksef.MAPPER.toJson(smallInvoice()));
    }

    @Test
    void updatingWritesAndComparingThenPasses(@TempDir Path dir) throws IOException {
        GoldenFiles.in(dir).updating(true).assertMatches("a/b.txt", "x\n".getBytes(StandardCharsets.UTF_8));
        GoldenFiles compare = GoldenFiles.in(dir).updating(false);
        compare.assertMatches("a/b.txt", "x\r\n".getBytes(StandardCharsets.UTF_8));
        AssertionError e = assertThrows(AssertionError.class,
                () -> compare.assertTextMatches("a/b.txt", "y\n"));
        assertTrue(e.getMessage().contains("golden.update") && e.getMessage().contains("line 1"), e.getMessage());
        Files.writeString(dir.resolve("c.xml"), "<a><n>1.0</n></a>");
        compare.assertXmlMatches("c.xml", "<a>\n <n>1.0</n>\n</a>".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingGoldenFileSaysHowToCreateIt(@TempDir Path dir) {
        AssertionError e = assertThrows(AssertionError.class,
                () -> GoldenFiles.in(dir).updating(false).assertTextMatches("none.txt", "x"));
        assertTrue(e.getMessage().contains("-Dgolden.update=true"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> GoldenFiles.in(dir).updating(false).assertTextMatches("../escape.txt", "x"));
    }
}
