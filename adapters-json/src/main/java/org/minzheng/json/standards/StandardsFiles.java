package org.minzheng.json.standards;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.minzheng.core.standards.Standard;
import org.minzheng.core.standards.StandardSet;
import org.minzheng.core.builtin.BuiltInPrograms;
import org.minzheng.json.InputChecks;
import org.minzheng.json.MinzhengJson;
import org.minzheng.json.MinzhengModule;
import org.minzheng.json.ReadLimits;

import tools.jackson.databind.ObjectMapper;

/**
 * Loads standards from YAML or JSON files (从 YAML/JSON 文件加载标准值) into
 * {@link FileStandardsProvider}s. A file looks like this:
 * <pre>{@code
 * provider: jiangsu-example        # name, required
 * priority: 10                     # optional, default 0
 * values:
 *   - standard: dibao.standard.urban
 *     region: "321100"             # 2, 4, 6, 9 or 12 digits, quoted; omit for a national value
 *     from: 2022-07-01             # inclusive
 *     until: 2023-07-01            # exclusive, optional
 *     value: 870.00                # typed by the standard: money, decimal, integer, boolean, code
 *     source: 镇政规〔2022〕1号       # document, or "illustrative"
 * }</pre>
 * Files ending in {@code .json} are read as JSON, {@code .yaml} and {@code .yml} as YAML.
 *
 * <p><b>Checks.</b> Unknown properties and standard codes, a value of the wrong type (a string for
 * an integer, money with more than two decimals or in exponent notation, a code outside the
 * standard's choices), a malformed region or date, an inverted interval ({@code until} not after
 * {@code from}), a value outside the standard's {@linkplain Standard#range() valid range} (a 低保
 * standard of 10<sup>60</sup>, a share of 1.5), a date outside 1949-10-01 .. 2100-01-01, a YAML
 * anchor, alias or tag, a control character or unpaired surrogate in any text, a document over the
 * read limits, and two values of one standard for one region whose periods overlap (within a file or
 * across the files of one provider) are errors that name the file, the line and the entry or path.
 * Messages quote at most {@value InputChecks#EXCERPT} characters of any value. Files of one provider
 * must agree on its priority.
 *
 * <p><b>All-or-nothing.</b> Every file is read and checked before anything is returned; if any
 * problem is found a {@link StandardsFileException} lists them all and no provider is returned.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class StandardsFiles {

    /** Limits for standards files: 4 MiB, depth 16, strings of 4 KiB. */
    public static final ReadLimits LIMITS = new ReadLimits(4L << 20, 16, 4 << 10, 64, 256);

    /** The standards of the built-in programs, by code. */
    private static final Map<String, Standard<?>> BUILT_IN = byCode(BuiltInPrograms.standards());

    private final Map<String, Standard<?>> extraStandards;
    private final ReadLimits limits;
    private final ObjectMapper json;
    private final ObjectMapper yaml;

    private StandardsFiles(Map<String, Standard<?>> extraStandards, ReadLimits limits) {
        this.extraStandards = Map.copyOf(extraStandards);
        this.limits = limits;
        this.json = MinzhengJson.jsonBuilder(MinzhengModule.create(), limits).build();
        this.yaml = MinzhengJson.yamlBuilder(MinzhengModule.create(), limits).build();
    }

    /**
     * A loader for the standards of the national catalogue ({@link BuiltInPrograms#standards()}), with
     * {@link #LIMITS}.
     *
     * @return the loader
     */
    public static StandardsFiles loader() {
        return new StandardsFiles(Map.of(), LIMITS);
    }

    /**
     * A loader that also knows the given standards, e.g. regional standards beyond the national
     * catalogue. A code in both wins for the given standard.
     *
     * @param standards the additional standards
     * @return a new loader
     */
    public StandardsFiles withStandards(Collection<? extends Standard<?>> standards) {
        Map<String, Standard<?>> map = new HashMap<>(extraStandards);
        for (Standard<?> s : standards) {
            map.put(s.code(), s);
        }
        return new StandardsFiles(map, limits);
    }

    /**
     * A loader with other read limits.
     *
     * @param limits the limits
     * @return a new loader
     */
    public StandardsFiles withLimits(ReadLimits limits) {
        return new StandardsFiles(extraStandards, Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Loads files and directories. A directory contributes its {@code .yaml}, {@code .yml} and
     * {@code .json} files (not its subdirectories), in name order.
     *
     * @param paths files or directories
     * @return one provider per provider name, in order of first appearance
     * @throws StandardsFileException listing every problem, if any
     * @throws UncheckedIOException if a file or directory cannot be read
     */
    public List<FileStandardsProvider> load(Path... paths) {
        List<Input> inputs = new ArrayList<>();
        List<StandardsFileProblem> problems = new ArrayList<>();
        for (Path path : paths) {
            Objects.requireNonNull(path, "path");
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> list = Files.list(path)) {
                    files = list.filter(f -> Files.isRegularFile(f) && format(f.toString()) != null)
                            .sorted(Comparator.comparing(Path::toString)).toList();
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot list standards directory " + path, e);
                }
                if (files.isEmpty()) {
                    problems.add(fileProblem(path.toString(),
                            "no .yaml, .yml or .json files in this directory (目录中没有标准文件)"));
                }
                files.forEach(f -> inputs.add(new Input(f.toString(), () -> Files.newInputStream(f))));
            } else {
                inputs.add(new Input(path.toString(), () -> Files.newInputStream(path)));
            }
        }
        return read(inputs, problems);
    }

    /**
     * Loads class-path resources by name, e.g. {@code org/minzheng/examples/jiangsu.yaml}.
     *
     * @param loader the class loader
     * @param names the resource names
     * @return one provider per provider name, in order of first appearance
     * @throws StandardsFileException listing every problem (a missing resource is one), if any
     */
    public List<FileStandardsProvider> loadResources(ClassLoader loader, String... names) {
        Objects.requireNonNull(loader, "loader");
        List<Input> inputs = new ArrayList<>();
        List<StandardsFileProblem> problems = new ArrayList<>();
        for (String name : names) {
            Objects.requireNonNull(name, "name");
            if (loader.getResource(name) == null) {
                problems.add(fileProblem(name, "no such class-path resource (找不到类路径资源)"));
            } else {
                inputs.add(new Input(name, () -> loader.getResourceAsStream(name)));
            }
        }
        return read(inputs, problems);
    }

    /**
     * Loads files and directories that together hold exactly one provider.
     *
     * @param paths files or directories
     * @return the provider
     * @throws StandardsFileException listing every problem, or if the files name several providers
     * @throws UncheckedIOException if a file or directory cannot be read
     */
    public FileStandardsProvider loadProvider(Path... paths) {
        List<FileStandardsProvider> providers = load(paths);
        if (providers.size() != 1) {
            throw new StandardsFileException(List.of(fileProblem(List.of(paths).toString(),
                    "expected the files of exactly one provider, found " + providers.stream()
                            .map(FileStandardsProvider::id).toList() + " (应只包含一个提供者)")));
        }
        return providers.get(0);
    }

    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }

    private record Input(String name, Opener opener) {
    }

    private List<FileStandardsProvider> read(List<Input> inputs, List<StandardsFileProblem> problems) {
        StandardsFileParser parser = new StandardsFileParser(this::standard);
        List<StandardsFileParser.ParsedFile> parsed = new ArrayList<>();
        for (Input input : inputs) {
            ObjectMapper mapper = format(input.name());
            if (mapper == null) {
                problems.add(fileProblem(input.name(),
                        "unknown file type: use .yaml, .yml or .json (文件类型须为 yaml 或 json)"));
                continue;
            }
            try (InputStream in = input.opener().open()) {
                parsed.add(parser.parse(input.name(), mapper, in, problems));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read standards file " + input.name(), e);
            }
        }
        Map<String, List<StandardsFileParser.ParsedFile>> byProvider = new LinkedHashMap<>();
        for (StandardsFileParser.ParsedFile file : parsed) {
            if (file.provider() != null) {
                byProvider.computeIfAbsent(file.provider(), k -> new ArrayList<>()).add(file);
            }
        }
        List<FileStandardsProvider> providers = new ArrayList<>();
        for (Map.Entry<String, List<StandardsFileParser.ParsedFile>> e : byProvider.entrySet()) {
            FileStandardsProvider provider = provider(e.getKey(), e.getValue(), problems);
            if (provider != null) {
                providers.add(provider);
            }
        }
        if (!problems.isEmpty()) {
            throw new StandardsFileException(problems);
        }
        return List.copyOf(providers);
    }

    private FileStandardsProvider provider(String id, List<StandardsFileParser.ParsedFile> files,
            List<StandardsFileProblem> problems) {
        int priority = files.get(0).priority();
        int before = problems.size();
        for (StandardsFileParser.ParsedFile f : files) {
            if (f.priority() != priority) {
                problems.add(fileProblem(f.source(), "provider " + InputChecks.excerpt(id) + " has priority "
                        + f.priority()
                        + " here but " + priority + " in " + files.get(0).source()
                        + " (同一提供者的优先级不一致)"));
            }
        }
        List<StandardsFileParser.Entry> entries = new ArrayList<>();
        files.forEach(f -> entries.addAll(f.entries()));
        entries.sort(Comparator.<StandardsFileParser.Entry, String>comparing(x -> x.value().standard().code())
                .thenComparing(x -> x.value().region().map(r -> r.value()).orElse(""))
                .thenComparing(x -> x.value().from()));
        for (int i = 1; i < entries.size(); i++) {
            StandardsFileParser.Entry a = entries.get(i - 1);
            StandardsFileParser.Entry b = entries.get(i);
            if (a.value().overlaps(b.value())) {
                problems.add(new StandardsFileProblem(b.source(), b.line(), OptionalInt.of(b.index()),
                        Optional.of(b.value().standard().code()),
                        "overlaps entry " + a.index() + " of " + a.source() + " (line " + a.line() + ") for region "
                                + b.value().region().map(r -> r.shortForm()).orElse("national") + ": "
                                + a.value().from() + " to " + a.value().until().map(Object::toString).orElse("open")
                                + " and " + b.value().from() + " to "
                                + b.value().until().map(Object::toString).orElse("open")
                                + " (同一标准同一地区的期间重叠)"));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        try {
            StandardSet set = StandardSet.of(id, priority, entries.stream().map(StandardsFileParser.Entry::value)
                    .toList());
            return new FileStandardsProvider(set, files.stream().map(StandardsFileParser.ParsedFile::source)
                    .toList());
        } catch (IllegalArgumentException e) {
            problems.add(fileProblem(files.get(0).source(), e.getMessage()));
            return null;
        }
    }

    private Optional<Standard<?>> standard(String code) {
        Standard<?> extra = extraStandards.get(code);
        return extra != null ? Optional.of(extra) : Optional.ofNullable(BUILT_IN.get(code));
    }

    private static Map<String, Standard<?>> byCode(Collection<? extends Standard<?>> standards) {
        Map<String, Standard<?>> map = new HashMap<>();
        for (Standard<?> st : standards) {
            map.put(st.code(), st);
        }
        return Map.copyOf(map);
    }

    private ObjectMapper format(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return json;
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return yaml;
        }
        return null;
    }

    private static StandardsFileProblem fileProblem(String source, String message) {
        return new StandardsFileProblem(source, 0, OptionalInt.empty(), Optional.empty(), message);
    }
}
