package io.github.acubepl.mapping.internal.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * A rate group: the total fields that lines of some VAT rates sum into.
 *
 * @param netFields the net total fields, in schema order; more than one where the line's rate code
 *     cannot tell them apart (FA(2): {@code 0} is P_13_6_1, P_13_6_2 or P_13_6_3)
 * @param vatField the VAT total field ({@code P_14_x}), or {@code null}
 * @param vatPlnField the VAT in PLN field ({@code P_14_xW}), or {@code null}
 * @param rates the percentages the group stands for ({@code P_14_x} is the net times one of them),
 *     empty for groups without VAT
 */
public record RateGroup(List<String> netFields, String vatField, String vatPlnField, List<BigDecimal> rates) {
    public RateGroup {
        netFields = List.copyOf(netFields);
        rates = List.copyOf(rates);
    }

    static RateGroup taxed(String suffix, boolean withPln, String... percents) {
        return new RateGroup(List.of("P_13_" + suffix), "P_14_" + suffix, withPln ? "P_14_" + suffix + "W" : null,
                java.util.Arrays.stream(percents).map(BigDecimal::new).toList());
    }

    static RateGroup untaxed(String... netFields) {
        return new RateGroup(List.of(netFields), null, null, List.of());
    }

    /** The net field(s) for messages, e.g. {@code P_13_1} or {@code P_13_8/P_13_9}. */
    public String netName() {
        return String.join("/", netFields);
    }
}
