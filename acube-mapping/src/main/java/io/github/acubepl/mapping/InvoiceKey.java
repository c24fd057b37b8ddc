package io.github.acubepl.mapping;

import java.util.Objects;

/**
 * What KSeF uses to recognise a duplicate invoice: the seller's NIP, the invoice kind
 * ({@code RodzajFaktury}) and the invoice number ({@code P_2}).
 *
 * @param sellerNip {@code Podmiot1/DaneIdentyfikacyjne/NIP}
 * @param invoiceKind {@code Fa/RodzajFaktury}
 * @param number {@code Fa/P_2}
 */
public record InvoiceKey(String sellerNip, String invoiceKind, String number) {
    public InvoiceKey {
        Objects.requireNonNull(sellerNip, "sellerNip");
        Objects.requireNonNull(invoiceKind, "invoiceKind");
        Objects.requireNonNull(number, "number");
    }
}
