package io.github.acubepl.mapping.internal.rules;

import static io.github.acubepl.mapping.internal.rules.InvoiceView.at;

import io.github.acubepl.mapping.InvoiceKey;
import io.github.acubepl.mapping.InvoiceKeyRegistry;
import io.github.acubepl.mapping.Severity;
import io.github.acubepl.mapping.internal.schema.Text;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.util.List;
import java.util.Optional;

/** Rules against the invoices seen before (the registry of the validation context). */
final class RegistryRules {
    static final BusinessRule DUP_001 = BusinessRule.rule("FA-DUP-001").versions(FaVersion.all())
            .severity(Severity.ERROR)
            .title("No second invoice with the same seller NIP, RodzajFaktury and P_2 in the batch or the registry "
                            + "(KSeF error 440)",
                    "Brak drugiej faktury o tym samym NIP sprzedawcy, RodzajFaktury i P_2 w partii lub rejestrze "
                            + "(błąd KSeF 440)")
            .example("two VAT invoices FV/1/2026 of one seller")
            .check(RegistryRules::duplicate);

    static final List<BusinessRule> RULES = List.of(DUP_001);

    private RegistryRules() {
    }

    private static void duplicate(InvoiceView inv, Reporter out) {
        Optional<InvoiceKeyRegistry> registry = inv.context().registry();
        if (registry.isEmpty()) {
            return;
        }
        XmlNode fa = inv.fa();
        String nip = inv.text(at(inv.root(), "Podmiot1", "DaneIdentyfikacyjne", "NIP"));
        String kind = inv.text(at(fa, "RodzajFaktury"));
        String number = inv.text(at(fa, "P_2"));
        if (nip == null || kind == null || number == null) {
            return;
        }
        InvoiceKey key = new InvoiceKey(nip, kind, number);
        if (!registry.get().register(key)) {
            out.add(inv.path(fa, "P_2"),
                    "invoice " + Text.shorten(key.number()) + " (" + key.invoiceKind() + ") of seller " + nip
                            + " occurs twice; KSeF rejects the second one (code 440)",
                    "faktura " + Text.shorten(key.number()) + " (" + key.invoiceKind() + ") sprzedawcy " + nip
                            + " występuje dwukrotnie; KSeF odrzuci drugą (kod 440)");
        }
    }
}
