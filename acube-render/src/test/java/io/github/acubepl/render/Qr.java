package io.github.acubepl.render;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a QR code back from the SVG this module writes: the path's rectangles are painted onto a
 * pixel grid (8 pixels a module, the quiet zone included in the view box) and ZXing's reader decodes
 * it, as a phone would decode the printed code.
 */
final class Qr {
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern PATH = Pattern.compile("<path fill=\"#000\" d=\"([^\"]*)\"");
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");
    private static final int SCALE = 8;

    private Qr() {
    }

    /** The decoded text and the error correction level, as "level|text". */
    static Result decode(String svg) throws Exception {
        Matcher box = VIEW_BOX.matcher(svg);
        if (!box.find()) {
            throw new AssertionError("no viewBox in the SVG");
        }
        int size = Integer.parseInt(box.group(1));
        Matcher path = PATH.matcher(svg);
        if (!path.find()) {
            throw new AssertionError("no path of dark modules in the SVG");
        }
        int px = size * SCALE;
        int[] pixels = new int[px * px];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher run = RUN.matcher(path.group(1));
        int end = 0;
        while (run.find()) {
            if (run.start() != end) {
                throw new AssertionError("unexpected path text at " + end);
            }
            end = run.end();
            int x0 = Integer.parseInt(run.group(1));
            int y0 = Integer.parseInt(run.group(2));
            int w = Integer.parseInt(run.group(3));
            for (int y = y0 * SCALE; y < (y0 + 1) * SCALE; y++) {
                for (int x = x0 * SCALE; x < (x0 + w) * SCALE; x++) {
                    pixels[y * px + x] = 0xFF000000;
                }
            }
        }
        if (end != path.group(1).length()) {
            throw new AssertionError("the path does not end with a whole rectangle");
        }
        LuminanceSource source = new RGBLuminanceSource(px, px, pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE));
    }

    static Object level(Result result) {
        return result.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL);
    }
}
