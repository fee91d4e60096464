package dev.mockloop.ui.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.InstalledPack;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.Level;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.review.DimensionTags;
import dev.mockloop.review.PracticeAdvice;
import dev.mockloop.review.SurprisePicker;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HomeViewModelTest {

    private static final PackLibrary LIBRARY = new PackLibrary(BundledPacks.load(new PackReader()));

    private static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");

    private final HomeViewModel model = new HomeViewModel(LIBRARY, javafx.collections.FXCollections.observableArrayList(),
            new SurprisePicker(Clock.fixed(NOW, ZoneOffset.UTC), new Random(3), DimensionTags.bundled()));

    @Test
    void theDefaultFrameworkFromTheSettingsIsOfferedForEveryQuestionAndTheQuestionsOwnOtherwise() {
        LibraryQuestion question = LIBRARY.questions().get(0);
        model.selectedProperty().set(question);
        assertEquals(question.framework(), model.frameworkProperty().get());

        model.setDefaultFramework(dev.mockloop.framework.BuiltInFrameworks.SPEED_ROUND.id());
        assertEquals(dev.mockloop.framework.BuiltInFrameworks.SPEED_ROUND, model.frameworkProperty().get(),
                "the selected question switches at once");
        model.selectedProperty().set(LIBRARY.questions().get(1));
        assertEquals(dev.mockloop.framework.BuiltInFrameworks.SPEED_ROUND, model.frameworkProperty().get());

        model.setDefaultFramework("no-such-framework");
        assertEquals(LIBRARY.questions().get(1).framework(), model.frameworkProperty().get(),
                "an unknown default falls back to the question's own");
    }

    @Test
    void showsEveryQuestionOfEveryPackUnfiltered() {
        assertEquals(LIBRARY.questions().size(), model.visibleQuestions().size());
    }

    @Test
    void filtersCombinePackTagAndLevel() {
        InstalledPack pack = LIBRARY.packs().get(1);
        String tag = pack.pack().questions().get(0).tags().get(0);
        Level level = pack.pack().questions().get(0).level();

        model.packFilterProperty().set(pack);
        model.tagFilterProperty().set(tag);
        model.levelFilterProperty().set(level);

        assertTrue(model.visibleQuestions().size() >= 1);
        for (LibraryQuestion q : model.visibleQuestions()) {
            assertEquals(pack.pack().id(), q.pack().pack().id());
            assertTrue(q.question().tags().contains(tag));
            assertEquals(level, q.question().level());
        }
        model.clearFilters();
        assertEquals(LIBRARY.questions().size(), model.visibleQuestions().size());
    }

    @Test
    void searchMatchesEveryWordInTitlePromptsOrTags() {
        model.searchProperty().set("IDEMPOTENCY webhook");
        assertTrue(!model.visibleQuestions().isEmpty());
        for (LibraryQuestion q : model.visibleQuestions()) {
            String text = (q.question().title() + q.question().behavioral().prompt() + q.question().design().prompt()
                    + q.question().tags()).toLowerCase();
            assertTrue(text.contains("idempotency") && text.contains("webhook"), q.question().title());
        }
        model.searchProperty().set("zzz-no-such-thing");
        assertTrue(model.visibleQuestions().isEmpty());
    }

    @Test
    void surpriseMePicksOnlyNeverAttemptedQuestionsWhileAnyRemain() {
        List<LibraryQuestion> all = LIBRARY.questions();
        Set<String> attempted = all.stream().skip(2).map(LibraryQuestion::key).collect(Collectors.toSet());
        model.setAttempted(attempted);

        Set<String> picked = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            picked.add(model.surpriseMe().orElseThrow().key());
        }

        assertEquals(Set.of(all.get(0).key(), all.get(1).key()), picked, "both fresh questions, nothing else");
    }

    @Test
    void surpriseMeFallsBackToAnyVisibleQuestionOnceAllWereAttempted() {
        model.setAttempted(LIBRARY.questions().stream().map(LibraryQuestion::key).collect(Collectors.toSet()));
        model.levelFilterProperty().set(Level.STAFF);

        LibraryQuestion pick = model.surpriseMe().orElseThrow();

        assertEquals(Level.STAFF, pick.question().level(), "respects the filters");
        assertEquals(pick, model.selectedProperty().get(), "the pick becomes the selection");
    }

    @Test
    void surpriseMeSkipsQuestionsAttemptedInTheLastFourteenDaysAndPrefersTheWeakestDimensionsTags() {
        Map<String, Instant> last = new java.util.HashMap<>();
        LIBRARY.questions().forEach(q -> last.put(q.key(), NOW.minus(Duration.ofDays(3))));
        LibraryQuestion capacity = LIBRARY.question("mockloop.sre-data", "capacity-surge").orElseThrow();
        LibraryQuestion feed = LIBRARY.question("mockloop.company-rounds", "saas-feed-fanout").orElseThrow();
        LibraryQuestion story = LIBRARY.question("mockloop.bar-raiser", "bad-stage-recovery").orElseThrow();
        last.put(capacity.key(), NOW.minus(Duration.ofDays(20)));
        last.put(feed.key(), NOW.minus(Duration.ofDays(15)));
        last.put(story.key(), NOW.minus(Duration.ofDays(30)));
        model.setLastAttempted(last);
        model.setAdvice(new PracticeAdvice(List.of(), Optional.of(
                new PracticeAdvice.Weakest("estimation", "Estimation and numbers", 1.5, 90, List.of()))));

        Set<String> picked = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            picked.add(model.surpriseMe().orElseThrow().key());
        }

        assertEquals(Set.of(capacity.key(), feed.key()), picked,
                "only questions older than 14 days, and of those the ones tagged for estimation");
    }

    @Test
    void surpriseMeWithNothingVisiblePicksNothing() {
        model.searchProperty().set("zzz-no-such-thing");
        assertTrue(model.surpriseMe().isEmpty());
    }

    @Test
    void startIsOffWhileTheSelectedQuestionIsHiddenByAFilter() {
        LibraryQuestion q = LIBRARY.questions().get(0);
        model.selectedProperty().set(q);
        assertTrue(model.canStart().get());
        model.searchProperty().set("no question has this text zqxj");
        assertEquals(null, model.startableProperty().get(), "the detail pane asks for a pick");
        org.junit.jupiter.api.Assertions.assertFalse(model.canStart().get(), "Start is off");
        model.searchProperty().set("");
        assertTrue(model.canStart().get(), "listed again: startable again");
    }

    @Test
    void aPackSwitchedOffTakesItsSelectedQuestionWithIt() {
        LibraryQuestion q = LIBRARY.packs().get(0).pack().questions().isEmpty() ? null
                : LIBRARY.questions().stream().filter(x -> x.pack() == LIBRARY.packs().get(0)).findFirst().orElseThrow();
        model.selectedProperty().set(q);
        model.setLibrary(new PackLibrary(LIBRARY.packs().subList(1, LIBRARY.packs().size())));
        org.junit.jupiter.api.Assertions.assertFalse(model.canStart().get());
        assertEquals(null, model.selectedProperty().get());
    }

    @Test
    void aPickSurvivesTheLibraryBeingReadAgain() {
        LibraryQuestion q = LIBRARY.questions().get(3);
        model.selectedProperty().set(q);
        PackLibrary again = new PackLibrary(BundledPacks.load(new PackReader()));
        model.setLibrary(again);
        assertEquals(q.key(), model.startableProperty().get().key());
        assertTrue(again.questions().contains(model.startableProperty().get()), "the question of the new library");
    }

    @Test
    void theHintPromisesAStoryFirstOnlyWhenThereIsOne() {
        var paired = LIBRARY.questions().stream().map(LibraryQuestion::framework)
                .filter(dev.mockloop.pack.Framework::hasBehavioralPhase).findFirst().orElseThrow();
        var classic = dev.mockloop.framework.BuiltInFrameworks.ALL.stream().filter(f -> !f.hasBehavioralPhase())
                .findFirst().orElseThrow();
        assertTrue(HomeViewModel.promptHint(paired).contains("the behavioral story comes first"));
        org.junit.jupiter.api.Assertions.assertFalse(HomeViewModel.promptHint(classic).contains("behavioral"), HomeViewModel.promptHint(classic));
    }
}
