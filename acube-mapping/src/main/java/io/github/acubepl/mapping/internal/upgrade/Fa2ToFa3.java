package io.github.acubepl.mapping.internal.upgrade;

import io.github.acubepl.mapping.internal.schema.Text;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FA(2) → FA(3) (the version diff in ksef-fa-structure.md §12, checked element by element against the
 * two official XSDs): what FA(3) only widens (NrID, NrRB, P_7, roles, currencies, optional addresses and
 * terms, new optional elements) needs nothing; what it renames, requires or splits is a rule of
 * {@link UpgradeRules}.
 */
final class Fa2ToFa3 implements UpgradeStep {
    static final Fa2ToFa3 INSTANCE = new Fa2ToFa3();

    private static final Instant FA3_EARLIEST = Instant.parse("2025-09-01T00:00:00Z");
    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,20}(\\.\\d{1,8})?");
    private static final Pattern TERM = Pattern.compile("(\\d{1,9})\\s+(\\S{1,50})\\s+(\\S.{0,255})",
            Pattern.DOTALL);
    private static final BigDecimal CENT = new BigDecimal("0.01");
    /** Most lines of one split whose assignments to the total fields are enumerated (3^10 = 59049). */
    private static final int MAX_ENUMERATED = 10;

    /** A rate FA(3) splits: the FA(2) code, the total fields and the FA(3) code of each. */
    private record Split(String code, List<String> fields, List<String> codes, UpgradeRule certain,
            UpgradeRule decision) {
    }

    private static final Split ZERO = new Split("0", List.of("P_13_6_1", "P_13_6_2", "P_13_6_3"),
            List.of("0 KR", "0 WDT", "0 EX"), UpgradeRules.ZERO_CERTAIN, UpgradeRules.ZERO_DECISION);
    private static final Split NP = new Split("np", List.of("P_13_8", "P_13_9"), List.of("np I", "np II"),
            UpgradeRules.NP_CERTAIN, UpgradeRules.NP_DECISION);

    private Fa2ToFa3() {
    }

    @Override
    public String from() {
        return "FA(2)";
    }

    @Override
    public String to() {
        return "FA(3)";
    }

    @Override
    public String fromNamespace() {
        return "http://crd.gov.pl/wzor/2023/06/29/12648/";
    }

    @Override
    public String toNamespace() {
        return "http://crd.gov.pl/wzor/2025/06/25/13775/";
    }

    @Override
    public String fromSchemaUrl() {
        return "http://crd.gov.pl/wzor/2023/06/29/12648/schemat.xsd";
    }

    @Override
    public String toSchemaUrl() {
        return "http://crd.gov.pl/wzor/2025/06/25/13775/schemat.xsd";
    }

    @Override
    public List<UpgradeRule> rules() {
        return UpgradeRules.FA2_TO_FA3;
    }

    @Override
    public UpgradeRule namespaceRule() {
        return UpgradeRules.NAMESPACE;
    }

    @Override
    public void apply(Rewrite rw) {
        XmlNode root = rw.target();
        header(rw, root.child("Naglowek"));
        buyer(rw, root);
        XmlNode fa = root.child("Fa");
        if (fa != null) {
            rates(rw, fa);
            payment(rw, fa);
        }
    }

    // ------------------------------------------------------------------------------- header

    private static void header(Rewrite rw, XmlNode header) {
        if (header == null) {
            return;
        }
        XmlNode code = header.child("KodFormularza");
        if (code != null && "FA (2)".equals(code.attribute("kodSystemowy"))) {
            code.replaceAttribute("kodSystemowy", "FA (3)");
            rw.record(UpgradeRules.SYSTEM_CODE, rw.originOf(code), "kodSystemowy", code, "kodSystemowy", "FA (3)",
                    "kodSystemowy 'FA (2)' became 'FA (3)'", "kodSystemowy 'FA (2)' zmieniono na 'FA (3)'");
        }
        XmlNode variant = header.child("WariantFormularza");
        if (variant != null && variant.text().strip().equals("2")) {
            variant.replaceText("3");
            rw.record(UpgradeRules.VARIANT, rw.originOf(variant), null, variant, null, "3",
                    "WariantFormularza 2 became 3", "WariantFormularza 2 zmieniono na 3");
        }
        XmlNode created = header.child("DataWytworzeniaFa");
        if (created != null && beforeFa3(created.text().strip())) {
            String now = DateTimeFormatter.ISO_INSTANT.format(rw.clock().instant().truncatedTo(ChronoUnit.SECONDS));
            String was = Text.shorten(created.text().strip());
            created.replaceText(now);
            rw.record(UpgradeRules.CREATED, rw.originOf(created), null, created, null, now,
                    "DataWytworzeniaFa " + was + " is before 2025-09-01T00:00:00Z, the earliest FA(3) accepts; "
                            + "set to the time of the upgrade",
                    "DataWytworzeniaFa " + was + " jest wcześniejsza niż 2025-09-01T00:00:00Z, najwcześniejsza, "
                            + "jaką przyjmuje FA(3); ustawiono chwilę konwersji");
        }
    }

    /** Whether an xsd:dateTime is before FA(3)'s earliest; {@code false} when it cannot be read (validation says why). */
    private static boolean beforeFa3(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant().isBefore(FA3_EARLIEST);
        } catch (DateTimeParseException e) {
            // no zone: compare the date, the part that decides for every value but one day
            if (value.length() >= 10) {
                try {
                    return LocalDate.parse(value.substring(0, 10)).isBefore(LocalDate.of(2025, 9, 1));
                } catch (DateTimeParseException e2) {
                    return false;
                }
            }
            return false;
        }
    }

    // ------------------------------------------------------------------------------- buyer

    private static void buyer(Rewrite rw, XmlNode root) {
        XmlNode buyer = root.child("Podmiot2");
        if (buyer == null) {
            return;
        }
        Set<String> roles = new LinkedHashSet<>();
        for (XmlNode third : root.children("Podmiot3")) {
            XmlNode role = third.child("Rola");
            if (role != null) {
                roles.add(role.text().strip());
            }
        }
        flag(rw, buyer, "JST", roles.contains("8"), UpgradeRules.JST_FROM_ROLE, UpgradeRules.JST_DEFAULT,
                "a Podmiot3 has Rola 8 (JST unit, recipient)", "Podmiot3 ma Rola 8 (jednostka JST - odbiorca)");
        flag(rw, buyer, "GV", roles.contains("10"), UpgradeRules.GV_FROM_ROLE, UpgradeRules.GV_DEFAULT,
                "a Podmiot3 has Rola 10 (VAT group member, recipient)",
                "Podmiot3 ma Rola 10 (członek grupy VAT - odbiorca)");
    }

    private static void flag(Rewrite rw, XmlNode buyer, String name, boolean yes, UpgradeRule fromRole,
            UpgradeRule byDefault, String whyEn, String whyPl) {
        if (buyer.child(name) != null) {
            return;
        }
        XmlNode added = rw.element(name, yes ? "1" : "2");
        Locations.insertInOrder(buyer, added, rw.targetSchema());
        rw.treeChanged();
        if (yes) {
            rw.record(fromRole, rw.originOf(buyer), null, added, null, "1", name + " = 1, required by FA(3): " + whyEn,
                    name + " = 1, wymagany w FA(3): " + whyPl);
        } else {
            rw.record(byDefault, rw.originOf(buyer), null, added, null, "2",
                    name + " = 2 (no), required by FA(3) and defaulted: no Podmiot3 has the role " + name
                            + " = 1 requires",
                    name + " = 2 (nie), wymagany w FA(3), wartość domyślna: żaden Podmiot3 nie ma roli, której "
                            + "wymaga " + name + " = 1");
        }
    }

    // ------------------------------------------------------------------------------- rates

    private static void rates(Rewrite rw, XmlNode fa) {
        List<XmlNode> lines = fa.children("FaWiersz");
        List<XmlNode> rows = new ArrayList<>();
        XmlNode order = fa.child("Zamowienie");
        if (order != null) {
            rows.addAll(order.children("ZamowienieWiersz"));
        }
        for (Split split : List.of(ZERO, NP)) {
            List<XmlNode> rated = new ArrayList<>();
            for (XmlNode line : lines) {
                XmlNode rate = line.child("P_12");
                if (rate != null && rate.text().strip().equals(split.code())) {
                    rated.add(line);
                }
            }
            if (!rated.isEmpty()) {
                splitLines(rw, fa, rated, split);
            }
            List<XmlNode> ratedRows = new ArrayList<>();
            for (XmlNode row : rows) {
                XmlNode rate = row.child("P_12Z");
                if (rate != null && rate.text().strip().equals(split.code())) {
                    ratedRows.add(row);
                }
            }
            if (!ratedRows.isEmpty()) {
                List<List<String>> allowed = new ArrayList<>();
                for (int i = 0; i < ratedRows.size(); i++) {
                    allowed.add(byPresence(fa, split));
                }
                apply(rw, fa, ratedRows, "P_12Z", split, allowed, "the order's totals");
            }
        }
    }

    /** The FA(3) codes of {@code split}, those whose total field is present first. */
    private static List<String> byPresence(XmlNode fa, Split split) {
        List<String> present = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (int i = 0; i < split.fields().size(); i++) {
            (fa.child(split.fields().get(i)) != null ? present : absent).add(split.codes().get(i));
        }
        present.addAll(absent);
        return present;
    }

    private static int presentCount(XmlNode fa, Split split) {
        int n = 0;
        for (String f : split.fields()) {
            if (fa.child(f) != null) {
                n++;
            }
        }
        return n;
    }

    private static void splitLines(Rewrite rw, XmlNode fa, List<XmlNode> rated, Split split) {
        List<List<String>> allowed = bySums(fa, rated, split);
        if (allowed == null) {
            allowed = new ArrayList<>();
            for (int i = 0; i < rated.size(); i++) {
                allowed.add(byPresence(fa, split));
            }
            if (presentCount(fa, split) == 1) {
                List<List<String>> one = new ArrayList<>();
                for (int i = 0; i < rated.size(); i++) {
                    one.add(List.of(allowed.get(i).get(0)));
                }
                allowed = one;
            }
        }
        apply(rw, fa, rated, "P_12", split, allowed, "the totals");
    }

    /**
     * The FA(3) codes each rated line may take so that every total field of the split equals the sum
     * of its lines' P_11 (±0.01, a StanPrzed line negative), as FA(3)'s FA-SUM-001 will check: per line,
     * the codes of the consistent assignments, the first assignment's code first. {@code null} when
     * the sums do not apply (not a VAT, KOR or UPR invoice, a rated line without a readable P_11, a
     * total unreadable, too many lines to enumerate) or no assignment fits. Only the rated lines
     * count: no other line's rate maps to these total fields.
     */
    private static List<List<String>> bySums(XmlNode fa, List<XmlNode> rated, Split split) {
        XmlNode kindNode = fa.child("RodzajFaktury");
        String kind = kindNode == null ? "" : kindNode.text().strip();
        if (!kind.equals("VAT") && !kind.equals("KOR") && !kind.equals("UPR") || rated.size() > MAX_ENUMERATED) {
            return null;
        }
        for (XmlNode line : rated) {
            if (amount(line.child("P_11")) == null) {
                return null;
            }
        }
        int k = split.fields().size();
        BigDecimal[] declared = new BigDecimal[k];
        for (int f = 0; f < k; f++) {
            XmlNode total = fa.child(split.fields().get(f));
            declared[f] = total == null ? BigDecimal.ZERO : amount(total);
            if (declared[f] == null) {
                return null;
            }
        }
        BigDecimal[] nets = new BigDecimal[rated.size()];
        for (int i = 0; i < rated.size(); i++) {
            XmlNode line = rated.get(i);
            BigDecimal net = amount(line.child("P_11"));
            XmlNode before = line.child("StanPrzed");
            nets[i] = before != null && before.text().strip().equals("1") ? net.negate() : net;
        }
        List<int[]> fits = new ArrayList<>();
        int[] assignment = new int[rated.size()];
        int total = (int) Math.pow(k, rated.size());
        for (int a = 0; a < total; a++) {
            int rest = a;
            BigDecimal[] sums = new BigDecimal[k];
            java.util.Arrays.fill(sums, BigDecimal.ZERO);
            for (int i = 0; i < rated.size(); i++) {
                assignment[i] = rest % k;
                rest /= k;
                sums[assignment[i]] = sums[assignment[i]].add(nets[i]);
            }
            boolean fit = true;
            for (int f = 0; f < k && fit; f++) {
                fit = sums[f].subtract(declared[f]).abs().compareTo(CENT) <= 0;
            }
            if (fit) {
                fits.add(assignment.clone());
            }
        }
        if (fits.isEmpty()) {
            return null; // inconsistent totals: what is present still speaks
        }
        List<List<String>> allowed = new ArrayList<>();
        for (int i = 0; i < rated.size(); i++) {
            Set<String> codes = new LinkedHashSet<>();
            for (int[] fit : fits) {
                codes.add(split.codes().get(fit[i]));
            }
            allowed.add(List.copyOf(codes));
        }
        return allowed;
    }

    private static BigDecimal amount(XmlNode node) {
        if (node == null) {
            return null;
        }
        String t = node.text().strip();
        return AMOUNT.matcher(t).matches() ? new BigDecimal(t) : null;
    }

    private static void apply(Rewrite rw, XmlNode fa, List<XmlNode> rated, String field, Split split,
            List<List<String>> allowed, String by) {
        for (int i = 0; i < rated.size(); i++) {
            XmlNode rate = rated.get(i).child(field);
            List<String> codes = allowed.get(i);
            if (codes.size() == 1) {
                String code = codes.get(0);
                rate.replaceText(code);
                rw.record(split.certain(), rw.originOf(rate), null, rate, null, code,
                        field + " '" + split.code() + "' became '" + code + "', as " + by + " decide ("
                                + String.join(", ", present(fa, split)) + ")",
                        field + " '" + split.code() + "' zmieniono na '" + code + "', co rozstrzygają sumy ("
                                + String.join(", ", present(fa, split)) + ")");
                continue;
            }
            Rewrite.Change c = rw.decide(split.decision(), rw.originOf(rate), rate, codes,
                    field + " '" + split.code() + "' is one of " + String.join(", ", codes) + " in FA(3), and "
                            + by + " (" + (present(fa, split).isEmpty() ? "none of " + String.join(", ", split.fields())
                                    : String.join(", ", present(fa, split))) + ") do not decide which",
                    field + " '" + split.code() + "' to w FA(3) jedna z: " + String.join(", ", codes)
                            + "; sumy nie rozstrzygają, która");
            if (c.answer != null) {
                rate.replaceText(c.answer);
                c.value = c.answer;
            }
        }
    }

    private static List<String> present(XmlNode fa, Split split) {
        List<String> out = new ArrayList<>();
        for (String f : split.fields()) {
            XmlNode n = fa.child(f);
            if (n != null) {
                out.add(f + " = " + Text.shorten(n.text().strip()));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------- payment

    private static void payment(Rewrite rw, XmlNode fa) {
        XmlNode payment = fa.child("Platnosc");
        if (payment == null) {
            return;
        }
        paidInParts(rw, fa, payment);
        for (XmlNode term : payment.children("TerminPlatnosci")) {
            XmlNode text = term.child("TerminOpis");
            if (text != null && text.children().isEmpty()) {
                termText(rw, fa, term, text);
            }
        }
    }

    private static void paidInParts(Rewrite rw, XmlNode fa, XmlNode payment) {
        XmlNode marker = payment.child("ZnacznikZaplatyCzesciowej");
        List<XmlNode> parts = payment.children("ZaplataCzesciowa");
        if (marker == null || !marker.text().strip().equals("1") || parts.size() < 2) {
            return;
        }
        XmlNode settlement = fa.child("Rozliczenie");
        XmlNode dueNode = settlement != null && settlement.child("DoZaplaty") != null ? settlement.child("DoZaplaty")
                : fa.child("P_15");
        BigDecimal due = amount(dueNode);
        BigDecimal sum = BigDecimal.ZERO;
        for (XmlNode part : parts) {
            BigDecimal amount = amount(part.child("KwotaZaplatyCzesciowej"));
            if (amount == null) {
                return;
            }
            sum = sum.add(amount);
        }
        if (due != null && sum.compareTo(due) == 0) {
            marker.replaceText("2");
            rw.record(UpgradeRules.PAID_IN_PARTS, rw.originOf(marker), null, marker, null, "2",
                    "ZnacznikZaplatyCzesciowej 1 became 2: the " + parts.size() + " partial payments add up to the "
                            + "amount due, " + due.toPlainString() + ", which FA(3) marks as paid in full in parts",
                    "ZnacznikZaplatyCzesciowej 1 zmieniono na 2: " + parts.size() + " zapłaty częściowe sumują się "
                            + "do należności " + due.toPlainString() + ", co FA(3) oznacza jako zapłatę w całości w częściach");
        }
    }

    private static void termText(Rewrite rw, XmlNode fa, XmlNode term, XmlNode text) {
        String value = text.text().strip();
        Matcher m = TERM.matcher(value);
        List<String> allowed = m.matches() ? List.of("drop", "DodatkowyOpis", "structured")
                : List.of("drop", "DodatkowyOpis");
        String quoted = Text.shorten(value, 120);
        Rewrite.Change c = rw.decide(UpgradeRules.TERM_TEXT, rw.originOf(text), text, allowed,
                "TerminOpis '" + quoted + "' is free text, which FA(3) has no place for (it takes Ilosc, Jednostka, "
                        + "ZdarzeniePoczatkowe): answer " + String.join(", ", allowed),
                "TerminOpis '" + quoted + "' to dowolny tekst, na który FA(3) nie ma miejsca (przyjmuje Ilosc, "
                        + "Jednostka, ZdarzeniePoczatkowe): odpowiedz " + String.join(", ", allowed));
        if (c.answer == null) {
            return;
        }
        switch (c.answer) {
            case "drop":
                term.removeChild(text);
                rw.treeChanged();
                c.target = term;
                break;
            case "DodatkowyOpis":
                term.removeChild(text);
                XmlNode due = term.child("Termin");
                XmlNode extra = rw.element("DodatkowyOpis", null);
                // the Ministry's FA(3) sample 14 moves its FA(2) TerminOpis texts this way
                extra.addChild(rw.element("Klucz", due == null ? "Termin płatności" : "W terminie "
                        + due.text().strip()));
                extra.addChild(rw.element("Wartosc", value));
                Locations.insertInOrder(fa, extra, rw.targetSchema());
                rw.treeChanged();
                c.target = extra;
                c.value = value;
                break;
            default: // structured
                text.replaceText("");
                text.addChild(rw.element("Ilosc", m.group(1)));
                text.addChild(rw.element("Jednostka", m.group(2)));
                text.addChild(rw.element("ZdarzeniePoczatkowe", m.group(3).strip()));
                c.value = "Ilosc " + m.group(1) + ", Jednostka " + m.group(2) + ", ZdarzeniePoczatkowe "
                        + m.group(3).strip();
                break;
        }
    }
}
