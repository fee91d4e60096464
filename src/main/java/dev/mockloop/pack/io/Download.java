package dev.mockloop.pack.io;

import dev.mockloop.pack.PackException;
import dev.mockloop.pack.PackLimits;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Fetches a pack over http or https into memory with the JDK's {@link HttpClient},
 * reporting progress and stopping at {@link PackLimits#MAX_DOWNLOAD_BYTES}: a server that
 * announces more is refused before the body is read, and one that sends more is cut off
 * as the bytes arrive.
 *
 * <p>A download never hangs: the body is collected on the client's own threads while the
 * calling thread waits in steps of {@value #POLL_MS} ms, and gives up when the user
 * cancels, when the thread is interrupted, when no byte came for {@link Timeouts#stall()}
 * (30 s), or at {@link Timeouts#total()} (5 minutes) whatever the server does. Each ending
 * has its own message, as do redirect loops and compressed bodies.
 */
public final class Download {

    /** Told how far a download has come; called on one of the HTTP client's threads. */
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

    /**
     * How long a download may take.
     *
     * @param connect the longest wait for a connection
     * @param stall   the longest wait for the next bytes: the answer's headers, or more of its body
     * @param total   the longest a whole download may take, from the request to the last byte
     */
    public record Timeouts(Duration connect, Duration stall, Duration total) {
        /** 15 s to connect, 30 s without a byte, 5 minutes in all (64 MiB at 220 KiB/s). */
        public static final Timeouts STANDARD = new Timeouts(Duration.ofSeconds(15), Duration.ofSeconds(30),
                Duration.ofMinutes(5));
    }

    private static final String CANCELLED = "the download was cancelled; nothing was imported";
    /** How often the waiting thread looks at Cancel and the clock, in ms. */
    static final long POLL_MS = 50;
    /** The JDK client's redirect limit (its jdk.httpclient.redirects.retrylimit, default 5). */
    private static final int REDIRECT_LIMIT = Integer.getInteger("jdk.httpclient.redirects.retrylimit", 5);

    /** Made on the first fetch: building it took 0.2-0.3 s of the start-up path (BENCHMARKS.md, start-up). */
    private HttpClient client;
    private final long limit;
    private final Timeouts timeouts;

    /** A download limited to {@link PackLimits#MAX_DOWNLOAD_BYTES}, with {@link Timeouts#STANDARD}. */
    public Download() {
        this(PackLimits.MAX_DOWNLOAD_BYTES);
    }

    /** @param limit the largest body accepted, in bytes */
    public Download(long limit) {
        this(limit, Timeouts.STANDARD);
    }

    /**
     * @param limit    the largest body accepted, in bytes
     * @param timeouts how long to wait
     */
    public Download(long limit, Timeouts timeouts) {
        this.limit = limit;
        this.timeouts = timeouts;
    }

    private synchronized HttpClient client() {
        if (client == null) {
            // NORMAL follows redirects except from https to http.
            client = HttpClient.newBuilder()
                    .connectTimeout(timeouts.connect())
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
        }
        return client;
    }

    /** @return whether the text is an http or https URL (the only ones imported) */
    public static boolean isUrl(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /**
     * @param url       an http or https URL
     * @param progress  told of each chunk received
     * @param cancelled looked at every {@value #POLL_MS} ms; when it turns true the download stops
     * @return the body
     * @throws PackException if the URL is not http(s), the server refuses, redirects in a loop,
     *                       sends a compressed body, stalls or is unreachable, the body passes the
     *                       limit, the deadline passes, or the user cancelled
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
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Accept", "application/json, application/zip, text/csv, */*")
                .header("Accept-Encoding", "identity").GET().build();
        long start = System.nanoTime();
        Refusal refusal = new Refusal();
        BodyCollector[] body = new BodyCollector[1];
        CompletableFuture<HttpResponse<byte[]>> pending = client().sendAsync(request, info -> {
            BodyCollector collector = new BodyCollector(limit,
                    info.headers().firstValueAsLong("Content-Length").orElse(-1), progress, System::nanoTime);
            if (refusal.refuses(info)) {
                // Not a body to keep (an error page, a redirect not followed, too large, compressed).
                collector.abort();
            }
            body[0] = collector;
            return collector;
        });
        HttpResponse<byte[]> response = await(url, pending, body, start, cancelled);
        if (cancelled.getAsBoolean()) {
            throw PackException.of(url, CANCELLED);
        }
        if (refusal.problem != null) {
            throw PackException.of(url, refusal.problem);
        }
        if (response.statusCode() != 200) {
            throw PackException.of(url, statusProblem(uri, response));
        }
        return response.body();
    }

    private HttpResponse<byte[]> await(String url, CompletableFuture<HttpResponse<byte[]>> pending,
                                       BodyCollector[] body, long start, BooleanSupplier cancelled)
            throws PackException {
        while (true) {
            try {
                return pending.get(POLL_MS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException waiting) {
                long now = System.nanoTime();
                BodyCollector collector = body[0];
                String stop = null;
                if (cancelled.getAsBoolean()) {
                    stop = CANCELLED;
                } else if (now - start > timeouts.total().toNanos()) {
                    stop = "the download took longer than " + describe(timeouts.total()) + " (it had "
                            + PackLimits.size(collector == null ? 0 : collector.received())
                            + "), so it was stopped; try again on a faster connection, or download the file and"
                            + " import it from disk";
                } else if (collector == null && now - start > timeouts.stall().toNanos()) {
                    stop = "the server did not answer within " + describe(timeouts.stall())
                            + "; it may be down or overloaded. Try again later";
                } else if (collector != null && now - collector.lastByteNanos() > timeouts.stall().toNanos()) {
                    stop = "the network stalled: nothing arrived for " + describe(timeouts.stall()) + " after "
                            + PackLimits.size(collector.received()) + ", so the download was stopped; check your"
                            + " connection and try again";
                }
                if (stop != null) {
                    abort(pending, collector);
                    throw PackException.of(url, stop);
                }
            } catch (InterruptedException e) {
                abort(pending, body[0]);
                Thread.currentThread().interrupt();
                throw PackException.of(url, "the download was interrupted; nothing was imported");
            } catch (ExecutionException e) {
                for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                    if (c instanceof BodyCollector.TooLarge large) {
                        throw PackException.of(url, tooLarge(large.bytes));
                    }
                }
                throw PackException.of(url, failureProblem(e.getCause()));
            }
        }
    }

    private static void abort(CompletableFuture<?> pending, BodyCollector body) {
        if (body != null) {
            body.abort();
        }
        pending.cancel(true);
    }

    /** Looks at the headers before any body is read; records why the body is not wanted. */
    private final class Refusal {
        volatile String problem;

        /** @return whether the body is not wanted; {@link #problem} then says why, unless it is the status */
        boolean refuses(HttpResponse.ResponseInfo info) {
            if (info.statusCode() != 200) {
                return true;
            }
            String encoding = info.headers().firstValue("Content-Encoding").orElse("identity").strip();
            if (!encoding.isEmpty() && !encoding.equalsIgnoreCase("identity")) {
                problem = "the server sent the pack compressed (Content-Encoding: " + encoding + "), which Mockloop"
                        + " does not unpack; ask its owner to serve it uncompressed, or use a .zip pack";
                return true;
            }
            long announced = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (announced > limit) {
                problem = tooLarge(announced);
                return true;
            }
            return false;
        }
    }

    private String statusProblem(URI asked, HttpResponse<?> response) {
        int status = response.statusCode();
        if (status / 100 == 3) {
            String to = response.headers().firstValue("Location").orElse("");
            URI target = to.isEmpty() ? null : response.uri().resolve(to);
            if (target != null && "https".equalsIgnoreCase(response.uri().getScheme())
                    && "http".equalsIgnoreCase(target.getScheme())) {
                return "the server redirects from https to plain http (" + target + "), which is not followed"
                        + " because the pack could be changed on the way; ask for an https address";
            }
            int hops = 0;
            for (HttpResponse<?> r = response.previousResponse().orElse(null); r != null;
                 r = r.previousResponse().orElse(null)) {
                hops++;
            }
            if (hops >= REDIRECT_LIMIT || asked.equals(target)) {
                return "the server redirects in a loop (" + (hops + 1) + " redirects, the last to "
                        + (target == null ? "nowhere" : target) + "); check the URL, or tell the site's owner";
            }
            return "the server answered " + status + " (a redirect" + (target == null ? " without a target" : " to "
                    + target) + ") that could not be followed; check the URL";
        }
        return "the server answered " + status + " instead of sending the pack; check the URL";
    }

    private static String failureProblem(Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return "cannot connect to the server (no answer to the connection); check the URL and your connection";
        }
        if (cause instanceof HttpTimeoutException) {
            return "the server did not answer in time; try again later";
        }
        if (cause instanceof UnknownHostException || cause instanceof java.nio.channels.UnresolvedAddressException) {
            return "cannot find the server (its name does not resolve); check the URL and your connection";
        }
        if (cause instanceof ConnectException) {
            return "cannot connect to the server (connection refused); check the URL and your connection";
        }
        if (cause instanceof IOException io && io.getCause() != null && io.getCause() != io) {
            return failureProblem(io.getCause());
        }
        String message = cause == null ? null : cause.getMessage();
        return "the download failed" + (message == null || message.isBlank() ? "" : " (" + message + ")")
                + "; check the URL and your connection";
    }

    /** @return e.g. "30 s" or "5 minutes" */
    private static String describe(Duration d) {
        long s = d.toSeconds();
        if (s == 0) {
            return d.toMillis() + " ms";
        }
        return s % 60 == 0 && s >= 60 ? (s / 60) + (s == 60 ? " minute" : " minutes") : s + " s";
    }

    private String tooLarge(long size) {
        return "the download is " + PackLimits.passes(size, limit) + " for a pack; nothing was imported";
    }
}
