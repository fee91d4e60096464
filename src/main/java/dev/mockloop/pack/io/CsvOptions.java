package dev.mockloop.pack.io;

import dev.mockloop.pack.InstalledPack;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackVersion;
import java.text.Normalizer;
import java.util.Locale;

/**
 * What a CSV of questions does not say about the pack it becomes.
 *
 * @param packId      e.g. {@code csv.system-design-drills}
 * @param title       shown in the app
 * @param version     a semantic version
 * @param author      the pack's one author
 * @param license     an SPDX identifier, or NOASSERTION
 */
public record CsvOptions(String packId, String title, String version, String author, String license) {

    /**
     * Defaults for a CSV file: id {@code csv.<file name>} and title from the file name;
     * version 1.0.0, or the next minor version when a pack with that id is installed, so
     * re-importing an edited CSV is an update; author from the OS user; license NOASSERTION.
     *
     * @param fileName  the CSV's file name, e.g. {@code System design drills.csv}
     * @param installed the packs installed now
     */
    public static CsvOptions defaults(String fileName, PackLibrary installed) {
        String base = fileName.replaceFirst("(?i)\\.csv$", "");
        String slug = slug(base);
        String id = "csv." + (slug.isEmpty() ? "questions" : slug);
        String version = installed.pack(id).map(InstalledPack::pack)
                .map(p -> PackVersion.parse(p.version()).nextMinor().toString())
                .orElse("1.0.0");
        String title = base.replace('_', ' ').replace('-', ' ').strip();
        if (!title.isEmpty()) {
            title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
        }
        String user = System.getProperty("user.name", "");
        return new CsvOptions(id, title.isEmpty() ? "Imported questions" : title, version,
                user.isBlank() ? "Me" : user, "NOASSERTION");
    }

    /** @return lower-case ASCII words joined by hyphens, e.g. "Caché hits (v2)" → "cache-hits-v2"; at most 60 chars */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug;
    }
}
