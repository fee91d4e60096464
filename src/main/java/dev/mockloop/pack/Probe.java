package dev.mockloop.pack;

/**
 * A follow-up an interviewer pushes with.
 *
 * @param text     the follow-up as asked
 * @param phase    the id of the phase it belongs to, or {@code null} for any
 * @param atMinute minutes into that phase when it is asked, or {@code null} to spread it
 */
public record Probe(String text, String phase, Double atMinute) {
}
