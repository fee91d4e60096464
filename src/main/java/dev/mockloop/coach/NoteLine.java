package dev.mockloop.coach;

/**
 * One line of the candidate's notes.
 *
 * @param number the line's number in the notes, from 1
 * @param text   the line without its line break
 */
public record NoteLine(int number, String text) {
}
