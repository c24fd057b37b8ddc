package io.github.acubepl.mapping.internal.rules;

import static io.github.acubepl.mapping.internal.rules.InvoiceView.at;

import io.github.acubepl.mapping.Severity;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * How KSeF will take the invoice beyond the schema: attachments only through batch sessions of
 * registered issuers, and the offline classification of an invoice issued before it was sent
 * (docs/validation-rules.md lists them).
 */
final class AcceptanceRules {
    private static final ZoneId POLAND = ZoneId.of("Europe/Warsaw");
    /** Longer than any xsd:dateTime KSeF takes; longer text is not parsed at all. */
    private static final int MAX_DATE_TIME = 40;

    /**
     * Row 3. A warning, not the catalogue's "error on send": whether the issuer registered for
     * attachments in e-Urząd Skarbowy is not in the invoice, so the validator cannot know it; A-Cube
     * ends the sending with code 415 when it is not so.
     */
    static final BusinessRule KSEF_101 = BusinessRule.rule("FA-KSEF-101").versions(FaVersion.FA3)
            .severity(Severity.WARNING)
            .title("An invoice with an attachment (Zalacznik) goes to KSeF only in a batch session (interactively "
                            + "only as the technical correction of an offline invoice) and only from an issuer "
                            + "registered for attachments in e-Urząd Skarbowy; otherwise A-Cube reports code 415",
                    "Faktura z załącznikiem (Zalacznik) trafia do KSeF tylko w sesji wsadowej (w sesji interaktywnej "
                            + "wyłącznie jako korekta techniczna faktury offline) i tylko od wystawcy zgłoszonego do "
                            + "korzystania z załączników w e-Urzędzie Skarbowym; w przeciwnym razie A-Cube zgłasza "
                            + "kod 415")
            .example("Zalacznik with one BlokDanych, sent interactively [FA(3) rules catalogue row 3]")
            .check(AcceptanceRules::attachment);

    /**
     * Row 5. The catalogue proposes "info"; the library has no such severity, and the rule fires
     * only when the document itself proves the invoice reaches KSeF after its issue day. FA(3) only:
     * the automatic offline classification is KSeF 2.0's, and the FA(2) samples, written for KSeF
     * 1.0, show such an invoice (FA(2) sample 8: P_1 2022-01-27, produced 2022-02-15).
     */
    static final BusinessRule KSEF_102 = BusinessRule.rule("FA-KSEF-102").versions(FaVersion.FA3)
            .severity(Severity.WARNING)
            .title("The issue date P_1 is not earlier than the day (in Poland) the file was produced "
                            + "(DataWytworzeniaFa): an invoice that reaches KSeF after its issue day is classified as "
                            + "offline (offline24: send it by the next business day; offline invoices carry two QR "
                            + "codes)",
                    "Data wystawienia P_1 nie jest wcześniejsza niż dzień (w Polsce) wytworzenia pliku "
                            + "(DataWytworzeniaFa): faktura, która trafia do KSeF po dniu wystawienia, zostaje uznana za "
                            + "fakturę offline (offline24: wysyłka najpóźniej następnego dnia roboczego; faktura offline "
                            + "ma dwa kody QR)")
            .example("P_1 2026-02-10, DataWytworzeniaFa 2026-02-12T08:00:00Z [FA(3) rules catalogue row 5]")
            .check(AcceptanceRules::issuedBeforeProduced);

    static final List<BusinessRule> RULES = List.of(KSEF_101, KSEF_102);

    private AcceptanceRules() {
    }

    private static void attachment(InvoiceView inv, Reporter out) {
        XmlNode z = at(inv.root(), "Zalacznik");
        if (z != null) {
            out.add(inv.path(z),
                    "the invoice carries an attachment (Zalacznik): KSeF takes it only in a batch session (interactively "
                            + "only as the technical correction of an offline invoice) and only from an issuer "
                            + "registered for attachments in e-Urząd Skarbowy; otherwise A-Cube ends it with code 415",
                    "faktura zawiera załącznik (Zalacznik): KSeF przyjmuje ją tylko w sesji wsadowej (w sesji "
                            + "interaktywnej wyłącznie jako korektę techniczną faktury offline) i tylko od wystawcy "
                            + "zgłoszonego do korzystania z załączników w e-Urzędzie Skarbowym; w przeciwnym razie "
                            + "A-Cube kończy przetwarzanie kodem 415");
        }
    }

    private static void issuedBeforeProduced(InvoiceView inv, Reporter out) {
        XmlNode p1 = at(inv.fa(), "P_1");
        LocalDate issued = inv.date(p1);
        LocalDate produced = polishDay(inv.text(at(inv.root(), "Naglowek", "DataWytworzeniaFa")));
        if (issued != null && produced != null && issued.isBefore(produced)) {
            out.add(inv.path(p1),
                    "issue date P_1 " + issued + " is before the day the file was produced (" + produced
                            + "): KSeF receives the invoice after its issue day and classifies it as offline (offline24)",
                    "data wystawienia P_1 " + issued + " jest wcześniejsza niż dzień wytworzenia pliku (" + produced
                            + "): KSeF otrzyma fakturę po dniu wystawienia i uzna ją za fakturę offline (offline24)");
        }
    }

    /** The calendar day in Poland of an xsd:dateTime (local time taken as Polish), or {@code null}. */
    static LocalDate polishDay(String dateTime) {
        if (dateTime == null || dateTime.length() > MAX_DATE_TIME) {
            return null;
        }
        try {
            return OffsetDateTime.parse(dateTime).atZoneSameInstant(POLAND).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(dateTime).toLocalDate();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
