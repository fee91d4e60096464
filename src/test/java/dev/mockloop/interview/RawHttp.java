package dev.mockloop.interview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 written by hand over a socket to 127.0.0.1, for hostile requests an HTTP client
 * would clean up (a forged Host, raw dot segments, odd methods, huge headers).
 */
final class RawHttp {

    /**
     * A response.
     *
     * @param status  the status code
     * @param headers the header block, as sent
     * @param body    the body, as text
     */
    record Reply(int status, String headers, String body) {
        String header(String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }
    }

    private RawHttp() {
    }

    /** Sends {@code request} (the whole request, CRLFs included) and reads until the server closes. */
    static Reply send(int port, String request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                all.write(buffer, 0, n);
            }
            String text = all.toString(StandardCharsets.UTF_8);
            if (text.isEmpty()) {
                // A server stopping as it accepted us: it served nothing.
                throw new java.io.EOFException("the connection closed without a reply");
            }
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            int status = Integer.parseInt(head.substring(9, 12));
            return new Reply(status, head, end < 0 ? "" : text.substring(end + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GET of {@code path} with {@code Connection: close} and the given Host. */
    static Reply get(int port, String path, String host) {
        return send(port, "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    }
}
