package dev.mockloop.pack;

import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pack's semantic version, ordered by the precedence rules of Semantic Versioning 2.0.0
 * (semver.org, section 11): numerically by major, minor, patch; a pre-release
 * ({@code 1.0.0-beta}) comes before its release; build metadata ({@code +build}) is ignored.
 *
 * @param major      major version
 * @param minor      minor version
 * @param patch      patch version
 * @param preRelease dot-separated pre-release identifiers, empty for a release
 */
public record PackVersion(BigInteger major, BigInteger minor, BigInteger patch, List<String> preRelease)
        implements Comparable<PackVersion> {

    // The same pattern as pack.schema.json's "version".
    private static final Pattern SEMVER = Pattern.compile(
            "(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(?:-([0-9A-Za-z.-]+))?(?:\\+[0-9A-Za-z.-]+)?");
    private static final Pattern NUMERIC = Pattern.compile("[0-9]+");

    public PackVersion {
        preRelease = List.copyOf(preRelease);
    }

    /**
     * @param text e.g. {@code 1.2.0} or {@code 2.0.0-rc.1}
     * @throws IllegalArgumentException if it is not a semantic version (schema validation rules this out)
     */
    public static PackVersion parse(String text) {
        Matcher m = SEMVER.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a semantic version: " + text);
        }
        List<String> pre = m.group(4) == null ? List.of() : List.of(m.group(4).split("\\."));
        return new PackVersion(new BigInteger(m.group(1)), new BigInteger(m.group(2)), new BigInteger(m.group(3)), pre);
    }

    /** @return the next minor release, e.g. 1.4.2 → 1.5.0 */
    public PackVersion nextMinor() {
        return new PackVersion(major, minor.add(BigInteger.ONE), BigInteger.ZERO, List.of());
    }

    /** @return the next patch release, e.g. 1.4.2 → 1.4.3, and 1.5.0-rc.1 → 1.5.0 */
    public PackVersion nextPatch() {
        return preRelease.isEmpty()
                ? new PackVersion(major, minor, patch.add(BigInteger.ONE), List.of())
                : new PackVersion(major, minor, patch, List.of());
    }

    @Override
    public int compareTo(PackVersion other) {
        int c = major.compareTo(other.major);
        if (c == 0) {
            c = minor.compareTo(other.minor);
        }
        if (c == 0) {
            c = patch.compareTo(other.patch);
        }
        return c != 0 ? c : comparePreRelease(preRelease, other.preRelease);
    }

    private static int comparePreRelease(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(a.isEmpty(), b.isEmpty());
        }
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            String x = a.get(i);
            String y = b.get(i);
            boolean xNum = NUMERIC.matcher(x).matches();
            boolean yNum = NUMERIC.matcher(y).matches();
            int c = xNum && yNum ? new BigInteger(x).compareTo(new BigInteger(y))
                    : xNum != yNum ? (xNum ? -1 : 1)
                    : x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch + (preRelease.isEmpty() ? "" : "-" + String.join(".", preRelease));
    }
}
