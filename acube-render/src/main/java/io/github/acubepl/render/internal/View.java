package io.github.acubepl.render.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The view model of an invoice: what the official visualisation shows, in its order, with labels in
 * the chosen language and values as written in the invoice, and nothing of any output format. The
 * HTML writer renders it; a PDF writer can render the same view.
 *
 * @param title the invoice kind ("Faktura podstawowa", "Faktura korygująca" …)
 * @param number the invoice number ({@code P_2})
 * @param ksefNumber the KSeF number, when the caller knows it
 * @param form the schema, such as {@code FA (3)}
 * @param sections the sections, in the official order; a section without data is left out
 * @param kodI the KOD I block, when the renderer was given an environment
 * @param footer the "Wytworzona w" line, when the invoice names its system
 * @param labels the label table the view was built with (headings the writers add themselves)
 */
public record View(String title, String number, @Nullable String ksefNumber, String form, List<Section> sections,
        @Nullable KodI kodI, @Nullable String footer, Labels labels) {

    /** A section: a heading and its blocks. */
    public record Section(String id, String heading, List<Block> blocks) {
    }

    /** A part of a section. */
    public sealed interface Block permits Fields, Table, Text, Group, Columns {
    }

    /** A label and its value. */
    public record Field(String label, String value) {
    }

    /** Label/value rows. */
    public record Fields(List<Field> fields) implements Block {
    }

    /**
     * A table.
     *
     * @param caption a caption above it, or null
     * @param headers the column headers
     * @param rows the rows, each as wide as the headers (an absent value is an empty string)
     * @param footer a closing row (sums), or an empty list
     */
    public record Table(@Nullable String caption, List<String> headers, List<List<String>> rows, List<String> footer)
            implements Block {
    }

    /** A paragraph of text. */
    public record Text(String text) implements Block {
    }

    /** A titled group of blocks (one party, one attachment block). */
    public record Group(String title, List<Block> blocks) implements Block {
    }

    /** Groups shown side by side where the page allows (seller and buyer). */
    public record Columns(List<Group> groups) implements Block {
    }

    /**
     * The KOD I block.
     *
     * @param heading "Sprawdź, czy Twoja faktura znajduje się w KSeF!"
     * @param link the verification link
     * @param label the KSeF number, or {@code OFFLINE}
     * @param qr the QR code of the link
     */
    public record KodI(String heading, String link, String label, QrCode qr) {
    }
}
