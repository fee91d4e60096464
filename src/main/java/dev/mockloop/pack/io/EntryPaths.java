package dev.mockloop.pack.io;

import java.util.regex.Pattern;

/**
 * Checks the relative paths of the files in a zip or folder pack, so that none can point
 * outside the pack's folder once unpacked ("zip slip").
 */
final class EntryPaths {

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private EntryPaths() {
    }

    /**
     * @param name an entry name as stored, e.g. {@code assets/diagram.png}
     * @return why the name is unsafe, or null when it is a plain relative path whose every
     *         segment is a real name (no {@code ..}, {@code .}, empty segment, backslash,
     *         absolute path or drive letter)
     */
    static String unsafe(String name) {
        if (name.isEmpty()) {
            return "has an empty name";
        }
        if (name.startsWith("/") || DRIVE.matcher(name).matches()) {
            return "is an absolute path";
        }
        if (name.indexOf('\\') >= 0) {
            return "uses a backslash, which could point outside the pack on Windows";
        }
        if (name.indexOf('\0') >= 0) {
            return "has a NUL character in its name";
        }
        String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        for (String segment : trimmed.split("/", -1)) {
            if (segment.equals("..")) {
                return "points outside the pack (\"..\")";
            }
            if (segment.isEmpty() || segment.equals(".")) {
                return "has an empty or \".\" path segment";
            }
        }
        return null;
    }
}
