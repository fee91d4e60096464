package dev.mockloop.interview;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.BitSet;
import java.util.Map;

/**
 * A QR code (ZXing) as a square grid of modules, for the link a phone can scan. Error correction
 * level M (15 % of the code may be damaged), no quiet zone: whoever draws it leaves the margin of
 * 4 modules the QR standard (ISO/IEC 18004) asks for.
 *
 * @param size    modules a side, e.g. 33 for a 70-character link
 * @param modules dark modules, row-major: bit {@code y * size + x}
 */
public record QrCode(int size, BitSet modules) {

    /** The quiet zone the standard asks for around the code, in modules. */
    public static final int QUIET_ZONE = 4;

    public QrCode {
        modules = (BitSet) modules.clone();
    }

    /**
     * @param text what the code holds, e.g. the invitation link
     * @return its QR code
     * @throws IllegalArgumentException if the text is empty or too long for a QR code (over about
     *                                  2,300 characters at level M)
     */
    public static QrCode of(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("a QR code needs some text");
        }
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
            int size = matrix.getWidth();
            BitSet bits = new BitSet(size * size);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    bits.set(y * size + x, matrix.get(x, y));
                }
            }
            return new QrCode(size, bits);
        } catch (WriterException e) {
            throw new IllegalArgumentException("the text is too long for a QR code (" + text.length() + " chars)", e);
        }
    }

    /** @return whether the module at column x, row y (0-based) is dark */
    public boolean dark(int x, int y) {
        return modules.get(y * size + x);
    }
}
