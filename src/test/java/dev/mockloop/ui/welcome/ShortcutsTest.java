package dev.mockloop.ui.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

/** The shortcut sheet lists what the handlers really do. */
class ShortcutsTest {

    private static final Set<String> LISTED = Shortcuts.ALL.stream().map(Shortcuts.Shortcut::keys)
            .collect(Collectors.toSet());

    @Test
    void everyWhiteboardShortcutIsOnTheSheet() throws Exception {
        Class<?> sketch = Class.forName("dev.mockloop.ui.sketch.SketchShortcuts");
        List<String> missing = new ArrayList<>();
        for (Field f : sketch.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            f.setAccessible(true);
            if (f.get(null) instanceof KeyCodeCombination combination) {
                String keys = sheetName(combination);
                if (!LISTED.contains(keys) && !ALTERNATIVES.contains(f.getName())) {
                    missing.add(f.getName() + " (" + keys + ")");
                }
            } else if (f.get(null) instanceof Map<?, ?> tools) {
                for (Object key : tools.keySet()) {
                    if (!LISTED.contains(((KeyCode) key).getName())) {
                        missing.add("tool key " + key);
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "not on the sheet: " + missing);
    }

    /** Numpad twins, named in the main entry's text. */
    private static final Set<String> ALTERNATIVES = Set.of("ZOOM_IN_ALT", "ZOOM_OUT_ALT");

    @Test
    void theRoundsShortcutsAreOnTheSheet() {
        for (String keys : List.of("Space", "Ctrl+Right", "Ctrl+Left", "Ctrl+1", "Ctrl+5", "Ctrl+Enter", "Ctrl+M")) {
            assertTrue(Shortcuts.ALL.stream().anyMatch(s -> s.area().equals(Shortcuts.ROUND) && s.keys().equals(keys)),
                    keys);
        }
    }

    @Test
    void ctrlReadsCmdOnMacOs() {
        assertEquals("Cmd+Enter", Shortcuts.forPlatform("Ctrl+Enter", "Mac OS X"));
        assertEquals("Ctrl+Enter", Shortcuts.forPlatform("Ctrl+Enter", "Linux"));
    }

    /** How the sheet writes a combination: modifiers as Ctrl, Shift, Alt, then the key's name or character. */
    private static String sheetName(KeyCodeCombination c) {
        StringBuilder s = new StringBuilder();
        if (c.getShortcut() == KeyCombination.ModifierValue.DOWN || c.getControl() == KeyCombination.ModifierValue.DOWN) {
            s.append("Ctrl+");
        }
        if (c.getShift() == KeyCombination.ModifierValue.DOWN) {
            s.append("Shift+");
        }
        if (c.getAlt() == KeyCombination.ModifierValue.DOWN) {
            s.append("Alt+");
        }
        KeyCode code = c.getCode();
        String name = switch (code) {
            case CLOSE_BRACKET -> "]";
            case OPEN_BRACKET -> "[";
            case EQUALS -> "=";
            case MINUS -> "-";
            default -> code.getName().replace("Digit ", "").replace(" ", "");
        };
        return s + name;
    }
}
