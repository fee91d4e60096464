package dev.mockloop.pack.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes a pack's picture as the type its name claims, with the JDK's ImageIO decoders,
 * so that a file which only starts like a PNG (a PNG signature in front of an SVG or a
 * script, a truncated file) is refused at import instead of showing a blank picture. The
 * size is read from the header first and checked against {@link #MAX_PIXELS} before any
 * pixel is decoded, so a small file that unpacks to gigabytes of pixels costs nothing.
 */
final class PictureCheck {

    /**
     * Most pixels a picture may have: 4096 × 4096 (16.8 megapixels, 64 MiB decoded at 4 bytes a
     * pixel), more than any screen shows a question's picture at.
     */
    static final long MAX_PIXELS = 4096L * 4096L;

    private PictureCheck() {
    }

    /**
     * @param format ImageIO's format name: "png", "jpeg" or "gif"
     * @param label  the type as a person names it, e.g. "PNG"
     * @param bytes  the file
     * @return why it is not a usable picture of that type, or null when it decodes
     */
    static String decodeProblem(String format, String label, byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = readerFor(in, format);
            if (reader == null) {
                return "is not a " + label + " image: it starts like one, but no " + label + " decoder recognises it";
            }
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    return "is a " + label + " image of no size (" + width + " \u00d7 " + height + " pixels)";
                }
                if (width * height > MAX_PIXELS) {
                    return String.format(Locale.ROOT, "is %,d \u00d7 %,d pixels (%.1f megapixels); a picture may have"
                            + " at most %.1f megapixels (4096 \u00d7 4096). Scale it down", width, height,
                            width * height / 1e6, MAX_PIXELS / 1e6);
                }
                reader.read(0);
                return null;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // Decoders throw IIOException, but also IndexOutOfBounds and the like on hostile input.
            return "is not a valid " + label + " image: it cannot be decoded"
                    + (e instanceof IOException && e.getMessage() != null ? " (" + plain(e.getMessage()) + ")" : "")
                    + "; save it again from an image editor";
        }
    }

    private static ImageReader readerFor(ImageInputStream in, String format) {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            try {
                if (reader.getOriginatingProvider() != null
                        && java.util.Arrays.stream(reader.getOriginatingProvider().getFormatNames())
                        .anyMatch(n -> n.equalsIgnoreCase(format))) {
                    return reader;
                }
            } catch (RuntimeException e) {
                // a provider that cannot say: not ours
            }
            reader.dispose();
        }
        return null;
    }

    /** A decoder's message in lower case, without a class name, e.g. "error reading png metadata". */
    private static String plain(String message) {
        String m = message.replaceAll("\\b(?:[a-z_][\\w$]*\\.)+[A-Z][\\w$]*:?\\s*", "").strip();
        return m.isEmpty() ? "no detail" : Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }
}
