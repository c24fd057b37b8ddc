package io.github.acubepl.transport.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.acubepl.mapping.InvoiceMapper;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What identifies an invoice for reconciliation: the seller's NIP and the invoice number ({@code P_2}),
 * read from the body when an outcome is unknown (best effort: either may be {@code null}).
 */
public record InvoiceHint(@Nullable String sellerNip, @Nullable String invoiceNumber) {
    public static final InvoiceHint NONE = new InvoiceHint(null, null);

    /** From A-Cube JSON (the object itself, or wrapped in {@code "Faktura"}). */
    public static InvoiceHint fromJson(byte[] json) {
        JsonNode root = Json.parse(json);
        if (root == null || !root.isObject()) {
            return NONE;
        }
        if (!root.has("Podmiot1") && root.path("Faktura").isObject()) {
            root = root.get("Faktura");
        }
        String nip = Json.text(root.path("Podmiot1").path("DaneIdentyfikacyjne"), "NIP");
        String number = Json.text(root.path("Fa"), "P_2");
        return new InvoiceHint(nip, number);
    }

    /** From FA XML, through the mapping engine (which parses XML safely). */
    public static Supplier<InvoiceHint> fromXml(byte[] xml, Supplier<InvoiceMapper> mapper) {
        return () -> {
            try {
                return fromJson(mapper.get().read(xml).toJson());
            } catch (RuntimeException e) {
                return NONE;
            }
        };
    }

    public static Supplier<InvoiceHint> lazyJson(byte[] json) {
        return () -> {
            try {
                return fromJson(json);
            } catch (RuntimeException e) {
                return NONE;
            }
        };
    }
}
