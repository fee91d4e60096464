package dev.mockloop.ui.home;

import dev.mockloop.review.ReviewStore;
import dev.mockloop.ui.common.TaskRunner;
import dev.mockloop.framework.BuiltInFrameworks;
import dev.mockloop.pack.Framework;
import dev.mockloop.pack.InstalledPack;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.Level;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.Question;
import dev.mockloop.review.PracticeAdvice;
import dev.mockloop.review.SurprisePicker;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * State of the home screen: the library's questions, the filters over them, and the
 * chosen question. Filters combine: pack, tag, level and a search over title, prompts
 * and tags.
 */
public final class HomeViewModel {

    private final ObservableList<LibraryQuestion> questions = FXCollections.observableArrayList();
    private final FilteredList<LibraryQuestion> visible = new FilteredList<>(questions);
    private final ObservableList<InstalledPack> packs = FXCollections.observableArrayList();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObjectProperty<InstalledPack> packFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> tagFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Level> levelFilter = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<LibraryQuestion> selected = new SimpleObjectProperty<>();
    private final ObjectBinding<LibraryQuestion> startable;
    private final ObjectProperty<Set<String>> attempted = new SimpleObjectProperty<>(Set.of());
    private Map<String, Instant> lastAttempted = Map.of();
    private final ObservableList<Framework> userFrameworks;
    private final ObservableList<Framework> frameworkChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Framework> framework = new SimpleObjectProperty<>();
    private final ObjectProperty<PracticeAdvice> advice = new SimpleObjectProperty<>(PracticeAdvice.NONE);
    private LibraryQuestion offeredFor;
    private String defaultFrameworkId = "";
    private final SurprisePicker picker;
    private PackLibrary library;

    /**
     * @param library        the packs installed at start
     * @param userFrameworks the user's own frameworks, kept current by the frameworks screen
     * @param picker         the rule behind "Surprise me"; its clock and random source are fixed in tests
     */
    public HomeViewModel(PackLibrary library, ObservableList<Framework> userFrameworks, SurprisePicker picker) {
        this.picker = picker;
        this.userFrameworks = userFrameworks;
        setLibrary(library);
        visible.predicateProperty().bind(Bindings.createObjectBinding(
                () -> this::matches, packFilter, tagFilter, levelFilter, search));
        // Only a question the list shows can be started: a pack switched off, or a filter,
        // can hide the one selected.
        startable = Bindings.createObjectBinding(() -> selected.get() != null && visible.contains(selected.get())
                ? selected.get() : null, selected, visible);
        selected.addListener((obs, old, now) -> offerFrameworks(now));
        userFrameworks.addListener((javafx.collections.ListChangeListener<Framework>) c -> offerFrameworks(selected.get()));
    }

    /**
     * The frameworks a round of the chosen question can run on: its pack's (its own
     * first), then the built-in ones, then the user's. The default framework from the
     * settings is preselected when it is among them, else the question's own.
     */
    private void offerFrameworks(LibraryQuestion question) {
        Framework keep = framework.get();
        if (question == null) {
            frameworkChoices.clear();
            framework.set(null);
            return;
        }
        List<Framework> choices = new java.util.ArrayList<>();
        choices.add(question.framework());
        question.pack().pack().frameworks().stream().filter(f -> !f.equals(question.framework())).forEach(choices::add);
        choices.addAll(BuiltInFrameworks.ALL);
        choices.addAll(userFrameworks);
        frameworkChoices.setAll(choices);
        boolean keepOverride = question == offeredFor && keep != null && choices.contains(keep);
        Framework preferred = choices.stream().filter(f -> f.id().equals(defaultFrameworkId)).findFirst()
                .orElse(question.framework());
        framework.set(keepOverride ? keep : preferred);
        offeredFor = question;
    }

    /**
     * Sets the framework rounds are offered on (Settings → Round), for the selected question
     * too.
     *
     * @param frameworkId a built-in or user framework's id, or "" for each question's own
     */
    public void setDefaultFramework(String frameworkId) {
        String id = frameworkId == null ? "" : frameworkId;
        if (!id.equals(defaultFrameworkId)) {
            defaultFrameworkId = id;
            offeredFor = null;
            offerFrameworks(selected.get());
        }
    }

    /** @return the frameworks the selected question can run on */
    public ObservableList<Framework> frameworkChoices() {
        return frameworkChoices;
    }

    /** @return the framework the next round will run on; the question's own unless the user overrides it */
    public ObjectProperty<Framework> frameworkProperty() {
        return framework;
    }

    /** Replaces the library, e.g. after an import; keeps the filters that still apply. */
    public void setLibrary(PackLibrary library) {
        this.library = library;
        LibraryQuestion pick = selected.get();
        questions.setAll(library.questions());
        if (pick != null) {
            // The same question in the new library (packs are read afresh), or none if it went.
            selected.set(questions.stream().filter(q -> q.key().equals(pick.key())).findFirst().orElse(null));
        }
        packs.setAll(library.enabledPacks());
        tags.setAll(library.tags());
        if (packFilter.get() != null && !packs.contains(packFilter.get())) {
            packFilter.set(null);
        }
    }

    /** @param keys {@code packId/questionId} of every question attempted so far */
    /**
     * Reads what the home screen shows from your history, off the UI thread: the questions
     * attempted, when each was last, and the practice advice for today.
     *
     * @param today days since 1970-01-01 in the user's zone
     */
    public void load(ReviewStore review, TaskRunner tasks, long today) {
        PackLibrary now = library;
        tasks.run(review::attemptedQuestionKeys, this::setAttempted, e -> { });
        tasks.run(review::lastAttempts, this::setLastAttempted, e -> { });
        tasks.run(() -> review.advise(now, today), this::setAdvice, e -> { });
    }

    public void setAttempted(Set<String> keys) {
        // The same set again (the start-up read and the home screen's own refresh) must not
        // redraw every row of the table.
        if (!keys.equals(attempted.get())) {
            attempted.set(Set.copyOf(keys));
        }
    }

    /** @param last {@code packId/questionId} to the start of its latest attempt, for "Surprise me" */
    public void setLastAttempted(Map<String, Instant> last) {
        lastAttempted = Map.copyOf(last);
    }

    /**
     * Picks one of the visible questions by {@link SurprisePicker}'s rule: not attempted in
     * the last 14 days, training the weakest dimension of the advice, never attempted, in
     * that order of preference.
     *
     * @return the pick, also made the selection; empty when no question is visible
     */
    public Optional<LibraryQuestion> surpriseMe() {
        // Keys known as attempted before their times are read count as attempted long ago.
        Map<String, Instant> known = new HashMap<>();
        attempted.get().forEach(key -> known.put(key, Instant.EPOCH));
        known.putAll(lastAttempted);
        Optional<LibraryQuestion> pick = picker.pick(List.copyOf(visible), known,
                advice.get().weakest().map(PracticeAdvice.Weakest::dimensionId));
        pick.ifPresent(selected::set);
        return pick;
    }

    /** Clears every filter and the search. */
    public void clearFilters() {
        packFilter.set(null);
        tagFilter.set(null);
        levelFilter.set(null);
        search.set("");
    }

    private boolean matches(LibraryQuestion entry) {
        Question q = entry.question();
        if (packFilter.get() != null && !packFilter.get().pack().id().equals(entry.pack().pack().id())) {
            return false;
        }
        if (tagFilter.get() != null && !q.tags().contains(tagFilter.get())) {
            return false;
        }
        if (levelFilter.get() != null && q.level() != levelFilter.get()) {
            return false;
        }
        String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return true;
        }
        String haystack = String.join("\n", q.title(), q.behavioral().prompt(), q.design().prompt(),
                String.join(" ", q.tags()), entry.pack().pack().title()).toLowerCase(Locale.ROOT);
        for (String word : needle.split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** @param now what to practise next: due questions and the weakest dimension */
    public void setAdvice(PracticeAdvice now) {
        advice.set(now == null ? PracticeAdvice.NONE : now);
    }

    /** @return what to practise next, {@link PracticeAdvice#NONE} until read */
    public ReadOnlyObjectProperty<PracticeAdvice> adviceProperty() {
        return advice;
    }

    /** Shows one question of the advice: clears the filters so it is listed, and selects it. */
    public void pick(LibraryQuestion question) {
        clearFilters();
        questions.stream().filter(q -> q.key().equals(question.key())).findFirst().ifPresent(selected::set);
    }

    /** @return whether {@code key} ({@code packId/questionId}) has been attempted */
    public boolean wasAttempted(String key) {
        return attempted.get().contains(key);
    }

    public ObservableList<LibraryQuestion> visibleQuestions() {
        return visible;
    }

    public int totalQuestions() {
        return questions.size();
    }

    public ObservableList<InstalledPack> packs() {
        return packs;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    public ObjectProperty<InstalledPack> packFilterProperty() {
        return packFilter;
    }

    public ObjectProperty<String> tagFilterProperty() {
        return tagFilter;
    }

    public ObjectProperty<Level> levelFilterProperty() {
        return levelFilter;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<LibraryQuestion> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Set<String>> attemptedProperty() {
        return attempted;
    }

    /**
     * @return the selected question while the list shows it, else null: what Start round
     *         starts and the detail pane describes
     */
    public ObjectBinding<LibraryQuestion> startableProperty() {
        return startable;
    }

    /**
     * @param framework the framework the round will run on, or null
     * @return the detail pane's note on the prompts: a round that opens on a behavioral
     *         phase says the story comes first; one without says nothing of a story
     */
    public static String promptHint(Framework framework) {
        return framework != null && framework.hasBehavioralPhase()
                ? "The prompts stay hidden until the round starts: the behavioral story comes first, "
                        + "then the design follow-up it opens into."
                : "The prompt stays hidden until the round starts.";
    }

    /** @return true while a question is selected and listed (not hidden by a filter or a pack switched off) */
    public BooleanBinding canStart() {
        return startable.isNotNull();
    }
}
