package dev.mockloop.pack.io;

import dev.mockloop.pack.Behavioral;
import dev.mockloop.pack.Design;
import dev.mockloop.pack.Level;
import dev.mockloop.pack.Outline;
import dev.mockloop.pack.PackProblem;
import dev.mockloop.pack.PackTemplate;
import dev.mockloop.pack.Probe;
import dev.mockloop.pack.Question;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/** One CSV row, read cell by cell into a question; problems go to the shared list, located at the row's line. */
final class CsvRow {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_TEXT = 4000;

    private final String file;
    private final int line;
    private final CSVRecord record;
    private final Map<CsvColumn, String> columns;
    private final List<PackProblem> problems;
    private final int before;

    CsvRow(String file, int line, CSVRecord record, Map<CsvColumn, String> columns, List<PackProblem> problems) {
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
        Outline outline = new Outline(items(CsvColumn.OUTLINE_COMPONENTS), items(CsvColumn.OUTLINE_ESTIMATES),
                items(CsvColumn.OUTLINE_TRADEOFFS), items(CsvColumn.OUTLINE_SOURCES));
        if (problems.size() > before) {
            return null;
        }
        return new Question(id, title, level, tags, framework, new Behavioral(behavioral, behavioralSignals),
                new Design(design, clarifying, probes, designSignals, null, outline));
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
