package dev.mockloop.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PackReaderTest {

    private static final PackReader READER = new PackReader();

    static String minimal() {
        try (InputStream in = PackReaderTest.class.getResourceAsStream("/packs/minimal.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static PackCheck check(String json) {
        return READER.check("pack.json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void validPackReadsEveryField() {
        PackCheck check = check(minimal());

        assertTrue(check.valid(), () -> check.problems().toString());
        Pack pack = check.pack();
        assertEquals("test.minimal", pack.id());
        assertEquals("1.0.0", pack.version());
        Framework framework = pack.frameworks().get(0);
        assertEquals(PromptKind.BEHAVIORAL, framework.phases().get(0).prompt());
        assertEquals(PromptKind.DESIGN, framework.phases().get(1).prompt(), "prompt defaults to design");
        assertEquals(5 * 60_000, framework.plannedMillis());
        assertEquals("Crisp and structured.", pack.rubric().dimensions().get(0).descriptor(4));
        Question question = pack.questions().get(0);
        assertEquals(Level.MID, question.level());
        assertEquals("Tell me about a bug caused by stale data.", question.behavioral().prompt());
        assertEquals(1.0, question.design().probes().get(0).atMinute());
        assertTrue(question.design().signals().isEmpty(), "missing optional lists read as empty");
        assertEquals(framework, pack.frameworkOf(question));
    }

    static Stream<Arguments> badPacks() {
        return Stream.of(
                Arguments.of("missing comma", "\"id\": \"test.minimal\",", "\"id\": \"test.minimal\"",
                        "not valid JSON", "\"version\""),
                Arguments.of("misspelt key", "\"minutes\": 3,", "\"minuts\": 3,", "minuts", "\"minuts\""),
                Arguments.of("missing design prompt", "\"prompt\": \"Design a read-through cache for a profile service.\",",
                        "", "prompt", "\"design\": {"),
                Arguments.of("zero minutes", "\"minutes\": 2,", "\"minutes\": 0,", "/frameworks/0/phases/0/minutes",
                        "\"minutes\": 0"),
                Arguments.of("unknown level", "\"level\": \"mid\"", "\"level\": \"guru\"", "/questions/0/level",
                        "\"guru\""),
                Arguments.of("newer format", "\"formatVersion\": 1", "\"formatVersion\": 2", "format 1",
                        "\"formatVersion\": 2"),
                Arguments.of("duplicate key", "\"title\": \"Minimal test pack\",",
                        "\"title\": \"Minimal test pack\", \"title\": \"Again\",", "Duplicate field", "\"Again\""),
                Arguments.of("duplicate phase id", "\"id\": \"design\", \"title\": \"Design\"",
                        "\"id\": \"story\", \"title\": \"Design\"", "phase id 'story' is used twice",
                        "\"id\": \"story\", \"title\": \"Design\""),
                Arguments.of("unknown framework", "\"framework\": \"short\"", "\"framework\": \"long\"",
                        "framework 'long', which this pack does not define; use one of: short", "\"framework\": \"long\""),
                Arguments.of("unknown probe phase", "\"phase\": \"design\"", "\"phase\": \"deep-dive\"",
                        "phase 'deep-dive', which framework 'short' does not have", "\"phase\": \"deep-dive\""),
                Arguments.of("probe after its phase ends", "\"atMinute\": 1", "\"atMinute\": 4",
                        "lasts 3.0 minutes", "\"atMinute\": 4"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPacks")
    void badPackIsRefusedWithTheProblemAndItsLine(String name, String from, String to, String expected, String lineMarker) {
        String json = minimal();
        assertTrue(json.contains(from), "fixture must contain " + from);
        String broken = json.replace(from, to);

        PackCheck check = check(broken);

        assertFalse(check.valid());
        assertNull(check.pack());
        PackProblem problem = check.problems().stream().filter(p -> p.message().contains(expected)
                        || p.path().contains(expected)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem mentions '" + expected + "' in "
                        + check.problems().stream().map(PackProblem::format).collect(Collectors.joining("\n"))));
        assertEquals(lineOf(broken, lineMarker), problem.line(), () -> "line of " + problem.format());
        assertTrue(problem.format().startsWith("pack.json:" + problem.line() + ":"), problem.format());
    }

    @Test
    void emptyFileIsAProblemNotACrash() {
        PackCheck check = check("");
        assertFalse(check.valid());
        assertTrue(check.problems().get(0).message().contains("empty"), check.problems().toString());
    }

    @Test
    void readThrowsPackExceptionCarryingTheFileName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{ \"format\": ");

        PackException e = assertThrows(PackException.class, () -> READER.read(file));

        assertEquals(file.toString(), e.problems().get(0).file());
        assertTrue(e.getMessage().startsWith(file + ":1:"), e.getMessage());
    }

    @Test
    void missingFileIsReportedAsUnreadable(@TempDir Path dir) {
        PackCheck check = READER.check(dir.resolve("nope.json"));
        assertTrue(check.problems().get(0).message().contains("cannot read"), check.problems().toString());
    }

    private static int lineOf(String text, String marker) {
        int at = text.indexOf(marker);
        assertTrue(at >= 0, "marker not found: " + marker);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
