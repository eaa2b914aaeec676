package org.minzheng.tck.cases;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.minzheng.json.standards.FileStandardsProvider;
import org.minzheng.json.standards.StandardsFileException;
import org.minzheng.json.standards.StandardsFiles;
import org.minzheng.runtime.Programs;

/**
 * The policy-case command line (政策测试用例命令行):
 *
 * <pre>
 * java -jar minzheng-tck.jar --standards PATH... --cases PATH... [--locale zh-CN|en]
 * </pre>
 *
 * It loads only the standards files given (no discovery), runs every case, prints {@code PASS name} or
 * {@code FAIL name: expected …, got …} followed by the decision's explanation for each case, then
 * {@code N passed, M failed}. Exit status: 0 when every case passes, 1 when a case fails, 2 when the
 * command line or an input file is wrong (the message names the file, line and path).
 */
public final class PolicyCaseMain {

    /** Every case passed. */
    public static final int EXIT_PASSED = 0;
    /** At least one case failed. */
    public static final int EXIT_FAILED = 1;
    /** The command line or an input file is wrong. */
    public static final int EXIT_INPUT_ERROR = 2;

    private static final String USAGE = "usage: java -jar minzheng-tck.jar --standards PATH... --cases PATH... "
            + "[--locale zh-CN|en]\n"
            + "  --standards  standards files (.yaml, .yml, .json) or directories of them\n"
            + "  --cases      policy-case files or directories of them (searched recursively)\n"
            + "  --locale     language of explanations (default zh-CN)\n"
            + "exit status: 0 all passed, 1 a case failed, 2 bad command line or input file";

    private PolicyCaseMain() {
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        // The jar carries no SLF4J binding: keep SLF4J's "no providers" notice off the error stream.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /**
     * Runs the command line without exiting: for tests and for embedding.
     *
     * @param args the arguments
     * @param out where results go
     * @param err where usage and input errors go
     * @return the exit status: {@value #EXIT_PASSED}, {@value #EXIT_FAILED} or {@value #EXIT_INPUT_ERROR}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<Path> standards = new ArrayList<>();
        List<Path> cases = new ArrayList<>();
        Locale locale = Locale.SIMPLIFIED_CHINESE;
        List<Path> current = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--standards" -> current = standards;
                case "--cases" -> current = cases;
                case "--locale" -> {
                    if (i + 1 >= args.length) {
                        err.println("--locale needs a language tag, e.g. zh-CN or en\n" + USAGE);
                        return EXIT_INPUT_ERROR;
                    }
                    locale = Locale.forLanguageTag(args[++i]);
                    current = null;
                }
                case "--help", "-h" -> {
                    out.println(USAGE);
                    return EXIT_PASSED;
                }
                default -> {
                    if (a.startsWith("--") || current == null) {
                        err.println("unexpected argument '" + a + "'\n" + USAGE);
                        return EXIT_INPUT_ERROR;
                    }
                    current.add(Path.of(a));
                }
            }
        }
        if (standards.isEmpty() || cases.isEmpty()) {
            err.println("give at least one --standards path and one --cases path\n" + USAGE);
            return EXIT_INPUT_ERROR;
        }
        List<FileStandardsProvider> providers;
        List<PolicyCase> loaded;
        PolicyCaseRunner runner;
        try {
            Programs programs = Programs.discover();
            providers = StandardsFiles.loader().withStandards(programs.standards()).load(standards.toArray(new Path[0]));
            runner = PolicyCaseRunner.of(providers, programs);
            loaded = PolicyCaseFiles.load(programs, cases);
        } catch (StandardsFileException | CaseFileException e) {
            err.println(e.getMessage());
            return EXIT_INPUT_ERROR;
        } catch (UncheckedIOException e) {
            err.println(e.getMessage() + ": " + e.getCause().getMessage());
            return EXIT_INPUT_ERROR;
        } catch (RuntimeException e) {
            // providers refused together (overlaps across files, incompatible SPI version)
            err.println("the standards cannot be used: " + e.getMessage());
            return EXIT_INPUT_ERROR;
        }
        if (loaded.isEmpty()) {
            err.println("no cases in " + cases);
            return EXIT_INPUT_ERROR;
        }
        Map<String, Integer> nameCounts = new HashMap<>();
        loaded.forEach(c -> nameCounts.merge(c.name(), 1, Integer::sum));
        int passed = 0;
        int failed = 0;
        for (PolicyCase c : loaded) {
            CaseResult r = runner.run(c);
            String name = nameCounts.get(c.name()) > 1 ? c.qualifiedName() : c.name();
            out.println(r.report(name, locale));
            if (r.passed()) {
                passed++;
            } else {
                failed++;
            }
        }
        out.println(passed + " passed, " + failed + " failed");
        return failed == 0 ? EXIT_PASSED : EXIT_FAILED;
    }
}
