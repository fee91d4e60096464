package dev.mockloop.coach;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What the coach saw of a question's answer key in a round: one finding per item, in the
 * answer key's order. Stored with the attempt as JSON (Jackson reads and writes it as is).
 *
 * @param items   one finding per answer-key item
 * @param covered how many items are covered
 * @param total   how many items there are
 */
public record CoverageResult(List<ItemResult> items, int covered, int total) {

    /** @throws IllegalArgumentException if the counts do not match the items */
    @JsonCreator
    public CoverageResult(@JsonProperty("items") List<ItemResult> items, @JsonProperty("covered") int covered,
                          @JsonProperty("total") int total) {
        this.items = List.copyOf(items);
        long counted = this.items.stream().filter(ItemResult::covered).count();
        if (counted != covered || this.items.size() != total) {
            throw new IllegalArgumentException("covered/total " + covered + "/" + total + " do not match the items ("
                    + counted + "/" + this.items.size() + ")");
        }
        this.covered = covered;
        this.total = total;
    }

    /** @return the result for these findings, counting them */
    public static CoverageResult of(List<ItemResult> items) {
        return new CoverageResult(items, (int) items.stream().filter(ItemResult::covered).count(), items.size());
    }

    /** @return the findings for items of one kind, in order */
    public List<ItemResult> ofKind(ItemKind kind) {
        return items.stream().filter(r -> r.item().kind() == kind).toList();
    }

    /** @return the findings for one part of the outline, in order */
    public List<ItemResult> ofPart(OutlinePart part) {
        return items.stream().filter(r -> r.item().part() == part).toList();
    }

    /** @return covered / total, 0 to 1; 0 for an empty answer key */
    public double ratio() {
        return total == 0 ? 0 : (double) covered / total;
    }
}
