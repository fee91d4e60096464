package dev.mockloop.settings;

import dev.mockloop.session.ExtendMode;
import dev.mockloop.storage.Database;
import dev.mockloop.storage.StorageException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads and writes {@link Settings} as key/value rows. Unknown or unreadable values fall
 * back to the defaults, so a setting can never stop the app from starting. Call it off
 * the UI thread; throws {@link StorageException} when the database fails.
 */
public final class SettingsRepository {

    private static final String EXTEND_MODE = "timer.extend-mode";
    private static final String MUTED = "timer.muted";
    private static final String UPSERT =
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value";

    private final Database database;

    public SettingsRepository(Database database) {
        this.database = database;
    }

    /** @return the saved settings, defaults for anything not saved */
    public Settings load() {
        Map<String, String> values = values();
        ExtendMode mode = Settings.DEFAULTS.extendMode();
        try {
            mode = ExtendMode.valueOf(values.getOrDefault(EXTEND_MODE, mode.name()));
        } catch (IllegalArgumentException unknown) {
            // a value written by a newer version: keep the default
        }
        return new Settings(mode, Boolean.parseBoolean(values.getOrDefault(MUTED, "false")));
    }

    /**
     * Every saved value by key, for a feature that keeps its own settings under a key
     * prefix of its own (e.g. {@code voice.}, {@code coach.}) and reads them with its defaults.
     *
     * @return key to value, as saved
     */
    public Map<String, String> values() {
        return database.read("read your settings", connection -> {
            Map<String, String> rows = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT key, value FROM settings");
                 ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.put(row.getString(1), row.getString(2));
                }
            }
            return rows;
        });
    }

    /**
     * Saves these values in one transaction, replacing what those keys held.
     *
     * @param values key to value; keys are a feature's prefix and a name, e.g. {@code voice.enabled}
     */
    public void put(Map<String, String> values) {
        database.inTransaction("save your settings", connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                for (Map.Entry<String, String> value : values.entrySet()) {
                    upsert.setString(1, value.getKey());
                    upsert.setString(2, value.getValue());
                    upsert.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Saves every setting in one transaction. */
    public void save(Settings settings) {
        database.inTransaction("save your settings", connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                upsert.setString(1, EXTEND_MODE);
                upsert.setString(2, settings.extendMode().name());
                upsert.executeUpdate();
                upsert.setString(1, MUTED);
                upsert.setString(2, Boolean.toString(settings.muted()));
                upsert.executeUpdate();
            }
            return null;
        });
    }
}
