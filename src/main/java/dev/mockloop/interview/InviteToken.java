package dev.mockloop.interview;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret in an invitation link: 256 random bits from {@link SecureRandom}, written as 43
 * URL-safe Base64 characters. Whoever holds the link is the interviewer, so every request and
 * socket must present it.
 *
 * <p>{@link #matches} compares SHA-256 digests with {@link MessageDigest#isEqual}, whose time does
 * not depend on where two values first differ (nor, digests being fixed-length, on the length of
 * what was presented).
 */
public final class InviteToken {

    /** Random bytes in a token: 32, i.e. 256 bits (the brief asks for at least 128). */
    public static final int BYTES = 32;

    private final String value;
    private final byte[] digest;

    private InviteToken(String value) {
        this.value = value;
        this.digest = sha256(value);
    }

    /** @return a new token drawn from {@code random} */
    public static InviteToken random(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new InviteToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** @return the token as it appears in the link: 43 characters of {@code [A-Za-z0-9_-]} */
    public String value() {
        return value;
    }

    /**
     * @param presented what a request carried, or null
     * @return whether it is this token; in constant time for any input
     */
    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(digest, sha256(presented));
    }

    /** @return whether two secrets are equal, in time independent of where they differ */
    static boolean sameSecret(String expected, String presented) {
        return presented != null && MessageDigest.isEqual(sha256(expected), sha256(presented));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Never the secret itself, so a token cannot leak through a log line. */
    @Override
    public String toString() {
        return "InviteToken[hidden]";
    }
}
