package org.minzheng.json.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.minzheng.core.standards.StandardValue;
import org.minzheng.json.standards.FileStandardsProvider;
import org.minzheng.json.standards.StandardsFileException;
import org.minzheng.json.standards.StandardsFileProblem;
import org.minzheng.json.standards.StandardsFiles;
import org.minzheng.spi.StandardsQuery;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the standards-file reader ({@link StandardsFiles}): the first byte of an input chooses YAML or
 * JSON, the rest is the file. Seeds: {@code StandardsFilesFuzzTestInputs/files} (the example files and
 * the known hostile ones).
 */
class StandardsFilesFuzzTest {

    private static Path dir;

    @BeforeAll
    static void createDirectory() throws IOException {
        dir = Files.createTempDirectory("standards-fuzz");
    }

    @AfterAll
    static void deleteDirectory() throws IOException {
        for (String name : List.of("fuzz.yaml", "fuzz.json")) {
            Files.deleteIfExists(dir.resolve(name));
        }
        Files.deleteIfExists(dir);
    }

    @FuzzTest
    void files(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        String name = (input[0] & 1) == 0 ? "fuzz.yaml" : "fuzz.json";
        byte[] content = java.util.Arrays.copyOfRange(input, 1, input.length);
        if (dir == null) {
            createDirectory(); // regression runs may call the test before @BeforeAll in some engines
        }
        Path file = dir.resolve(name);
        Files.write(file, content);
        check(file, content);
    }

    /**
     * The property for one file: providers whose every value is allowed for its standard, or a
     * {@link StandardsFileException} whose every problem names the file and a line and quotes little of
     * the input.
     */
    static void check(Path file, byte[] content) {
        String what = "loading " + file.getFileName();
        List<FileStandardsProvider> providers;
        try {
            providers = StandardsFiles.loader().load(file);
        } catch (StandardsFileException e) {
            ReaderProperty.checkMessage(e.getMessage(), content, what, t -> messageOf(file, t));
            for (StandardsFileProblem p : e.problems()) {
                if (!p.source().equals(file.toString())) {
                    throw new AssertionError(what + ": a problem that names another file: " + p);
                }
                if (p.line() < 1) {
                    throw new AssertionError(what + ": a problem without a line: " + p);
                }
            }
            return;
        } catch (UncheckedIOException e) {
            throw new AssertionError(what + ": an I/O error on a readable file", e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw ReaderProperty.finding(e, what);
        }
        checkValues(providers, what);
    }

    private static void checkValues(List<FileStandardsProvider> providers, String what) {
        for (FileStandardsProvider p : providers) {
            for (StandardValue<?> v : p.values(StandardsQuery.all())) {
                if (!v.standard().isAllowed(v.value()) || v.from().isBefore(StandardValue.EARLIEST)) {
                    throw new AssertionError(what + ": loaded a value that is not allowed: " + v);
                }
            }
        }
    }

    /** The message of loading a text from the same file, or null when it loads. */
    private static String messageOf(Path file, byte[] content) {
        try {
            Files.write(file, content);
            StandardsFiles.loader().load(file);
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }
}
