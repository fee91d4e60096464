package dev.mockloop.review;

import dev.mockloop.pack.LibraryQuestion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rule behind "Surprise me". Among the questions on offer it keeps, in turn:
 * <ol>
 *   <li>those not attempted in the last {@link #RECENT} (14 days); when every one was, the
 *       one attempted longest ago;</li>
 *   <li>of those, the ones that train the weakest rubric dimension: their pack scores it and,
 *       when the dimension has tags of its own ({@link DimensionTags}), they carry one of them;</li>
 *   <li>of those, the never-attempted ones;</li>
 * </ol>
 * skipping a step that would leave nothing, then picks one at random.
 */
public final class SurprisePicker {

    /** How long a question counts as recently attempted: 14 days. */
    public static final Duration RECENT = Duration.ofDays(14);

    private final Clock clock;
    private final Random random;
    private final DimensionTags training;

    /**
     * @param clock    the time "the last 14 days" counts back from
     * @param random   the source of the final pick; seeded in tests
     * @param training which tags train which dimension
     */
    public SurprisePicker(Clock clock, Random random, DimensionTags training) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.training = Objects.requireNonNull(training, "training");
    }

    /**
     * @param offered       the questions on offer (the home screen's visible ones), in any order
     * @param lastAttempted {@code packId/questionId} to the start of its latest attempt; a
     *                      question absent from it was never attempted
     * @param weakest       the id of the weakest rubric dimension, when anything was scored
     * @return the pick; empty only when nothing is offered
     */
    public Optional<LibraryQuestion> pick(List<LibraryQuestion> offered, Map<String, Instant> lastAttempted,
                                          Optional<String> weakest) {
        if (offered.isEmpty()) {
            return Optional.empty();
        }
        Instant since = clock.instant().minus(RECENT);
        List<LibraryQuestion> pool = offered.stream()
                .filter(q -> !lastAttempted.containsKey(q.key()) || lastAttempted.get(q.key()).isBefore(since))
                .toList();
        if (pool.isEmpty()) {
            LibraryQuestion oldest = offered.stream()
                    .min(Comparator.comparing((LibraryQuestion q) -> lastAttempted.get(q.key()))
                            .thenComparing(q -> q.key()))
                    .orElseThrow();
            return Optional.of(oldest);
        }
        if (weakest.isPresent()) {
            pool = narrow(pool, q -> trains(q, weakest.get()));
        }
        pool = narrow(pool, q -> !lastAttempted.containsKey(q.key()));
        return Optional.of(pool.get(random.nextInt(pool.size())));
    }

    /** @return whether the question trains the dimension (see the class comment) */
    public boolean trains(LibraryQuestion question, String dimensionId) {
        boolean scored = question.pack().pack().rubric().dimensions().stream().anyMatch(d -> d.id().equals(dimensionId));
        Set<String> tags = training.of(dimensionId);
        return scored && (tags.isEmpty() || question.question().tags().stream().anyMatch(tags::contains));
    }

    private static List<LibraryQuestion> narrow(List<LibraryQuestion> pool, Predicate<LibraryQuestion> keep) {
        List<LibraryQuestion> kept = pool.stream().filter(keep).toList();
        return kept.isEmpty() ? pool : kept;
    }
}
