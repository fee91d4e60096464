package dev.mockloop.interview;

/**
 * Where the candidate's invitation stands, for the invite pane.
 *
 * @param state         see {@link State}
 * @param link          the link to give the interviewer, or "" until the server listens
 * @param address       where the server listens, as shown: "this computer only (127.0.0.1)" or
 *                      "the local network (192.168.1.20)"; "" until it listens
 * @param interviewers  how many interviewers have the page open now
 * @param submitted     how many have submitted their scores
 * @param secondAllowed whether a second interviewer may join
 * @param problem       why it failed, in words for the candidate; "" otherwise
 */
public record InviteStatus(State state, String link, String address, int interviewers, int submitted,
                           boolean secondAllowed, String problem) {

    /** Where an invitation is in its life. */
    public enum State {
        /** No invitation. */
        NONE,
        /** The server is starting. */
        STARTING,
        /** The link works. */
        OPEN,
        /** The server could not start; see {@link #problem()}. The round goes on. */
        FAILED
    }

    /** No invitation. */
    public static final InviteStatus NONE = new InviteStatus(State.NONE, "", "", 0, 0, false, "");
}
