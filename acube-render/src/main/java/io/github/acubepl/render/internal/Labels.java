package io.github.acubepl.render.internal;

import io.github.acubepl.render.Language;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The PL/EN label table: FA element names (the same in every version) and the view's own phrases
 * (keys starting with {@code @}). The Polish labels follow the official visualisation. A name the
 * table does not know is shown as the element name, so a new element is never lost.
 */
public final class Labels {
    private static final Map<String, String[]> TABLE = new HashMap<>();

    static {
        String rows = ""
                // view phrases
                + "@invoiceNumber|Numer Faktury|Invoice number\n"
                + "@ksefNumber|Numer KSeF|KSeF number\n"
                + "@corrected|Dane faktury korygowanej|Corrected invoice data\n"
                + "@parties|Podmioty|Parties\n"
                + "@seller|Sprzedawca|Seller\n"
                + "@buyer|Nabywca|Buyer\n"
                + "@seller.k|Dane sprzedawcy na fakturze korygowanej|Seller as on the corrected invoice\n"
                + "@buyer.k|Dane nabywcy na fakturze korygowanej|Buyer as on the corrected invoice\n"
                + "@other|Podmiot inny|Other party\n"
                + "@authorised|Podmiot upoważniony|Authorised party\n"
                + "@details|Szczegóły|Details\n"
                + "@lines|Pozycje|Lines\n"
                + "@discount|Rabat|Discount\n"
                + "@order|Zamówienie|Order\n"
                + "@rates|Podsumowanie stawek podatku|Tax rate summary\n"
                + "@rate|Stawka podatku|Tax rate\n"
                + "@net|Kwota netto|Net amount\n"
                + "@vat|Kwota podatku|Tax amount\n"
                + "@vatPln|Kwota podatku w PLN|Tax amount in PLN\n"
                + "@total|Kwota należności ogółem|Total amount due\n"
                + "@annotations|Adnotacje|Annotations\n"
                + "@additional|Dodatkowe informacje|Additional information\n"
                + "@settlement|Rozliczenie|Settlement\n"
                + "@charges|Obciążenia|Charges\n"
                + "@deductions|Odliczenia|Deductions\n"
                + "@payment|Płatność|Payment\n"
                + "@paymentTerms|Terminy płatności|Payment terms\n"
                + "@partial|Zapłata częściowa|Partial payments\n"
                + "@account|Rachunek bankowy|Bank account\n"
                + "@factorAccount|Rachunek bankowy faktora|Factor's bank account\n"
                + "@terms|Warunki transakcji|Transaction terms\n"
                + "@contracts|Umowy|Contracts\n"
                + "@orders|Zamówienia|Orders\n"
                + "@transport|Transport|Transport\n"
                + "@footer|Stopka|Footer\n"
                + "@registries|Rejestry|Registries\n"
                + "@otherInfo|Pozostałe informacje|Other information\n"
                + "@attachment|Załącznik|Attachment\n"
                + "@kodI|Sprawdź, czy Twoja faktura znajduje się w KSeF!|Check whether your invoice is in KSeF!\n"
                + "@madeIn|Wytworzona w|Created in\n"
                + "@yes|TAK|YES\n"
                + "@no|NIE|NO\n"
                + "@jst|Faktura dotyczy jednostki podrzędnej JST|The invoice concerns a subordinate unit of a local government (JST)\n"
                + "@gv|Faktura dotyczy członka grupy GV|The invoice concerns a member of a VAT group (GV)\n"
                + "@outsideKsef|wystawiona poza KSeF|issued outside KSeF\n"
                + "@advances|Zaliczki częściowe|Partial advances\n"
                + "@advanceInvoices|Faktury zaliczkowe|Advance invoices\n"
                + "@wz|Numery dokumentów WZ|Delivery note (WZ) numbers\n"
                + "@descriptions|Dodatkowy opis|Additional description\n"
                + "@vehicles|Nowe środki transportu|New means of transport\n"
                + "@margin|marża|margin\n"
                + "@noId|brak identyfikatora|no identifier\n"
                + "@block|Blok danych|Data block\n"
                + "@schema|Schemat|Schema\n"
                // invoice kinds
                + "@kind.VAT|Faktura podstawowa|Basic invoice\n"
                + "@kind.ZAL|Faktura zaliczkowa|Advance invoice\n"
                + "@kind.ROZ|Faktura rozliczeniowa|Settlement invoice\n"
                + "@kind.UPR|Faktura uproszczona|Simplified invoice\n"
                + "@kind.KOR|Faktura korygująca|Corrective invoice\n"
                + "@kind.KOR_ZAL|Faktura korygująca zaliczkową|Correction of an advance invoice\n"
                + "@kind.KOR_ROZ|Faktura korygująca rozliczeniową|Correction of a settlement invoice\n"
                + "@kind.KOR.period|Faktura korygująca zbiorcza (rabat)|Collective corrective invoice (discount)\n"
                // parties
                + "PrefiksPodatnika|Prefiks VAT|VAT prefix\n"
                + "PrefiksNabywcy|Prefiks VAT nabywcy|Buyer's VAT prefix\n"
                + "NrEORI|Numer EORI|EORI number\n"
                + "NIP|NIP|Tax ID (NIP)\n"
                + "KodUE|Kod kraju UE|EU country code\n"
                + "NrVatUE|Numer VAT-UE|EU VAT number\n"
                + "KodKraju|Kraj|Country\n"
                + "NrID|Identyfikator podatkowy|Tax identifier\n"
                + "BrakID|Brak identyfikatora|No identifier\n"
                + "IDWew|Identyfikator wewnętrzny|Internal identifier\n"
                + "Nazwa|Nazwa|Name\n"
                + "PelnaNazwa|Pełna nazwa|Full name\n"
                + "ImiePierwsze|Imię|First name\n"
                + "Nazwisko|Nazwisko|Surname\n"
                + "NazwaHandlowa|Nazwa handlowa|Trade name\n"
                + "Adres|Adres|Address\n"
                + "AdresKoresp|Adres do korespondencji|Correspondence address\n"
                + "AdresL1|Adres|Address\n"
                + "AdresL2|Adres cd.|Address (cont.)\n"
                + "GLN|GLN|GLN\n"
                + "Wojewodztwo|Województwo|Province\n"
                + "Powiat|Powiat|County\n"
                + "Gmina|Gmina|Municipality\n"
                + "Ulica|Ulica|Street\n"
                + "NrDomu|Nr domu|House number\n"
                + "NrLokalu|Nr lokalu|Flat number\n"
                + "Miejscowosc|Miejscowość|Town\n"
                + "KodPocztowy|Kod pocztowy|Postcode\n"
                + "Poczta|Poczta|Post office\n"
                + "Email|E-mail|E-mail\n"
                + "EmailPU|E-mail|E-mail\n"
                + "Telefon|Tel.|Phone\n"
                + "TelefonPU|Tel.|Phone\n"
                + "StatusInfoPodatnika|Status podatnika|Taxpayer status\n"
                + "NrKlienta|Numer klienta|Customer number\n"
                + "IDNabywcy|Identyfikator nabywcy|Buyer identifier\n"
                + "Rola|Rola|Role\n"
                + "RolaInna|Rola inna|Other role\n"
                + "OpisRoli|Opis roli|Role description\n"
                + "Udzial|Udział|Share\n"
                + "RolaPU|Rola|Role\n"
                // details
                + "P_1|Data wystawienia|Issue date\n"
                + "P_1M|Miejsce wystawienia|Place of issue\n"
                + "P_6|Data dokonania lub zakończenia dostawy towarów lub wykonania usługi|Date of supply or of completion of the service\n"
                + "P_6_Od|Okres od|Period from\n"
                + "P_6_Do|Okres do|Period to\n"
                + "KodWaluty|Kod waluty|Currency\n"
                + "KursWalutyZ|Kurs waluty (zaliczka)|Exchange rate (advance)\n"
                + "P_6Z|Data otrzymania zaliczki|Date the advance was received\n"
                + "P_15Z|Kwota zaliczki|Advance amount\n"
                + "KursWalutyZW|Kurs waluty|Exchange rate\n"
                + "NrKSeFFaZaliczkowej|Numer KSeF faktury zaliczkowej|KSeF number of the advance invoice\n"
                + "NrFaZaliczkowej|Numer faktury zaliczkowej|Advance invoice number\n"
                + "NrKSeFZN|Faktura zaliczkowa wystawiona poza KSeF|Advance invoice issued outside KSeF\n"
                + "WZ|WZ|Delivery note (WZ)\n"
                // correction
                + "PrzyczynaKorekty|Przyczyna korekty|Reason for the correction\n"
                + "TypKorekty|Typ skutku korekty|Effect of the correction\n"
                + "DataWystFaKorygowanej|Data wystawienia faktury korygowanej|Issue date of the corrected invoice\n"
                + "NrFaKorygowanej|Numer faktury korygowanej|Number of the corrected invoice\n"
                + "NrKSeFFaKorygowanej|Numer KSeF faktury korygowanej|KSeF number of the corrected invoice\n"
                + "NrKSeF|Wystawiona w KSeF|Issued in KSeF\n"
                + "NrKSeFN|Wystawiona poza KSeF|Issued outside KSeF\n"
                + "OkresFaKorygowanej|Okres, którego dotyczy rabat|Period the discount applies to\n"
                + "NrFaKorygowany|Poprawny numer faktury korygowanej|Correct number of the corrected invoice\n"
                + "P_15ZK|Kwota zapłaty przed korektą|Amount paid before the correction\n"
                + "KursWalutyZK|Kurs waluty przed korektą|Exchange rate before the correction\n"
                // lines
                + "NrWierszaFa|Lp.|No.\n"
                + "UU_ID|Identyfikator pozycji|Line identifier\n"
                + "P_6A|Data dostawy|Delivery date\n"
                + "P_7|Nazwa towaru lub usługi|Name of goods or service\n"
                + "Indeks|Indeks|Index\n"
                + "GTIN|GTIN|GTIN\n"
                + "PKWiU|PKWiU|PKWiU\n"
                + "CN|CN|CN\n"
                + "PKOB|PKOB|PKOB\n"
                + "DodatkoweInfo|Dodatkowe informacje|Additional information\n"
                + "P_8A|Miara|Unit\n"
                + "P_8B|Ilość|Quantity\n"
                + "P_9A|Cena jedn. netto|Net unit price\n"
                + "P_9B|Cena jedn. brutto|Gross unit price\n"
                + "P_10|Rabat|Discount\n"
                + "P_11|Wartość netto|Net value\n"
                + "P_11A|Wartość brutto|Gross value\n"
                + "P_11Vat|Kwota VAT|VAT amount\n"
                + "P_12|Stawka podatku|Tax rate\n"
                + "P_12_XII|Stawka OSS|OSS rate\n"
                + "P_12_Zal_15|Zał. 15|Annex 15\n"
                + "P_12_Procedura|Procedura|Procedure\n"
                + "KwotaAkcyzy|Kwota akcyzy|Excise\n"
                + "GTU|GTU|GTU\n"
                + "Procedura|Procedura|Procedure\n"
                + "KursWaluty|Kurs waluty|Exchange rate\n"
                + "StanPrzed|Stan przed|Before correction\n"
                + "LiczbaWierszyFaktury|Liczba wierszy|Number of lines\n"
                + "WartoscWierszyFaktury1|Wartość netto wierszy|Net value of the lines\n"
                + "WartoscWierszyFaktury2|Wartość brutto wierszy|Gross value of the lines\n"
                // order
                + "WartoscZamowienia|Wartość zamówienia|Order value\n"
                + "LiczbaWierszyZamowienia|Liczba wierszy zamówienia|Number of order lines\n"
                + "NrWierszaZam|Lp.|No.\n"
                + "UU_IDZ|Identyfikator pozycji|Line identifier\n"
                + "P_7Z|Nazwa towaru lub usługi|Name of goods or service\n"
                + "IndeksZ|Indeks|Index\n"
                + "GTINZ|GTIN|GTIN\n"
                + "PKWiUZ|PKWiU|PKWiU\n"
                + "CNZ|CN|CN\n"
                + "PKOBZ|PKOB|PKOB\n"
                + "DodatkoweInfoZ|Dodatkowe informacje|Additional information\n"
                + "P_8AZ|Miara|Unit\n"
                + "P_8BZ|Ilość|Quantity\n"
                + "P_9AZ|Cena jedn. netto|Net unit price\n"
                + "P_11NettoZ|Wartość netto|Net value\n"
                + "P_11VatZ|Kwota VAT|VAT amount\n"
                + "P_12Z|Stawka podatku|Tax rate\n"
                + "P_12Z_XII|Stawka OSS|OSS rate\n"
                + "P_12Z_Zal_15|Zał. 15|Annex 15\n"
                + "P_12Z_Procedura|Procedura|Procedure\n"
                + "GTUZ|GTU|GTU\n"
                + "ProceduraZ|Procedura|Procedure\n"
                + "KwotaAkcyzyZ|Kwota akcyzy|Excise\n"
                + "StanPrzedZ|Stan przed|Before correction\n"
                // annotations
                + "P_16|Metoda kasowa|Cash accounting\n"
                + "P_17|Samofakturowanie|Self-billing\n"
                + "P_18|Odwrotne obciążenie|Reverse charge\n"
                + "P_18A|Mechanizm podzielonej płatności|Split payment\n"
                + "P_19|Dostawa towarów lub świadczenie usług zwolnionych od podatku|Supply exempt from VAT\n"
                + "P_19A|Przepis ustawy albo aktu wydanego na jej podstawie|Provision of the VAT act or of an act issued under it\n"
                + "P_19B|Przepis dyrektywy 2006/112/WE|Provision of Directive 2006/112/EC\n"
                + "P_19C|Inna podstawa prawna|Other legal basis\n"
                + "P_22|Wewnątrzwspólnotowa dostawa nowych środków transportu|Intra-Community supply of new means of transport\n"
                + "P_42_5|Obowiązek wystawienia dokumentu VAT-22|Obligation to issue a VAT-22 document\n"
                + "P_23|Procedura trójstronna uproszczona|Simplified triangular procedure\n"
                + "P_PMarzy|Procedura marży|Margin scheme\n"
                + "P_PMarzy_2|Procedura marży dla biur podróży|Margin scheme for travel agents\n"
                + "P_PMarzy_3_1|Procedura marży - towary używane|Margin scheme - second-hand goods\n"
                + "P_PMarzy_3_2|Procedura marży - dzieła sztuki|Margin scheme - works of art\n"
                + "P_PMarzy_3_3|Procedura marży - przedmioty kolekcjonerskie i antyki|Margin scheme - collector's items and antiques\n"
                + "P_22A|Data dopuszczenia do użytku|Date of admission to use\n"
                + "P_NrWierszaNST|Nr wiersza|Line number\n"
                + "P_22BMK|Marka|Make\n"
                + "P_22BMD|Model|Model\n"
                + "P_22BK|Kolor|Colour\n"
                + "P_22BNR|Numer rejestracyjny|Registration number\n"
                + "P_22BRP|Rok produkcji|Year of manufacture\n"
                + "P_22B|Przebieg pojazdu|Vehicle mileage\n"
                + "P_22B1|VIN|VIN\n"
                + "P_22B2|Numer nadwozia|Body number\n"
                + "P_22B3|Numer podwozia|Chassis number\n"
                + "P_22B4|Numer ramy|Frame number\n"
                + "P_22BT|Typ pojazdu|Vehicle type\n"
                + "P_22C|Godziny robocze jednostki pływającej|Operating hours of the vessel\n"
                + "P_22C1|Numer kadłuba|Hull number\n"
                + "P_22D|Godziny robocze statku powietrznego|Operating hours of the aircraft\n"
                + "P_22D1|Numer fabryczny|Serial number\n"
                // additional
                + "FP|Faktura, o której mowa w art. 109 ust. 3d ustawy|Invoice referred to in art. 109(3d) of the VAT act\n"
                + "TP|Istniejące powiązania między nabywcą a dokonującym dostawy towarów lub usługodawcą|Related parties (buyer and supplier)\n"
                + "ZwrotAkcyzy|Informacja dodatkowa związana ze zwrotem podatku akcyzowego zawartego w cenie oleju napędowego|Additional information on the refund of excise duty included in the price of diesel\n"
                + "NrWiersza|Nr wiersza|Line number\n"
                + "Klucz|Rodzaj informacji|Kind of information\n"
                + "Wartosc|Treść informacji|Information\n"
                // settlement
                + "Kwota|Kwota|Amount\n"
                + "Powod|Powód|Reason\n"
                + "SumaObciazen|Suma obciążeń|Total charges\n"
                + "SumaOdliczen|Suma odliczeń|Total deductions\n"
                + "DoZaplaty|Do zapłaty|To be paid\n"
                + "DoRozliczenia|Do rozliczenia|To be settled\n"
                // payment
                + "Zaplacono|Zapłacono|Paid\n"
                + "DataZaplaty|Data zapłaty|Payment date\n"
                + "ZnacznikZaplatyCzesciowej|Zapłata częściowa|Partial payment\n"
                + "ZaplataCzesciowa|Zapłata częściowa|Partial payment\n"
                + "KwotaZaplatyCzesciowej|Kwota|Amount\n"
                + "DataZaplatyCzesciowej|Data|Date\n"
                + "Termin|Termin płatności|Due date\n"
                + "TerminPlatnosci|Termin płatności|Due date\n"
                + "TerminOpis|Opis terminu|Due date description\n"
                + "TerminPlatnosciOpis|Opis terminu|Due date description\n"
                + "Ilosc|Ilość|Quantity\n"
                + "Jednostka|Jednostka|Unit\n"
                + "ZdarzeniePoczatkowe|Zdarzenie początkowe|Starting event\n"
                + "FormaPlatnosci|Forma płatności|Payment method\n"
                + "PlatnoscInna|Inna forma płatności|Other payment method\n"
                + "OpisPlatnosci|Opis płatności|Payment description\n"
                + "NrRB|Numer rachunku|Account number\n"
                + "NrRBPL|Numer rachunku|Account number\n"
                + "NrRBZagr|Numer rachunku zagranicznego|Foreign account number\n"
                + "SWIFT|SWIFT|SWIFT\n"
                + "RachunekWlasnyBanku|Rachunek własny banku|Bank's own account\n"
                + "NazwaBanku|Nazwa banku|Bank name\n"
                + "OpisRachunku|Opis rachunku|Account description\n"
                + "WarunkiSkonta|Warunki skonta|Discount terms\n"
                + "WysokoscSkonta|Wysokość skonta|Discount\n"
                + "LinkDoPlatnosci|Link do płatności bezgotówkowej|Cashless payment link\n"
                + "IPKSeF|Identyfikator płatności KSeF|KSeF payment identifier\n"
                // transaction terms
                + "DataUmowy|Data umowy|Contract date\n"
                + "NrUmowy|Numer umowy|Contract number\n"
                + "DataZamowienia|Data zamówienia|Order date\n"
                + "NrZamowienia|Numer zamówienia|Order number\n"
                + "NrPartiiTowaru|Numer partii towaru|Batch number\n"
                + "WarunkiDostawy|Warunki dostawy|Delivery terms\n"
                + "KursUmowny|Kurs umowny|Contractual exchange rate\n"
                + "WalutaUmowna|Waluta umowna|Contractual currency\n"
                + "PodmiotPosredniczacy|Podmiot pośredniczący|Intermediary\n"
                + "RodzajTransportu|Rodzaj transportu|Mode of transport\n"
                + "TransportInny|Inny rodzaj transportu|Other mode of transport\n"
                + "OpisInnegoTransportu|Opis transportu|Transport description\n"
                + "Przewoznik|Przewoźnik|Carrier\n"
                + "AdresPrzewoznika|Adres przewoźnika|Carrier's address\n"
                + "NrZleceniaTransportu|Numer zlecenia transportu|Transport order number\n"
                + "OpisLadunku|Rodzaj ładunku|Cargo\n"
                + "LadunekInny|Inny ładunek|Other cargo\n"
                + "OpisInnegoLadunku|Opis ładunku|Cargo description\n"
                + "JednostkaOpakowania|Jednostka opakowania|Packaging unit\n"
                + "DataGodzRozpTransportu|Rozpoczęcie transportu|Transport start\n"
                + "DataGodzZakTransportu|Zakończenie transportu|Transport end\n"
                + "WysylkaZ|Wysyłka z|Shipped from\n"
                + "WysylkaPrzez|Wysyłka przez|Shipped via\n"
                + "WysylkaDo|Wysyłka do|Shipped to\n"
                // footer
                + "KRS|KRS|KRS\n"
                + "REGON|REGON|REGON\n"
                + "BDO|BDO|BDO\n"
                + "StopkaFaktury|Stopka faktury|Invoice footer\n"
                // attachment
                + "Opis|Opis|Description\n";
        for (String row : rows.split("\n")) {
            String[] p = row.split("\\|", -1);
            if (p.length != 3 || TABLE.put(p[0], new String[] {p[1], p[2]}) != null) {
                throw new IllegalStateException("label table row: " + row);
            }
        }
    }

    private final int column;

    private Labels(Language language) {
        this.column = language == Language.EN ? 1 : 0;
    }

    /** The labels of a language. */
    public static Labels of(Language language) {
        return new Labels(language);
    }

    /** The label of an element name or a view phrase; an unknown name is returned as it is. */
    public String get(String key) {
        String[] row = TABLE.get(key);
        return row == null ? key : row[column];
    }

    /** Whether the table knows the key. */
    public boolean knows(String key) {
        return TABLE.containsKey(key);
    }

    /** Whether these are the English labels. */
    public boolean english() {
        return column == 1;
    }

    /** "TAK"/"YES" or "NIE"/"NO" for an FA flag value ({@code 1} yes, {@code 2} no); other values as they are. */
    public String flag(String value) {
        switch (value) {
            case "1":
                return get("@yes");
            case "2":
                return get("@no");
            default:
                return value;
        }
    }

    /** The meaning of a coded value, such as a payment method, followed by its code; or the value as it is. */
    public String code(String element, String value) {
        String[] names = Codes.names(element, value);
        if (names == null) {
            return value;
        }
        return names[column] + " (" + value + ")";
    }

    /** The code lists the view explains. */
    private static final class Codes {
        private static final Map<String, String[]> CODES = new HashMap<>();

        static {
            String rows = ""
                    + "FormaPlatnosci.1|gotówka|cash\n"
                    + "FormaPlatnosci.2|karta|card\n"
                    + "FormaPlatnosci.3|bon|voucher\n"
                    + "FormaPlatnosci.4|czek|cheque\n"
                    + "FormaPlatnosci.5|kredyt|credit\n"
                    + "FormaPlatnosci.6|przelew|bank transfer\n"
                    + "FormaPlatnosci.7|mobilna|mobile\n"
                    + "TypKorekty.1|w dacie ujęcia faktury pierwotnej|as of the original invoice's date\n"
                    + "TypKorekty.2|w dacie wystawienia faktury korygującej|as of the corrective invoice's date\n"
                    + "TypKorekty.3|w dacie innej|as of another date\n"
                    + "Rola.1|Faktor|Factor\n"
                    + "Rola.2|Odbiorca|Recipient\n"
                    + "Rola.3|Podmiot pierwotny|Original entity\n"
                    + "Rola.4|Dodatkowy nabywca|Additional buyer\n"
                    + "Rola.5|Wystawca faktury|Invoice issuer\n"
                    + "Rola.6|Dokonujący płatności|Payer\n"
                    + "Rola.7|JST - wystawca|Local government unit - issuer\n"
                    + "Rola.8|JST - odbiorca|Local government unit - recipient\n"
                    + "Rola.9|Członek grupy VAT - wystawca|VAT group member - issuer\n"
                    + "Rola.10|Członek grupy VAT - odbiorca|VAT group member - recipient\n"
                    + "Rola.11|Pracownik|Employee\n"
                    + "RolaPU.1|Organ egzekucyjny|Enforcement authority\n"
                    + "RolaPU.2|Komornik sądowy|Court bailiff\n"
                    + "RolaPU.3|Przedstawiciel podatkowy|Tax representative\n"
                    + "StatusInfoPodatnika.1|w likwidacji|in liquidation\n"
                    + "StatusInfoPodatnika.2|w restrukturyzacji|in restructuring\n"
                    + "StatusInfoPodatnika.3|w upadłości|in bankruptcy\n"
                    + "StatusInfoPodatnika.4|przedsiębiorstwo w spadku|enterprise in probate\n"
                    + "RodzajTransportu.1|morski|sea\n"
                    + "RodzajTransportu.2|kolejowy|rail\n"
                    + "RodzajTransportu.3|drogowy|road\n"
                    + "RodzajTransportu.4|lotniczy|air\n"
                    + "RodzajTransportu.5|przesyłka pocztowa|post\n"
                    + "RodzajTransportu.7|stałe instalacje przesyłowe|fixed transport installation\n"
                    + "RodzajTransportu.8|żegluga śródlądowa|inland waterway\n";
            for (String row : rows.split("\n")) {
                String[] p = row.split("\\|", -1);
                CODES.put(p[0], new String[] {p[1], p[2]});
            }
        }

        static String @Nullable [] names(String element, String value) {
            return CODES.get(element + '.' + value);
        }
    }
}
