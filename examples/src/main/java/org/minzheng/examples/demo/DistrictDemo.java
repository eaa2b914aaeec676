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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.cases.PaymentKey;
import org.minzheng.core.cases.Transition;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.facility.Facility;
import org.minzheng.core.money.Money;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.programs.temporary.TemporaryNeed;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.Household;
import org.minzheng.core.report.DistrictReport;
import org.minzheng.core.report.ReportRenderer;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.jdbc.JdbcStorage;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.runtime.MonthlyRun;
import org.minzheng.runtime.MonthlyRunListener;
import org.minzheng.runtime.StandardsProviders;
import org.minzheng.spi.storage.PaymentRequest;
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
     * @param visitsPerMonth home-care visit records per person and month
     * @param locale the language of the printed report
     */
    public record Options(long seed, double scale, Optional<String> jdbcUrl, Optional<String> user, Optional<String> password,
                          YearMonth first, YearMonth last, Path out, boolean resume, int visitsPerMonth, Locale locale) {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is {@code null}
         * @throws IllegalArgumentException if {@code last} is before {@code first}
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
     */
    public record Result(DistrictReport report, List<MonthlyRun> runs, int temporaryGrants, Path html, Path json, Path text,
                         Duration wallTime) {
    }

    private DistrictDemo() {
    }

    /**
     * Runs the demo.
     *
     * @param o the options
     * @param console where progress and the report are printed
     * @return what was done
     * @throws UncheckedIOException if the output cannot be written
     */
    public static Result run(Options o, PrintStream console) {
        Instant t0 = Instant.now();
        Clock clock = Clock.system(CST);
        try {
            Files.createDirectories(o.out());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Storage database = open(o, console);
        try (Storage storage = new DemoStorage(database, new DemoServiceRecords())) {
            CivilAffairs ca = CivilAffairs.builder().standards(StandardsProviders.discover()).storage(storage).clock(clock).build();
            var s = ca.standards(DantuDistrict.REGION, o.first());
            DantuGenerator.Calibration cal = new DantuGenerator.Calibration(s.get(Dibao.STANDARD_URBAN),
                    s.get(Dibao.STANDARD_RURAL), s.find(Dibao.GRACE_MONTHS).orElse(0),
                    s.find(Dibao.ASSET_VEHICLES).orElse(0));
            console.printf(Locale.ROOT, "Generating Dantu district: seed %d, scale %s, dibao standard %s, grace %d months%n",
                    o.seed(), o.scale(), cal.dibaoUrban(), cal.graceMonths());
            Population p = DantuGenerator.generate(o.seed(), o.scale(), cal, o.visitsPerMonth());
            console.printf(Locale.ROOT, "  %,d households, %,d persons, %,d cases, %,d service records, %,d facilities%n",
                    p.households().size(), p.persons(), p.cases().size(), p.serviceRecords().size(), p.facilities().size());
            load(storage, p, console);

            List<MonthlyRun> runs = new ArrayList<>();
            int grants = 0;
            MonthlyRunListener bar = new ProgressBar(console);
            console.println("Monthly runs (月度运行):");
            // Progress is read from the database, never from a file of our own (decision 0142).
            YearMonth resumeAt = o.resume() ? ResumePoint.of(storage, p, DantuDistrict.REGION, o.first(), o.last())
                    : o.first();
            for (YearMonth m = o.first(); !m.isAfter(o.last()); m = m.plusMonths(1)) {
                if (m.isBefore(resumeAt)) {
                    console.println("  " + m + " already complete");
                    continue;
                }
                applyChanges(storage, p, m);
                grants += grantTemporaryAssistance(ca, storage, p, m);
                MonthlyRun run = ca.runMonth(m, DantuDistrict.REGION, bar);
                runs.add(run);
                if (!run.complete() || !run.failures().isEmpty()) {
                    // A later month must not start on an incomplete one: --resume continues here.
                    console.printf(Locale.ROOT, "  %s is not complete (%d failures): later months are not run; "
                            + "run again with --resume to complete it (本月未完成，请使用 --resume 继续)%n", m,
                            run.failures().size());
                    break;
                }
            }
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
            console.printf(Locale.ROOT, "HTML report: %s%nJSON report: %s%nWall time: %.1f s%n", html.toAbsolutePath(),
                    json.toAbsolutePath(), wall.toMillis() / 1000.0);
            return new Result(report, runs, grants, html, json, txt, wall);
        }
    }

    private static Storage open(Options o, PrintStream console) {
        if (o.jdbcUrl().isEmpty()) {
            Path dir = o.out().resolve("db");
            // JdbcStorage.h2 writes every commit before it returns and creates a new database
            // atomically, so whatever a killed run left is a consistent database to resume on.
            if (!o.resume()) {
                deleteRecursively(dir);
            }
            console.println("Database: embedded H2 in " + dir.toAbsolutePath());
            return JdbcStorage.h2(dir);
        }
        DriverManagerDataSource ds = new DriverManagerDataSource(o.jdbcUrl().get(), o.user().orElse(null), o.password().orElse(null));
        console.println("Database: " + ds);
        JdbcStorage.migrate(ds);
        JdbcStorage storage = JdbcStorage.of(ds, Clock.system(CST));
        if (!o.resume() && storage.households().countByRegion(DantuDistrict.REGION) > 0) {
            storage.close();
            throw new IllegalStateException("the database already holds Dantu households: use --resume to complete "
                    + "the months, or an empty database (数据库非空)");
        }
        return storage;
    }

    /** Stores the registry, cases and facilities unless a resumed database has them already. */
    private static void load(Storage storage, Population p, PrintStream console) {
        Instant t = Instant.now();
        for (ServiceRecord r : p.serviceRecords()) {
            storage.serviceRecords().save(r, LOADER);
        }
        if (storage.households().countByRegion(DantuDistrict.REGION) > 0) {
            console.println("  resuming: the registry is already stored");
            return;
        }
        // One transaction: a load interrupted half-way leaves nothing, so --resume can tell.
        storage.inTransaction(tx -> {
            for (int i = 0; i < p.households().size(); i += BATCH) {
                tx.households().saveAll(p.households().subList(i, Math.min(p.households().size(), i + BATCH)), LOADER);
            }
            for (int i = 0; i < p.cases().size(); i += BATCH) {
                tx.cases().saveAll(p.cases().subList(i, Math.min(p.cases().size(), i + BATCH)), LOADER);
            }
            for (Facility f : p.facilities()) {
                tx.facilities().save(f, LOADER);
            }
            return null;
        });
        console.printf(Locale.ROOT, "  stored in %.1f s%n", Duration.between(t, Instant.now()).toMillis() / 1000.0);
    }

    /** Records the month's registry changes (a job found, a car bought); unchanged households are left alone. */
    private static void applyChanges(Storage storage, Population p, YearMonth month) {
        for (Population.HouseholdChange c : p.changesIn(month)) {
            Household stored = storage.households().get(c.household());
            Household changed = c.change().apply(stored);
            if (!changed.incomes().equals(stored.incomes()) || !changed.assets().equals(stored.assets())) {
                storage.households().save(changed, ResumePoint.context(c));
            }
        }
    }

    /**
     * What a township case worker does for 临时救助 in a month: open the case, assess the need,
     * pay the one-off amount and close the case. Idempotent: a grant already paid is skipped.
     */
    private static int grantTemporaryAssistance(CivilAffairs ca, Storage storage, Population p, YearMonth month) {
        int paid = 0;
        List<Population.TemporaryGrant> grants = p.grants();
        for (int i = 0; i < grants.size(); i++) {
            Population.TemporaryGrant g = grants.get(i);
            if (!g.month().equals(month)) {
                continue;
            }
            CaseId id = CaseId.of("TA-" + g.month() + "-" + i);
            if (storage.cases().find(id).isPresent()) {
                continue;
            }
            Household h = storage.households().get(g.household());
            TemporaryNeed need = g.emergency() ? TemporaryNeed.emergency(g.need()) : TemporaryNeed.expenditure(g.need());
            Decision d = ca.assess(NationalPrograms.TEMPORARY_ASSISTANCE, SubjectFacts.forHousehold(h, month).application(need).build());
            if (!d.eligible()) {
                continue;
            }
            Instant applied = month.atDay(3).atTime(9, 0).atZone(CST).toInstant();
            Instant decided = month.atDay(8).atTime(15, 0).atZone(CST).toInstant();
            ApprovalLevel level = d.approval().orElse(ApprovalLevel.COUNTY);
            Case c = Case.open(id, NationalPrograms.TEMPORARY_ASSISTANCE, SubjectRef.household(h.id()), h.region(), h.head().id(),
                            Transition.application("窗口受理", applied, g.emergency() ? "急难型 (emergency)" : "支出型 (expenditure)",
                                    ApprovalLevel.TOWNSHIP))
                    .review("镇街审核", applied.plusSeconds(86_400), "入户核实 (home visit)")
                    .approve(level, level == ApprovalLevel.TOWNSHIP ? "镇街审批" : "区民政局", decided, "审批通过 (approved)")
                    .activate(level, "发放", decided, "一次性发放 (one-off payment)")
                    .terminate(level, "发放", decided, "救助金已发放，结案 (paid; closed)");
            Money amount = d.amount();
            storage.inTransaction(tx -> {
                tx.cases().save(c, WriteContext.of("case-worker", "temporary assistance " + month));
                tx.payments().post(PaymentRequest.of(PaymentKey.of(id, month, PaymentComponent.ONE_OFF), amount),
                        WriteContext.of("case-worker", "temporary assistance " + month));
                return null;
            });
            paid++;
        }
        return paid;
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the old demo database in " + dir, e);
        }
    }
}
