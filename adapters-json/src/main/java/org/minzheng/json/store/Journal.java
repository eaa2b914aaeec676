package org.minzheng.json.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minzheng.spi.storage.StorageException;

/**
 * The commit files of a store directory: {@code journal/0000000000000001.json}, … Each commit is
 * written to a temporary file, forced to disk, renamed atomically to its final name, and the
 * directory is forced, so that a commit file either exists complete or not at all. The directory
 * and the files are readable by their owner only, where the file system has POSIX permissions.
 */
final class Journal {

    private static final Pattern NAME = Pattern.compile("(\\d{16})\\.json");

    private final Path directory;
    private long last;

    Journal(Path directory) {
        this.directory = directory;
    }

    /**
     * The files of a journal as found on disk.
     *
     * @param commits the commit files 1, 2, 3 … in order, up to the first missing number
     * @param afterGap commit files after a missing number, in order
     * @param temporary leftover temporary files of interrupted commits
     */
    record Listing(List<Path> commits, List<Path> afterGap, List<Path> temporary) {
    }

    /** Lists the journal without changing it; creates the directory if missing. */
    Listing list() throws IOException {
        Files.createDirectories(directory, OwnerOnly.directoryAttributes(directory));
        List<Path> files = new ArrayList<>();
        List<Path> temporary = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            for (Path p : stream) {
                String name = p.getFileName().toString();
                Matcher m = NAME.matcher(name);
                if (m.matches()) {
                    files.add(p);
                } else if (name.endsWith(".tmp")) {
                    temporary.add(p);
                } else {
                    throw new StorageException("Unexpected file in the store's journal (日志目录中有无关文件): " + p);
                }
            }
        }
        files.sort(null);
        int contiguous = 0;
        while (contiguous < files.size() && number(files.get(contiguous)) == contiguous + 1) {
            contiguous++;
        }
        return new Listing(List.copyOf(files.subList(0, contiguous)), List.copyOf(files.subList(contiguous, files.size())),
                List.copyOf(temporary));
    }

    /** Lists the commit files in order, deleting leftover temporary files of interrupted commits. */
    List<Path> open() throws IOException {
        Listing listing = list();
        for (Path p : listing.temporary()) {
            Files.delete(p);
        }
        if (!listing.afterGap().isEmpty()) {
            Path first = listing.afterGap().get(0);
            throw new StorageException("Journal file " + (listing.commits().size() + 1) + " is missing before " + first
                    + " (日志文件不连续); JsonFileStorage.repair keeps the " + listing.commits().size()
                    + " commits before the gap");
        }
        last = 0;
        if (!OwnerOnly.restrict(directory)) {
            // A store written before files were created owner-only: tighten what it holds.
            for (Path p : listing.commits()) {
                OwnerOnly.restrictFile(p);
            }
        }
        forceDirectory(directory);
        return listing.commits();
    }

    static long number(Path p) {
        Matcher m = NAME.matcher(p.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalStateException(p.toString());
        }
        return Long.parseLong(m.group(1));
    }

    long last() {
        return last;
    }

    /** Counts one more commit file as replayed on open. */
    void replayed() {
        last++;
    }

    /** Writes the next commit durably: temp file, force, atomic rename, force the directory. */
    void commit(byte[] content) {
        long next = last + 1;
        Path target = directory.resolve(String.format("%016d.json", next));
        Path temp = directory.resolve(String.format("%016d.json.tmp", next));
        try {
            try (FileChannel ch = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    OwnerOnly.fileAttributes(temp))) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new StorageException("The file system cannot rename atomically; the JSON store needs it", e);
            }
            forceDirectory(directory);
            last = next;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new UncheckedIOException("Cannot write journal file " + target, e);
        }
    }

    /** Forces a directory's entries to disk; a no-op where the platform cannot open directories. */
    static void forceDirectory(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            if (System.getProperty("os.name", "").startsWith("Windows")) {
                return; // Windows cannot open a directory as a channel; NTFS orders the rename itself
            }
            throw e;
        }
    }
}
