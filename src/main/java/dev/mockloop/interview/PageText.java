package dev.mockloop.interview;

/**
 * Cleans text that arrives from the interviewer's page before it is kept or shown: control
 * characters (but newlines and tabs) and bidirectional overrides are dropped, CR LF becomes LF,
 * and it is cut to a length. Escaping for display is still the job of whoever displays it: the
 * app shows it in plain-text controls and the page sets it as text, never as markup.
 */
public final class PageText {

    /** Longest "move on" message, in chars. */
    public static final int NUDGE_MAX = 200;
    /** Longest private notes or feedback, in chars. */
    public static final int LONG_TEXT_MAX = 20_000;

    private PageText() {
    }

    /**
     * @param text     what arrived, or null
     * @param maxChars the most chars to keep (a surrogate pair is never split)
     * @return the cleaned text, "" for null
     */
    public static String clean(String text, int maxChars) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxChars));
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < unified.length() && out.length() < maxChars; ) {
            int cp = unified.codePointAt(i);
            i += Character.charCount(cp);
            if (kept(cp) && out.length() + Character.charCount(cp) <= maxChars) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** @return the text on one line: newlines and tabs become spaces, then {@link #clean} */
    public static String oneLine(String text, int maxChars) {
        return clean(text == null ? null : text.replaceAll("[\\r\\n\\t]+", " ").strip(), maxChars);
    }

    private static boolean kept(int cp) {
        if (cp == '\n' || cp == '\t') {
            return true;
        }
        if (Character.isISOControl(cp)) {
            return false;
        }
        // LRE, RLE, PDF, LRO, RLO and the isolates: they can make shown text read backwards.
        boolean bidiControl = (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
        int type = Character.getType(cp);
        return !bidiControl && type != Character.UNASSIGNED && type != Character.PRIVATE_USE
                && type != Character.SURROGATE;
    }
}
