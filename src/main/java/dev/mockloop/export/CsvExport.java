package dev.mockloop.export;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.attempt.DimensionScore;
import dev.mockloop.attempt.FailureModeHit;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes attempts as CSV (RFC 4180, via Apache Commons CSV): one row per attempt, one
 * column per rubric dimension given. Safe to open in a spreadsheet: a cell that starts
 * with {@code = + - @}, a tab or a carriage return, also after leading spaces, tabs or line
 * breaks (spreadsheets skip those before a formula), gets a leading apostrophe, so it is
 * shown as text and never run as a formula (OWASP, "CSV Injection").
 */
public final class CsvExport {

    /** The fixed columns, before one column per dimension and the texts. */
    public static final List<String> HEAD = List.of("id", "started_at", "pack_id", "question_id", "question",
            "framework", "duration_min", "verdict", "mean_score");
    /** The columns after the dimensions. */
    public static final List<String> TAIL = List.of("failure_modes", "notes", "reflection");

    private final CSVPrinter printer;
    private final List<String> dimensionIds;
    private final DateTimeFormatter time;

    /**
     * Writes the header row.
     *
     * @param out          where to write; flushed, not closed, by {@link #finish()}
     * @param dimensionIds one score column each, headed {@code score:<id>}
     * @param zone         the zone start times are written in, with their offset
     */
    public CsvExport(Writer out, List<String> dimensionIds, ZoneId zone) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
        this.dimensionIds = List.copyOf(dimensionIds);
        this.time = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone);
        List<String> header = new ArrayList<>(HEAD);
        dimensionIds.forEach(d -> header.add("score:" + d));
        header.addAll(TAIL);
        printer.printRecord(header);
    }

    /** Writes one attempt's row. */
    public void write(Attempt a) throws IOException {
        List<String> cells = new ArrayList<>();
        cells.add(String.valueOf(a.id()));
        cells.add(time.format(a.startedAt()));
        cells.add(a.packId());
        cells.add(a.questionId());
        cells.add(a.questionTitle());
        cells.add(a.frameworkTitle());
        cells.add(String.format(Locale.ROOT, "%.1f", a.activeTime().toMillis() / 60_000.0));
        cells.add(a.verdict() == null ? "" : a.verdict().name());
        cells.add(Double.isNaN(a.meanScore()) ? "" : String.format(Locale.ROOT, "%.2f", a.meanScore()));
        for (String d : dimensionIds) {
            cells.add(a.scores().stream().filter(s -> d.equals(s.dimensionId())).findFirst()
                    .map(DimensionScore::score).map(String::valueOf).orElse(""));
        }
        cells.add(String.join("; ", a.failureModes().stream().map(FailureModeHit::title).toList()));
        cells.add(a.notes());
        cells.add(a.reflection());
        printer.printRecord(cells.stream().map(CsvExport::neutralise).toList());
    }

    /**
     * Writes every attempt to a UTF-8 file, streaming.
     *
     * @return how many attempts were written
     * @throws IOException if the file cannot be written
     */
    public static int writeAll(AttemptRepository attempts, List<String> dimensionIds, ZoneId zone, java.nio.file.Path file)
            throws IOException {
        try (Writer out = java.nio.file.Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
            CsvExport csv = new CsvExport(out, dimensionIds, zone);
            int n = attempts.forEach(csv::write);
            csv.finish();
            return n;
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Flushes what was written. */
    public void finish() throws IOException {
        printer.flush();
    }

    /**
     * @param cell a cell's text, may be null
     * @return the text, with an apostrophe in front if a spreadsheet would read it as a formula
     */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        int i = 0;
        while (i < cell.length() && (cell.charAt(i) == ' ' || cell.charAt(i) == '\n' || cell.charAt(i) == '\u00a0')) {
            i++;
        }
        char lead = i < cell.length() ? cell.charAt(i) : ' ';
        return lead == '=' || lead == '+' || lead == '-' || lead == '@' || lead == '\t' || lead == '\r'
                ? "'" + cell : cell;
    }
}
