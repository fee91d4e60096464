package dev.mockloop.pack.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.pack.Level;
import dev.mockloop.pack.PackBundle;
import dev.mockloop.pack.PackException;
import dev.mockloop.pack.PackFixtures;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.pack.PackTemplate;
import dev.mockloop.pack.PackWriter;
import dev.mockloop.pack.Question;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvPackReaderTest {

    private static final PackReader READER = new PackReader();
    private static final PackTemplate TEMPLATE = PackTemplate.of(
            READER.check("t", PackFixtures.utf8(PackFixtures.minimal())).pack());
    private static final CsvOptions OPTIONS = new CsvOptions("csv.drills", "Drills", "1.0.0", "Ada", "NOASSERTION");

    private final CsvPackReader csv = new CsvPackReader(READER, new PackWriter());

    private PackBundle read(String text) throws PackException {
        return csv.read("drills.csv", text.getBytes(StandardCharsets.UTF_8), OPTIONS, TEMPLATE);
    }

    @Test
    void rowsBecomeQuestionsWithSpaceSeparatedTagsAndOneListItemPerLine() throws Exception {
        PackBundle bundle = read("""
                title,level,tags,behavioral,design,probes,design_signals
                Rate limiter,senior,api  Rate-Limiting,"Tell me about an outage, briefly.","Design a rate limiter.","What about bursts?
                What about many regions?",Token bucket
                The feed,,,Tell me about a launch.,Design a news feed.,,
                """);

        List<Question> questions = bundle.pack().questions();
        assertEquals(2, questions.size());
        Question first = questions.get(0);
        assertEquals("rate-limiter", first.id(), "id made from the title");
        assertEquals(Level.SENIOR, first.level());
        assertEquals(List.of("api", "rate-limiting"), first.tags());
        assertEquals("Tell me about an outage, briefly.", first.behavioral().prompt());
        assertEquals(2, first.design().probes().size());
        assertEquals("What about many regions?", first.design().probes().get(1).text());
        assertEquals(Level.MID, questions.get(1).level(), "level defaults to mid");
        assertEquals("short", questions.get(1).framework(), "framework defaults to the template's first");
        assertEquals("csv.drills", bundle.pack().id());
        assertTrue(READER.check("again", bundle.json()).valid(), "the generated pack passes validate");
    }

    @Test
    void outlineColumnsBecomeTheQuestionsReferenceOutlineOneItemALine() throws Exception {
        PackBundle bundle = read("""
                title,behavioral,design,outline_components,Outline Estimates,outline-tradeoffs,outline_sources
                Rate limiter,Tell me.,Design a rate limiter.,"Token bucket per key in the gateway
                Counter store synced every 250 ms","Per region ≈ 25,000 requests/s: 150,000 ÷ 6",Fail open on a store outage,"Dean, Numbers Everyone Should Know"
                Plain,Tell me.,Design a queue.,,,,
                """);

        Question limiter = bundle.pack().questions().get(0);
        assertEquals(List.of("Token bucket per key in the gateway", "Counter store synced every 250 ms"),
                limiter.design().outline().components());
        assertEquals(List.of("Per region ≈ 25,000 requests/s: 150,000 ÷ 6"), limiter.design().outline().estimates());
        assertEquals(List.of("Fail open on a store outage"), limiter.design().outline().tradeoffs());
        assertEquals(List.of("Dean, Numbers Everyone Should Know"), limiter.design().outline().sources());
        assertTrue(bundle.pack().questions().get(1).design().outline().isEmpty(), "empty cells give no outline");
        assertEquals(limiter, READER.check("again", bundle.json()).pack().questions().get(0),
                "the outline is in the pack file the import writes");
    }

    @Test
    void aTooLongOutlineLineNamesItsColumn() {
        PackException e = assertThrows(PackException.class, () -> read(
                "title,behavioral,design,outline_tradeoffs\nA,b,c," + "x".repeat(4001) + "\n"));

        assertTrue(e.getMessage().contains("column \"outline_tradeoffs\" has a line 4001 characters long"), e.getMessage());
    }

    @Test
    void semicolonSeparatedCsvWithAByteOrderMarkAndHeaderVariantsIsRead() throws Exception {
        String text = "\uFEFFTitle;Behavioral;Design;Clarifying Questions\nQueue;Tell me.;Design a queue.;How big?\n";

        PackBundle bundle = read(text);

        assertEquals("How big?", bundle.pack().questions().get(0).design().clarifyingQuestions().get(0));
    }

    static Stream<Arguments> badCsvs() {
        return Stream.of(
                Arguments.of("unknown column", "title,behavioral,design,colour\nA,b,c,red\n", 1, "unknown column \"colour\""),
                Arguments.of("missing required column", "title,behavioral\nA,b\n", 1, "no \"design\" column"),
                Arguments.of("empty design", "title,behavioral,design\nA,b,c\nB,b,\n", 3, "row 2: column \"design\" is empty"),
                Arguments.of("bad level", "title,level,behavioral,design\nA,guru,b,c\n", 2, "\"guru\" is not a level"),
                Arguments.of("bad tag", "title,tags,behavioral,design\nA,ok Not_OK,b,c\n", 2, "tag \"not_ok\""),
                Arguments.of("duplicate id", "id,title,behavioral,design\nx,A,b,c\nx,B,b,c\n", 3, "used by an earlier row"),
                Arguments.of("bad id", "id,title,behavioral,design\nHello World,A,b,c\n", 2, "is not an id"),
                Arguments.of("unknown framework", "title,framework,behavioral,design\nA,long,b,c\n", 2, "use one of: short"),
                Arguments.of("text too long", "title,behavioral,design\nA,b," + "x".repeat(4001) + "\n", 2, "at most 4000"),
                Arguments.of("extra fields", "title,behavioral,design\nA,b,c,d\n", 2, "put cells with commas"),
                Arguments.of("no rows", "title,behavioral,design\n", 1, "no questions"),
                Arguments.of("unbalanced quote", "title,behavioral,design\n\"A,b,c\n", 2, "a quoted cell is not closed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCsvs")
    void badCsvNamesItsLineAndColumn(String name, String text, int line, String expected) {
        PackException e = assertThrows(PackException.class, () -> read(text));

        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertEquals(line, e.problems().get(0).line(), e.getMessage());
        assertTrue(e.problems().get(0).file().equals("drills.csv"));
    }

    @Test
    void invalidUtf8IsRefusedAtItsLine() {
        byte[] bytes = {'t', 'i', 't', 'l', 'e', '\n', (byte) 0xC3, '('};

        PackException e = assertThrows(PackException.class,
                () -> csv.read("drills.csv", bytes, OPTIONS, TEMPLATE));

        assertEquals(2, e.problems().get(0).line());
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
    }

    @Test
    void defaultsComeFromTheFileNameAndBumpAnInstalledVersion() throws Exception {
        CsvOptions fresh = CsvOptions.defaults("System Design Drills.csv", new PackLibrary(List.of()));
        assertEquals("csv.system-design-drills", fresh.packId());
        assertEquals("System Design Drills", fresh.title());
        assertEquals("1.0.0", fresh.version());

        PackBundle installed = read("title,behavioral,design\nA,b,c\n");
        PackLibrary library = new PackLibrary(List.of(new dev.mockloop.pack.InstalledPack(installed.pack(),
                dev.mockloop.pack.PackSource.IMPORTED, null)));
        assertEquals("1.1.0", CsvOptions.defaults("drills.csv", library).version());
    }

    @Test
    void aBrokenQuoteIsLocatedWithoutTheParserLibrarysName() {
        PackException e = assertThrows(PackException.class, () -> read("title,behavioral,design\n"
                + "Q1,Tell me.,Design it.\n"
                + "\"Q2\"x,Tell me.,Design it.\n"));

        String message = e.problems().get(0).format();
        assertTrue(message.startsWith("drills.csv:3:"), "at the row with the stray character: " + message);
        assertTrue(message.contains("quote"), message);
        assertTrue(!message.contains("org.apache") && !message.contains("CSVException") && !message.contains("Exception"),
                "no library class name: " + message);
    }
}
