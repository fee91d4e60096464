package dev.mockloop.review;

/**
 * A value the history can be filtered or sorted on: a rubric dimension or a failure mode.
 *
 * @param id    its stable id
 * @param title its title as last saved; may be null in very old data
 */
public record FilterChoice(String id, String title) {

    /** @return the title, or the id when there is none */
    public String label() {
        return title == null || title.isBlank() ? id : title;
    }
}
