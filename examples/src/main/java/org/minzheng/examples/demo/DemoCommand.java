package org.minzheng.examples.demo;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.minzheng.core.decision.Decision;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.standards.MissingStandardException;
import org.minzheng.json.InputChecks;
import org.minzheng.json.MinzhengJson;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.runtime.StandardsProviders;
import org.minzheng.spi.storage.StorageException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * The demo's command line (演示命令行): {@code run} the Dantu district, or {@code assess} one
 * household from a JSON file.
 *
 * <p>Every message is in the chosen language ({@code --lang zh}, the default, or {@code en}; messages
 * in the bundle {@code org.minzheng.examples.demo.messages}). Errors are one line naming the option, file
 * or field, and a hint; the stack trace only with {@code --verbose}. Exit codes: 0 done, 1 a failure
 * (the database, the disk, a month that did not complete), 2 bad input (an option, a file, an output
 * directory the demo may not use). Decision 0275.
 */
@Command(name = "minzheng-demo", mixinStandardHelpOptions = true, version = "minzheng demo 0.1.0",
        description = "minzheng demo: a county civil-affairs bureau's monthly work on a synthetic Dantu district.",
        subcommands = {DemoCommand.Run.class, DemoCommand.Assess.class, CommandLine.HelpCommand.class})
public final class DemoCommand implements Runnable {

    /** The most {@code assess} reads: one household's JSON is a few kilobytes. */
    static final int ASSESS_LIMIT_BYTES = 1 << 20;
    /** {@link #ASSESS_LIMIT_BYTES} for people. */
    static final String ASSESS_LIMIT = "1 MiB";
    /** The largest {@code --scale}: the generator's own bound. */
    static final double MAX_SCALE = 20;
    /** The most {@code --visits-per-month}: the generator's own bound. */
    static final int MAX_VISITS = 8;
    /** How much of a message from below (a driver, the disk) is printed. */
    private static final int MAX_DETAIL = 200;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    Common common;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private final Messages msg;
    private final boolean verbose;

    private DemoCommand(PrintStream out, PrintStream err, boolean terminal, Messages msg, boolean verbose) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.msg = msg;
        this.verbose = verbose;
    }

    /**
     * Runs the command line; the progress bar is redrawn in place when the output is a terminal
     * ({@code System.console() != null}), and printed as plain lines otherwise.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        if (!Early.of(args).verbose) {
            // The library's warnings (a case that failed, a retried batch) are summed up in the progress lines; its
            // English log lines appear with --verbose only. Set before the first logger is made.
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
        }
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(execute(out, err, System.console() != null, args));
    }

    /**
     * Runs the command line with output to a stream and errors to {@code System.err} (for tests), with
     * plain progress lines.
     *
     * @param out where to print
     * @param args the arguments
     * @return the exit code: 0 done, 1 a failure, 2 bad input
     */
    public static int execute(PrintStream out, String... args) {
        return execute(out, System.err, false, args);
    }

    /**
     * Runs the command line.
     *
     * @param out where to print results and progress
     * @param err where to print errors
     * @param terminal whether {@code out} is a terminal (the progress bar is then redrawn in place)
     * @param args the arguments
     * @return the exit code: 0 done, 1 a failure, 2 bad input
     */
    public static int execute(PrintStream out, PrintStream err, boolean terminal, String... args) {
        Early early = Early.of(args);
        Messages msg = Messages.of(early.parsedLang);
        DemoCommand root = new DemoCommand(out, err, terminal, msg, early.verbose);
        CommandLine cl = new CommandLine(root);
        cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        if (early.parsedLang == Lang.ZH) {
            cl.setResourceBundle(msg.bundle()); // the usage help in Chinese; English is in the annotations
        }
        cl.setParameterExceptionHandler(root::badInput);
        cl.setExecutionExceptionHandler(root::failed);
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            return root.failure(e, msg.get("fail.memory", MAX_SCALE));
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Bad input found by picocli while parsing: one line naming the option, a hint, exit code 2. */
    private int badInput(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        err.println(describe(ex));
        err.println(msg.get("hint.help", cl.getCommandSpec().qualifiedName()));
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return cl.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** An exception from a command: bad input found by the command (exit code 2) or a failure (1). */
    private int failed(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof DemoInputException d) {
                err.println(d.message(msg.lang()));
                err.println(msg.get("hint.help", cl.getCommandSpec().qualifiedName()));
                if (verbose) {
                    ex.printStackTrace(err);
                }
                err.flush();
                return cl.getCommandSpec().exitCodeOnInvalidInput();
            }
        }
        return failure(ex, failureLine(ex));
    }

    private int failure(Throwable ex, String line) {
        err.println(line);
        if (verbose) {
            ex.printStackTrace(err);
        } else {
            err.println(msg.get("hint.verbose"));
        }
        err.flush();
        return CommandLine.ExitCode.SOFTWARE;
    }

    private String describe(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            return msg.get("option.unknown", InputChecks.excerpt(String.join(" ", u.getUnmatched())));
        }
        if (ex instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()) {
            return msg.get("option.missing", m.getMissing().stream().map(DemoCommand::name).collect(Collectors.joining(", ")));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o && o.getOverwritten() != null) {
            return msg.get("option.repeated", name(o.getOverwritten()));
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            return msg.get("option.invalid", name(ex.getArgSpec()), InputChecks.excerpt(ex.getValue()),
                    msg.get(typeKey(ex.getArgSpec().type())));
        }
        return msg.get("input.other", firstLine(ex.getMessage()));
    }

    private static String name(CommandLine.Model.ArgSpec a) {
        return a instanceof CommandLine.Model.OptionSpec o ? o.longestName()
                : ((CommandLine.Model.PositionalParamSpec) a).paramLabel();
    }

    private static String typeKey(Class<?> type) {
        if (type == double.class || type == Double.class) {
            return "type.number";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "type.integer";
        }
        if (type == YearMonth.class) {
            return "type.month";
        }
        if (type == Lang.class) {
            return "type.lang";
        }
        return "type.other";
    }

    private String failureLine(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof NoSuchFileException f) {
                return msg.get("fail.noSuchFile", f.getFile());
            }
            if (t instanceof AccessDeniedException f) {
                return msg.get("fail.accessDenied", f.getFile());
            }
            if (t instanceof FileSystemException f) {
                return msg.get("fail.io", f.getFile(), firstLine(f.getReason() == null ? f.getClass().getSimpleName() : f.getReason()));
            }
        }
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof StorageException || t instanceof SQLException) {
                return msg.get("fail.db", firstLine(t.getMessage()));
            }
            if (t instanceof IOException || t instanceof UncheckedIOException) {
                return msg.get("fail.ioOther", firstLine(t.getMessage()));
            }
        }
        Throwable root = ex instanceof CommandLine.ExecutionException && ex.getCause() != null ? ex.getCause() : ex;
        return msg.get("fail.other", firstLine(root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage()));
    }

    /** The first line of a message from below, cut to {@value #MAX_DETAIL} characters. */
    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "-";
        }
        String line = message.strip().lines().findFirst().orElse("-");
        return line.length() <= MAX_DETAIL ? line : line.substring(0, MAX_DETAIL) + "…";
    }

    /**
     * The options of every command: the language and {@code --verbose}. Picocli checks them; the values used
     * are those read before parsing ({@link Early}), so that {@code --lang en} counts before or after the
     * command's name.
     */
    static final class Common {
        @Option(names = "--lang", defaultValue = "zh", converter = Lang.Converter.class, descriptionKey = "lang",
                description = "Language of messages, progress and reports: zh or en (default ${DEFAULT-VALUE}).")
        Lang lang;

        @Option(names = "--verbose", descriptionKey = "verbose", description = "On an error, print its stack trace too.")
        boolean verbose;
    }

    /**
     * The language and {@code --verbose}, read before the arguments are parsed, so that an error in any
     * argument is reported in the language asked for. Picocli reads them, ignoring every other argument;
     * an unknown language is refused by the parse proper.
     */
    @Command(name = "early")
    static final class Early {
        @Option(names = "--lang")
        String lang;

        @Option(names = "--verbose")
        boolean verbose;

        Lang parsedLang = Lang.ZH;

        static Early of(String[] args) {
            Early e = new Early();
            CommandLine cl = new CommandLine(e);
            cl.setUnmatchedArgumentsAllowed(true);
            try {
                cl.parseArgs(args);
            } catch (CommandLine.ParameterException ignored) {
                // the parse proper reports it
            }
            try {
                e.parsedLang = e.lang == null ? Lang.ZH : Lang.of(e.lang);
            } catch (IllegalArgumentException unknown) {
                e.parsedLang = Lang.ZH; // refused with exit code 2, in Chinese, by the parse proper
            }
            return e;
        }
    }

    /** {@code run}: generate, store, run the months, report. */
    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Generate the synthetic Dantu district, store it (embedded H2 by default), run the months "
                    + "and print the report beside the published figures; write HTML, JSON and text reports.")
    static final class Run implements Callable<Integer> {
        @CommandLine.ParentCommand
        DemoCommand parent;

        @Mixin
        Common common;

        @Option(names = "--scale", defaultValue = "1.0", descriptionKey = "run.scale",
                description = "Population scale, above 0 and at most 20: 1 = the published figures (default ${DEFAULT-VALUE}).")
        double scale;

        @Option(names = "--seed", defaultValue = "2022", descriptionKey = "run.seed", description = "Random seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--db", descriptionKey = "run.db",
                description = "JDBC URL (e.g. jdbc:postgresql://localhost/minzheng); default: an embedded H2 file in the output directory.")
        String db;

        @Option(names = "--db-user", descriptionKey = "run.dbUser", description = "Database user (with --db).")
        String user;

        @Option(names = "--db-password", descriptionKey = "run.dbPassword", description = "Database password (with --db).")
        String password;

        @Option(names = "--from", defaultValue = "2022-01", descriptionKey = "run.from",
                description = "First month, 2022-01 to 2022-10 (default ${DEFAULT-VALUE}).")
        YearMonth from;

        @Option(names = "--to", defaultValue = "2022-10", descriptionKey = "run.to",
                description = "Last month, 2022-01 to 2022-10 (default ${DEFAULT-VALUE}).")
        YearMonth to;

        @Option(names = {"-o", "--out"}, defaultValue = "minzheng-demo", descriptionKey = "run.out",
                description = "Output directory: new, empty, or one the demo created (with --resume or --force) "
                        + "(default ${DEFAULT-VALUE}).")
        Path out;

        @Option(names = "--resume", descriptionKey = "run.resume",
                description = "Keep the database in the output directory and complete the months (after an interruption).")
        boolean resume;

        @Option(names = "--force", descriptionKey = "run.force",
                description = "Start afresh in an output directory the demo created: deletes its database and reports there.")
        boolean force;

        @Option(names = "--visits-per-month", defaultValue = "1", descriptionKey = "run.visits",
                description = "Home-care visit records per elderly person and month, 0 to 8 (default ${DEFAULT-VALUE}).")
        int visits;

        @Override
        public Integer call() {
            validate();
            DistrictDemo.Options o = new DistrictDemo.Options(seed, scale, Optional.ofNullable(db), Optional.ofNullable(user),
                    Optional.ofNullable(password), from, to, out, resume, force, visits, parent.msg.lang().locale());
            DistrictDemo.Result r = DistrictDemo.run(o, parent.out, parent.terminal);
            return r.complete() ? 0 : 1;
        }

        /** Every option, before anything is written or deleted. */
        private void validate() {
            if (!(scale > 0 && scale <= MAX_SCALE)) {
                throw new DemoInputException("run.scaleRange", String.valueOf(scale), MAX_SCALE);
            }
            if (visits < 0 || visits > MAX_VISITS) {
                throw new DemoInputException("run.visitsRange", visits, MAX_VISITS);
            }
            month("--from", from);
            month("--to", to);
            if (to.isBefore(from)) {
                throw new DemoInputException("run.monthOrder", from, to);
            }
            if (db == null && (user != null || password != null)) {
                throw new DemoInputException("run.dbOptionWithoutDb", user != null ? "--db-user" : "--db-password");
            }
            if (db != null) {
                if (!db.startsWith("jdbc:") || db.length() <= "jdbc:".length()) {
                    throw new DemoInputException("run.dbUrl");
                }
                try {
                    DriverManager.getDriver(db);
                } catch (SQLException e) {
                    // Only the scheme is printed: a URL may hold a password.
                    String[] parts = db.split(":", 3);
                    throw new DemoInputException("run.dbDriver", InputChecks.excerpt(parts[0] + ":" + parts[1]));
                }
            }
            OutputDirectory.check(out, resume, force);
        }

        private static void month(String option, YearMonth m) {
            if (m.isBefore(DantuDistrict.FIRST) || m.isAfter(DantuDistrict.LAST)) {
                throw new DemoInputException("run.monthRange", option, m, DantuDistrict.FIRST, DantuDistrict.LAST);
            }
        }
    }

    /** {@code assess}: one household from a JSON file. */
    @Command(name = "assess", mixinStandardHelpOptions = true,
            description = "Assess one household (JSON, as written by minzheng-json, at most 1 MiB) for a program and month "
                    + "with the discovered standards (the Jiangsu reference plugin) and print the decision with its explanation.")
    static final class Assess implements Callable<Integer> {
        @CommandLine.ParentCommand
        DemoCommand parent;

        @Mixin
        Common common;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "assess.file", description = "The household JSON file.")
        Path file;

        @Option(names = "--program", defaultValue = "dibao", descriptionKey = "assess.program",
                description = "Program code, e.g. dibao, tekun, senior-allowance (default ${DEFAULT-VALUE}).")
        String program;

        @Option(names = "--person", descriptionKey = "assess.person",
                description = "The member assessed, for a person program (default: the head).")
        String person;

        @Option(names = "--month", defaultValue = "2022-10", descriptionKey = "assess.month",
                description = "Month (default ${DEFAULT-VALUE}).")
        YearMonth month;

        @Override
        public Integer call() {
            Household h = read(file);
            CivilAffairs ca = CivilAffairs.builder().standards(StandardsProviders.discover()).build();
            ProgramRule<?> p = program(ca);
            PersonId who = null;
            if (p.subjectKind() != SubjectKind.HOUSEHOLD) {
                who = person == null ? h.head().id() : member(h);
            }
            Decision d;
            try {
                d = who == null ? ca.assess(p.programCode(), h, month) : ca.assess(p.programCode(), h, who, month);
            } catch (MissingStandardException e) {
                throw new DemoInputException("assess.noStandard", month, firstLine(e.getMessage()));
            }
            Locale locale = parent.msg.lang().locale();
            PrintStream out = parent.out;
            out.println((locale == Locale.ENGLISH ? p.englishName() : p.chineseName()) + " " + month + ": "
                    + (d.eligible() ? (locale == Locale.ENGLISH ? "eligible, " : "符合条件，") + d.amount().format(locale)
                            : (locale == Locale.ENGLISH ? "not eligible" : "不符合条件")));
            d.reasons().forEach(r -> out.println("  - " + (locale == Locale.ENGLISH ? r.englishName() : r.chineseName())));
            out.println(d.explanation().render(locale));
            return 0;
        }

        private ProgramRule<?> program(CivilAffairs ca) {
            String known = ca.programs().all().stream().map(r -> r.programCode().value()).sorted()
                    .collect(Collectors.joining(", "));
            try {
                return ca.programs().find(ProgramCode.of(program))
                        .orElseThrow(() -> new DemoInputException("assess.unknownProgram", InputChecks.excerpt(program), known));
            } catch (IllegalArgumentException e) {
                if (e instanceof DemoInputException) {
                    throw e;
                }
                throw new DemoInputException("assess.unknownProgram", InputChecks.excerpt(program), known);
            }
        }

        private PersonId member(Household h) {
            PersonId id;
            try {
                id = PersonId.of(person);
            } catch (IllegalArgumentException e) {
                throw new DemoInputException("assess.badPerson", file);
            }
            if (h.members().stream().noneMatch(m -> m.person().id().equals(id))) {
                throw new DemoInputException("assess.badPerson", file);
            }
            return id;
        }

        /** The household in a file of at most {@value #ASSESS_LIMIT_BYTES} bytes, or bad input naming the file. */
        static Household read(Path file) {
            if (!Files.exists(file)) {
                throw new DemoInputException("assess.notFound", file);
            }
            if (!Files.isRegularFile(file)) {
                throw new DemoInputException("assess.notFile", file);
            }
            byte[] bytes;
            // Read one byte past the limit, never the whole file: a file that grows or a device is no different.
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(ASSESS_LIMIT_BYTES + 1);
            } catch (AccessDeniedException e) {
                throw new DemoInputException("assess.unreadable", file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (bytes.length > ASSESS_LIMIT_BYTES) {
                throw new DemoInputException("assess.tooLarge", file, ASSESS_LIMIT, ASSESS_LIMIT_BYTES);
            }
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new DemoInputException("assess.notUtf8", file);
            }
            try {
                Household h = MinzhengJson.mapper().readValue(text, Household.class);
                if (h == null) {
                    throw new DemoInputException("assess.badJson", file, "null");
                }
                return h;
            } catch (JacksonException e) {
                TokenStreamLocation at = e.getLocation();
                if (at == null || at.getLineNr() < 1) {
                    throw new DemoInputException("assess.badJson", file, InputChecks.message(e));
                }
                throw new DemoInputException("assess.badJsonAt", file, InputChecks.message(e), at.getLineNr(), at.getColumnNr());
            } catch (DemoInputException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new DemoInputException("assess.badJson", file, firstLine(e.getMessage()));
            }
        }
    }
}
