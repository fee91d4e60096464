package dev.mockloop.interview;

import org.eclipse.jetty.http.HttpFields;

/**
 * The headers on every response of the interviewer's server. The page runs only its own script
 * file (no inline script, no eval), draws the sketch from blob: URLs it makes itself (its icon is an
 * empty data: URL), connects
 * only back to this server, and cannot be framed (clickjacking), sniffed as another type, cached
 * (the answer key would stay on the interviewer's disk) or leak its link through a Referer.
 * Sources: the OWASP Secure Headers Project and HTTP Headers Cheat Sheet.
 */
final class SecurityHeaders {

    /** The Content-Security-Policy, level 3: 'self' also matches ws: on the same host and port. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:;"
            + " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void apply(HttpFields.Mutable headers) {
        headers.put("Content-Security-Policy", CSP);
        headers.put("X-Frame-Options", "DENY");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Cache-Control", "no-store");
        headers.put("Pragma", "no-cache");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        headers.put("Cross-Origin-Resource-Policy", "same-origin");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), clipboard-read=()");
    }
}
