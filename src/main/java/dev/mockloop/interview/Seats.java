package dev.mockloop.interview;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Who may use an invitation at once: one interviewer, or two when the candidate allows a second.
 * A connection takes a seat; its page keeps the seat's key and presents it when it reconnects,
 * which gives it the same seat back (and drops a stale connection still holding it). A page with
 * no key, or a stale one, takes a seat nobody is connected to, with that seat's notes and scores,
 * or none when every allowed seat is held. Thread-safe.
 *
 * @param <C> the connection type
 */
final class Seats<C> {

    /** The most interviewers an invitation ever allows. */
    static final int MAX = 2;

    /**
     * A seat taken.
     *
     * @param seat     1 or 2
     * @param key      the seat's key now: 128 random bits, URL-safe Base64
     * @param replaced the connection that held the seat before, to be closed; null if none
     */
    record Claim<C>(int seat, String key, C replaced) {
    }

    private static final class Seat<C> {
        String key;
        C connection;
    }

    private final SecureRandom random;
    private final List<Seat<C>> seats = new ArrayList<>();
    private int allowed = 1;

    Seats(SecureRandom random) {
        this.random = random;
        for (int i = 0; i < MAX; i++) {
            seats.add(new Seat<>());
        }
    }

    /**
     * @param presentedKey the key the page kept from an earlier connection, or null
     * @param connection   the new connection
     * @return the seat it got, or empty when every allowed seat is held by a connected page
     */
    synchronized Optional<Claim<C>> claim(String presentedKey, C connection) {
        if (presentedKey != null) {
            for (int i = 0; i < MAX; i++) {
                Seat<C> seat = seats.get(i);
                if (seat.key != null && InviteToken.sameSecret(seat.key, presentedKey) && (i < allowed
                        || seat.connection != null)) {
                    C replaced = seat.connection;
                    seat.connection = connection;
                    return Optional.of(new Claim<>(i + 1, seat.key, replaced));
                }
            }
        }
        for (int i = 0; i < allowed; i++) {
            Seat<C> seat = seats.get(i);
            if (seat.connection == null) {
                // A new key: a page that held this seat before can no longer push this one out.
                seat.key = newKey();
                seat.connection = connection;
                return Optional.of(new Claim<>(i + 1, seat.key, null));
            }
        }
        return Optional.empty();
    }

    /** The connection closed: its seat is free (a newer connection on the seat is left alone). */
    synchronized void release(int seat, C connection) {
        Seat<C> held = seats.get(seat - 1);
        if (held.connection == connection) {
            held.connection = null;
        }
    }

    /** @param second whether a second interviewer may join; one already in stays */
    synchronized void allowSecond(boolean second) {
        allowed = second ? 2 : 1;
    }

    /** @return whether a second interviewer may join */
    synchronized boolean secondAllowed() {
        return allowed == 2;
    }

    /** @return the connections holding seats now */
    synchronized List<C> connected() {
        return seats.stream().map(s -> s.connection).filter(c -> c != null).toList();
    }

    private String newKey() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
