package dev.mockloop.settings;

/** Which colours the window uses: always light, always dark, or whatever the desktop prefers. */
public enum ThemeChoice {
    LIGHT("Light"),
    DARK("Dark"),
    /** The desktop's preference as {@link SystemTheme} reads it; light where none can be read. */
    SYSTEM("Follow the system");

    private final String label;

    ThemeChoice(String label) {
        this.label = label;
    }

    /** @return the name shown in the settings screen */
    public String label() {
        return label;
    }

    /**
     * @param systemPrefersDark what the desktop asks for (only read for {@link #SYSTEM})
     * @return whether the window should be dark
     */
    public boolean dark(boolean systemPrefersDark) {
        return this == DARK || this == SYSTEM && systemPrefersDark;
    }
}
