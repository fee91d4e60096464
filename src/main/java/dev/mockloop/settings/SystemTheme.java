package dev.mockloop.settings;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads whether the desktop prefers dark windows, by asking the tools each desktop
 * ships, in order, and answering light when none answers:
 * <ul>
 *   <li>Linux and other Unix desktops: the {@code GTK_THEME} variable when set (e.g.
 *       {@code Adwaita:dark}); then the freedesktop portal's {@code org.freedesktop.appearance
 *       color-scheme} (1 prefers dark, 2 prefers light, 0 no preference; GNOME 42+, KDE
 *       Plasma 5.24+) through {@code gdbus}; then GNOME's {@code color-scheme} and finally its GTK
 *       theme name (a name containing "dark") through {@code gsettings};</li>
 *   <li>macOS: {@code defaults read -g AppleInterfaceStyle}, which prints {@code Dark} in
 *       dark mode and fails in light mode;</li>
 *   <li>Windows: the registry value {@code AppsUseLightTheme} under
 *       {@code HKCU\Software\Microsoft\Windows\CurrentVersion\Themes\Personalize}, 0 in dark mode.</li>
 * </ul>
 * Each command runs with a short timeout ({@link ProcessCommands}); it takes tens of ms,
 * so call it off the UI thread.
 */
public final class SystemTheme {

    /** Runs one command and returns what it printed, empty when it failed, timed out or is missing. */
    @FunctionalInterface
    public interface Commands {
        Optional<String> run(List<String> command);
    }

    static final List<String> PORTAL = List.of("gdbus", "call", "--session", "--timeout", "2",
            "--dest", "org.freedesktop.portal.Desktop", "--object-path", "/org/freedesktop/portal/desktop",
            "--method", "org.freedesktop.portal.Settings.Read", "org.freedesktop.appearance", "color-scheme");
    static final List<String> GNOME_SCHEME = List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme");
    static final List<String> GNOME_GTK_THEME = List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme");
    static final List<String> MACOS = List.of("defaults", "read", "-g", "AppleInterfaceStyle");
    static final List<String> WINDOWS = List.of("reg", "query",
            "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v", "AppsUseLightTheme");

    private static final Pattern PORTAL_VALUE = Pattern.compile("uint32\\s+(\\d)");
    private static final Pattern REG_VALUE = Pattern.compile("AppsUseLightTheme\\s+REG_DWORD\\s+0x([0-9a-fA-F]+)");

    private SystemTheme() {
    }

    /** @return whether this desktop prefers dark windows; false when it cannot be told */
    public static boolean prefersDark() {
        return prefersDark(System.getProperty("os.name", ""), System.getenv(), new ProcessCommands());
    }

    /**
     * @param osName   the {@code os.name} system property
     * @param env      the environment variables
     * @param commands runs the desktop's tools
     * @return whether the desktop prefers dark windows; false when it cannot be told
     */
    public static boolean prefersDark(String osName, Map<String, String> env, Commands commands) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            return commands.run(MACOS).map(out -> out.trim().equalsIgnoreCase("dark")).orElse(false);
        }
        if (os.startsWith("windows")) {
            return commands.run(WINDOWS).map(REG_VALUE::matcher).filter(Matcher::find)
                    .map(m -> Integer.parseInt(m.group(1), 16) == 0).orElse(false);
        }
        String gtkTheme = env.get("GTK_THEME");
        if (gtkTheme != null && !gtkTheme.isBlank()) {
            return gtkTheme.toLowerCase(Locale.ROOT).contains("dark");
        }
        Optional<Matcher> portal = commands.run(PORTAL).map(PORTAL_VALUE::matcher).filter(Matcher::find);
        if (portal.isPresent() && !portal.get().group(1).equals("0")) {
            return portal.get().group(1).equals("1");
        }
        Optional<String> scheme = commands.run(GNOME_SCHEME).map(SystemTheme::unquote);
        if (scheme.isPresent() && !scheme.get().equals("default")) {
            return scheme.get().equals("prefer-dark");
        }
        return commands.run(GNOME_GTK_THEME).map(name -> name.toLowerCase(Locale.ROOT).contains("dark")).orElse(false);
    }

    private static String unquote(String gsettingsValue) {
        return gsettingsValue.trim().replace("'", "");
    }
}
