package dev.mockloop.interview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The interviewer's page, read once from the jar: its HTML, script and stylesheet. Nothing else
 * is ever served, so no path a browser sends can reach a file, a pack or the database.
 */
final class PageAssets {

    /**
     * One file of the page.
     *
     * @param contentType its media type, with the charset
     * @param bytes       its content
     */
    record Asset(String contentType, byte[] bytes) {
    }

    private static final String FOLDER = "/dev/mockloop/interview/page/";

    /** By the name after {@code /i/<token>/}: "" is the page itself. */
    private static final Map<String, Asset> ASSETS = Map.of(
            "", load("index.html", "text/html; charset=utf-8"),
            "page.js", load("page.js", "text/javascript; charset=utf-8"),
            "page.css", load("page.css", "text/css; charset=utf-8"));

    private PageAssets() {
    }

    /** @return the asset of that name, or null: the only files the server serves */
    static Asset get(String name) {
        return ASSETS.get(name);
    }

    private static Asset load(String file, String contentType) {
        try (InputStream in = PageAssets.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("the interviewer's page " + FOLDER + file
                        + " is missing from the class path; the build is broken");
            }
            return new Asset(contentType, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + FOLDER + file, e);
        }
    }
}
