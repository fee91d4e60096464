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
            return cause.getClass().getSimpleName();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
