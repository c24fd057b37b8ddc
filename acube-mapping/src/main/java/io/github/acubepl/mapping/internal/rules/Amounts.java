package io.github.acubepl.mapping.internal.rules;

import static io.github.acubepl.mapping.internal.rules.InvoiceView.at;

import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** Helpers the amount-reading rules share. */
final class Amounts {
    static final BigDecimal CENT = new BigDecimal("0.01");
    static final BigDecimal HUNDRED = new BigDecimal("100");
    static final Set<String> CORRECTIONS = Set.of("KOR", "KOR_ZAL", "KOR_ROZ");

    private Amounts() {
    }

    /** Plain notation for messages. */
    static String plain(BigDecimal d) {
        return d.toPlainString();
    }

    /** The sum of the net fields of a rate group, or {@code null} when none of them is given. */
    static BigDecimal net(InvoiceView inv, RateGroup g) {
        BigDecimal sum = null;
        for (String f : g.netFields()) {
            BigDecimal v = inv.decimal(at(inv.fa(), f));
            if (v != null) {
                sum = sum == null ? v : sum.add(v);
            }
        }
        return sum;
    }

    /** A field of {@code Fa} as a decimal, or {@code null}; {@code null} name gives {@code null}. */
    static BigDecimal field(InvoiceView inv, String name) {
        return name == null ? null : inv.decimal(at(inv.fa(), name));
    }

    /** Whether a field of {@code Fa} is given but not readable as a number. */
    static boolean unreadable(InvoiceView inv, String name) {
        return name != null && inv.unreadableNumber(at(inv.fa(), name));
    }

    /**
     * Whether every total (P_13_x, P_14_x, P_14_xW, P_15), every line's P_11 and rate, and the margin
     * flag can be read. A value invalid for its type is not absent: rules that sum or compare amounts
     * are skipped while one they read is invalid, since the structural issue already says what is
     * wrong and the arithmetic would not.
     */
    static boolean totalsReadable(InvoiceView inv) {
        for (RateGroup g : inv.facts().rateGroups()) {
            for (String f : g.netFields()) {
                if (unreadable(inv, f)) {
                    return false;
                }
            }
            if (unreadable(inv, g.vatField()) || unreadable(inv, g.vatPlnField())) {
                return false;
            }
        }
        return !unreadable(inv, "P_15") && linesReadable(inv, List.of("P_11"), List.of("P_12", "P_12_XII"))
                && !inv.invalid(inv.facts().marginNode(at(inv.fa(), "Adnotacje")));
    }

    /** Whether no line holds an unreadable number in {@code amounts} or an invalid value in {@code codes}. */
    static boolean linesReadable(InvoiceView inv, List<String> amounts, List<String> codes) {
        return inv.once(List.of("linesReadable", amounts, codes), () -> scanLines(inv, amounts, codes));
    }

    private static boolean scanLines(InvoiceView inv, List<String> amounts, List<String> codes) {
        for (XmlNode line : inv.lines()) {
            for (String a : amounts) {
                if (inv.unreadableNumber(line.child(a))) {
                    return false;
                }
            }
            for (String c : codes) {
                if (inv.invalid(line.child(c))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether the invoice is under the margin scheme. */
    static boolean margin(InvoiceView inv) {
        return Boolean.TRUE.equals(inv.facts().margin(inv, at(inv.fa(), "Adnotacje")));
    }

    /** The rate code of a line ({@code P_12}), or {@code null}. */
    static String rate(InvoiceView inv, XmlNode line) {
        return inv.text(line.child("P_12"));
    }

    /** Whether a line is for the OSS procedure ({@code P_12_XII} given). */
    static boolean oss(InvoiceView inv, XmlNode line) {
        return line.child("P_12_XII") != null && !inv.invalid(line.child("P_12_XII"));
    }
}
