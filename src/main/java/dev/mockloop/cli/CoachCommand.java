package dev.mockloop.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockloop.coach.CoachInput;
import dev.mockloop.coach.CoachService;
import dev.mockloop.coach.CoachSettings;
import dev.mockloop.coach.CoverageResult;
import dev.mockloop.coach.ItemResult;
import dev.mockloop.coach.minilm.MiniLmEncoder;
import dev.mockloop.pack.PackException;
import dev.mockloop.pack.PackProblem;
import dev.mockloop.pack.Question;
import dev.mockloop.pack.io.PackSources;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * {@code coach --json PACK QUESTION-ID NOTES-FILE}: what the offline coach sees of a
 * question's answer key in a UTF-8 notes file, as one JSON object:
 * <pre>
 * {"items": [{"kind": "design-signal" | "behavioral-signal" | "clarifying-question" | "outline",
 *             "text": "&lt;the item's text exactly as in the pack&gt;", "covered": true | false,
 *             "score": &lt;0..1&gt;, "evidence": "&lt;the matching line&gt;" | null}],
 *  "covered": N, "total": M}
 * </pre>
 * The result is the app's for the same notes (the same {@link CoachService} path, with no
 * whiteboard). PACK is a pack file, zip or folder, as for {@code validate}.
 *
 * <p>Exit codes: 0 success; 1 for a missing or unreadable file, a question not in the pack, a
 * notes file that is not UTF-8 or a model that cannot load (a one-line message on stderr);
 * 2 for a usage error.
 */
public final class CoachCommand {

    static final String USAGE = "usage: mockloop coach --json PACK QUESTION-ID NOTES-FILE";

    private final PackSources sources;
    private final CoachService coach;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * The command with the bundled model, read on this thread; it reads no database.
     *
     * @param sources    reads the pack
     * @param modelCache where the model's native libraries are kept (in the data folder)
     * @param out        where the JSON goes
     * @param err        where problems go
     * @return the command
     */
    public static CoachCommand withBundledModel(PackSources sources, Path modelCache, PrintStream out,
                                                PrintStream err) {
        return new CoachCommand(sources, new CoachService(() -> MiniLmEncoder.load(modelCache), null,
                CoachSettings.DEFAULTS, Runnable::run), out, err);
    }

    /**
     * @param sources reads the pack
     * @param coach   the coach service (loads the model on first use)
     * @param out     where the JSON goes
     * @param err     where problems go
     */
    public CoachCommand(PackSources sources, CoachService coach, PrintStream out, PrintStream err) {
        this.sources = sources;
        this.coach = coach;
        this.out = out;
        this.err = err;
    }

    /** @return the exit code */
    public int run(List<String> args) {
        if (args.size() != 4 || !args.get(0).equals("--json")) {
            err.println(USAGE);
            return Tally.USAGE;
        }
        Path packPath = Path.of(args.get(1));
        String questionId = args.get(2);
        Path notesPath = Path.of(args.get(3));
        if (!Files.exists(packPath)) {
            err.println(packPath + ": no such file or folder");
            return Tally.PROBLEMS;
        }
        Optional<Question> question;
        try {
            question = sources.read(packPath).pack().questions().stream()
                    .filter(q -> q.id().equals(questionId)).findFirst();
        } catch (PackException e) {
            e.problems().stream().map(PackProblem::format).forEach(err::println);
            return Tally.PROBLEMS;
        }
        if (question.isEmpty()) {
            err.println(packPath + ": no question with id '" + questionId + "'");
            return Tally.PROBLEMS;
        }
        String notes;
        try {
            notes = readUtf8(notesPath);
        } catch (NoSuchFileException e) {
            err.println(notesPath + ": no such file");
            return Tally.PROBLEMS;
        } catch (CharacterCodingException e) {
            err.println(notesPath + ": not UTF-8 text; save the notes as UTF-8 and try again");
            return Tally.PROBLEMS;
        } catch (IOException e) {
            err.println(notesPath + ": cannot read it: " + e.getMessage());
            return Tally.PROBLEMS;
        }
        CoverageResult result;
        try {
            result = coach.assess(question.get(), CoachInput.of(notes, List.of())).toCompletableFuture().join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            err.println("the coach could not run: " + cause.getMessage());
            return Tally.PROBLEMS;
        }
        out.println(toJson(result));
        return Tally.OK;
    }

    /** @return the command's JSON for a result: see the class comment */
    public static String toJson(CoverageResult result) {
        ObjectMapper json = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        ArrayNode items = root.putArray("items");
        for (ItemResult r : result.items()) {
            ObjectNode item = items.addObject();
            item.put("kind", r.item().kind().id());
            item.put("text", r.item().text());
            item.put("covered", r.covered());
            item.put("score", Math.round(r.score() * 1000) / 1000.0);
            if (r.evidence() == null) {
                item.putNull("evidence");
            } else {
                item.put("evidence", r.evidence().text());
            }
        }
        root.put("covered", result.covered());
        root.put("total", result.total());
        return root.toString();
    }

    private static String readUtf8(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
