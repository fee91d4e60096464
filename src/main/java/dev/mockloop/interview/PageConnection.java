package dev.mockloop.interview;

/** One interviewer's page, connected over its socket. */
interface PageConnection {

    /** Queues a message for the page; never blocks. A closed page drops it. */
    void send(String json);

    /**
     * Closes the socket.
     *
     * @param code   a WebSocket close code (RFC 6455 section 7.4), e.g. 1000 normal, 1008 policy
     * @param reason a short reason, at most 120 bytes
     */
    void close(int code, String reason);
}
