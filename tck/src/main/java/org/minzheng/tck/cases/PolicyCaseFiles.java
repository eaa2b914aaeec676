package org.minzheng.tck.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import org.minzheng.json.InputChecks;
import org.minzheng.json.MinzhengJson;
import org.minzheng.json.ReadLimits;
import org.minzheng.runtime.Programs;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads policy-case files (读取政策测试用例文件): YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}),
 * each holding a list of cases in the format documented in the README ("Checking local standards: policy
 * cases"). Strict: an unknown key, a duplicate key, a wrong type or an unknown code is an error naming
 * the file, the line and the path. Loading is all-or-nothing: {@link CaseFileException} lists every
 * problem of every file.
 *
 * <p>Thread-safe.
 */
public final class PolicyCaseFiles {

    /** Read limits for case files: 8 MiB, nesting 32, strings 4,096 characters. */
    public static final ReadLimits LIMITS = new ReadLimits(8L << 20, 32, 4 << 10, 64, 256);

    private static final ObjectMapper YAML = MinzhengJson.yamlMapper(LIMITS);
    private static final ObjectMapper JSON = MinzhengJson.jsonBuilder(
            org.minzheng.json.MinzhengModule.create(), LIMITS).build();

    private PolicyCaseFiles() {
    }

    /**
     * Loads case files and directories. A directory contributes its {@code .yaml}, {@code .yml} and
     * {@code .json} files and those of its subdirectories, in path order.
     *
     * @param programs the programs the cases may name (the built-ins and those of the plugin under test)
     * @param paths files or directories
     * @return the cases, in file order
     * @throws CaseFileException listing every problem, if any
     * @throws UncheckedIOException if a file cannot be read
     */
    public static List<PolicyCase> load(Programs programs, List<Path> paths) {
        Objects.requireNonNull(programs, "programs");
        List<CaseFileProblem> problems = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            Objects.requireNonNull(path, "path");
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    List<Path> found = walk.filter(f -> Files.isRegularFile(f) && isCaseFile(f))
                            .sorted(Comparator.comparing(Path::toString)).toList();
                    if (found.isEmpty()) {
                        problems.add(new CaseFileProblem(path.toString(), 0, "",
                                "no .yaml, .yml or .json files in this directory"));
                    }
                    files.addAll(found);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list case directory " + path, e);
                }
            } else if (!Files.isRegularFile(path)) {
                problems.add(new CaseFileProblem(path.toString(), 0, "", "no such file"));
            } else {
                files.add(path);
            }
        }
        List<PolicyCase> cases = new ArrayList<>();
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                cases.addAll(read(programs, f.toString(), in, problems));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read case file " + f, e);
            }
        }
        if (!problems.isEmpty()) {
            throw new CaseFileException(problems);
        }
        return List.copyOf(cases);
    }

    /**
     * Loads class-path resources by name, e.g. {@code org/minzheng/examples/jiangsu/cases/dibao.yaml}.
     *
     * @param programs the programs the cases may name (the built-ins and those of the plugin under test)
     * @param loader the class loader
     * @param names the resource names
     * @return the cases, in the order given
     * @throws CaseFileException listing every problem (a missing resource is one), if any
     */
    public static List<PolicyCase> loadResources(Programs programs, ClassLoader loader, String... names) {
        Objects.requireNonNull(programs, "programs");
        List<CaseFileProblem> problems = new ArrayList<>();
        List<PolicyCase> cases = new ArrayList<>();
        for (String name : names) {
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in == null) {
                    problems.add(new CaseFileProblem(name, 0, "", "no such class-path resource"));
                    continue;
                }
                cases.addAll(read(programs, name, in, problems));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read case resource " + name, e);
            }
        }
        if (!problems.isEmpty()) {
            throw new CaseFileException(problems);
        }
        return List.copyOf(cases);
    }

    /**
     * Reads one document.
     *
     * @param programs the programs the cases may name (the built-ins and those of the plugin under test)
     * @param name the file name, used in messages and to choose YAML or JSON by its extension
     * @param in the content
     * @return the cases
     * @throws CaseFileException listing every problem, if any
     */
    public static List<PolicyCase> read(Programs programs, String name, InputStream in) {
        List<CaseFileProblem> problems = new ArrayList<>();
        List<PolicyCase> cases = read(Objects.requireNonNull(programs, "programs"), name, in, problems);
        if (!problems.isEmpty()) {
            throw new CaseFileException(problems);
        }
        return cases;
    }

    private static List<PolicyCase> read(Programs programs, String name, InputStream in,
                                         List<CaseFileProblem> problems) {
        String lower = name.toLowerCase(Locale.ROOT);
        ObjectMapper mapper = lower.endsWith(".json") ? JSON
                : lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : null;
        if (mapper == null) {
            problems.add(new CaseFileProblem(name, 0, "", "unknown file type: use .yaml, .yml or .json"));
            return List.of();
        }
        int before = problems.size();
        CaseNode root;
        JsonParser p = null;
        try {
            p = mapper.createParser(in);
            if (p.nextToken() == null) {
                problems.add(new CaseFileProblem(name, 1, "", "the file is empty: it must hold a list of cases"));
                return List.of();
            }
            root = CaseNode.read(p, "", name, problems);
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                problems.add(new CaseFileProblem(name, CaseNode.line(p), "", "content after the end of the document"));
            }
        } catch (JacksonException e) {
            // A limit error has no location of its own: the line is where the parser stopped. The message
            // never repeats the source line that the YAML parser prints.
            String path = p == null ? "" : InputChecks.excerpt(p.streamReadContext().pathAsPointer().toString());
            problems.add(new CaseFileProblem(name, InputChecks.line(e, p), path, "not valid "
                    + (mapper == JSON ? "JSON" : "YAML") + ": " + InputChecks.message(e)));
            return List.of();
        } finally {
            if (p != null) {
                p.close();
            }
        }
        if (problems.size() != before) {
            return List.of();
        }
        return new CaseReader(name, problems, programs).cases(root);
    }

    private static boolean isCaseFile(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }
}
