package io.github.acubepl.mapping.internal.rules;

import static io.github.acubepl.mapping.internal.rules.InvoiceView.at;

import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Small readers shared by the FA(2)/FA(3) rule families {@link AnnotationRulesFa3},
 * {@link LineRulesFa3}, {@link InvoiceTypeRulesFa3}, {@link PaymentRulesFa3} and
 * {@link AttachmentRules}. Total like {@link InvoiceView}: {@code null} instead of an exception.
 */
final class Fa3Support {
    static final BigDecimal CENT = new BigDecimal("0.01");
    static final Set<String> CORRECTIONS = Set.of("KOR", "KOR_ZAL", "KOR_ROZ");

    private Fa3Support() {
    }

    /** {@code RodzajFaktury}, or {@code null}. */
    static String kind(InvoiceView inv) {
        return inv.text(at(inv.fa(), "RodzajFaktury"));
    }

    /** Whether the invoice is a correction (KOR, KOR_ZAL, KOR_ROZ). */
    static boolean correction(InvoiceView inv) {
        String k = kind(inv);
        return k != null && CORRECTIONS.contains(k);
    }

    /** {@code Fa/Adnotacje}, or {@code null}. */
    static XmlNode annotations(InvoiceView inv) {
        return at(inv.fa(), "Adnotacje");
    }

    /** Whether the invoice says it is under the margin scheme. */
    static boolean margin(InvoiceView inv) {
        return Boolean.TRUE.equals(inv.facts().margin(inv, annotations(inv)));
    }

    /** Whether the invoice says it documents exempt supplies. */
    static boolean exempt(InvoiceView inv) {
        return Boolean.TRUE.equals(inv.facts().exemption(inv, annotations(inv)));
    }

    /**
     * The sum of the amounts in {@code nodes}, or {@code null} when one of them is present but
     * unreadable (the structural issue already says what is wrong).
     */
    static BigDecimal sum(InvoiceView inv, List<XmlNode> nodes) {
        BigDecimal total = BigDecimal.ZERO;
        for (XmlNode n : nodes) {
            if (n == null) {
                continue;
            }
            BigDecimal v = inv.decimal(n);
            if (v == null) {
                return null;
            }
            total = total.add(v);
        }
        return total;
    }

    /** Plain notation for messages. */
    static String plain(BigDecimal d) {
        return d.toPlainString();
    }

    /** {@code a} and {@code b} differ by more than {@code tolerance}. */
    static boolean differ(BigDecimal a, BigDecimal b, BigDecimal tolerance) {
        return a.subtract(b).abs().compareTo(tolerance) > 0;
    }
}
