package dev.mockloop.review;

import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackLibrary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides what to practise next: the questions {@link Sm2} has due, and the weakest
 * rubric dimension of the last {@value #RECENT_DAYS} days (all history when nothing was
 * scored in that span) with the questions that train it: installed questions whose pack
 * scores that dimension, those it went worst on first, never-tried ones counted as 2.5
 * (between "below" and "at" the bar). Call it off the UI thread.
 */
public final class PracticeAdvisor {

    /** How far back "weakest" looks, days. */
    public static final int RECENT_DAYS = 90;
    /** How many questions each list offers. */
    public static final int LIST_SIZE = 5;
    private static final double UNTRIED = 2.5;

    private final PracticeRepository repository;

    public PracticeAdvisor(PracticeRepository repository) {
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    /**
     * @param library the installed packs: only their questions are offered
     * @param today   the user's today, days since 1970-01-01
     */
    public PracticeAdvice advise(PackLibrary library, long today) {
        Map<String, PracticeScheduler.Scheduled> schedule = PracticeScheduler.schedule(repository.reviews());
        List<PracticeAdvice.Due> due = new ArrayList<>();
        for (PracticeScheduler.Scheduled s : PracticeScheduler.due(schedule, today)) {
            if (due.size() == LIST_SIZE) {
                break;
            }
            find(library, s.key()).ifPresent(q -> due.add(new PracticeAdvice.Due(q, s.overdueDays(today), s.lastMean())));
        }
        return new PracticeAdvice(due, weakest(library, today));
    }

    /**
     * When each installed question that has a finished attempt is due again, by the SM-2
     * schedule: soonest (most overdue) first, then by title.
     *
     * @param library the installed packs: questions of removed packs are left out
     * @param today   the user's today, days since 1970-01-01
     * @return one entry per question
     */
    public List<PracticeAdvice.Upcoming> upcoming(PackLibrary library, long today) {
        List<PracticeAdvice.Upcoming> upcoming = new ArrayList<>();
        for (PracticeScheduler.Scheduled s : PracticeScheduler.schedule(repository.reviews()).values()) {
            find(library, s.key()).ifPresent(q -> upcoming.add(new PracticeAdvice.Upcoming(q, s.dueDay(), s.lastDay(),
                    s.lastMean(), s.attempts(), s.overdueDays(today))));
        }
        upcoming.sort(Comparator.comparingLong(PracticeAdvice.Upcoming::dueDay)
                .thenComparing(u -> u.question().question().title()));
        return upcoming;
    }

    private Optional<PracticeAdvice.Weakest> weakest(PackLibrary library, long today) {
        int since = RECENT_DAYS;
        List<PracticeRepository.DimensionMean> means = repository.dimensionMeans(today - RECENT_DAYS);
        if (means.isEmpty()) {
            since = 0;
            means = repository.dimensionMeans(Long.MIN_VALUE);
        }
        Optional<PracticeRepository.DimensionMean> lowest = means.stream()
                .min(Comparator.comparingDouble(PracticeRepository.DimensionMean::mean)
                        .thenComparing(PracticeRepository.DimensionMean::dimensionId));
        if (lowest.isEmpty()) {
            return Optional.empty();
        }
        PracticeRepository.DimensionMean weak = lowest.get();
        Map<String, Double> perQuestion = repository.questionMeans(weak.dimensionId(),
                since == 0 ? Long.MIN_VALUE : today - since);
        List<LibraryQuestion> questions = library.questions().stream()
                .filter(q -> q.pack().pack().rubric().dimensions().stream().anyMatch(d -> d.id().equals(weak.dimensionId())))
                .sorted(Comparator.<LibraryQuestion>comparingDouble(q -> perQuestion.getOrDefault(q.key(), UNTRIED))
                        .thenComparing(q -> q.question().title()))
                .limit(LIST_SIZE)
                .toList();
        String title = library.packs().stream().flatMap(p -> p.pack().rubric().dimensions().stream())
                .filter(d -> d.id().equals(weak.dimensionId())).map(d -> d.title()).findFirst()
                .orElse(weak.title() == null ? weak.dimensionId() : weak.title());
        return Optional.of(new PracticeAdvice.Weakest(weak.dimensionId(), title, weak.mean(), since, questions));
    }

    private static Optional<LibraryQuestion> find(PackLibrary library, String key) {
        int cut = key.indexOf('/');
        return library.question(key.substring(0, cut), key.substring(cut + 1));
    }
}
