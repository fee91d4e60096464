package dev.mockloop.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InviteTokenTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aTokenHoldsAtLeast128RandomBitsInUrlSafeCharacters() {
        InviteToken token = InviteToken.random(random);
        assertTrue(token.value().matches("[A-Za-z0-9_-]{43}"), token.value());
        assertTrue(Base64.getUrlDecoder().decode(token.value()).length * 8 >= 128);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(InviteToken.random(random).value()), "no two alike");
        }
    }

    @Test
    void aTokenMatchesOnlyItself() {
        InviteToken token = InviteToken.random(random);
        String v = token.value();
        assertTrue(token.matches(v));
        assertFalse(token.matches(null));
        assertFalse(token.matches(""));
        assertFalse(token.matches(v.substring(1)));
        assertFalse(token.matches(v + "A"));
        assertFalse(token.matches(v.toUpperCase(java.util.Locale.ROOT).equals(v) ? v + "x" : v.toUpperCase(java.util.Locale.ROOT)));
        assertFalse(token.matches(InviteToken.random(random).value()));
    }

    @Test
    void aTokenNeverShowsInALogLine() {
        InviteToken token = InviteToken.random(random);
        assertFalse(token.toString().contains(token.value()));
        assertEquals("InviteToken[hidden]", token.toString());
    }
}
