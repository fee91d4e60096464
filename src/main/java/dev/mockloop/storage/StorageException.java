package dev.mockloop.storage;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reading or writing the user's data failed. Carries what was being done and which file
 * it was done to, so the UI can show one message a person can act on, e.g. "Could not
 * save the attempt (/home/ana/.local/share/mockloop/mockloop.db): database or disk is full".
 *
 * <p>When thrown out of a transaction, the transaction has been rolled back: nothing
 * of it was written.
 */
public class StorageException extends RuntimeException {

    private final String operation;
    private final Path file;

    /**
     * @param operation what failed, as a verb phrase that completes "Could not ...",
     *                  e.g. "save the attempt"
     * @param file      the file or directory it failed on
     * @param cause     the underlying error; its message is appended to this one
     */
    public StorageException(String operation, Path file, Throwable cause) {
        super(message(operation, file, cause), cause);
        this.operation = Objects.requireNonNull(operation, "operation");
        this.file = Objects.requireNonNull(file, "file");
    }

    /** For subclasses that word their own message. */
    protected StorageException(String operation, Path file, String message) {
        super(message);
        this.operation = Objects.requireNonNull(operation, "operation");
        this.file = Objects.requireNonNull(file, "file");
    }

    /** @return what failed, e.g. "save the attempt" */
    public String operation() {
        return operation;
    }

    /** @return the file or directory the operation failed on */
    public Path file() {
        return file;
    }

    private static String message(String operation, Path file, Throwable cause) {
        return "Could not " + operation + " (" + file + "): " + detail(cause);
    }

    private static String detail(Throwable cause) {
        if (cause == null) {
            return "unknown error";
        }
        // NIO puts only the path in these messages; say what went wrong instead.
        if (cause instanceof FileSystemException fileSystemException
                && fileSystemException.getReason() == null) {
            if (cause instanceof FileAlreadyExistsException) {
                return "a file is in the way";
            }
            if (cause instanceof AccessDeniedException) {
                return "permission denied";
            }
            if (cause instanceof NoSuchFileException) {
                return "no such file or folder";
            }
            return "the file system refused (" + fileSystemException.getClass().getSimpleName()
                    .replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT) + ")";
        }
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return cause.getCause() != null && cause.getCause() != cause ? detail(cause.getCause())
                    : "an error with no description";
        }
        return plain(message);
    }

    /** A qualified class name with its colon, e.g. "java.io.IOException: ". */
    private static final java.util.regex.Pattern CLASS_NAME = java.util.regex.Pattern.compile(
            "\\b(?:[a-z_][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\b:?\\s*");
    /** SQLite's result code in front, e.g. "[SQLITE_FULL] ", which names the library, not the problem. */
    private static final java.util.regex.Pattern SQLITE_CODE = java.util.regex.Pattern.compile("\\[SQLITE_[A-Z_]+\\]\\s*");

    /** @return the message without library class names or SQLite's result codes such as "[SQLITE_FULL]" */
    static String plain(String message) {
        String m = SQLITE_CODE.matcher(CLASS_NAME.matcher(message).replaceAll("")).replaceAll("").strip();
        return m.isEmpty() ? "an error with no description" : m;
    }
}
