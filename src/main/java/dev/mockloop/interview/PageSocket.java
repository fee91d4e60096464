package dev.mockloop.interview;

import java.nio.ByteBuffer;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One page's WebSocket. Text messages only, at most {@link InterviewServer#MAX_MESSAGE_BYTES}
 * each (Jetty closes the socket with 1009 on a larger one), and at most 20 a second with bursts
 * of 40: beyond that they are dropped with a warning, and a page that goes on is closed (1008).
 *
 * <p>Public only because Jetty calls its listener methods through method handles; nothing outside
 * this package can make one.
 */
public final class PageSocket implements Session.Listener.AutoDemanding, PageConnection {

    /** Dropped messages after which the socket is closed. */
    static final int MAX_DROPPED = 200;

    private final Invitation invitation;
    private final String seatKey;
    private final RateLimiter limiter;
    private volatile Session session;
    private int dropped;

    PageSocket(Invitation invitation, String seatKey, RateLimiter limiter) {
        this.invitation = invitation;
        this.seatKey = seatKey;
        this.limiter = limiter;
    }

    /** The socket opened: the page takes a seat, or is told why not. */
    @Override
    public void onWebSocketOpen(Session opened) {
        session = opened;
        invitation.attach(this, seatKey);
    }

    /** A message from the page, counted against the rate limit. */
    @Override
    public void onWebSocketText(String text) {
        if (!limiter.tryAcquire()) {
            dropped++;
            if (dropped > MAX_DROPPED) {
                close(1008, "too many messages");
            } else if (dropped % 20 == 1) {
                send(PageJson.write(PageJson.message("error").put("message",
                        "The page is sending too fast; some changes were not kept. Wait a moment.")));
            }
            return;
        }
        invitation.receive(this, text);
    }

    /** The page sends text only: a binary message closes the socket (1003). */
    @Override
    public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
        callback.succeed();
        close(1003, "text messages only");
    }

    /** The socket closed: the seat is free. */
    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        invitation.detach(this);
    }

    /** The socket failed: as closed. */
    @Override
    public void onWebSocketError(Throwable cause) {
        invitation.detach(this);
    }

    /** Queues a message for the page, one at a time; a closed socket drops it. */
    @Override
    public synchronized void send(String json) {
        Session s = session;
        if (s != null && s.isOpen()) {
            s.sendText(json, Callback.NOOP);
        }
    }

    /** Closes the socket with this code and reason. */
    @Override
    public void close(int code, String reason) {
        Session s = session;
        if (s != null && s.isOpen()) {
            s.close(code, reason, Callback.NOOP);
        }
    }
}
