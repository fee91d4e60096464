package dev.mockloop.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes text from a pack or a user safe to put into a Markdown page: a Markdown viewer
 * (GitHub, a wiki, an editor's preview) renders raw HTML, so {@code <script>},
 * {@code <img onerror>} and the like would run there.
 *
 * <ul>
 *   <li>{@code &}, {@code <} and {@code >} become HTML entities, so no tag or entity survives,
 *       and a backslash is doubled, so none of these escapes can be undone;</li>
 *   <li>a Markdown link or picture is kept only when it points to an {@code http://} or
 *       {@code https://} address; any other (a {@code javascript:}, {@code data:} or
 *       {@code file:} link, a reference link) has its brackets escaped and shows as text.</li>
 * </ul>
 * Following CommonMark 0.31 ("Backslash escapes", "Entity and numeric character
 * references", "Raw HTML", "Links").
 */
public final class MarkdownText {

    /** {@code [text](url)} or {@code ![alt](url)}, with the URL in group 3. */
    private static final Pattern LINK = Pattern.compile("(!?)\\[([^\\[\\]\\n]*)\\]\\(\\s*([^\\s()<>]*)\\s*\\)");

    private MarkdownText() {
    }

    /**
     * @param text any text, may be null
     * @return the text with HTML escaped and only http(s) links left as links; "" for null
     */
    public static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        Matcher link = LINK.matcher(text);
        int from = 0;
        while (link.find()) {
            out.append(plain(text.substring(from, link.start())));
            if (isWebAddress(link.group(3))) {
                out.append(link.group(1)).append('[').append(plain(link.group(2))).append("](")
                        .append(html(link.group(3))).append(')');
            } else {
                out.append(plain(link.group()));
            }
            from = link.end();
        }
        out.append(plain(text.substring(from)));
        return out.toString();
    }

    /**
     * @param url a link target, may be null
     * @return whether it is an absolute http or https address, the only links an export keeps
     */
    public static boolean isWebAddress(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && lower.length() > "https://".length();
    }

    /**
     * @param fileName a file beside the page, e.g. "round 1-sketch.png"
     * @return the name as a relative link target, with spaces, brackets and the like percent-encoded
     */
    public static String fileLink(String fileName) {
        return URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Text outside any kept link: HTML escaped, and brackets escaped so no link or reference forms. */
    private static String plain(String text) {
        return html(text.replace("\\", "\\\\")).replace("[", "\\[").replace("]", "\\]");
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
