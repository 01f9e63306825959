package dev.gorewrite.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why reading or writing a file failed, in words for a message that already names the file. The
 * JDK's file exceptions carry only the path as their message (`cannot read: a.go` says nothing),
 * and their class name is no message either.
 */
public final class IoReason {
    private IoReason() {}

    public static String of(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        return other(e);
    }

    public static String of(UncheckedIOException e) {
        return of(e.getCause());
    }

    private static String other(IOException e) {
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        if (e instanceof FileSystemLoopException) {
            return "the links form a loop";
        }
        if (e instanceof FileSystemException fs) {
            // The operating system's own words ("Is a directory", "No space left on device"), if it gave any.
            return fs.getReason() != null ? fs.getReason() : "input/output error";
        }
        return e.getMessage() != null ? e.getMessage() : "input/output error";
    }
}
