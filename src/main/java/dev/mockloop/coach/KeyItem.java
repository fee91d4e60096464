package dev.mockloop.coach;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * One item of a question's answer key, with its text exactly as in the pack.
 *
 * @param kind what the item is
 * @param part for an outline item, which list of the outline it is in; {@code null} otherwise
 * @param text the item's text, as written in the pack
 */
public record KeyItem(ItemKind kind, @JsonInclude(JsonInclude.Include.NON_NULL) OutlinePart part, String text) {

    /**
     * @throws NullPointerException     if the kind or text is null
     * @throws IllegalArgumentException if an outline item has no part, or another item has one
     */
    public KeyItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if ((kind == ItemKind.OUTLINE) != (part != null)) {
            throw new IllegalArgumentException("an outline item, and only an outline item, has a part: " + kind);
        }
    }

    /** @return an item that is not part of an outline */
    public static KeyItem of(ItemKind kind, String text) {
        return new KeyItem(kind, null, text);
    }

    /** @return an item of the reference outline */
    public static KeyItem outline(OutlinePart part, String text) {
        return new KeyItem(ItemKind.OUTLINE, part, text);
    }
}
