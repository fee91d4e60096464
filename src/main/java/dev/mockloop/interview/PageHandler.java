package dev.mockloop.interview;

import dev.mockloop.session.Ticker;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;

/**
 * Every request the interviewer's server answers. In order:
 * <ol>
 *   <li>at most 50 requests a second (bursts of 100) from one address, else 429;</li>
 *   <li>GET and HEAD only, else 405;</li>
 *   <li>the Host header must be this server's own address (against DNS rebinding), else 421;</li>
 *   <li>the path must be {@code /i/<token>/...} with the open invitation's token, else 403
 *       (and 429 after 10 wrong tokens from one address, refilled at one each 5 s);</li>
 *   <li>then the page ({@code /i/<token>/}), its script and stylesheet, or its WebSocket
 *       ({@code /i/<token>/ws}, from a page of this same origin only); anything else is 404.</li>
 * </ol>
 * Every response carries {@link SecurityHeaders}.
 */
final class PageHandler extends Handler.Abstract {

    private final Supplier<Invitation> invitation;
    private final Ticker ticker;
    private final KeyedRateLimiter requests;
    private final KeyedRateLimiter wrongTokens;
    private volatile Set<String> hosts = Set.of();
    private volatile ServerWebSocketContainer sockets;

    PageHandler(Supplier<Invitation> invitation, Ticker ticker) {
        this.invitation = invitation;
        this.ticker = ticker;
        this.requests = new KeyedRateLimiter(50, 100, ticker);
        this.wrongTokens = new KeyedRateLimiter(0.2, 10, ticker);
    }

    /** @param allowed the Host header values this server answers to, lower case, e.g. {@code 127.0.0.1:43121} */
    void hosts(Set<String> allowed) {
        hosts = Set.copyOf(allowed);
    }

    void sockets(ServerWebSocketContainer container) {
        sockets = container;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        SecurityHeaders.apply(response.getHeaders());
        String address = Request.getRemoteAddr(request);
        if (!requests.tryAcquire(address)) {
            return plain(response, callback, 429, "Too many requests. Wait a moment, then reload the page.");
        }
        String method = request.getMethod();
        boolean head = HttpMethod.HEAD.is(method);
        if (!HttpMethod.GET.is(method) && !head) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            return plain(response, callback, 405, "The interviewer's page only reads; it takes no uploads.");
        }
        String host = request.getHeaders().get(HttpHeader.HOST);
        if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
            return plain(response, callback, 421, "This server answers only at the address in the invitation link.");
        }
        String path = Request.getPathInContext(request);
        if (path == null || !path.startsWith("/i/")) {
            return plain(response, callback, 404, "Nothing here. Open the invitation link the candidate gave you.");
        }
        String rest = path.substring(3);
        int slash = rest.indexOf('/');
        String presented = slash < 0 ? rest : rest.substring(0, slash);
        Invitation current = invitation.get();
        if (current == null || !current.open() || !current.token().matches(presented)) {
            if (!wrongTokens.tryAcquire(address)) {
                return plain(response, callback, 429, "Too many wrong links. Wait a minute.");
            }
            return plain(response, callback, 403,
                    "This invitation link is not valid, or it has expired. Ask the candidate for a new one.");
        }
        if (slash < 0) {
            Response.sendRedirect(request, response, callback, 303, "/i/" + presented + "/", true);
            return true;
        }
        String name = rest.substring(slash + 1);
        if (name.equals("ws")) {
            return upgrade(request, response, callback, current, host);
        }
        PageAssets.Asset asset = PageAssets.get(name);
        if (asset == null) {
            return plain(response, callback, 404, "Nothing here.");
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, asset.contentType());
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, asset.bytes().length);
        response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(asset.bytes()), callback);
        return true;
    }

    private boolean upgrade(Request request, Response response, Callback callback, Invitation current, String host) {
        // Browsers always send Origin on a WebSocket; a page from any other site must not connect.
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin == null || !origin.equalsIgnoreCase("http://" + host)) {
            return plain(response, callback, 403, "Only the interviewer's page may open this socket.");
        }
        String seatKey = Request.extractQueryParameters(request).getValue("seat");
        ServerWebSocketContainer container = sockets;
        if (container != null && container.upgrade((upgradeRequest, upgradeResponse, upgradeCallback) ->
                new PageSocket(current, seatKey, new RateLimiter(20, 40, ticker)), request, response, callback)) {
            return true;
        }
        return plain(response, callback, 400, "This address takes a WebSocket only.");
    }

    /** Writes a short plain-text response with this status, e.g. 403 and why. */
    static boolean plain(Response response, Callback callback, int status, String text) {
        byte[] body = (text + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }
}
