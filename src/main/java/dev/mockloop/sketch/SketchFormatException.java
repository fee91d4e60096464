package dev.mockloop.sketch;

/**
 * Thrown when saved sketch JSON cannot be read: it is not JSON, has the wrong shape, breaks
 * a rule of the format (e.g. an odd number of coordinates), or was written by a newer
 * version of the format. The message says which, and names the stroke where one is at fault.
 */
public class SketchFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, fit to show a person */
    public SketchFormatException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong, fit to show a person
     * @param cause   the parser's error
     */
    public SketchFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
