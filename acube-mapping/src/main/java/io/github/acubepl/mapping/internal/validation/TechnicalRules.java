package io.github.acubepl.mapping.internal.validation;

import io.github.acubepl.mapping.KsefEnvironment;
import io.github.acubepl.mapping.Severity;
import io.github.acubepl.mapping.SourceSyntax;
import io.github.acubepl.mapping.ValidationRule;
import io.github.acubepl.mapping.internal.io.Encoding;
import io.github.acubepl.mapping.internal.io.SourceFacts;
import io.github.acubepl.mapping.internal.schema.Text;
import io.github.acubepl.mapping.internal.tree.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * KSeF's technical checks, the same for every schema version: the XML file itself (rule FA-TECH-001:
 * UTF-8 without a byte order mark, no other encoding declared, no processing instructions, no
 * discouraged code points, and the size limit; for JSON input, its encoding and the size of the XML
 * it becomes), and whether the target environment takes the version (rule FA-TECH-002, from the
 * table of {@link KsefEnvironment}).
 */
public final class TechnicalRules {
    public static final ValidationRule TECH_001 = new ValidationRule("FA-TECH-001", ValidationRule.Category.BUSINESS,
            Severity.ERROR,
            "The XML file is UTF-8 without a byte order mark, declares no other encoding, has no processing "
                    + "instructions and no discouraged code points, and is at most 1,000,000 bytes; a JSON invoice "
                    + "is UTF-8 without a byte order mark, and the XML it becomes is at most 1,000,000 bytes",
            "Plik XML jest w UTF-8 bez znacznika BOM, nie deklaruje innego kodowania, nie zawiera instrukcji "
                    + "przetwarzania ani niezalecanych znaków i ma najwyżej 1 000 000 bajtów; faktura JSON jest w "
                    + "UTF-8 bez znacznika BOM, a XML, którym się staje, ma najwyżej 1 000 000 bajtów",
            "<?xml version=\"1.0\" encoding=\"windows-1250\"?>");

    /** Whether KSeF takes the version: one rule for every version, read from {@link KsefEnvironment}. */
    public static final ValidationRule TECH_002 = new ValidationRule("FA-TECH-002", ValidationRule.Category.BUSINESS,
            Severity.WARNING,
            "The target KSeF environment accepts this schema version (KSeF 2.0: " + table(false) + "); without a "
                    + "target environment, a version production does not accept is a warning; with one "
                    + "(ValidationContext.targetEnvironment), a version it does not accept is an error",
            "Docelowe środowisko KSeF przyjmuje tę wersję schematu (KSeF 2.0: " + table(true) + "); bez wskazanego "
                    + "środowiska wersja nieprzyjmowana na produkcji daje ostrzeżenie, a ze wskazanym "
                    + "(ValidationContext.targetEnvironment) wersja przez nie nieprzyjmowana jest błędem",
            "any FA(1) invoice; an FA(2) invoice for PRODUCTION");

    /** KSeF's size limit for an invoice without attachments. */
    public static final long MAX_BYTES = 1_000_000;

    private TechnicalRules() {
    }

    /**
     * Checks the raw facts of the input. XML input: KSeF's checks of the file. JSON input: UTF-8
     * without a byte order mark (RFC 8259 §8.1; A-Cube reads JSON as UTF-8, and the invoice would
     * be sent as the bytes given), and the size of the FA XML it becomes. (Discouraged characters
     * are found by the structural walk, which knows every value's path, for all inputs: a JSON
     * invoice is sent to KSeF as XML.)
     */
    public static void check(SourceFacts facts, SourceSyntax syntax, Issues issues, long maxBytes, Path rootPath) {
        if (syntax == SourceSyntax.XML) {
            if (facts.byteOrderMark()) {
                issues.add(TECH_001, rootPath, "the file starts with a byte order mark; KSeF requires UTF-8 without BOM",
                        "plik zaczyna się znacznikiem BOM; KSeF wymaga UTF-8 bez BOM");
            }
            String enc = facts.declaredEncoding();
            if (enc != null && !enc.equalsIgnoreCase("UTF-8")) {
                issues.add(TECH_001, rootPath, "the XML declaration names encoding '" + Text.shorten(enc)
                                + "'; KSeF requires UTF-8",
                        "deklaracja XML wskazuje kodowanie '" + Text.shorten(enc) + "'; KSeF wymaga UTF-8");
            }
            for (String pi : facts.processingInstructions()) {
                issues.add(TECH_001, rootPath, "processing instruction <?" + Text.shorten(pi) + "?> is not allowed",
                        "instrukcja przetwarzania <?" + Text.shorten(pi) + "?> jest niedozwolona");
            }
            if (facts.size() > maxBytes) {
                issues.add(TECH_001, rootPath,
                        "the file is " + facts.size() + " bytes; KSeF accepts at most " + maxBytes,
                        "plik ma " + facts.size() + " bajtów; KSeF przyjmuje najwyżej " + maxBytes);
            }
            return;
        }
        if (syntax == SourceSyntax.JSON) {
            if (facts.encoding() != Encoding.UTF_8) {
                issues.add(TECH_001, rootPath, "the JSON is encoded in " + facts.encoding().label()
                                + "; A-Cube reads JSON as UTF-8: convert it before sending",
                        "JSON jest zakodowany w " + facts.encoding().label()
                                + "; A-Cube czyta JSON jako UTF-8: należy go przekodować przed wysłaniem");
            } else if (facts.byteOrderMark()) {
                issues.add(TECH_001, rootPath, "the JSON starts with a byte order mark; A-Cube expects UTF-8 without one",
                        "JSON zaczyna się znacznikiem BOM; A-Cube oczekuje UTF-8 bez BOM");
            }
        }
        if (facts.xmlSize() > maxBytes) {
            issues.add(TECH_001, rootPath,
                    "the FA XML this invoice becomes is " + facts.xmlSize() + " bytes; KSeF accepts at most " + maxBytes,
                    "plik FA XML, którym staje się ta faktura, ma " + facts.xmlSize() + " bajtów; KSeF przyjmuje najwyżej "
                            + maxBytes);
        }
    }

    /**
     * Checks that KSeF takes invoices of {@code version}: in the target environment when one is set
     * (an error if not), else in production (a warning if not, saying where it is taken).
     */
    public static void checkEnvironment(String version, Optional<KsefEnvironment> target, Issues issues,
            Path rootPath) {
        Path at = rootPath.child("Naglowek").child("KodFormularza").attribute("kodSystemowy");
        List<KsefEnvironment> accepting = KsefEnvironment.accepting(version);
        if (target.isPresent()) {
            KsefEnvironment env = target.get();
            if (!env.accepts(version)) {
                issues.add(TECH_002, Severity.ERROR, at, "KSeF " + env + " does not accept " + version
                                + " invoices; it takes " + versions(env) + " (" + where(version, accepting, false) + ")",
                        "KSeF " + env + " nie przyjmuje faktur " + version + "; przyjmuje " + versions(env) + " ("
                                + where(version, accepting, true) + ")", null);
            }
            return;
        }
        if (!KsefEnvironment.PRODUCTION.accepts(version)) {
            issues.add(TECH_002, at, where(version, accepting, false) + "; production takes "
                            + versions(KsefEnvironment.PRODUCTION),
                    where(version, accepting, true) + "; środowisko produkcyjne przyjmuje "
                            + versions(KsefEnvironment.PRODUCTION));
        }
    }

    /** Where a version is taken, as a clause: "no KSeF 2.0 environment accepts FA(1) invoices". */
    private static String where(String version, List<KsefEnvironment> accepting, boolean polish) {
        if (accepting.isEmpty()) {
            return polish ? "żadne środowisko KSeF 2.0 nie przyjmuje faktur " + version
                    : "no KSeF 2.0 environment accepts " + version + " invoices";
        }
        List<String> names = new ArrayList<>();
        for (KsefEnvironment e : accepting) {
            names.add(e.name());
        }
        return polish ? "faktury " + version + " przyjmuje tylko KSeF " + String.join(", ", names)
                : "only KSeF " + String.join(", ", names) + " accepts " + version + " invoices";
    }

    private static String versions(KsefEnvironment env) {
        return String.join(", ", new TreeSet<>(env.acceptedVersions()));
    }

    /** The table of {@link KsefEnvironment}, for the rule's title. */
    private static String table(boolean polish) {
        List<String> parts = new ArrayList<>();
        for (KsefEnvironment e : KsefEnvironment.values()) {
            parts.add(e.name() + (polish ? " – " : " takes ") + versions(e));
        }
        return String.join("; ", parts) + (polish ? "; FA(1) nie jest przyjmowana nigdzie"
                : "; FA(1) is taken nowhere");
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
