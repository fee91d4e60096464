package dev.mockloop.pack;

/**
 * One thing wrong with a pack file, located so an author can fix it.
 *
 * @param file    the file's name or path as the user gave it
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param path    JSON Pointer of the offending value, e.g. {@code /questions/3/framework}; empty for the whole file
 * @param message what is wrong and how to fix it
 */
public record PackProblem(String file, int line, int column, String path, String message) {

    /** @return {@code file:line:col: message}, the form compilers use, so editors can jump to it */
    public String format() {
        return file + ":" + Math.max(line, 1) + ":" + Math.max(column, 1) + ": " + message;
    }
}
