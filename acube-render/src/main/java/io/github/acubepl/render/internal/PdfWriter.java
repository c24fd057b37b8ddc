package io.github.acubepl.render.internal;

import io.github.acubepl.render.AcubeRenderException;
import io.github.acubepl.render.internal.View.Block;
import io.github.acubepl.render.internal.View.Columns;
import io.github.acubepl.render.internal.View.Field;
import io.github.acubepl.render.internal.View.Fields;
import io.github.acubepl.render.internal.View.Group;
import io.github.acubepl.render.internal.View.KodI;
import io.github.acubepl.render.internal.View.Section;
import io.github.acubepl.render.internal.View.Table;
import io.github.acubepl.render.internal.View.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

/**
 * Writes a {@link View} as an A4 PDF laid out by hand with PDFBox: the same sections, in the same
 * order, as the HTML writer. Text wraps at spaces and, for a token longer than its column (a link),
 * anywhere; tables continue on the next page with their header repeated, and a row taller than a
 * page is split; the KOD I code is drawn as filled rectangles from the module grid (vector), with
 * its label under it and the link, clickable, beside it; every page ends with "n z m" ("n of m").
 *
 * <p>The font is DejaVu Sans, shipped in this jar (see {@code fonts/LICENSE-DejaVu.txt}) and
 * embedded as a subset, so Polish letters render without any system font. A character the font has
 * no glyph for (a control character, an emoji, an unassigned code point) is shown as U+FFFD: invoice
 * text is untrusted and must not stop the rendering.
 */
public final class PdfWriter {
    private static final String FONT_DIR = "fonts/";
    private static final byte[] REGULAR = resource("DejaVuSans.ttf");
    private static final byte[] BOLD = resource("DejaVuSans-Bold.ttf");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+([.,][0-9]+)?%?");

    private static final float PAGE_W = PDRectangle.A4.getWidth();
    private static final float PAGE_H = PDRectangle.A4.getHeight();
    private static final float MARGIN_X = 36f;
    private static final float TOP = PAGE_H - 36f;
    private static final float BOTTOM = 48f;
    private static final float CONTENT_W = PAGE_W - 2 * MARGIN_X;

    private static final float BODY = 8.5f;
    private static final float SMALL = 7f;
    private static final float PAD = 2f;
    private static final float QR_SIZE = 40f / 25.4f * 72f; // 40 mm, as in the HTML
    private static final float[] RED = {0.831f, 0f, 0.102f};
    private static final float[] GREY = {0.29f, 0.31f, 0.34f};
    private static final float[] RULE = {0.68f, 0.71f, 0.74f};
    private static final float[] HEAD_BG = {0.914f, 0.925f, 0.937f};

    private final PDDocument doc;
    private final Face regular;
    private final Face bold;
    private final String pageWord;
    private PDPageContentStream cs;
    private PDPage page;
    private float y;

    private PdfWriter(PDDocument doc, Face regular, Face bold, String pageWord) throws IOException {
        this.doc = doc;
        this.regular = regular;
        this.bold = bold;
        this.pageWord = pageWord;
        newPage0();
    }

    /**
     * Writes the PDF of a view.
     *
     * @param view the view
     * @param lang the document language code ({@code pl}, {@code en})
     * @param out where to write; not closed
     * @throws AcubeRenderException if writing fails
     */
    public static void write(View view, String lang, OutputStream out) {
        Fonts fonts = Fonts.take();
        try (PDDocument doc = new PDDocument()) {
            Face regular = Face.of(doc, fonts.regular, fonts.regularCmap);
            Face bold = Face.of(doc, fonts.bold, fonts.boldCmap);
            PdfWriter w = new PdfWriter(doc, regular, bold, lang.equals("pl") ? "z" : "of");
            try {
                w.body(view);
            } finally {
                w.cs.close();
            }
            w.pageNumbers();
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(regular.clean(view.title() + ' ' + view.number()));
            info.setProducer("acube-render");
            doc.getDocumentCatalog().setLanguage(lang);
            doc.save(out);
            out.flush();
        } catch (IOException | UncheckedIOException e) {
            throw new AcubeRenderException("cannot write the PDF to the output stream", e);
        } finally {
            fonts.give();
        }
    }

    private void body(View view) throws IOException {
        header(view);
        for (Section s : view.sections()) {
            heading(s.heading());
            blocks(s.blocks(), MARGIN_X, CONTENT_W);
            y -= 6;
        }
        KodI kodI = view.kodI();
        if (kodI != null) {
            kodI(kodI);
        }
        if (view.footer() != null) {
            y -= 4;
            paragraph(view.footer(), regular, SMALL, MARGIN_X, CONTENT_W, GREY);
        }
    }

    // ---------------------------------------------------------------- header, sections, blocks

    private void header(View view) throws IOException {
        Labels l = view.labels();
        float top = y;
        float brand = 15f;
        float by = top - brand;
        text(bold, brand, MARGIN_X, by, "Krajowy System ", null);
        float x = MARGIN_X + bold.width("Krajowy System ", brand);
        text(bold, brand, x, by, "e", RED);
        x += bold.width("e", brand);
        text(bold, brand, x, by, "-Faktur", null);

        float metaW = CONTENT_W * 0.55f;
        float metaX = PAGE_W - MARGIN_X - metaW;
        y = top;
        rightLines(l.get("@invoiceNumber") + ": " + view.number(), bold, 11f, metaX, metaW);
        rightLines(view.title(), bold, 12f, metaX, metaW);
        if (view.ksefNumber() != null) {
            rightLines(l.get("@ksefNumber") + ": " + view.ksefNumber(), regular, BODY, metaX, metaW);
        }
        if (!view.form().isEmpty()) {
            rightLines(l.get("@schema") + ": " + view.form(), regular, BODY, metaX, metaW);
        }
        y = Math.min(y, by - 4) - 4;
        line(MARGIN_X, y, PAGE_W - MARGIN_X, y, 1.5f, new float[] {0.2f, 0.23f, 0.25f});
        y -= 12;
    }

    private void rightLines(String s, Face face, float size, float x, float width) throws IOException {
        for (String line : wrap(s, face, size, width)) {
            ensure(size * 1.25f);
            y -= size * 1.25f;
            text(face, size, x + width - face.width(line, size), y + size * 0.25f, line, null);
        }
    }

    private void heading(String heading) throws IOException {
        // a heading never ends a page: keep it with a few lines of what follows
        ensure(11f * 1.3f + 4 + 4 * BODY * 1.3f);
        y -= 11f * 1.3f;
        text(bold, 11f, MARGIN_X, y + 3, heading, null);
        y -= 1;
        line(MARGIN_X, y, PAGE_W - MARGIN_X, y, 0.6f, RULE);
        y -= 5;
    }

    private void blocks(List<Block> blocks, float x, float width) throws IOException {
        for (Block b : blocks) {
            if (b instanceof Fields) {
                fields(((Fields) b).fields(), x, width);
            } else if (b instanceof Table) {
                table((Table) b, x, width);
            } else if (b instanceof Text) {
                paragraph(((Text) b).text(), regular, BODY, x, width, null);
                y -= 2;
            } else if (b instanceof Group) {
                group((Group) b, x, width);
            } else if (b instanceof Columns) {
                columns(((Columns) b).groups(), x, width);
            }
        }
    }

    private void group(Group g, float x, float width) throws IOException {
        ensure(10f * 1.3f + 3 * BODY * 1.3f);
        paragraph(g.title(), bold, 10f, x, width, null);
        y -= 1;
        blocks(g.blocks(), x, width);
        y -= 3;
    }

    /** Groups side by side, two a row, when both fit on one page; one under the other otherwise. */
    private void columns(List<Group> groups, float x, float width) throws IOException {
        float gap = 16f;
        float half = (width - gap) / 2;
        for (int i = 0; i < groups.size(); i += 2) {
            Group left = groups.get(i);
            Group right = i + 1 < groups.size() ? groups.get(i + 1) : null;
            float hl = fieldsOnlyHeight(left, half);
            float hr = right == null ? 0 : fieldsOnlyHeight(right, half);
            float h = Math.max(hl, hr);
            if (hl < 0 || hr < 0 || h > TOP - BOTTOM) {
                group(left, x, width);
                if (right != null) {
                    group(right, x, width);
                }
                continue;
            }
            ensure(h);
            float top = y;
            group(left, x, half);
            float afterLeft = y;
            y = top;
            if (right != null) {
                group(right, x + half + gap, half);
            }
            y = Math.min(afterLeft, y);
        }
    }

    /** The height of a group of label/value rows at a width, or -1 if it holds anything else. */
    private float fieldsOnlyHeight(Group g, float width) {
        float h = wrap(g.title(), bold, 10f, width).size() * 10f * 1.3f + 1 + 3;
        for (Block b : g.blocks()) {
            if (!(b instanceof Fields)) {
                return -1;
            }
            float labelW = width * 0.4f;
            for (Field f : ((Fields) b).fields()) {
                int n = Math.max(wrap(f.label(), regular, BODY, labelW - 4).size(),
                        wrap(f.value(), regular, BODY, width - labelW).size());
                h += n * BODY * 1.3f + 1.2f;
            }
        }
        return h;
    }

    private void fields(List<Field> fields, float x, float width) throws IOException {
        float labelW = width * 0.4f;
        float leading = BODY * 1.3f;
        for (Field f : fields) {
            List<String> label = wrap(f.label(), regular, BODY, labelW - 4);
            List<String> value = wrap(f.value(), regular, BODY, width - labelW);
            int n = Math.max(label.size(), value.size());
            // a short row stays on one page; a row taller than what is left is split line by line
            if (n <= 6) {
                ensure(n * leading);
            }
            int i = 0;
            while (i < n) {
                ensure(leading);
                int fit = Math.max(1, (int) ((y - BOTTOM) / leading));
                int end = Math.min(n, i + fit);
                float top = y;
                for (int j = i; j < end && j < label.size(); j++) {
                    text(regular, BODY, x, top - (j - i + 1) * leading + 2.5f, label.get(j), GREY);
                }
                for (int j = i; j < end && j < value.size(); j++) {
                    text(regular, BODY, x + labelW, top - (j - i + 1) * leading + 2.5f, value.get(j), null);
                }
                y = top - (end - i) * leading;
                i = end;
                if (i < n) {
                    newPage();
                }
            }
            y -= 1.2f;
        }
    }

    private void paragraph(String s, Face face, float size, float x, float width, float[] color)
            throws IOException {
        float leading = size * 1.3f;
        for (String line : wrap(s, face, size, width)) {
            ensure(leading);
            y -= leading;
            text(face, size, x, y + size * 0.3f, line, color);
        }
    }

    // ---------------------------------------------------------------- tables

    private void table(Table t, float x, float width) throws IOException {
        int cols = t.headers().size();
        if (cols == 0) {
            return;
        }
        if (t.caption() != null) {
            ensure(BODY * 1.3f * 4);
            paragraph(t.caption(), bold, BODY, x, width, null);
            y -= 1;
        }
        float[] w = columnWidths(t, width);
        List<List<String>> header = cellLines(t.headers(), bold, w);
        boolean[] numeric = new boolean[cols];
        for (int c = 0; c < cols; c++) {
            numeric[c] = true;
            boolean any = false;
            for (List<String> row : t.rows()) {
                String v = c < row.size() ? row.get(c) : "";
                if (!v.isEmpty()) {
                    any = true;
                    numeric[c] &= NUMBER.matcher(v).matches() && (v.length() <= 6 || v.endsWith("%") || v.indexOf('.') >= 0
                            || v.indexOf(',') >= 0);
                }
            }
            numeric[c] &= any;
        }
        // the header and the first row stay together
        ensure(rowHeight(header) + rowHeight(t.rows().isEmpty() ? header
                : cellLines(t.rows().get(0), regular, w)));
        row(header, x, w, bold, HEAD_BG, numeric, null);
        for (List<String> r : t.rows()) {
            row(cellLines(r, regular, w), x, w, regular, null, numeric, header);
        }
        if (!t.footer().isEmpty()) {
            row(cellLines(t.footer(), bold, w), x, w, bold, null, numeric, header);
        }
        y -= 5;
    }

    private static float rowHeight(List<List<String>> cells) {
        int n = 1;
        for (List<String> c : cells) {
            n = Math.max(n, c.size());
        }
        return n * SMALL * 1.3f + 2 * PAD;
    }

    private List<List<String>> cellLines(List<String> row, Face face, float[] w) {
        List<List<String>> out = new ArrayList<>(w.length);
        for (int c = 0; c < w.length; c++) {
            out.add(wrap(c < row.size() ? row.get(c) : "", face, SMALL, w[c] - 2 * PAD));
        }
        return out;
    }

    /**
     * One table row; a row that does not fit what is left of the page goes to the next one, after
     * the header again, and a row taller than a page is split across pages.
     */
    private void row(List<List<String>> cells, float x, float[] w, Face face, float[] background, boolean[] numeric,
            List<List<String>> header) throws IOException {
        float leading = SMALL * 1.3f;
        int n = 1;
        for (List<String> c : cells) {
            n = Math.max(n, c.size());
        }
        float full = n * leading + 2 * PAD;
        float headerH = header == null ? 0 : rowHeight(header);
        if (full > y - BOTTOM && full <= TOP - BOTTOM - headerH) {
            continuePage(x, w, header, numeric);
        }
        int i = 0;
        while (i < n) {
            if (y - BOTTOM < leading + 2 * PAD) {
                continuePage(x, w, header, numeric);
            }
            int fit = Math.max(1, (int) ((y - BOTTOM - 2 * PAD) / leading));
            int end = Math.min(n, i + fit);
            float h = (end - i) * leading + 2 * PAD;
            float cx = x;
            for (int c = 0; c < w.length; c++) {
                if (background != null) {
                    fill(cx, y - h, w[c], h, background);
                }
                List<String> lines = cells.get(c);
                for (int j = i; j < end && j < lines.size(); j++) {
                    String s = lines.get(j);
                    float ty = y - PAD - (j - i + 1) * leading + 2.2f;
                    float tx = numeric[c] && face == regular ? cx + w[c] - PAD - face.width(s, SMALL) : cx + PAD;
                    text(face, SMALL, tx, ty, s, null);
                }
                cx += w[c];
            }
            grid(x, y, w, h);
            y -= h;
            i = end;
            if (i < n) {
                continuePage(x, w, header, numeric);
            }
        }
    }

    private void continuePage(float x, float[] w, List<List<String>> header, boolean[] numeric) throws IOException {
        newPage();
        if (header != null) {
            row(header, x, w, bold, HEAD_BG, numeric, null);
        }
    }

    private void grid(float x, float top, float[] w, float h) throws IOException {
        cs.setStrokingColor(0.81f, 0.83f, 0.85f);
        cs.setLineWidth(0.5f);
        float cx = x;
        for (float cw : w) {
            cs.addRect(cx, top - h, cw, h);
            cx += cw;
        }
        cs.stroke();
    }

    /**
     * Column widths: each column at least as wide as its longest header word (up to a cap), the rest
     * shared in proportion to how much wider each column's widest cell would like to be.
     */
    private float[] columnWidths(Table t, float width) {
        int cols = t.headers().size();
        float[] min = new float[cols];
        float[] want = new float[cols];
        float cap = Math.min(60f, width / cols);
        for (int c = 0; c < cols; c++) {
            float m = 0;
            for (String word : t.headers().get(c).split("\\s+")) {
                m = Math.max(m, bold.width(word, SMALL));
            }
            min[c] = Math.min(cap, m + 2 * PAD);
            want[c] = Math.max(min[c], Math.min(width, bold.width(t.headers().get(c), SMALL) + 2 * PAD));
        }
        List<List<String>> rows = new ArrayList<>(t.rows());
        if (!t.footer().isEmpty()) {
            rows.add(t.footer());
        }
        for (List<String> r : rows) {
            for (int c = 0; c < cols && c < r.size(); c++) {
                String v = r.get(c);
                if (v.length() * SMALL * 0.3f > want[c]) { // cheap bound before measuring
                    want[c] = Math.max(want[c], Math.min(width, regular.width(v, SMALL) + 2 * PAD));
                }
            }
        }
        float sumMin = 0;
        float sumWant = 0;
        for (int c = 0; c < cols; c++) {
            sumMin += min[c];
            sumWant += want[c];
        }
        float[] w = new float[cols];
        if (sumMin >= width) {
            for (int c = 0; c < cols; c++) {
                w[c] = width * min[c] / sumMin;
            }
        } else if (sumWant <= width) {
            for (int c = 0; c < cols; c++) {
                w[c] = want[c] * width / sumWant;
            }
        } else {
            float extra = width - sumMin;
            float over = sumWant - sumMin;
            for (int c = 0; c < cols; c++) {
                w[c] = min[c] + extra * (want[c] - min[c]) / over;
            }
        }
        return w;
    }

    // ---------------------------------------------------------------- KOD I, page numbers

    private void kodI(KodI k) throws IOException {
        float labelH = 10f * 1.4f;
        float linkW = CONTENT_W - QR_SIZE - 16;
        List<String> heading = wrap(k.heading(), bold, 11f, linkW);
        List<String> link = wrap(k.link(), regular, BODY, linkW);
        float textH = heading.size() * 11f * 1.3f + 4 + link.size() * BODY * 1.3f;
        ensure(Math.max(QR_SIZE + labelH, textH) + 12);
        y -= 4;
        line(MARGIN_X, y, PAGE_W - MARGIN_X, y, 0.6f, RULE);
        y -= 8;
        float top = y;
        QrCode qr = k.qr();
        float module = QR_SIZE / qr.size();
        cs.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < qr.size(); row++) {
            int col = 0;
            while (col < qr.size()) {
                if (!qr.isDark(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < qr.size() && qr.isDark(col, row)) {
                    col++;
                }
                cs.addRect(MARGIN_X + start * module, top - (row + 1) * module, (col - start) * module, module);
            }
        }
        cs.fill();
        String label = bold.clean(k.label());
        float labelSize = Math.min(9f, 9f * QR_SIZE / Math.max(1f, bold.width(label, 9f)));
        text(bold, labelSize, MARGIN_X + (QR_SIZE - bold.width(label, labelSize)) / 2, top - QR_SIZE - labelH + 4,
                label, null);

        float tx = MARGIN_X + QR_SIZE + 16;
        y = top;
        for (String h : heading) {
            y -= 11f * 1.3f;
            text(bold, 11f, tx, y + 3, h, null);
        }
        y -= 4;
        float linkTop = y;
        float[] blue = {0.043f, 0.31f, 0.612f};
        for (String s : link) {
            y -= BODY * 1.3f;
            text(regular, BODY, tx, y + 2.5f, s, blue);
        }
        PDAnnotationLink annotation = new PDAnnotationLink();
        PDActionURI uri = new PDActionURI();
        uri.setURI(k.link());
        annotation.setAction(uri);
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        annotation.setBorderStyle(border);
        annotation.setRectangle(new PDRectangle(tx, y, linkW, linkTop - y));
        page.getAnnotations().add(annotation);
        y = Math.min(y, top - QR_SIZE - labelH) - 4;
    }

    private void pageNumbers() throws IOException {
        int total = doc.getNumberOfPages();
        int n = 0;
        for (PDPage p : doc.getPages()) {
            n++;
            try (PDPageContentStream s = new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND, true,
                    true)) {
                String text = n + " " + pageWord + " " + total;
                s.beginText();
                s.setFont(regular.font, SMALL);
                s.setNonStrokingColor(GREY[0], GREY[1], GREY[2]);
                s.newLineAtOffset(PAGE_W - MARGIN_X - regular.width(text, SMALL), BOTTOM - 24);
                s.showText(text);
                s.endText();
            }
        }
    }

    // ---------------------------------------------------------------- drawing primitives

    private void ensure(float height) throws IOException {
        if (y - height < BOTTOM && y < TOP) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        cs.close();
        newPage0();
    }

    private void newPage0() throws IOException {
        page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = TOP;
    }

    /** Draws one line of text, already cleaned and wrapped. */
    private void text(Face face, float size, float x, float baseline, String s, float[] color) throws IOException {
        if (s.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(face.font, size);
        if (color != null) {
            cs.setNonStrokingColor(color[0], color[1], color[2]);
        } else {
            cs.setNonStrokingColor(0.1f, 0.1f, 0.1f);
        }
        cs.newLineAtOffset(x, baseline);
        cs.showText(s);
        cs.endText();
    }

    private void line(float x1, float y1, float x2, float y2, float width, float[] color) throws IOException {
        cs.setStrokingColor(color[0], color[1], color[2]);
        cs.setLineWidth(width);
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }

    private void fill(float x, float y0, float w, float h, float[] color) throws IOException {
        cs.setNonStrokingColor(color[0], color[1], color[2]);
        cs.addRect(x, y0, w, h);
        cs.fill();
    }

    /**
     * The lines of a text at a width: line feeds kept, breaks at spaces, and a token wider than the
     * width (a link, a long number) broken anywhere. Characters the font cannot show are replaced
     * first.
     */
    static List<String> wrap(String s, Face face, float size, float width) {
        List<String> out = new ArrayList<>();
        float max = Math.max(width, size); // at least one character a line
        for (String para : face.clean(s).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float lineW = 0;
            float space = face.width(" ", size);
            for (String word : para.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                float ww = face.width(word, size);
                if (line.length() > 0 && lineW + space + ww <= max) {
                    line.append(' ').append(word);
                    lineW += space + ww;
                    continue;
                }
                if (line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                    lineW = 0;
                }
                if (ww <= max) {
                    line.append(word);
                    lineW = ww;
                    continue;
                }
                // a token wider than the column: break it between characters
                int i = 0;
                while (i < word.length()) {
                    int cp = word.codePointAt(i);
                    float cw = face.width(cp, size);
                    if (line.length() > 0 && lineW + cw > max) {
                        out.add(line.toString());
                        line.setLength(0);
                        lineW = 0;
                    }
                    line.appendCodePoint(cp);
                    lineW += cw;
                    i += Character.charCount(cp);
                }
            }
            out.add(line.toString());
        }
        while (out.size() > 1 && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfWriter.class.getResourceAsStream(FONT_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("the font " + name + " is missing from the acube-render jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The two faces parsed from the jar's font files. Parsing them is a third of the time of a one-page
     * PDF, so parsed fonts are kept in a small pool and reused: a document takes a pair for itself
     * (PDFBox reads, never changes, a font it embeds as a subset, and never closes one it was handed),
     * so no two threads share one.
     */
    private static final class Fonts {
        private static final int POOL_SIZE = 4;
        private static final java.util.concurrent.BlockingQueue<Fonts> POOL =
                new java.util.concurrent.ArrayBlockingQueue<>(POOL_SIZE);

        final TrueTypeFont regular;
        final TrueTypeFont bold;
        final CmapLookup regularCmap;
        final CmapLookup boldCmap;

        private Fonts() throws IOException {
            regular = new TTFParser().parse(new RandomAccessReadBuffer(REGULAR));
            bold = new TTFParser().parse(new RandomAccessReadBuffer(BOLD));
            // No glyph substitution: Latin text needs none, and PDFBox's GSUB pass was 40 % of a long PDF's time.
            regular.setEnableGsub(false);
            bold.setEnableGsub(false);
            regularCmap = regular.getUnicodeCmapLookup();
            boldCmap = bold.getUnicodeCmapLookup();
        }

        static Fonts take() {
            Fonts f = POOL.poll();
            if (f != null) {
                return f;
            }
            try {
                return new Fonts();
            } catch (IOException e) {
                throw new AcubeRenderException("the font shipped in the acube-render jar cannot be read", e);
            }
        }

        /** Back to the pool, or dropped when the pool is full. */
        void give() {
            POOL.offer(this);
        }
    }

    /** One embedded font of one document, with its character map and a cache of glyph widths. */
    static final class Face {
        final PDType0Font font;
        private final CmapLookup cmap;
        private final int replacement;
        private final Map<Integer, Float> widths = new HashMap<>();

        private Face(PDType0Font font, CmapLookup cmap) {
            this.font = font;
            this.cmap = cmap;
            this.replacement = cmap.getGlyphId(0xFFFD) > 0 ? 0xFFFD : '?';
        }

        static Face of(PDDocument doc, TrueTypeFont ttf, CmapLookup cmap) throws IOException {
            return new Face(PDType0Font.load(doc, ttf, true), cmap);
        }

        /**
         * The text with every character the font cannot show replaced: tabs become spaces, line
         * feeds stay, other control characters and characters without a glyph become U+FFFD.
         */
        String clean(String s) {
            StringBuilder out = null;
            for (int i = 0; i < s.length();) {
                int cp = s.codePointAt(i);
                int n = Character.charCount(cp);
                int keep = cp == '\n' ? cp : cp == '\t' || cp == '\r' ? ' ' : shows(cp) ? cp : replacement;
                if (keep != cp && out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                if (out != null) {
                    out.appendCodePoint(keep);
                }
                i += n;
            }
            return out == null ? s : out.toString();
        }

        private boolean shows(int cp) {
            if (Character.isISOControl(cp) || Character.isSurrogate((char) (cp & 0xFFFF)) && cp <= 0xFFFF
                    || Character.getType(cp) == Character.UNASSIGNED) {
                return false;
            }
            return cmap.getGlyphId(cp) > 0;
        }

        float width(int cp, float size) {
            Float w = widths.get(cp);
            if (w == null) {
                try {
                    w = font.getStringWidth(new String(Character.toChars(cp)));
                } catch (IOException | IllegalArgumentException e) {
                    w = 0f;
                }
                widths.put(cp, w);
            }
            return w * size / 1000f;
        }

        float width(String s, float size) {
            float w = 0;
            for (int i = 0; i < s.length();) {
                int cp = s.codePointAt(i);
                w += width(cp, size);
                i += Character.charCount(cp);
            }
            return w;
        }
    }
}
