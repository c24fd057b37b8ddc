package io.github.acubepl.mapping.internal.validation;

import io.github.acubepl.mapping.Severity;
import io.github.acubepl.mapping.SourceSyntax;
import io.github.acubepl.mapping.ValidationRule;
import io.github.acubepl.mapping.internal.io.SourceFacts;
import io.github.acubepl.mapping.internal.tree.Path;

/**
 * KSeF's technical checks of the XML file itself (rule FA-TECH-001): UTF-8 without a byte order
 * mark, no other encoding declared, no processing instructions, no discouraged code points, and
 * the size limit.
 */
public final class TechnicalRules {
    public static final ValidationRule TECH_001 = new ValidationRule("FA-TECH-001", ValidationRule.Category.BUSINESS,
            Severity.ERROR,
            "The XML file is UTF-8 without a byte order mark, declares no other encoding, has no processing "
                    + "instructions and no discouraged code points, and is at most 1,000,000 bytes",
            "Plik XML jest w UTF-8 bez znacznika BOM, nie deklaruje innego kodowania, nie zawiera instrukcji "
                    + "przetwarzania ani niezalecanych znaków i ma najwyżej 1 000 000 bajtów",
            "<?xml version=\"1.0\" encoding=\"windows-1250\"?>");

    /** KSeF's size limit for an invoice without attachments. */
    public static final long MAX_BYTES = 1_000_000;

    private TechnicalRules() {
    }

    /**
     * Checks the raw facts of XML input. (Discouraged characters are found by the structural walk,
     * which knows every value's path, for all inputs: a JSON invoice is sent to KSeF as XML.)
     */
    public static void check(SourceFacts facts, SourceSyntax syntax, Issues issues, long maxBytes, Path rootPath) {
        if (syntax == SourceSyntax.XML) {
            if (facts.byteOrderMark()) {
                issues.add(TECH_001, rootPath, "the file starts with a byte order mark; KSeF requires UTF-8 without BOM",
                        "plik zaczyna się znacznikiem BOM; KSeF wymaga UTF-8 bez BOM");
            }
            String enc = facts.declaredEncoding();
            if (enc != null && !enc.equalsIgnoreCase("UTF-8")) {
                issues.add(TECH_001, rootPath, "the XML declaration names encoding '" + enc + "'; KSeF requires UTF-8",
                        "deklaracja XML wskazuje kodowanie '" + enc + "'; KSeF wymaga UTF-8");
            }
            for (String pi : facts.processingInstructions()) {
                issues.add(TECH_001, rootPath, "processing instruction <?" + pi + "?> is not allowed",
                        "instrukcja przetwarzania <?" + pi + "?> jest niedozwolona");
            }
            if (facts.size() > maxBytes) {
                issues.add(TECH_001, rootPath,
                        "the file is " + facts.size() + " bytes; KSeF accepts at most " + maxBytes,
                        "plik ma " + facts.size() + " bajtów; KSeF przyjmuje najwyżej " + maxBytes);
            }
        }
    }

    /** The first code point XML 1.0 discourages (§2.2), or -1. */
    public static int firstDiscouraged(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp >= 0x7F && cp <= 0x84 || cp >= 0x86 && cp <= 0x9F || cp >= 0xFDD0 && cp <= 0xFDEF
                    || cp > 0xFFFF && (cp & 0xFFFE) == 0xFFFE) {
                return cp;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }
}
