package dev.mockloop.export;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.DimensionScore;
import dev.mockloop.attempt.FailureModeHit;
import dev.mockloop.attempt.PhaseTime;
import dev.mockloop.attempt.ProbeResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes one attempt as a Markdown page, with its sketch as a PNG file beside it
 * ({@code name.md} and {@code name-sketch.png}) linked from the page, so the two can be
 * moved together into notes, a wiki or a gist. Every text from a pack or the user goes
 * through {@link MarkdownText#escape}: no HTML from them reaches the page, and their links
 * stay links only when they are http or https.
 */
public final class MarkdownExport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private MarkdownExport() {
    }

    /**
     * @param markdown the .md file to write; the PNG goes beside it
     * @return the files written: the page, then the sketch if there was one
     * @throws IOException if a file cannot be written
     */
    public static List<Path> write(Attempt attempt, ZoneId zone, Path markdown) throws IOException {
        List<Path> written = new ArrayList<>();
        String sketchLink = null;
        if (attempt.sketchPng().length > 0) {
            String base = markdown.getFileName().toString().replaceFirst("\\.md$", "");
            Path png = markdown.resolveSibling(base + "-sketch.png");
            Files.write(png, attempt.sketchPng());
            sketchLink = png.getFileName().toString();
            written.add(png);
        }
        Files.writeString(markdown, page(attempt, zone, sketchLink), StandardCharsets.UTF_8);
        written.add(0, markdown);
        return written;
    }

    /** @param sketchFile the sketch PNG's file name beside the page, or null if nothing was drawn */
    static String page(Attempt a, ZoneId zone, String sketchFile) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(oneLine(a.questionTitle())).append("\n\n");
        md.append("- **Date:** ").append(DATE.format(a.startedAt().atZone(zone))).append('\n');
        md.append("- **Pack:** ").append(oneLine(a.packId())).append(a.packVersion() == null ? "" : " " + oneLine(a.packVersion()))
                .append('\n');
        md.append("- **Framework:** ").append(oneLine(a.frameworkTitle())).append('\n');
        md.append("- **Time in phases:** ").append(minutes(a.activeTime().toMillis())).append('\n');
        md.append("- **Verdict:** ").append(a.verdict() == null ? "unfinished" : a.verdict().label());
        if (!Double.isNaN(a.meanScore())) {
            md.append(String.format(Locale.ROOT, " (mean score %.1f / 4)", a.meanScore()));
        }
        md.append("\n\n## Behavioral prompt\n\n").append(text(a.behavioralPrompt()));
        md.append("## Design prompt\n\n").append(text(a.designPrompt()));
        md.append("## Sketch\n\n").append(sketchFile == null ? "Nothing was drawn.\n\n" : "![Sketch](" + MarkdownText.fileLink(sketchFile) + ")\n\n");
        md.append("## Notes\n\n").append(text(a.notes()));
        md.append("## Planned against actual\n\n| Phase | Planned | Actual | Paused |\n|---|---:|---:|---:|\n");
        for (PhaseTime p : a.phases()) {
            md.append("| ").append(cell(p.title())).append(" | ").append(minutes(p.plannedMs())).append(" | ")
                    .append(minutes(p.actualMs())).append(" | ").append(minutes(p.pausedMs())).append(" |\n");
        }
        md.append("\n## Interviewer probes\n\n");
        if (a.probes().isEmpty()) {
            md.append("None came up.\n");
        }
        for (ProbeResponse p : a.probes()) {
            md.append("- ").append(oneLine(p.text())).append(" — ")
                    .append(dev.mockloop.attempt.ProbeFate.of(p, a.phases()).describe(p)).append('\n');
        }
        md.append("\n## Scores\n\n| Dimension | Score | What it looked like |\n|---|---:|---|\n");
        for (DimensionScore s : a.scores()) {
            md.append("| ").append(cell(s.title())).append(" | ").append(s.score()).append(" / 4 | ")
                    .append(cell(s.descriptor())).append(" |\n");
        }
        md.append("\n## Failure modes\n\n");
        if (a.failureModes().isEmpty()) {
            md.append("None ticked.\n");
        }
        for (FailureModeHit f : a.failureModes()) {
            md.append("- ").append(oneLine(f.title())).append('\n');
        }
        md.append("\n## Reflection\n\n").append(text(a.reflection()));
        return md.toString();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "—\n\n" : MarkdownText.escape(value.strip()) + "\n\n";
    }

    private static String oneLine(String value) {
        return value == null ? "" : MarkdownText.escape(value.replaceAll("\\s+", " ").strip());
    }

    /** A table cell: on one line, with the column separator escaped. */
    private static String cell(String value) {
        return oneLine(value).replace("|", "\\|");
    }

    private static String minutes(long ms) {
        long s = Math.round(ms / 1000.0);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
