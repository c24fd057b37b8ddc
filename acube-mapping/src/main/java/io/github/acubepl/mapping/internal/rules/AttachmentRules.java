package io.github.acubepl.mapping.internal.rules;

import static io.github.acubepl.mapping.internal.rules.InvoiceView.all;
import static io.github.acubepl.mapping.internal.rules.InvoiceView.at;

import io.github.acubepl.mapping.Severity;
import io.github.acubepl.mapping.internal.schema.Text;
import io.github.acubepl.mapping.internal.schema.XsdDecimal;
import io.github.acubepl.mapping.internal.tree.XmlNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rules on the tables of an FA(3) attachment ({@code Zalacznik/BlokDanych/Tabela}): the shape of each
 * row against the header, and each cell against its column's type (docs/validation-rules.md lists
 * them). The XSD types every cell as text of 0 to 256 characters, so an empty cell is the "no value"
 * marker and always allowed.
 */
final class AttachmentRules {
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,40}");
    /** A decimal with a point or, as Polish tables write it, a comma. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]{1,40}([.,][0-9]{1,40})?");

    /** Row 67. */
    static final BusinessRule ZALA_201 = BusinessRule.rule("FA-ZALA-201").versions(FaVersion.FA3)
            .severity(Severity.WARNING)
            .title("In each attachment table every row (Wiersz) has as many cells (WKom) as the header has columns "
                            + "(Kol), and the sums row (Suma) at most that many (SKom)",
                    "W każdej tabeli załącznika każdy wiersz (Wiersz) ma tyle komórek (WKom), ile nagłówek ma kolumn "
                            + "(Kol), a wiersz sum (Suma) najwyżej tyle (SKom)")
            .example("a header of 3 columns and a row of 2 cells")
            .check(AttachmentRules::shape);

    /** Row 68. */
    static final BusinessRule ZALA_202 = BusinessRule.rule("FA-ZALA-202").versions(FaVersion.FA3)
            .severity(Severity.WARNING)
            .title("Each non-empty cell of an attachment table (WKom) is a value of its column's type Kol/@Typ: date "
                            + "(YYYY-MM-DD), datetime, time, int, dec (a point or a comma), txt (anything)",
                    "Każda niepusta komórka tabeli załącznika (WKom) jest wartością typu swojej kolumny Kol/@Typ: "
                            + "date (RRRR-MM-DD), datetime, time, int, dec (z kropką lub przecinkiem), txt (dowolny "
                            + "tekst)")
            .example("a cell 12 maja in a date column")
            .check(AttachmentRules::cellTypes);

    static final List<BusinessRule> RULES = List.of(ZALA_201, ZALA_202);

    private AttachmentRules() {
    }

    private static List<XmlNode> tables(InvoiceView inv) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode b : all(at(inv.root(), "Zalacznik"), "BlokDanych")) {
            out.addAll(all(b, "Tabela"));
        }
        return out;
    }

    private static void shape(InvoiceView inv, Reporter out) {
        for (XmlNode table : tables(inv)) {
            int columns = all(table.child("TNaglowek"), "Kol").size();
            if (columns == 0) {
                continue; // the structural check reports a header without columns
            }
            List<XmlNode> rows = all(table, "Wiersz");
            for (int i = 0; i < rows.size(); i++) {
                int cells = all(rows.get(i), "WKom").size();
                if (cells != columns) {
                    out.add(inv.path(rows.get(i)), "row " + (i + 1) + " of an attachment table has " + cells
                                    + " cell(s) (WKom), but the header has " + columns + " column(s) (Kol)",
                            "wiersz " + (i + 1) + " tabeli załącznika ma " + cells + " komórek (WKom), a nagłówek ma "
                                    + columns + " kolumn (Kol)");
                    break;
                }
            }
            XmlNode sums = table.child("Suma");
            int sumCells = all(sums, "SKom").size();
            if (sums != null && sumCells > columns) {
                out.add(inv.path(sums), "the sums row (Suma) of an attachment table has " + sumCells
                                + " cells (SKom), more than the header's " + columns + " columns (Kol)",
                        "wiersz sum (Suma) tabeli załącznika ma " + sumCells + " komórek (SKom), więcej niż "
                                + columns + " kolumn nagłówka (Kol)");
            }
        }
    }

    private static void cellTypes(InvoiceView inv, Reporter out) {
        for (XmlNode table : tables(inv)) {
            List<XmlNode> header = all(table.child("TNaglowek"), "Kol");
            String[] types = new String[header.size()];
            for (int c = 0; c < types.length; c++) {
                types[c] = header.get(c).attribute("Typ");
            }
            List<XmlNode> rows = all(table, "Wiersz");
            boolean reported = false;
            for (int i = 0; i < rows.size() && !reported; i++) {
                List<XmlNode> cells = all(rows.get(i), "WKom");
                for (int c = 0; c < cells.size() && c < types.length; c++) {
                    String value = inv.text(cells.get(c));
                    if (value == null || value.isEmpty() || types[c] == null || fits(types[c], value)) {
                        continue;
                    }
                    String name = inv.text(header.get(c).child("NKom"));
                    String column = (c + 1) + (name == null || name.isEmpty() ? "" : " (" + Text.shorten(name) + ")");
                    out.add(inv.path(cells.get(c)), "row " + (i + 1) + ", column " + column + " of an attachment "
                                    + "table: " + Text.shorten(value) + " is not a value of type " + types[c],
                            "wiersz " + (i + 1) + ", kolumna " + column + " tabeli załącznika: " + Text.shorten(value)
                                    + " nie jest wartością typu " + types[c]);
                    reported = true; // one report per table
                    break;
                }
            }
        }
    }

    /** Whether {@code value} is a value of the column type {@code type}; an unknown type accepts anything. */
    static boolean fits(String type, String value) {
        try {
            switch (type) {
                case "date":
                    LocalDate.parse(value);
                    return value.length() == 10;
                case "datetime":
                    return dateTime(value);
                case "time":
                    LocalTime.parse(value);
                    return true;
                case "int":
                    return INTEGER.matcher(value).matches();
                case "dec":
                    return DECIMAL.matcher(value).matches()
                            && XsdDecimal.parse(value.replace(',', '.'), false) != null;
                default:
                    return true;
            }
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean dateTime(String value) {
        try {
            OffsetDateTime.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            LocalDateTime.parse(value.replace(' ', 'T'));
            return true;
        }
    }
}
