package dev.mockloop.pack.io;

import dev.mockloop.pack.Pack;
import dev.mockloop.pack.PackBundle;
import dev.mockloop.pack.PackCheck;
import dev.mockloop.pack.PackException;
import dev.mockloop.pack.PackLimits;
import dev.mockloop.pack.PackProblem;
import dev.mockloop.pack.PackReader;
import dev.mockloop.pack.PackTemplate;
import dev.mockloop.pack.PackWriter;
import dev.mockloop.pack.Question;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
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
 * separated by spaces, and list cells (signals, clarifying questions, probes, the
 * reference outline's components, estimates, tradeoffs and sources) one item per line.
 * Commas, semicolons or tabs separate the fields; the header row decides which.
 *
 * <p>Every problem names the CSV's line and the column, and the whole file is checked
 * before anything is made. The pack gets its rounds, rubric and failure modes from a
 * {@link PackTemplate}.
 */
public final class CsvPackReader {

    private static final Pattern JSON_QUESTION = Pattern.compile("^/questions/(\\d+)(/.*)?$");

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
            throw PackException.of(file, "the CSV is "
                    + PackLimits.passes(bytes.length, PackLimits.MAX_CSV_BYTES) + ". Split it into smaller files");
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
        long[] atLine = {0};
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Map<CsvColumn, String> columns = columns(file, parser.getHeaderNames(), problems);
            if (!problems.isEmpty()) {
                throw new PackException(problems);
            }
            Set<String> ids = new HashSet<>();
            atLine[0] = parser.getCurrentLineNumber() + 1;
            for (CSVRecord record : parser) {
                int line = lines.lineAt(record.getCharacterPosition());
                atLine[0] = parser.getCurrentLineNumber() + 1;
                if (questions.size() >= PackLimits.MAX_QUESTIONS) {
                    problems.add(new PackProblem(file, line, 1, "", "more than " + PackLimits.MAX_QUESTIONS
                            + " questions; a pack holds at most that many. Split the CSV"));
                    break;
                }
                CsvRow row = new CsvRow(file, line, record, columns, problems);
                Question question = row.question(ids, template);
                if (question != null) {
                    questions.add(question);
                    rowLines.add(line);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // The parser's own message names its exception class and its internal position;
            // the line is ours, the wording too.
            problems.add(atLine[0] == 0
                    ? new PackProblem(file, 1, 1, "", "cannot read the header row: a column is named twice, or a"
                            + " quote in it is not closed; name each column once")
                    : new PackProblem(file, (int) Math.min(atLine[0], Integer.MAX_VALUE), 1, "",
                    "cannot read the CSV here: a quoted cell is not closed, or text follows its closing quote"
                            + " before the next separator. Put the whole cell in quotes and double each quote"
                            + " inside it (\"\")"));
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
