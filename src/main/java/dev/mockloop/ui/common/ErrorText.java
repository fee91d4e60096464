package dev.mockloop.ui.common;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;

/**
 * The sentence a person sees for a failure: its message, without the wrappers a
 * background task adds, without any Java class name ("org.apache.commons.csv.CSVException:
 * ..." becomes "..."), and with a plain phrase where the message is only a path.
 */
public final class ErrorText {

    /** A qualified class name with its colon, e.g. "java.io.IOException: " or "org.x.CSVException: ". */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:[a-z_][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error|Failure)\\b:?\\s*");

    private ErrorText() {
    }

    /**
     * @param failure what a task threw, may be null
     * @return one sentence for the user, never blank and never naming a class
     */
    public static String of(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException
                || t instanceof java.io.UncheckedIOException || t instanceof java.lang.reflect.InvocationTargetException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        if (t == null) {
            return "an unknown error";
        }
        if (t instanceof FileSystemException fs && fs.getReason() == null) {
            String file = fs.getFile() == null ? "" : fs.getFile() + ": ";
            if (t instanceof AccessDeniedException) {
                return file + "permission denied";
            }
            if (t instanceof NoSuchFileException) {
                return file + "no such file or folder";
            }
            if (t instanceof FileAlreadyExistsException) {
                return file + "a file is in the way";
            }
        }
        String message = t.getMessage();
        if ((message == null || message.isBlank()) && t.getCause() != null && t.getCause() != t) {
            return of(t.getCause());
        }
        String plain = message == null ? "" : CLASS_NAME.matcher(message).replaceAll("").strip();
        return plain.isEmpty() ? "an unexpected error (" + kind(t) + ")" : plain;
    }

    /** A word for a failure without a message: "out of memory", "a bug in Mockloop". */
    private static String kind(Throwable t) {
        if (t instanceof OutOfMemoryError) {
            return "out of memory";
        }
        if (t instanceof java.io.IOException) {
            return "an input or output error";
        }
        return "a bug in Mockloop; please report it";
    }
}
