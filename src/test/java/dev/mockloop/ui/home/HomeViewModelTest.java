package dev.mockloop.ui.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.InstalledPack;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.Level;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HomeViewModelTest {

    private static final PackLibrary LIBRARY = new PackLibrary(BundledPacks.load(new PackReader()));

    private final HomeViewModel model = new HomeViewModel(LIBRARY, javafx.collections.FXCollections.observableArrayList(), new Random(3));

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
    void surpriseMeWithNothingVisiblePicksNothing() {
        model.searchProperty().set("zzz-no-such-thing");
        assertTrue(model.surpriseMe().isEmpty());
    }
}
