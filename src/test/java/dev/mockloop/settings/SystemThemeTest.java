package dev.mockloop.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class SystemThemeTest {

    /** Answers the commands it knows with their output; every other command "is not installed". */
    private static final class Desktop implements SystemTheme.Commands {
        final Map<List<String>, String> answers = new HashMap<>();
        final java.util.List<List<String>> asked = new java.util.ArrayList<>();

        Desktop answer(List<String> command, String output) {
            answers.put(command, output);
            return this;
        }

        @Override
        public Optional<String> run(List<String> command) {
            asked.add(command);
            return Optional.ofNullable(answers.get(command));
        }
    }

    @Test
    void theFreedesktopPortalsDarkPreferenceIsFollowed() {
        Desktop gnome = new Desktop().answer(SystemTheme.PORTAL, "(<<uint32 1>>,)\n")
                .answer(SystemTheme.GNOME_SCHEME, "'default'\n");
        assertTrue(SystemTheme.prefersDark("Linux", Map.of(), gnome));
    }

    @Test
    void thePortalsLightPreferenceWinsOverADarkGtkThemeName() {
        Desktop kde = new Desktop().answer(SystemTheme.PORTAL, "(<<uint32 2>>,)")
                .answer(SystemTheme.GNOME_GTK_THEME, "'Breeze-Dark'");
        assertFalse(SystemTheme.prefersDark("Linux", Map.of(), kde));
    }

    @Test
    void withoutThePortalGnomesColourSchemeDecides() {
        assertTrue(SystemTheme.prefersDark("Linux", Map.of(),
                new Desktop().answer(SystemTheme.GNOME_SCHEME, "'prefer-dark'\n")));
        assertFalse(SystemTheme.prefersDark("Linux", Map.of(),
                new Desktop().answer(SystemTheme.GNOME_SCHEME, "'prefer-light'\n")
                        .answer(SystemTheme.GNOME_GTK_THEME, "'Adwaita-dark'")));
    }

    @Test
    void anOlderGnomeWithNoPreferenceIsReadFromItsGtkThemeName() {
        Desktop older = new Desktop().answer(SystemTheme.PORTAL, "(<<uint32 0>>,)")
                .answer(SystemTheme.GNOME_SCHEME, "'default'").answer(SystemTheme.GNOME_GTK_THEME, "'Adwaita-dark'\n");
        assertTrue(SystemTheme.prefersDark("Linux", Map.of(), older));
    }

    @Test
    void aGtkThemeVariableOverridesTheDesktopWithoutAskingIt() {
        Desktop dark = new Desktop().answer(SystemTheme.PORTAL, "(<<uint32 1>>,)");
        assertFalse(SystemTheme.prefersDark("Linux", Map.of("GTK_THEME", "Adwaita"), dark));
        assertTrue(SystemTheme.prefersDark("Linux", Map.of("GTK_THEME", "Adwaita:dark"), new Desktop()));
        assertTrue(dark.asked.isEmpty());
    }

    @Test
    void aDesktopWithNoneOfTheToolsIsLight() {
        assertFalse(SystemTheme.prefersDark("Linux", Map.of(), new Desktop()));
        assertFalse(SystemTheme.prefersDark("FreeBSD", Map.of(), new Desktop()));
    }

    @Test
    void macOsIsDarkWhenItsInterfaceStyleSaysDark() {
        assertTrue(SystemTheme.prefersDark("Mac OS X", Map.of(), new Desktop().answer(SystemTheme.MACOS, "Dark\n")));
        // In light mode the key does not exist and `defaults` fails: no answer.
        assertFalse(SystemTheme.prefersDark("Mac OS X", Map.of(), new Desktop()));
    }

    @Test
    void windowsIsDarkWhenAppsDoNotUseTheLightTheme() {
        String dark = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\r\n";
        assertTrue(SystemTheme.prefersDark("Windows 11", Map.of(), new Desktop().answer(SystemTheme.WINDOWS, dark)));
        assertFalse(SystemTheme.prefersDark("Windows 11", Map.of(),
                new Desktop().answer(SystemTheme.WINDOWS, dark.replace("0x0", "0x1"))));
        assertFalse(SystemTheme.prefersDark("Windows 10", Map.of(), new Desktop()));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aRealCommandsOutputIsReadAndAMissingOrFailingOneGivesNothing() {
        ProcessCommands commands = new ProcessCommands();
        assertEquals(Optional.of("prefer-dark\n"), commands.run(List.of("echo", "prefer-dark")));
        assertEquals(Optional.empty(), commands.run(List.of("mockloop-no-such-tool-xyz")));
        assertEquals(Optional.empty(), commands.run(List.of("false")));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aToolThatHangsIsGivenUpOnAfterTheTimeout() {
        long start = System.nanoTime();
        assertEquals(Optional.empty(), new ProcessCommands().run(List.of("sleep", "30")));
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertTrue(tookMs < ProcessCommands.TIMEOUT_MS + 3_000, "took " + tookMs + " ms");
    }
}
