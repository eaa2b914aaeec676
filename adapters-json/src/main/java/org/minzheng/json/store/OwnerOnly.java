package org.minzheng.json.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Owner-only permissions for the store's files (仅属主可读写): the journal holds identity numbers
 * and names. Directories are {@code rwx------} and files {@code rw-------} where the file system
 * has POSIX permissions; elsewhere (Windows, some network shares) nothing is set and the files
 * inherit the access control list of the directory they are in.
 */
final class OwnerOnly {

    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    static boolean posix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Attributes for creating a directory: owner-only where supported, none elsewhere. */
    static FileAttribute<?>[] directoryAttributes(Path p) {
        return posix(p) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(DIRECTORY)}
                : new FileAttribute<?>[0];
    }

    /** Attributes for creating a file: owner-only where supported, none elsewhere. */
    static FileAttribute<?>[] fileAttributes(Path p) {
        return posix(p) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    /**
     * Makes a directory owner-only.
     *
     * @param dir the directory
     * @return whether it was owner-only already (or the file system has no POSIX permissions)
     */
    static boolean restrict(Path dir) throws IOException {
        if (!posix(dir)) {
            return true;
        }
        if (Files.getPosixFilePermissions(dir).equals(DIRECTORY)) {
            return true;
        }
        Files.setPosixFilePermissions(dir, DIRECTORY);
        return false;
    }

    /** Makes a file owner-only. */
    static void restrictFile(Path file) throws IOException {
        if (posix(file)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }
}
