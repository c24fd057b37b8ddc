package io.github.acubepl.render.internal;

import io.github.acubepl.render.internal.View.Block;
import io.github.acubepl.render.internal.View.Columns;
import io.github.acubepl.render.internal.View.Field;
import io.github.acubepl.render.internal.View.Fields;
import io.github.acubepl.render.internal.View.Group;
import io.github.acubepl.render.internal.View.KodI;
import io.github.acubepl.render.internal.View.Section;
import io.github.acubepl.render.internal.View.Table;
import io.github.acubepl.render.internal.View.Text;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a {@link View} as one self-contained HTML file: inline CSS with A4 print styles, the KOD I
 * QR code as inline SVG, no script, no external resource. The markup is XHTML-compatible (every
 * element closed, no named entities), so an XML parser reads it back; every value passes through
 * the escaping {@link Html} writer.
 */
public final class HtmlWriter {
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+([.,][0-9]+)?");

    private static final String CSS = ""
            + "@page{size:A4;margin:12mm 10mm 14mm 10mm}"
            + "*{box-sizing:border-box}"
            + "body{font-family:'DejaVu Sans','Liberation Sans',Arial,Helvetica,sans-serif;font-size:9.5pt;"
            + "color:#1a1a1a;margin:0 auto;max-width:210mm;padding:8mm}"
            + "header.top{display:flex;justify-content:space-between;align-items:flex-start;"
            + "border-bottom:2px solid #343a40;padding-bottom:4mm;margin-bottom:4mm}"
            + ".brand{font-size:15pt;font-weight:bold}.brand .e{color:#d4001a}"
            + ".meta{text-align:right}.meta .kind{font-size:12pt;font-weight:bold;margin:1mm 0}"
            + ".meta .number{font-size:11pt}"
            + "section{margin:0 0 4mm 0;break-inside:auto}"
            + "h2{font-size:11pt;border-bottom:1px solid #adb5bd;margin:0 0 2mm 0;padding-bottom:1mm;break-after:avoid}"
            + "h3{font-size:10pt;margin:2mm 0 1mm 0;break-after:avoid}"
            + ".cols{display:flex;flex-wrap:wrap;gap:6mm}.cols>.group{flex:1 1 45%;min-width:60mm}"
            + "table{border-collapse:collapse;width:100%;margin:1mm 0 2mm 0}"
            + "table.fields th{text-align:left;font-weight:normal;color:#495057;width:40%;vertical-align:top;"
            + "padding:0.4mm 2mm 0.4mm 0}"
            + "table.fields td{vertical-align:top;padding:0.4mm 0;overflow-wrap:anywhere}"
            + "table.grid th,table.grid td{border:1px solid #ced4da;padding:1mm;vertical-align:top}"
            + "table.grid{font-size:8pt}table.grid td{overflow-wrap:anywhere}"
            + "table.grid th{background:#e9ecef;font-weight:bold;text-align:left}"
            + "table.grid td.num{text-align:right;white-space:nowrap}table.grid td.date{white-space:nowrap}"
            + "table.grid tfoot td{font-weight:bold}"
            + "table.grid tr{break-inside:avoid}"
            + "caption{text-align:left;font-weight:bold;padding:1mm 0}"
            + "p{margin:1mm 0}"
            + ".kodi{display:flex;gap:6mm;align-items:flex-start;break-inside:avoid;border-top:1px solid #adb5bd;"
            + "padding-top:3mm}"
            + ".kodi .qr{text-align:center}.kodi .qr .label{font-weight:bold;font-size:9pt;margin-top:1mm}"
            + ".kodi a{overflow-wrap:anywhere;color:#0b4f9c}"
            + "footer{margin-top:4mm;color:#495057;font-size:8pt}"
            + "@media print{body{padding:0;max-width:none}a{color:inherit;text-decoration:none}}";

    private HtmlWriter() {
    }

    /**
     * The HTML of a view.
     *
     * @param view the view
     * @param lang the document language code ({@code pl}, {@code en})
     */
    public static String write(View view, String lang) {
        Html h = new Html(16_384);
        Labels l = view.labels();
        h.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"").attr("lang", lang).raw(">\n<head>")
                .raw("<meta charset=\"UTF-8\"/>")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
                .open("title", "").text(view.title() + ' ' + view.number()).close("title")
                .raw("<style>").raw(CSS).raw("</style></head>\n<body>\n");
        h.raw("<header class=\"top\"><div class=\"brand\">Krajowy System <span class=\"e\">e</span>-Faktur</div>")
                .open("div", "meta")
                .open("div", "number").text(l.get("@invoiceNumber") + ": ").element("strong", "", view.number())
                .close("div")
                .element("div", "kind", view.title());
        if (view.ksefNumber() != null) {
            h.open("div", "ksef").text(l.get("@ksefNumber") + ": ").element("strong", "", view.ksefNumber())
                    .close("div");
        }
        if (!view.form().isEmpty()) {
            h.element("div", "form", l.get("@schema") + ": " + view.form());
        }
        h.close("div").raw("</header>\n");
        for (Section s : view.sections()) {
            h.open("section", "s-" + s.id()).element("h2", "", s.heading());
            blocks(h, s.blocks());
            h.close("section").raw("\n");
        }
        KodI kodI = view.kodI();
        if (kodI != null) {
            h.open("section", "kodi").open("div", "qr").raw(kodI.qr().svg("40mm"))
                    .element("div", "label", kodI.label()).close("div")
                    .open("div", "").element("h2", "", kodI.heading())
                    .raw("<a").attr("href", kodI.link()).raw(">").text(kodI.link()).close("a")
                    .close("div").close("section").raw("\n");
        }
        if (view.footer() != null) {
            h.element("footer", "", view.footer()).raw("\n");
        }
        h.raw("</body>\n</html>\n");
        return h.toString();
    }

    private static void blocks(Html h, List<Block> blocks) {
        for (Block b : blocks) {
            if (b instanceof Fields) {
                fields(h, (Fields) b);
            } else if (b instanceof Table) {
                table(h, (Table) b);
            } else if (b instanceof Text) {
                h.element("p", "", ((Text) b).text());
            } else if (b instanceof Group) {
                group(h, (Group) b);
            } else if (b instanceof Columns) {
                h.open("div", "cols");
                for (Group g : ((Columns) b).groups()) {
                    group(h, g);
                }
                h.close("div");
            }
        }
    }

    private static void group(Html h, Group g) {
        h.open("div", "group").element("h3", "", g.title());
        blocks(h, g.blocks());
        h.close("div");
    }

    private static void fields(Html h, Fields f) {
        if (f.fields().isEmpty()) {
            return;
        }
        h.open("table", "fields").raw("<tbody>");
        for (Field field : f.fields()) {
            h.raw("<tr>").element("th", "", field.label()).element("td", "", field.value()).raw("</tr>");
        }
        h.raw("</tbody>").close("table");
    }

    private static void table(Html h, Table t) {
        h.open("table", "grid");
        if (t.caption() != null) {
            h.element("caption", "", t.caption());
        }
        h.raw("<thead><tr>");
        for (String header : t.headers()) {
            h.element("th", "", header);
        }
        h.raw("</tr></thead><tbody>");
        for (List<String> row : t.rows()) {
            cells(h, row);
        }
        h.raw("</tbody>");
        if (!t.footer().isEmpty()) {
            h.raw("<tfoot>");
            cells(h, t.footer());
            h.raw("</tfoot>");
        }
        h.close("table");
    }

    /** An amount, a quantity or a line number (right-aligned); not a long identifier such as a KRS number. */
    private static boolean isAmount(String cell) {
        return NUMBER.matcher(cell).matches() && (cell.indexOf('.') >= 0 || cell.indexOf(',') >= 0
                || cell.length() <= 6) || cell.endsWith("%") && NUMBER.matcher(cell.substring(0, cell.length() - 1))
                        .matches();
    }

    private static void cells(Html h, List<String> row) {
        h.raw("<tr>");
        for (String cell : row) {
            h.element("td", isAmount(cell) ? "num" : DATE.matcher(cell).matches() ? "date" : "", cell);
        }
        h.raw("</tr>");
    }
}
