package dev.mockloop.pack;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * What a strong answer to a design prompt draws, estimates and weighs: the answer key the
 * scoring screen shows and the coach checks coverage against. Optional in a pack; a
 * question without one has {@link #EMPTY}.
 *
 * @param components what the design draws, one item each, e.g. "Idempotency-key table with a
 *                   unique index on (tenant, key)"
 * @param estimates  the estimates it makes, each with its numbers and how they were reached,
 *                   e.g. "Peak writes ≈ 6,000/s: 50 M events a day ÷ 86,400 s × 10 for the peak"
 * @param tradeoffs  the key tradeoffs it names, e.g. "At-least-once delivery plus dedup rather
 *                   than exactly-once transport"
 * @param sources    where any figure the outline cites comes from (a paper, a vendor's
 *                   documentation, a benchmark); may be empty when every number is derived
 */
public record Outline(List<String> components, List<String> estimates, List<String> tradeoffs,
                      List<String> sources) {

    /** A question with no outline. */
    public static final Outline EMPTY = new Outline(List.of(), List.of(), List.of(), List.of());

    public Outline {
        components = components == null ? List.of() : List.copyOf(components);
        estimates = estimates == null ? List.of() : List.copyOf(estimates);
        tradeoffs = tradeoffs == null ? List.of() : List.copyOf(tradeoffs);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** @return whether the outline has no components, estimates or tradeoffs */
    @JsonIgnore
    public boolean isEmpty() {
        return components.isEmpty() && estimates.isEmpty() && tradeoffs.isEmpty();
    }

    /** Leaves an empty outline out of a written pack: Jackson's custom inclusion filter. */
    static final class EmptyFilter {
        @Override
        public boolean equals(Object value) {
            return value == null || value instanceof Outline o && o.isEmpty() && o.sources().isEmpty();
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
