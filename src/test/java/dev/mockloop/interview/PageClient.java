package dev.mockloop.interview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A stand-in for the interviewer's page: a WebSocket client that keeps every message it gets. */
public final class PageClient implements WebSocket.Listener, AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final BlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
    private volatile long lastArrival;
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    /** Connects to the socket of a page link, as the page from that link would (its Origin). */
    public static PageClient open(String link, String seatKey) {
        URI page = URI.create(link);
        String origin = "http://" + page.getAuthority();
        return open(URI.create("ws://" + page.getAuthority() + page.getPath() + "ws"
                + (seatKey == null ? "" : "?seat=" + seatKey)), origin);
    }

    static PageClient open(URI socketUri, String origin) {
        PageClient client = new PageClient();
        WebSocket.Builder builder = HTTP.newWebSocketBuilder();
        if (origin != null) {
            builder.header("Origin", origin);
        }
        client.socket = builder.buildAsync(socketUri, client).orTimeout(10, TimeUnit.SECONDS).join();
        return client;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                arrivals.add(System.nanoTime());
                messages.add(JSON.readTree(partial.toString()));
            } catch (Exception e) {
                throw new IllegalStateException("the server sent something that is not JSON: " + partial, e);
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }

    /** @return the next message of this type, skipping others; fails after 10 s */
    public JsonNode next(String type) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        try {
            while (System.nanoTime() < until) {
                JsonNode m = messages.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (m != null) {
                    Long at = arrivals.poll();
                    lastArrival = at == null ? System.nanoTime() : at;
                }
                if (m != null && m.path("type").asText().equals(type)) {
                    return m;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("no \"" + type + "\" message within 10 s");
    }

    /** @return when the message {@link #next} last returned arrived whole, {@link System#nanoTime()} */
    public long lastArrivalNanos() {
        return lastArrival;
    }

    /** @return the close code once the server closed the socket; fails after 10 s */
    int closeCode() {
        return closed.orTimeout(10, TimeUnit.SECONDS).join();
    }

    /**
     * Waits until the server has handled everything sent so far: a socket's messages are handled
     * in order, so the reply to a last, refused one comes after them.
     */
    public void sync() {
        send("{}");
        next("error");
    }

    public void send(String json) {
        socket.sendText(json, true).orTimeout(10, TimeUnit.SECONDS).join();
    }

    /** Sends without waiting, for floods. */
    CompletableFuture<WebSocket> sendAsync(String json) {
        return socket.sendText(json, true);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }
}
