package dev.mockloop.pack;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Checks that a text file (a pack's JSON, a CSV of questions) is UTF-8 before anything
 * parses it, so that a file saved in another encoding gets a message naming the line and
 * column of the first bad byte and the fix, instead of a parser's complaint or mangled text.
 *
 * <p>A UTF-8 byte-order mark, which some Windows editors write, is accepted and dropped.
 * UTF-16 and UTF-32 (with or without a mark) and NUL bytes are refused.
 */
public final class TextBytes {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String SAVE_AS_UTF8 = "; save the file as UTF-8 (without a byte-order mark) and try again";

    private TextBytes() {
    }

    /**
     * @param file  the file's name, for problems
     * @param bytes the file's content
     * @return the content without a UTF-8 byte-order mark
     * @throws PackException if the bytes are not UTF-8 text, located at the first bad byte
     */
    public static byte[] requireUtf8(String file, byte[] bytes) throws PackException {
        if (startsWith(bytes, (byte) 0x00, (byte) 0x00, (byte) 0xFE, (byte) 0xFF)
                || startsWith(bytes, (byte) 0xFF, (byte) 0xFE, (byte) 0x00, (byte) 0x00)) {
            throw PackException.of(file, "the file is UTF-32 text (it starts with a UTF-32 byte-order mark)" + SAVE_AS_UTF8);
        }
        if (startsWith(bytes, (byte) 0xFE, (byte) 0xFF) || startsWith(bytes, (byte) 0xFF, (byte) 0xFE)) {
            throw PackException.of(file, "the file is UTF-16 text (it starts with a UTF-16 byte-order mark)" + SAVE_AS_UTF8);
        }
        byte[] text = startsWith(bytes, UTF8_BOM) ? Arrays.copyOfRange(bytes, UTF8_BOM.length, bytes.length) : bytes;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(text);
        CharBuffer out = CharBuffer.allocate(text.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw problemAt(file, out, "the file is not UTF-8: byte 0x"
                    + String.format("%02X", text[in.position()] & 0xFF) + " at offset " + in.position()
                    + " cannot start or continue a UTF-8 character" + SAVE_AS_UTF8);
        }
        decoder.flush(out);
        for (int i = 0; i < out.position(); i++) {
            if (out.get(i) == '\0') {
                out.position(i);
                throw problemAt(file, out, "the file contains a NUL character, as UTF-16 text does" + SAVE_AS_UTF8);
            }
        }
        return text;
    }

    /**
     * @return the content as a string, after {@link #requireUtf8}
     * @throws PackException if the bytes are not UTF-8 text
     */
    public static String decode(String file, byte[] bytes) throws PackException {
        return new String(requireUtf8(file, bytes), StandardCharsets.UTF_8);
    }

    /** Locates a problem at the end of what decoded so far: the first bad character. */
    private static PackException problemAt(String file, CharBuffer decoded, String message) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < decoded.position(); i++) {
            if (decoded.get(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new PackException(java.util.List.of(new PackProblem(file, line, column, "", message)));
    }

    private static boolean startsWith(byte[] bytes, byte... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
