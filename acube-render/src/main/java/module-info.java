/**
 * Showing invoices: FA(1), FA(2) and FA(3) in the layout of the official KSeF visualisation, as one
 * self-contained HTML file or an A4 PDF, with the KOD I verification link and its QR code
 * ({@link io.github.acubepl.render.InvoiceRenderer}, {@link io.github.acubepl.render.KsefQr}).
 * The plumbing (the view model, the writers) is in a package that is not exported.
 */
module io.github.acubepl.render {
    requires transitive io.github.acubepl.mapping;
    requires java.xml;
    requires com.google.zxing; // internal only: no exported signature names a ZXing type
    requires org.apache.pdfbox; // internal only, as the two below: the PDF writer
    requires org.apache.pdfbox.io;
    requires org.apache.fontbox;
    requires static transitive org.jspecify;

    exports io.github.acubepl.render;
}
