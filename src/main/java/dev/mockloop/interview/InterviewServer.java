package dev.mockloop.interview;

import dev.mockloop.session.Ticker;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * The embedded web server (Jetty 12) the interviewer's browser talks to: HTTP/1.1 for the page
 * and one WebSocket per page, on a small pool of daemon threads. Requests go through
 * {@link PageHandler}; headers are capped at 8 KB (431 beyond), socket messages at
 * {@link #MAX_MESSAGE_BYTES}, and an idle socket is closed after 60 s (the status every second
 * keeps a live one busy).
 */
final class InterviewServer {

    /** The largest message a page may send: 128 KB, room for 20,000 characters of feedback in any script. */
    static final int MAX_MESSAGE_BYTES = 128 * 1024;

    private final Server server;
    private final int port;

    private InterviewServer(Server server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * Starts listening.
     *
     * @param bind       where to listen: 127.0.0.1, or the wildcard address for the local network
     * @param port       1024 to 65535, or 0 for any free port
     * @param lanHost    the local-network address the link names, or null on loopback
     * @param invitation the open invitation, or null between invitations
     * @throws InterviewServerException if it cannot listen there (the port is taken, or the address
     *                                  is not this machine's), with a sentence for the candidate
     */
    static InterviewServer start(InetAddress bind, int port, String lanHost, Supplier<Invitation> invitation,
                                 Ticker ticker) throws InterviewServerException {
        QueuedThreadPool threads = new QueuedThreadPool(12, 2);
        threads.setName("mockloop-interview-http");
        threads.setDaemon(true);
        Server server = new Server(threads);
        server.setStopTimeout(1_000);
        // Jetty's own refusals (a malformed or ambiguous URI, headers too large) as plain text with the
        // same headers, not its HTML error page.
        server.setErrorHandler((request, response, callback) -> {
            SecurityHeaders.apply(response.getHeaders());
            return PageHandler.plain(response, callback, response.getStatus() >= 400 ? response.getStatus() : 400,
                    "The interviewer's page could not read that request.");
        });
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setRequestHeaderSize(8 * 1024);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(bind.getHostAddress());
        connector.setPort(port);
        connector.setIdleTimeout(60_000);
        server.addConnector(connector);
        PageHandler pages = new PageHandler(invitation, ticker);
        WebSocketUpgradeHandler sockets = WebSocketUpgradeHandler.from(server, container -> {
            container.setMaxTextMessageSize(MAX_MESSAGE_BYTES);
            container.setMaxBinaryMessageSize(1024);
            container.setIdleTimeout(Duration.ofSeconds(60));
            container.setMaxOutgoingFrames(256);
        });
        sockets.setHandler(pages);
        pages.sockets(sockets.getServerWebSocketContainer());
        server.setHandler(sockets);
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            throw new InterviewServerException(bindMessage(bind, port, e), e);
        }
        int actual = connector.getLocalPort();
        Set<String> hosts = new HashSet<>(Set.of("127.0.0.1:" + actual, "localhost:" + actual));
        if (lanHost != null) {
            hosts.add(lanHost.toLowerCase(Locale.ROOT) + ":" + actual);
        }
        pages.hosts(hosts);
        return new InterviewServer(server, actual);
    }

    /** @return the port it listens on */
    int port() {
        return port;
    }

    /** Stops listening and closes every socket (waiting up to 1 s for them to close cleanly). */
    void stop() {
        stopQuietly(server);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (java.util.concurrent.TimeoutException slowToClose) {
            // A socket the browser left half-open: the server has stopped all the same.
        } catch (Exception e) {
            System.err.println("Mockloop: the interviewer's server did not stop cleanly: " + e);
        }
    }

    private static String bindMessage(InetAddress bind, int port, Exception e) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof BindException)) {
            cause = cause.getCause();
        }
        String where = bind.isAnyLocalAddress() ? "the local network" : bind.getHostAddress();
        if (cause != null && port != 0) {
            return "Port " + port + " is already in use by another program, so the interviewer's page cannot"
                    + " start on " + where + ". Choose another port in the interviewer settings, or 0 for any"
                    + " free one. Your round goes on.";
        }
        if (cause != null || e instanceof IOException) {
            return "The interviewer's page cannot listen on " + where + (port == 0 ? "" : " port " + port)
                    + ": " + (cause != null ? cause.getMessage() : e.getMessage()) + ". Your round goes on.";
        }
        return "The interviewer's page could not start: " + e.getMessage() + ". Your round goes on.";
    }
}
