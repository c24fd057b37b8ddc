package io.github.acubepl.render.internal;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import io.github.acubepl.render.AcubeRenderException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A QR code as a grid of modules (ECC level M, as the Ministry's generator), with the quiet zone of
 * four modules the standard asks for. Writers draw it as they like: the HTML writer as one SVG path.
 */
public final class QrCode {
    /** The quiet zone around the symbol, in modules (ISO/IEC 18004). */
    public static final int QUIET_ZONE = 4;

    private final boolean[][] dark;

    private QrCode(boolean[][] dark) {
        this.dark = dark;
    }

    /**
     * The QR code of a text (a KOD I link), ECC level M.
     *
     * @throws AcubeRenderException if the text is too long for a QR code
     */
    public static QrCode of(String text) {
        ByteMatrix m;
        try {
            m = Encoder.encode(text, ErrorCorrectionLevel.M,
                    Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name())).getMatrix();
        } catch (WriterException e) {
            throw new AcubeRenderException("the text does not fit in a QR code (" + text.length() + " characters)", e);
        }
        int size = m.getWidth() + 2 * QUIET_ZONE;
        boolean[][] dark = new boolean[size][size];
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                dark[y + QUIET_ZONE][x + QUIET_ZONE] = m.get(x, y) == 1;
            }
        }
        return new QrCode(dark);
    }

    /** The width and height in modules, the quiet zone included. */
    public int size() {
        return dark.length;
    }

    /** Whether the module at column x, row y is dark. */
    public boolean isDark(int x, int y) {
        return dark[y][x];
    }

    /**
     * The dark modules as one SVG path in module units: each horizontal run of dark modules is one
     * rectangle {@code M x y h n v 1 h -n z}.
     */
    public String svgPath() {
        StringBuilder d = new StringBuilder(size() * size());
        for (int y = 0; y < size(); y++) {
            int x = 0;
            while (x < size()) {
                if (!dark[y][x]) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < size() && dark[y][x]) {
                    x++;
                }
                d.append('M').append(start).append(' ').append(y).append('h').append(x - start)
                        .append("v1h-").append(x - start).append('z');
            }
        }
        return d.toString();
    }

    /**
     * A standalone SVG element of the code, {@code sizeCss} wide and high (a CSS length such as
     * {@code 40mm}), with a white background and crisp edges.
     */
    public String svg(String sizeCss) {
        int n = size();
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + n + ' ' + n + "\" width=\"" + sizeCss
                + "\" height=\"" + sizeCss + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"QR\">"
                + "<rect width=\"" + n + "\" height=\"" + n + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + svgPath() + "\"/></svg>";
    }
}
