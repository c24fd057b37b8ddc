package io.github.acubepl.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The simulator's {@code propertyPath} for an invoice violation ({@code docs/api-contract.md}, Errors): the
 * issue's JSON Pointer without the leading slash, {@code /} as {@code .}, each name lower-camel with
 * underscores dropped. {@code /Fa/FaWiersze/FaWiersz/1/P_12} → {@code fa.faWiersze.faWiersz.1.p12},
 * {@code /Podmiot1/DaneIdentyfikacyjne/NIP} → {@code podmiot1.daneIdentyfikacyjne.nip}.
 */
final class PropertyPaths {
    private PropertyPaths() {
    }

    static String fromJsonPointer(String pointer) {
        if (pointer.isEmpty()) {
            return "";
        }
        String p = pointer.startsWith("/") ? pointer.substring(1) : pointer;
        List<String> out = new ArrayList<>();
        for (String token : p.split("/", -1)) {
            out.add(lowerCamel(token.replace("~1", "/").replace("~0", "~")));
        }
        return String.join(".", out);
    }

    /**
     * Drops underscores, then lower-cases the leading capitals: all of them when the run ends the name
     * or a digit follows ({@code NIP} → {@code nip}, {@code P_12} → {@code p12}), all but the last when
     * a lower-case letter follows ({@code PPMarzy} → {@code ppMarzy}, {@code FaWiersz} → {@code faWiersz}).
     */
    static String lowerCamel(String name) {
        String s = name.replace("_", "");
        int run = 0;
        while (run < s.length() && Character.isUpperCase(s.charAt(run))) {
            run++;
        }
        if (run == 0) {
            return s;
        }
        int cut = run;
        if (run > 1 && run < s.length() && Character.isLowerCase(s.charAt(run))) {
            cut = run - 1;
        }
        return s.substring(0, cut).toLowerCase(Locale.ROOT) + s.substring(cut);
    }
}
