package dev.mockloop.ui.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.coach.AnswerKey;
import dev.mockloop.coach.Coach;
import dev.mockloop.coach.CoachInput;
import dev.mockloop.coach.CoachService;
import dev.mockloop.coach.CoachSettings;
import dev.mockloop.coach.CoverageResult;
import dev.mockloop.coach.FakeEncoder;
import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.ui.common.AnswerKeyPane;
import dev.mockloop.ui.common.SavedAttempts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The coach's panel as a person reads it: covered items with their evidence, missed ones, disagreements. */
@ExtendWith(ApplicationExtension.class)
class CoveragePaneTest {

    private static final LibraryQuestion WEBHOOKS = new PackLibrary(BundledPacks.load(new PackReader())).questions()
            .stream().filter(q -> q.question().id().equals("payments-webhook-delivery")).findFirst().orElseThrow();
    private static final String NOTES = "Qs\n- delivered = any 2xx within 10s?\nper endpoint queue, max 10 in flight\n";

    private CoverageViewModel model;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        CoachService service = new CoachService(FakeEncoder::new, null, CoachSettings.DEFAULTS, Runnable::run);
        model = new CoverageViewModel(service, WEBHOOKS.pack().pack().rubric(), WEBHOOKS.question().level(),
                Runnable::run);
        AnswerKeyPane key = new AnswerKeyPane(WEBHOOKS.question(), List.of(), List.of());
        s.setScene(new Scene(new ScrollPane(new CoveragePane(model, key)), 520, 700));
        s.show();
    }

    private static CoverageResult assessed() {
        return new Coach(new FakeEncoder()).assess(AnswerKey.of(WEBHOOKS.question()), CoachInput.of(NOTES, List.of()));
    }

    private static Set<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).collect(Collectors.toSet());
    }

    @Test
    void coveredItemsOnTheAnswerKeyShowTheCandidatesWordsAndWhereAndMissedOnesSaySo(FxRobot robot) {
        CoverageResult result = assessed();
        robot.interact(() -> model.show(result));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("The coach saw " + result.covered() + " of " + result.total() + " answer-key items",
                robot.lookup("#coverage-summary").queryAs(Label.class).getText());
        List<String> questions = robot.lookup("#answer-key-clarifying-question .label").queryAllAs(Label.class)
                .stream().map(Label::getText).toList();
        int covered = questions.indexOf("\u2022 What counts as delivered: any 2xx, or an explicit acknowledgement?");
        assertTrue(covered >= 0, questions.toString());
        assertEquals("\u2713 covered: \u201c- delivered = any 2xx within 10s?\u201d \u2014 notes, line 2",
                questions.get(covered + 1), "the item's evidence and where it is");
        int missed = questions.indexOf("\u2022 How are payloads authenticated: signatures, mutual TLS?");
        assertEquals("\u2717 not seen in your notes or sketch", questions.get(missed + 1));
        assertTrue(texts(robot, "#answer-key-behavioral-signal .label").stream()
                .anyMatch(t -> t.endsWith("\u2014 0 of 3 covered")), "headings count what was covered");
    }

    @Test
    void aSelfScoreFarAboveWhatTheCoachSawIsCalledOutAndGoesWhenLowered(FxRobot robot) {
        robot.interact(() -> {
            model.show(assessed());
            model.setSelfScores(Map.of("story-ownership", 4));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> lines = texts(robot, "#coverage-disagreements .label");
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.iterator().next().contains("You gave Story and ownership 4; the coach saw 0 of 3 story signals shown"),
                lines.toString());

        robot.interact(() -> model.setSelfScores(Map.of("story-ownership", 1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(texts(robot, "#coverage-disagreements .label").isEmpty());
    }

    @Test
    void aRoundTheCoachNeverReadSaysSo(FxRobot robot) {
        robot.interact(() -> model.load("a-round-from-before-the-coach"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CoverageViewModel.State.NONE, model.stateProperty().get());
        assertEquals("The coach did not read this round.",
                robot.lookup("#coverage-message").queryAs(Label.class).getText());
    }

    @Test
    void aSavedRoundTheCoachNeverReadHasAButtonThatReadsItThere(FxRobot robot) {
        Attempt saved = SavedAttempts.of(WEBHOOKS, Instant.parse("2026-12-01T09:00:00Z"), 3, Verdict.HIRE);
        robot.interact(() -> {
            model.offerReading(saved, WEBHOOKS.question());
            model.load("a-round-saved-while-the-coach-was-off");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#coverage-read").queryButton().isVisible());
        assertTrue(robot.lookup("#coverage-summary").queryAs(Label.class).getText().isEmpty());

        robot.clickOn("#coverage-read");
        WaitForAsyncUtils.waitForFxEvents();
        CoverageResult expected = new Coach(new FakeEncoder()).assess(AnswerKey.of(WEBHOOKS.question()),
                CoachInput.of(saved.notes(), List.of()));
        assertEquals("The coach saw " + expected.covered() + " of " + expected.total() + " answer-key items",
                robot.lookup("#coverage-summary").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#coverage-read").queryButton().isVisible(), "read once, the button goes");
        assertFalse(robot.lookup("#coverage-message").queryAs(Label.class).isVisible());
    }
}
