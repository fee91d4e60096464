package dev.mockloop.settings;

/** Reading a saved setting's text back, for the features that keep their own keys. */
public final class SettingValues {

    private SettingValues() {
    }

    /**
     * @param value     the saved text, or null when the key was never saved
     * @param otherwise what an unsaved or unreadable value means
     * @return true for "true", false for "false" (either in any case, spaces ignored), else {@code otherwise}
     */
    public static boolean flag(String value, boolean otherwise) {
        if (value == null) {
            return otherwise;
        }
        String text = value.strip();
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        return text.equalsIgnoreCase("false") ? false : otherwise;
    }
}
