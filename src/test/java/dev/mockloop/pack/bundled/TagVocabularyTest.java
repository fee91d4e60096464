package dev.mockloop.pack.bundled;

import static dev.mockloop.pack.bundled.Bundled.assertNone;

import dev.mockloop.pack.LibraryQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Bundled questions draw their tags from the documented vocabulary, so the tag filter stays short and meaningful. */
class TagVocabularyTest {

    @Test
    void everyTagOfABundledQuestionIsInTheVocabulary() {
        Set<String> vocabulary = TagVocabulary.tags();
        List<String> failures = new ArrayList<>();
        for (LibraryQuestion q : Bundled.questions()) {
            for (String tag : q.question().tags()) {
                if (!vocabulary.contains(tag)) {
                    failures.add(q.key() + " uses tag \"" + tag + "\", which is not in " + TagVocabulary.FILE
                            + "; use a listed tag or add it there under its group");
                }
            }
        }
        assertNone(failures, "tags outside the vocabulary");
    }

    @Test
    void theVocabularyListsEachTagOnceInTheTagFormat() {
        List<String> failures = new ArrayList<>();
        List<String> lines = TagVocabulary.lines();
        for (int i = 0; i < lines.size(); i++) {
            String tag = lines.get(i);
            if (!tag.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                failures.add("\"" + tag + "\" is not lower-case words joined by hyphens");
            }
            if (lines.indexOf(tag) != i) {
                failures.add("\"" + tag + "\" is listed twice");
            }
        }
        assertNone(failures, "bad lines in " + TagVocabulary.FILE);
    }

    @Test
    void theVocabularyHasTheTagsTheNewPacksAreWrittenWith() {
        List<String> expected = List.of("storage", "key-value", "object-storage", "caching", "scheduling", "chat",
                "search", "notifications", "media", "migration", "multi-region", "build-vs-buy", "cost", "startup",
                "big-company", "take-home", "recovery", "async-loop", "consistency", "replication", "streaming",
                "observability", "security", "privacy", "ml");
        List<String> failures = expected.stream().filter(t -> !TagVocabulary.tags().contains(t))
                .map(t -> "\"" + t + "\" is missing").toList();
        assertNone(failures, "tags missing from " + TagVocabulary.FILE);
    }
}
