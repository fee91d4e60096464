package dev.mockloop.pack.io;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.LongSupplier;

/**
 * Collects a response body in memory for {@link Download}, on the HTTP client's own
 * threads, so that the thread waiting for it never blocks in a read: it can give up at any
 * moment (Cancel, a stall, the deadline) by {@link #abort()}. Stops at {@code limit} bytes.
 */
final class BodyCollector implements HttpResponse.BodySubscriber<byte[]> {

    /** Thrown into the body's future when the body passes the limit; {@code bytes} is how far it got. */
    static final class TooLarge extends RuntimeException {
        final long bytes;

        TooLarge(long bytes) {
            super(null, null, false, false);
            this.bytes = bytes;
        }
    }

    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final ByteArrayOutputStream out;
    private final long limit;
    private final long total;
    private final Download.Progress progress;
    private final LongSupplier nanoTime;
    private volatile long received;
    private volatile long lastByteNanos;
    private volatile Flow.Subscription subscription;
    private volatile boolean aborted;

    /**
     * @param limit    the most bytes kept
     * @param total    the size the server announced in bytes, or -1
     * @param progress told of each chunk, on the client's thread
     * @param nanoTime the clock stalls are measured on, in ns
     */
    BodyCollector(long limit, long total, Download.Progress progress, LongSupplier nanoTime) {
        this.limit = limit;
        this.total = total;
        this.progress = progress;
        this.nanoTime = nanoTime;
        this.out = new ByteArrayOutputStream(total > 0 && total <= limit ? (int) total : 64 * 1024);
        this.lastByteNanos = nanoTime.getAsLong();
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (aborted) {
            s.cancel();
            return;
        }
        progress.update(0, total);
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (aborted) {
            return;
        }
        long now = received;
        for (ByteBuffer buffer : buffers) {
            int n = buffer.remaining();
            if (now + n > limit) {
                subscription.cancel();
                body.completeExceptionally(new TooLarge(now + n));
                return;
            }
            byte[] chunk = new byte[n];
            buffer.get(chunk);
            synchronized (out) {
                out.write(chunk, 0, n);
            }
            now += n;
        }
        received = now;
        lastByteNanos = nanoTime.getAsLong();
        progress.update(now, total);
        if (!aborted) {
            subscription.request(1);
        }
    }

    @Override
    public void onError(Throwable failure) {
        body.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        synchronized (out) {
            body.complete(out.toByteArray());
        }
    }

    /** @return bytes received so far */
    long received() {
        return received;
    }

    /** @return when the last bytes arrived (or the headers, before any), on the {@code nanoTime} clock */
    long lastByteNanos() {
        return lastByteNanos;
    }

    /** Stops reading (the client closes the connection) and ends the body with nothing. */
    void abort() {
        aborted = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        body.complete(null);
    }
}
