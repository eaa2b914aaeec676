package org.minzheng.examples.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.minzheng.core.facility.Facility;
import org.minzheng.core.money.Money;
import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.report.DistrictReport;
import org.minzheng.core.report.ReportRenderer;
import org.minzheng.examples.demo.population.LifeEvent;
import org.minzheng.examples.demo.population.Parameters;
import org.minzheng.examples.demo.population.PopulationGenerator;
import org.minzheng.examples.demo.population.SyntheticDistrict;
import org.minzheng.jdbc.JdbcStorage;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.runtime.MonthlyRun;
import org.minzheng.runtime.StandardsProviders;
import org.minzheng.spi.storage.Storage;
import org.minzheng.spi.storage.WriteContext;

/**
 * The district demo (丹徒区演示): generates the synthetic district, stores it, runs the months with
 * the Jiangsu reference plugin, and writes the report beside the published figures. The
 * command line ({@link DemoCommand}) is a thin layer over this class.
 */
public final class DistrictDemo {

    /** China Standard Time, the zone of the run's dates. */
    static final ZoneId CST = ZoneId.of("Asia/Shanghai");
    private static final WriteContext LOADER = WriteContext.of("demo-loader", "synthetic Dantu district (合成数据导入)");
    private static final int BATCH = 1_000;

    /**
     * What to run.
     *
     * @param seed the generator's seed
     * @param scale the population scale
     * @param jdbcUrl the database, or empty for an embedded H2 file in the output directory
     * @param user the database user, if any
     * @param password the database password, if any
     * @param first the first month
     * @param last the last month
     * @param out the output directory
     * @param resume keep the database and complete the months instead of starting afresh
     * @param force start afresh in an output directory an earlier run of the demo left (its database and
     *     reports are deleted); refused together with {@code resume}
     * @param visitsPerMonth home-care visits per person and month over which the simulated delivery spreads the
     *     month's hours
     * @param locale the language of the printed report
     */
    public record Options(long seed, double scale, Optional<String> jdbcUrl, Optional<String> user, Optional<String> password,
                          YearMonth first, YearMonth last, Path out, boolean resume, boolean force, int visitsPerMonth,
                          Locale locale) {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is {@code null}
         * @throws IllegalArgumentException if {@code last} is before {@code first}, or both {@code resume} and
         *     {@code force} are set
         */
        public Options {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            Objects.requireNonNull(out, "out");
            Objects.requireNonNull(locale, "locale");
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("the last month is before the first: " + first + ".." + last);
            }
            if (resume && force) {
                throw new DemoInputException("run.resumeForce");
            }
        }
    }

    /**
     * What the demo did.
     *
     * @param report the district report
     * @param runs the monthly runs
     * @param temporaryGrants temporary-assistance grants paid (person-times)
     * @param html the HTML report file
     * @param json the JSON report file
     * @param text the text report file
     * @param wallTime the wall time from start to the files written
     * @param complete whether every month ran to its end with no failure left unhandled (a case the run found
     *     approved but no longer eligible is handled: the desk terminates it on review)
     */
    public record Result(DistrictReport report, List<MonthlyRun> runs, int temporaryGrants, Path html, Path json, Path text,
                         Duration wallTime, boolean complete) {
    }

    private DistrictDemo() {
    }

    /**
     * Runs the demo, printing plain progress lines (for a console that is not a terminal).
     *
     * @param o the options
     * @param console where progress and the report are printed
     * @return what was done
     * @throws DemoInputException if the output directory or the database may not be used (nothing is
     *     written or deleted then)
     * @throws UncheckedIOException if the output cannot be written
     */
    public static Result run(Options o, PrintStream console) {
        return run(o, console, false);
    }

    /**
     * Runs the demo.
     *
     * @param o the options
     * @param console where progress and the report are printed
     * @param terminal whether the console is a terminal: the progress bar is then redrawn in place
     * @return what was done
     * @throws DemoInputException if the output directory or the database may not be used (nothing is
     *     written or deleted then)
     * @throws UncheckedIOException if the output cannot be written
     */
    public static Result run(Options o, PrintStream console, boolean terminal) {
        return run(o, console, terminal, StandardsProviders.discover());
    }

    /**
     * Runs the demo with the given standards (the tests raise a standard and watch the report move).
     *
     * @param o the options
     * @param console where progress and the report are printed
     * @param terminal whether the console is a terminal
     * @param standards the standards providers
     * @return what was done
     */
    static Result run(Options o, PrintStream console, boolean terminal, StandardsProviders standards) {
        Instant t0 = Instant.now();
        Clock clock = Clock.system(CST);
        Messages msg = Messages.of("en".equals(o.locale().getLanguage()) ? Lang.EN : Lang.ZH);
        Progress progress = new Progress(console, msg, terminal);
        long start = progress.now();
        // Everything is checked before anything is written or deleted (decision 0275).
        OutputDirectory.check(o.out(), o.resume(), o.force());
        long opening = progress.now();
        Storage database = open(o, progress);
        try (Storage storage = database) {
            CivilAffairs ca = CivilAffairs.builder().standards(standards).storage(storage).clock(clock).build();
            var s = ca.standards(DantuDistrict.REGION, o.first());
            progress.line("run.databaseReady", progress.since(opening));
            // The generator knows the 低保 line residents know (the published standard) and nothing of the cases.
            Money line = s.get(Dibao.STANDARD_RURAL);
            progress.line("run.generating", String.valueOf(o.seed()), String.valueOf(o.scale()), line,
                    s.find(Dibao.GRACE_MONTHS).orElse(0));
            long generating = progress.now();
            SyntheticDistrict p = PopulationGenerator.generate(o.seed(), o.scale(), Parameters.defaults(line), o.first(), o.last());
            long generated = progress.now() - generating;
            DantuFacilities facilities = new DantuFacilities(o.seed());
            long applications = p.events().stream().filter(e -> e instanceof LifeEvent.Apply).count();
            progress.line("run.generated", p.households().size(), p.persons(), p.events().size(), applications,
                    facilities.facilities.size(), progress.since(generating));
            long storing = progress.now();
            load(storage, p, facilities, progress);
            long stored = progress.now() - storing;
            // Once stored, the registry is the database's: the demo keeps only the events by month, not the generated
            // households (most of the generator's heap; relations across households are stored on the persons' records).
            Map<YearMonth, List<LifeEvent>> byMonth = new TreeMap<>();
            for (LifeEvent e : p.events()) {
                byMonth.computeIfAbsent(e.month(), k -> new ArrayList<>()).add(e);
            }
            Function<YearMonth, List<LifeEvent>> eventsIn = m -> byMonth.getOrDefault(m, List.of());
            p = null;
            // the cases of the district, kept by the desk and the delivery from month to month (decision 0425)
            CaseBook book = new CaseBook(storage, DantuDistrict.REGION);
            ServiceDelivery delivery = new ServiceDelivery(ca, storage, o.seed(), o.visitsPerMonth(), facilities.providers, book);
            // the delivery keeps households from month to month; the desk, their only writer, tells it what it saved
            Bureau bureau = new Bureau(ca, storage, delivery::householdsWritten, book);
            List<MonthlyRun> runs = new ArrayList<>();
            long[] phases = new long[3]; // nanoseconds in the desk, the monthly runs, the delivery
            boolean complete = true;
            // Progress is read from the database, never from a file of our own (decision 0142).
            // The two months before the period are searched too: a run killed in December must resume at December,
            // not run November again on registry facts December already changed (its screening would find whoever
            // qualified only in December, as a November case).
            YearMonth warmUp = o.first().minusMonths(2);
            YearMonth resumeAt = o.resume() ? ResumePoint.of(storage, eventsIn, DantuDistrict.REGION, warmUp, o.last())
                    : warmUp;
            progress.line("run.months");
            progress.plan((int) (resumeAt.until(o.last(), java.time.temporal.ChronoUnit.MONTHS) + 1));
            if (resumeAt.isBefore(o.first())) {
                // The caseload the period starts with: applications made in the two months before it, decided by the
                // rules, and those months run (screening, first payments), outside the report.
                for (YearMonth before = resumeAt; before.isBefore(o.first()); before = before.plusMonths(1)) {
                    long t0desk = progress.now();
                    Bureau.Tally t = bureau.work(eventsIn.apply(before), before, o.resume());
                    progress.line("run.decided", before, t.approved(), t.refused(), t.alreadyCovered());
                    long t0run = progress.now();
                    MonthlyRun warm = ca.runMonth(before, DantuDistrict.REGION, progress);
                    long t0review = progress.now();
                    bureau.review(warm);
                    long t0delivery = progress.now();
                    delivery.deliver(before, o.resume());
                    phases[0] += t0run - t0desk + t0delivery - t0review;
                    phases[1] += t0review - t0run;
                    phases[2] += progress.now() - t0delivery;
                }
            }
            for (YearMonth m = o.first(); !m.isAfter(o.last()); m = m.plusMonths(1)) {
                if (m.isBefore(resumeAt)) {
                    progress.line("run.monthSkipped", m);
                    continue;
                }
                boolean again = o.resume() && m.equals(resumeAt);
                long t0desk = progress.now();
                Bureau.Tally t = bureau.work(eventsIn.apply(m), m, again);
                progress.line("run.decided", m, t.approved(), t.refused(), t.alreadyCovered());
                long t0run = progress.now();
                MonthlyRun run = ca.runMonth(m, DantuDistrict.REGION, progress);
                runs.add(run);
                long t0review = progress.now();
                int reviewed = bureau.review(run);
                phases[0] += t0run - t0desk + progress.now() - t0review;
                phases[1] += t0review - t0run;
                if (reviewed > 0) {
                    progress.line("run.reviewed", m, reviewed);
                }
                if (!run.complete() || run.failures().size() > reviewed) {
                    complete = false;
                    run.failures().stream().filter(x -> !"approved-but-ineligible".equals(x.code())).limit(5)
                            .forEach(x -> progress.line("run.failure", x.caseId().map(Object::toString).orElse("-"),
                                    x.code(), x.message()));
                    // A later month must not start on an incomplete one: --resume continues here.
                    progress.line("run.incomplete", m, run.failures().size());
                    break;
                }
                long t0delivery = progress.now();
                delivery.deliver(m, again);
                phases[2] += progress.now() - t0delivery;
            }
            int grants = bureau.temporaryGrants();
            delivery.total().byProgram().forEach((k, v) -> progress.line("run.delivered", k.value(),
                    Math.round(v[0]), Math.round(v[1])));
            progress.line("run.reporting");
            long reporting = progress.now();
            DistrictReport report = ca.report(DantuDistrict.REGION, o.first(), o.last(), DantuDistrict.names())
                    .withHeader(DemoReportHeader.of(ca, DantuDistrict.REGION, o.first(), o.last()));
            var published = Optional.of(DantuDistrict.published(o.scale()));
            String text = ReportRenderer.text(report, o.locale(), published);
            Path html = o.out().resolve("dantu-report.html");
            Path json = o.out().resolve("dantu-report.json");
            Path txt = o.out().resolve("dantu-report.txt");
            write(html, ReportRenderer.html(report, o.locale(), published));
            write(json, ReportRenderer.json(report, published));
            write(txt, text);
            console.println();
            console.println(text);
            Duration wall = Duration.between(t0, Instant.now());
            // where the time went, so that the library's share (the monthly runs, the report) can be told from the
            // demo's (the desk, the delivery) without a profiler (decision 0380)
            progress.line("run.phases", progress.duration(generated), progress.duration(stored), progress.duration(phases[0]),
                    progress.duration(phases[1]), progress.duration(phases[2]), progress.since(reporting));
            progress.line("run.files", html.toAbsolutePath(), json.toAbsolutePath(), txt.toAbsolutePath(),
                    progress.since(start));
            return new Result(report, runs, grants, html, json, txt, wall, complete);
        }
    }

    /**
     * What {@link #caseload} stored.
     *
     * @param households the households stored
     * @param persons the persons in them
     * @param cases the cases the rules opened before the period
     */
    public record Caseload(int households, int persons, long cases) {
    }

    /**
     * Generates the synthetic district into an empty storage and makes the caseload it starts the period with,
     * as the demo does: the applications of the two months before {@code first} decided by the rules, those two
     * months run (screening, first payments, review) and their services delivered. For benchmarks and tools that
     * need the district with its cases, not the demo's months.
     *
     * @param ca the library, whose storage holds no household of the district yet
     * @param seed the generator's seed
     * @param scale the population scale
     * @param first the first month of the period
     * @param last the last month of the period (the generator's events run to it)
     * @return what was stored
     */
    public static Caseload caseload(CivilAffairs ca, long seed, double scale, YearMonth first, YearMonth last) {
        Storage storage = ca.storage();
        Money line = ca.standards(DantuDistrict.REGION, first).get(Dibao.STANDARD_RURAL);
        SyntheticDistrict p = PopulationGenerator.generate(seed, scale, Parameters.defaults(line), first, last);
        WriteContext ctx = WriteContext.of("loader", "synthetic Dantu district (合成数据导入)");
        for (int i = 0; i < p.households().size(); i += BATCH) {
            storage.households().saveAll(p.households().subList(i, Math.min(p.households().size(), i + BATCH)), ctx);
        }
        CaseBook book = new CaseBook(storage, DantuDistrict.REGION);
        ServiceDelivery delivery = new ServiceDelivery(ca, storage, seed, 1, new DantuFacilities(seed).providers, book);
        Bureau bureau = new Bureau(ca, storage, delivery::householdsWritten, book);
        for (YearMonth m = first.minusMonths(2); m.isBefore(first); m = m.plusMonths(1)) {
            bureau.work(p.eventsIn(m), m, false);
            bureau.review(ca.runMonth(m, DantuDistrict.REGION));
            delivery.deliver(m, false);
        }
        long cases;
        try (var all = storage.cases().streamByRegion(DantuDistrict.REGION)) {
            cases = all.count();
        }
        return new Caseload(p.households().size(), p.persons(), cases);
    }

    /**
     * Opens the database: an external one before the output directory is prepared (a database that
     * cannot be used leaves no directory behind), the embedded one in the prepared directory.
     */
    private static Storage open(Options o, Progress progress) {
        if (o.jdbcUrl().isEmpty()) {
            OutputDirectory.prepare(o.out(), o.resume(), o.force());
            Path dir = o.out().resolve("db");
            // JdbcStorage.h2 writes every commit before it returns and creates a new database
            // atomically, so whatever a killed run left is a consistent database to resume on.
            // --force has deleted the demo's own db/ in a directory the demo marked (decision 0275).
            progress.line("run.database", "H2 " + dir.toAbsolutePath());
            return JdbcStorage.h2(dir);
        }
        DriverManagerDataSource ds = new DriverManagerDataSource(o.jdbcUrl().get(), o.user().orElse(null), o.password().orElse(null));
        progress.line("run.database", ds);
        JdbcStorage.migrate(ds);
        JdbcStorage storage = JdbcStorage.of(ds, Clock.system(CST));
        if (!o.resume() && storage.households().countByRegion(DantuDistrict.REGION) > 0) {
            storage.close();
            // Never deleted, not even with --force: the demo did not create that database.
            throw new DemoInputException("db.notEmpty");
        }
        try {
            OutputDirectory.prepare(o.out(), o.resume(), o.force());
        } catch (RuntimeException e) {
            storage.close();
            throw e;
        }
        return storage;
    }

    /** Stores the registry and facilities unless a resumed database has them already. No case: the rules make those. */
    private static void load(Storage storage, SyntheticDistrict p, DantuFacilities f, Progress progress) {
        if (storage.households().countByRegion(DantuDistrict.REGION) > 0) {
            progress.line("run.alreadyStored");
            return;
        }
        int households = p.households().size();
        int total = households + f.facilities.size();
        progress.line("run.storing", households, 0, f.facilities.size());
        progress.startStoring();
        // One transaction: a load interrupted half-way leaves nothing, so --resume can tell.
        // Progress after every batch: no silent gap while the district is stored.
        storage.inTransaction(tx -> {
            for (int i = 0; i < households; i += BATCH) {
                tx.households().saveAll(p.households().subList(i, Math.min(households, i + BATCH)), LOADER);
                progress.storing(Math.min(households, i + BATCH), total);
            }
            for (Facility x : f.facilities) {
                tx.facilities().save(x, LOADER);
            }
            progress.storing(total, total);
            return null;
        });
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
