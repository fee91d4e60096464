package dev.mockloop.pack.io;

import dev.mockloop.pack.Behavioral;
import dev.mockloop.pack.Design;
import dev.mockloop.pack.Level;
import dev.mockloop.pack.Pack;
import dev.mockloop.pack.PackBundle;
import dev.mockloop.pack.PackCheck;
import dev.mockloop.pack.PackException;
import dev.mockloop.pack.PackLimits;
import dev.mockloop.pack.PackProblem;
import dev.mockloop.pack.PackReader;
import dev.mockloop.pack.PackTemplate;
import dev.mockloop.pack.PackWriter;
import dev.mockloop.pack.Probe;
import dev.mockloop.pack.Question;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns a CSV of questions into a new pack, in the spirit of Anki's text import: UTF-8,
 * a header row naming the columns ({@link CsvColumn}), one question per row, tags
 * separated by spaces, and list cells (signals, clarifying questions, probes) one item per
 * line. Commas, semicolons or tabs separate the fields; the header row decides which.
 *
 * <p>Every problem names the CSV's line and the column, and the whole file is checked
 * before anything is made. The pack gets its rounds, rubric and failure modes from a
 * {@link PackTemplate}.
 */
public final class CsvPackReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern JSON_QUESTION = Pattern.compile("^/questions/(\\d+)(/.*)?$");
    private static final int MAX_TEXT = 4000;

    private final PackReader reader;
    private final PackWriter writer;

    public CsvPackReader(PackReader reader, PackWriter writer) {
        this.reader = reader;
        this.writer = writer;
    }

    /**
     * @param file     the CSV's name, for problems and as the bundle's origin
     * @param bytes    the CSV's content
     * @param options  the pack's id, title, version, author and license
     * @param template the rounds, rubric and failure modes the pack gets
     * @return the new pack, checked like any pack file
     * @throws PackException with every problem found, each at its line
     */
    public PackBundle read(String file, byte[] bytes, CsvOptions options, PackTemplate template) throws PackException {
        if (bytes.length > PackLimits.MAX_CSV_BYTES) {
            throw PackException.of(file, "the CSV is " + PackLimits.size(bytes.length) + "; at most "
                    + PackLimits.size(PackLimits.MAX_CSV_BYTES) + " can be imported. Split it into smaller files");
        }
        String text = dev.mockloop.pack.TextBytes.decode(file, bytes);
        Lines lines = new Lines(text);
        List<PackProblem> problems = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter(text))
                .setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Map<CsvColumn, String> columns = columns(file, parser.getHeaderNames(), problems);
            if (!problems.isEmpty()) {
                throw new PackException(problems);
            }
            Set<String> ids = new HashSet<>();
            for (CSVRecord record : parser) {
                int line = lines.lineAt(record.getCharacterPosition());
                if (questions.size() >= PackLimits.MAX_QUESTIONS) {
                    problems.add(new PackProblem(file, line, 1, "", "more than " + PackLimits.MAX_QUESTIONS
                            + " questions; a pack holds at most that many. Split the CSV"));
                    break;
                }
                Row row = new Row(file, line, record, columns, problems);
                Question question = row.question(ids, template);
                if (question != null) {
                    questions.add(question);
                    rowLines.add(line);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new PackProblem(file, 0, 0, "", "cannot read the CSV (" + e.getMessage()
                    + "); check that quotes are balanced and the header names each column once"));
        }
        if (problems.isEmpty() && questions.isEmpty()) {
            problems.add(new PackProblem(file, 1, 1, "", "the CSV has a header but no questions; add one row per question"));
        }
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        Pack pack = new Pack(options.packId(), options.version(), options.title(),
                "Questions imported from " + fileName(file) + ".", List.of(options.author()), options.license(),
                template.frameworks(), template.rubric(), template.failureModes(), questions);
        byte[] json = writer.write(pack);
        PackCheck check = reader.check(file, json);
        if (!check.valid()) {
            throw new PackException(check.problems().stream().map(p -> atRow(p, file, rowLines)).toList());
        }
        return PackBundle.of(file, check.pack(), json);
    }

    private static Map<CsvColumn, String> columns(String file, List<String> headers, List<PackProblem> problems) {
        Map<CsvColumn, String> columns = new EnumMap<>(CsvColumn.class);
        for (String header : headers) {
            CsvColumn column = CsvColumn.of(header).orElse(null);
            if (column == null) {
                problems.add(new PackProblem(file, 1, 1, "", "unknown column \"" + header + "\"; the columns are: "
                        + CsvColumn.allHeaders() + " (question-packs/README.md)"));
            } else if (columns.putIfAbsent(column, header) != null) {
                problems.add(new PackProblem(file, 1, 1, "", "column \"" + column.header() + "\" appears twice"));
            }
        }
        for (CsvColumn column : CsvColumn.values()) {
            if (column.required && !columns.containsKey(column)) {
                problems.add(new PackProblem(file, 1, 1, "", "the header has no \"" + column.header()
                        + "\" column; every question needs one"));
            }
        }
        return columns;
    }

    /** Schema problems of the generated pack point at the CSV row the question came from. */
    private static PackProblem atRow(PackProblem problem, String file, List<Integer> rowLines) {
        Matcher m = JSON_QUESTION.matcher(problem.path());
        int line = 0;
        if (m.matches() && Integer.parseInt(m.group(1)) < rowLines.size()) {
            line = rowLines.get(Integer.parseInt(m.group(1)));
        }
        return new PackProblem(file, line, line == 0 ? 0 : 1, problem.path(), problem.message());
    }

    private static char delimiter(String text) {
        String header = text.lines().findFirst().orElse("");
        if (header.indexOf(',') < 0) {
            if (header.indexOf('\t') >= 0) {
                return '\t';
            }
            if (header.indexOf(';') >= 0) {
                return ';';
            }
        }
        return ',';
    }

    private static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }

    /** One CSV row, read cell by cell into a question; problems go to the shared list. */
    private static final class Row {
        private final String file;
        private final int line;
        private final CSVRecord record;
        private final Map<CsvColumn, String> columns;
        private final List<PackProblem> problems;
        private final int before;

        Row(String file, int line, CSVRecord record, Map<CsvColumn, String> columns, List<PackProblem> problems) {
            this.file = file;
            this.line = line;
            this.record = record;
            this.columns = columns;
            this.problems = problems;
            this.before = problems.size();
        }

        Question question(Set<String> ids, PackTemplate template) {
            if (record.size() > columns.size()) {
                problem(null, "the row has " + record.size() + " fields but the header names " + columns.size()
                        + "; put cells with commas or line breaks in double quotes");
            }
            String title = text(CsvColumn.TITLE, true);
            String id = cell(CsvColumn.ID);
            if (id.isEmpty()) {
                id = uniqueId(CsvOptions.slug(title == null ? "" : title), ids);
            } else if (!ID.matcher(id).matches() || id.length() > 64) {
                problem(CsvColumn.ID, "\"" + id + "\" is not an id; use lower-case words joined by hyphens,"
                        + " at most 64 characters, e.g. rate-limiter");
            } else if (!ids.add(id)) {
                problem(CsvColumn.ID, "id \"" + id + "\" is used by an earlier row; give each question its own id");
            }
            Level level = level();
            List<String> tags = tags();
            String framework = cell(CsvColumn.FRAMEWORK);
            if (framework.isEmpty()) {
                framework = template.defaultFramework();
            } else if (template.frameworks().stream().noneMatch(f -> f.id().equals(cell(CsvColumn.FRAMEWORK)))) {
                problem(CsvColumn.FRAMEWORK, "\"" + framework + "\" is not a framework here; use one of: "
                        + String.join(", ", template.frameworks().stream().map(f -> f.id()).toList()));
            }
            String behavioral = text(CsvColumn.BEHAVIORAL, true);
            String design = text(CsvColumn.DESIGN, true);
            List<String> behavioralSignals = items(CsvColumn.BEHAVIORAL_SIGNALS);
            List<String> clarifying = items(CsvColumn.CLARIFYING_QUESTIONS);
            List<Probe> probes = items(CsvColumn.PROBES).stream().map(t -> new Probe(t, null, null)).toList();
            List<String> designSignals = items(CsvColumn.DESIGN_SIGNALS);
            if (problems.size() > before) {
                return null;
            }
            return new Question(id, title, level, tags, framework, new Behavioral(behavioral, behavioralSignals),
                    new Design(design, clarifying, probes, designSignals));
        }

        private String cell(CsvColumn column) {
            String header = columns.get(column);
            if (header == null || !record.isSet(header)) {
                return "";
            }
            return record.get(header).strip();
        }

        private String text(CsvColumn column, boolean required) {
            String value = cell(column);
            if (value.isEmpty()) {
                if (required) {
                    problem(column, "is empty; every question needs one");
                }
                return null;
            }
            if (value.length() > MAX_TEXT) {
                problem(column, "is " + value.length() + " characters long; a text is at most " + MAX_TEXT);
            }
            return value;
        }

        private Level level() {
            String value = cell(CsvColumn.LEVEL).toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                return Level.MID;
            }
            for (Level level : Level.values()) {
                if (level.name().toLowerCase(Locale.ROOT).equals(value)) {
                    return level;
                }
            }
            problem(CsvColumn.LEVEL, "\"" + value + "\" is not a level; use junior, mid, senior, staff or principal");
            return Level.MID;
        }

        private List<String> tags() {
            Set<String> tags = new LinkedHashSet<>();
            for (String tag : cell(CsvColumn.TAGS).toLowerCase(Locale.ROOT).split("\\s+")) {
                if (tag.isEmpty()) {
                    continue;
                }
                if (!ID.matcher(tag).matches() || tag.length() > 64) {
                    problem(CsvColumn.TAGS, "tag \"" + tag + "\" is not lower-case words joined by hyphens;"
                            + " separate tags with spaces, e.g. caching rate-limiting");
                }
                tags.add(tag);
            }
            if (tags.size() > 30) {
                problem(CsvColumn.TAGS, "has " + tags.size() + " tags; a question has at most 30");
            }
            return List.copyOf(tags);
        }

        private List<String> items(CsvColumn column) {
            List<String> items = Arrays.stream(cell(column).split("\\R")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            for (String item : items) {
                if (item.length() > MAX_TEXT) {
                    problem(column, "has a line " + item.length() + " characters long; a text is at most " + MAX_TEXT);
                }
            }
            if (items.size() > 100) {
                problem(column, "has " + items.size() + " lines; a list holds at most 100");
            }
            return items;
        }

        private void problem(CsvColumn column, String message) {
            String where = column == null ? "" : "column \"" + column.header() + "\" ";
            problems.add(new PackProblem(file, line, 1, "", "row " + record.getRecordNumber() + ": " + where + message));
        }

        private static String uniqueId(String slug, Set<String> ids) {
            String base = slug.isEmpty() ? "question" : slug;
            String id = base;
            for (int n = 2; !ids.add(id); n++) {
                id = base + "-" + n;
            }
            return id;
        }
    }

    /** Maps a character offset in the text to its 1-based line. */
    private static final class Lines {
        private final int[] starts;

        Lines(String text) {
            List<Integer> list = new ArrayList<>();
            list.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    list.add(i + 1);
                }
            }
            starts = list.stream().mapToInt(Integer::intValue).toArray();
        }

        int lineAt(long offset) {
            int i = Arrays.binarySearch(starts, (int) offset);
            return (i >= 0 ? i : -i - 2) + 1;
        }
    }
}
