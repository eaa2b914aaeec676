package org.minzheng.examples.demo;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.minzheng.core.decision.Decision;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.PersonId;
import org.minzheng.json.MinzhengJson;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.runtime.StandardsProviders;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The demo's command line (演示命令行): {@code run} the Dantu district, or {@code assess} one
 * household from a JSON file.
 */
@Command(name = "minzheng-demo", mixinStandardHelpOptions = true, version = "minzheng demo 0.1.0",
        description = "minzheng demo: a county civil-affairs bureau's monthly work on a synthetic Dantu district.",
        subcommands = {DemoCommand.Run.class, DemoCommand.Assess.class, CommandLine.HelpCommand.class})
public final class DemoCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final PrintStream out;

    private DemoCommand(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(execute(new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8), args));
    }

    /**
     * Runs the command line with output to a stream (for tests).
     *
     * @param out where to print
     * @param args the arguments
     * @return the exit code
     */
    public static int execute(PrintStream out, String... args) {
        CommandLine cl = new CommandLine(new DemoCommand(out));
        cl.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }


    /** {@code run}: generate, store, run the months, report. */
    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Generate the synthetic Dantu district, store it (embedded H2 by default), run the months "
                    + "and print the report beside the published figures; write HTML, JSON and text reports.")
    static final class Run implements Callable<Integer> {
        @CommandLine.ParentCommand
        DemoCommand parent;

        @Option(names = "--scale", defaultValue = "1.0", description = "Population scale: 1 = the published figures (default ${DEFAULT-VALUE}).")
        double scale;

        @Option(names = "--seed", defaultValue = "2022", description = "Random seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--db", description = "JDBC URL (e.g. jdbc:postgresql://localhost/minzheng); default: an embedded H2 file in the output directory.")
        String db;

        @Option(names = "--db-user", description = "Database user.")
        String user;

        @Option(names = "--db-password", description = "Database password.", interactive = false)
        String password;

        @Option(names = "--from", defaultValue = "2022-01", description = "First month (default ${DEFAULT-VALUE}).")
        YearMonth from;

        @Option(names = "--to", defaultValue = "2022-10", description = "Last month (default ${DEFAULT-VALUE}).")
        YearMonth to;

        @Option(names = {"-o", "--out"}, defaultValue = "minzheng-demo", description = "Output directory (default ${DEFAULT-VALUE}).")
        Path out;

        @Option(names = "--resume", description = "Keep the database and complete the months (after an interruption).")
        boolean resume;

        @Option(names = "--visits-per-month", defaultValue = "1", description = "Home-care visit records per elderly person and month (default ${DEFAULT-VALUE}).")
        int visits;

        @Option(names = "--lang", defaultValue = "zh", description = "Report language: zh or en (default ${DEFAULT-VALUE}).")
        String lang;

        @Override
        public Integer call() {
            DistrictDemo.Options o = new DistrictDemo.Options(seed, scale, Optional.ofNullable(db), Optional.ofNullable(user),
                    Optional.ofNullable(password), from, to, out, resume, visits, "en".equals(lang) ? Locale.ENGLISH : Locale.CHINA);
            DistrictDemo.Result r = DistrictDemo.run(o, parent.out);
            return r.runs().stream().allMatch(m -> m.complete() && m.failures().isEmpty()) ? 0 : 1;
        }
    }

    /** {@code assess}: one household from a JSON file. */
    @Command(name = "assess", mixinStandardHelpOptions = true,
            description = "Assess one household (JSON, as written by minzheng-json) for a program and month with the "
                    + "discovered standards (the Jiangsu reference plugin) and print the decision with its explanation.")
    static final class Assess implements Callable<Integer> {
        @CommandLine.ParentCommand
        DemoCommand parent;

        @Parameters(index = "0", description = "The household JSON file.")
        Path file;

        @Option(names = "--program", defaultValue = "dibao", description = "Program code, e.g. dibao, tekun, senior-allowance (default ${DEFAULT-VALUE}).")
        String program;

        @Option(names = "--person", description = "The member assessed, for a person program (default: the head).")
        String person;

        @Option(names = "--month", defaultValue = "2022-10", description = "Month (default ${DEFAULT-VALUE}).")
        YearMonth month;

        @Option(names = "--lang", defaultValue = "zh", description = "Explanation language: zh or en (default ${DEFAULT-VALUE}).")
        String lang;

        @Override
        public Integer call() throws Exception {
            PrintStream out = parent.out;
            Household h = MinzhengJson.mapper().readValue(Files.readString(file, StandardCharsets.UTF_8), Household.class);
            CivilAffairs ca = CivilAffairs.builder().standards(StandardsProviders.discover()).build();
            ProgramRule<?> p = ca.programs().get(ProgramCode.of(program));
            Decision d = p.subjectKind() == SubjectKind.HOUSEHOLD ? ca.assess(p.programCode(), h, month)
                    : ca.assess(p.programCode(), h, person == null ? h.head().id() : PersonId.of(person), month);
            Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.CHINA;
            out.println((locale == Locale.ENGLISH ? p.englishName() : p.chineseName()) + " " + month + ": "
                    + (d.eligible() ? (locale == Locale.ENGLISH ? "eligible, " : "符合条件，") + d.amount().format(locale)
                            : (locale == Locale.ENGLISH ? "not eligible" : "不符合条件")));
            d.reasons().forEach(r -> out.println("  - " + (locale == Locale.ENGLISH ? r.englishName() : r.chineseName())));
            out.println(d.explanation().render(locale));
            return 0;
        }
    }
}
