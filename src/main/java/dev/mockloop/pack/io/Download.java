package dev.mockloop.pack.io;

import dev.mockloop.pack.PackException;
import dev.mockloop.pack.PackLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Fetches a pack over http or https into memory, reporting progress and stopping at
 * {@link PackLimits#MAX_DOWNLOAD_BYTES}: a server that announces more is refused before
 * the body is read, and one that sends more is cut off as the bytes arrive.
 */
public final class Download {

    /** Told how far a download has come; called on the downloading thread. */
    @FunctionalInterface
    public interface Progress {
        /**
         * @param bytes bytes received so far
         * @param total the size the server announced in bytes, or -1 when it did not say
         */
        void update(long bytes, long total);

        /** Ignores progress. */
        Progress NONE = (bytes, total) -> { };
    }

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient client;
    private final long limit;

    /** A download limited to {@link PackLimits#MAX_DOWNLOAD_BYTES}. */
    public Download() {
        this(PackLimits.MAX_DOWNLOAD_BYTES);
    }

    /** @param limit the largest body accepted, in bytes */
    public Download(long limit) {
        this.limit = limit;
        // NORMAL follows redirects except from https to http.
        this.client = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** @return whether the text is an http or https URL (the only ones imported) */
    public static boolean isUrl(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /**
     * @param url       an http or https URL
     * @param progress  told of each chunk received
     * @param cancelled polled between chunks; when it turns true the download stops
     * @return the body
     * @throws PackException if the URL is not http(s), the server refuses or is unreachable,
     *                       the body passes the limit, or the user cancelled
     */
    public byte[] fetch(String url, Progress progress, BooleanSupplier cancelled) throws PackException {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw PackException.of(url, "not a valid URL (" + e.getMessage() + ")");
        }
        if (!isUrl(url) || uri.getHost() == null) {
            throw PackException.of(url, "only http:// and https:// URLs can be imported; for a file on this"
                    + " computer, choose the file instead");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(RESPONSE_TIMEOUT)
                .header("Accept", "application/json, application/zip, text/csv, */*").GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw PackException.of(url, "the server answered " + response.statusCode()
                            + " instead of sending the pack; check the URL");
                }
                long total = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (total > limit) {
                    throw tooLarge(url, total);
                }
                return readLimited(url, body, total, progress, cancelled);
            }
        } catch (IOException e) {
            throw PackException.of(url, "cannot download (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); check the URL and your connection");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PackException.of(url, "the download was interrupted; nothing was imported");
        }
    }

    private byte[] readLimited(String url, InputStream body, long total, Progress progress, BooleanSupplier cancelled)
            throws IOException, PackException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(total > 0 ? (int) total : 64 * 1024);
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        progress.update(0, total);
        for (int n; (n = body.read(buffer)) != -1; ) {
            if (cancelled.getAsBoolean()) {
                throw PackException.of(url, "the download was cancelled; nothing was imported");
            }
            read += n;
            if (read > limit) {
                throw tooLarge(url, read);
            }
            out.write(buffer, 0, n);
            progress.update(read, total);
        }
        return out.toByteArray();
    }

    private PackException tooLarge(String url, long size) {
        return PackException.of(url, "the download is " + (size > 0 ? PackLimits.size(size) + "" : "too large")
                + " and passes the limit of " + PackLimits.size(limit) + " for a pack; nothing was imported");
    }
}
