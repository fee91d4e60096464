package dev.mockloop.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QrCodeTest {

    @Test
    void theCodeOfALinkReadsBackAsTheLink() throws Exception {
        String link = "http://192.168.1.20:43121/i/" + InviteToken.random(new java.security.SecureRandom()).value() + "/";
        QrCode code = QrCode.of(link);

        int scale = 4;
        int side = (code.size() + 2 * QrCode.QUIET_ZONE) * scale;
        int[] pixels = new int[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int mx = x / scale - QrCode.QUIET_ZONE;
                int my = y / scale - QrCode.QUIET_ZONE;
                boolean dark = mx >= 0 && my >= 0 && mx < code.size() && my < code.size() && code.dark(mx, my);
                pixels[y * side + x] = dark ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
        String read = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        assertEquals(link, read);
    }

    @Test
    void emptyTextHasNoCode() {
        assertThrows(IllegalArgumentException.class, () -> QrCode.of(""));
    }
}
