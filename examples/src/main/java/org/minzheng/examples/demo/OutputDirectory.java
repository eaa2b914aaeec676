package org.minzheng.examples.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The demo's output directory (输出目录) and the rules for using it (decision 0275).
 *
 * <p>The demo writes only into a directory that does not exist, an empty one, or one it created
 * itself, which it marks with the file {@value #MARKER}. A marked directory holding an earlier run
 * is used again only with {@code --resume} (nothing is deleted) or {@code --force} (the demo's own
 * database {@code db/} and its reports are deleted, nothing else). A non-empty directory without the
 * marker is never written to nor deleted from.
 */
final class OutputDirectory {

    /** The file that marks a directory the demo created. */
    static final String MARKER = ".minzheng-demo";

    /** What the demo writes into its directory, and deletes again with {@code --force}. */
    static final List<String> OWN = List.of("db", "dantu-report.html", "dantu-report.json", "dantu-report.txt");

    private OutputDirectory() {
    }

    /**
     * Checks that the demo may use a directory, without writing anything.
     *
     * @param dir the directory
     * @param resume {@code --resume}
     * @param force {@code --force}
     * @throws DemoInputException if it may not
     * @throws UncheckedIOException if the directory cannot be read
     */
    static void check(Path dir, boolean resume, boolean force) {
        if (resume && force) {
            throw new DemoInputException("run.resumeForce");
        }
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new DemoInputException("out.notDirectory", dir);
        }
        boolean empty;
        try (Stream<Path> entries = Files.list(dir)) {
            empty = entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (empty) {
            return;
        }
        if (!Files.isRegularFile(dir.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
            throw new DemoInputException(resume || force ? "out.notOurs" : "out.notEmpty", dir, MARKER);
        }
        if (!resume && !force) {
            throw new DemoInputException("out.previousRun", dir);
        }
    }

    /**
     * Checks the directory again, then creates and marks it; with {@code force}, deletes the demo's
     * own database and reports in it.
     *
     * @param dir the directory
     * @param resume {@code --resume}
     * @param force {@code --force}
     * @throws DemoInputException if the demo may not use it
     * @throws UncheckedIOException if it cannot be created, marked or cleaned
     */
    static void prepare(Path dir, boolean resume, boolean force) {
        check(dir, resume, force);
        try {
            Files.createDirectories(dir);
            Path marker = dir.resolve(MARKER);
            if (!Files.exists(marker, LinkOption.NOFOLLOW_LINKS)) {
                Files.writeString(marker, "minzheng demo output directory, created " + Instant.now()
                        + "\nminzheng 演示的输出目录。--force deletes db/ and dantu-report.* here (会删除本目录中的数据库和报表).\n",
                        StandardCharsets.UTF_8);
            } else if (force) {
                for (String own : OWN) {
                    deleteRecursively(dir.resolve(own));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // Files.walk does not follow symbolic links: a link is deleted, never what it points to.
        try (Stream<Path> s = Files.walk(path)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
