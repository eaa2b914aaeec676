package org.minzheng.tck.programs;

import static org.quicktheories.QuickTheory.qt;

import java.time.Clock;
import java.time.Instant;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.minzheng.core.builtin.BuiltInPrograms;
import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.CaseState;
import org.minzheng.core.cases.Payment;
import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.cases.PaymentKey;
import org.minzheng.core.cases.Transition;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.DecisionComponent;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.Member;
import org.minzheng.core.rule.Application;
import org.minzheng.core.rule.GradualExit;
import org.minzheng.core.rule.Measure;
import org.minzheng.core.rule.MissingFactException;
import org.minzheng.core.rule.MonthlyBehaviour;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.rule.ReportLines;
import org.minzheng.core.rule.Schedule;
import org.minzheng.core.rule.Screening;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.standards.MissingStandardException;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Standard;
import org.minzheng.core.standards.StandardSet;
import org.minzheng.core.standards.Unit;
import org.minzheng.core.standards.ValueType;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.runtime.MonthlyRun;
import org.minzheng.runtime.Programs;
import org.minzheng.runtime.RunFailure;
import org.minzheng.runtime.StandardsProviders;
import org.minzheng.spi.ProgramProvider;
import org.minzheng.spi.RegionalVariant;
import org.minzheng.spi.SpiVersion;
import org.minzheng.spi.StandardsProvider;
import org.minzheng.spi.storage.InMemoryStorage;
import org.minzheng.spi.storage.Storage;
import org.minzheng.spi.storage.WriteContext;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Gen;
import org.quicktheories.core.Reporter;

/**
 * Runs the checks of the program contract against one {@link ProgramProvider} (业务项目合规检查器) and returns what
 * is wrong as {@link Finding}s, each naming its {@link ProgramCheck}, the program and what to fix. An empty list means
 * the check passed. {@link ProgramContract} turns these into JUnit tests; the checker is usable on its own.
 *
 * <p>The declarations (standards, reasons, report lines, monthly behaviour) are checked as they are. The rules are
 * exercised as QuickTheories properties over generated households and persons — ages from newborn to 104 and a few
 * not yet born, urban and rural hukou, incomes of every kind, assets, disabilities, labour capacity, self-care,
 * statuses (working away, in prison, missing, deceased before, in or after the month), absent parents, enrolments in
 * every registered program, supporters, placements — in the regions and months of a {@link Scope}, with the standards
 * its providers resolve. A failing property is shrunk, and its finding shows the smallest subject that fails. The seed
 * is fixed, so a finding can be reproduced; {@link Builder#seed(long)} explores other subjects. The monthly-run check
 * (PC10) stores generated households in an {@link InMemoryStorage} and runs {@link CivilAffairs#runMonth} on them.
 *
 * <p>The built-in programs are checked through {@link #builtIns()}, a provider of them.
 *
 * <p>Not thread-safe: one checker per thread.
 */
public final class ProgramChecker {

    /** The id of {@link #builtIns()}: {@value}. */
    public static final String BUILT_IN_ID = "minzheng-built-in";

    /** Subjects generated for each property of each program, unless set: {@value}. */
    public static final int DEFAULT_EXAMPLES = 200;

    /** Sets of households run through the monthly run for each program, unless set: {@value}. */
    public static final int DEFAULT_RUN_EXAMPLES = 4;

    /** The seed of the generated subjects, unless set: {@value}. */
    public static final long DEFAULT_SEED = 20261202L;

    private static final int SHRINK_CYCLES = 200;
    private static final String ACTOR = "program-contract";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[0-9]");
    private static final Set<CaseState> OPEN = Set.of(CaseState.APPLIED, CaseState.REVIEWED, CaseState.APPROVED,
            CaseState.ACTIVE, CaseState.IN_GRACE, CaseState.SUSPENDED);

    private final ProgramProvider provider;
    private final Scope scope;
    private final Map<ProgramCode, List<Map<String, String>>> applications;
    private final int examples;
    private final int runExamples;
    private final long seed;

    private boolean loaded;
    private List<Target> targets;
    private Programs programs;
    private String programsProblem;
    private StandardsProviders standards;
    private String standardsProblem;
    private Subjects subjects;
    private final Map<String, ResolvedStandards> resolved = new HashMap<>();

    private ProgramChecker(Builder b) {
        this.provider = b.provider;
        this.scope = b.scope;
        this.applications = Map.copyOf(b.applications);
        this.examples = b.examples;
        this.runExamples = b.runExamples;
        this.seed = b.seed;
    }

    /**
     * A checker with the default number of examples and seed.
     *
     * @param provider the provider under test
     * @param scope the standards, regions and months to exercise the rules in
     * @throws NullPointerException if an argument is null
     */
    public ProgramChecker(ProgramProvider provider, Scope scope) {
        this(builder(provider, scope));
    }

    /**
     * Starts configuring a checker.
     *
     * @param provider the provider under test
     * @param scope the standards, regions and months to exercise the rules in
     * @return a builder
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(ProgramProvider provider, Scope scope) {
        return new Builder(provider, scope);
    }

    /**
     * The built-in national programs as a provider, for checking them with the same contract (they are registered
     * alone, not beside themselves).
     *
     * @return the provider, id {@value #BUILT_IN_ID}
     */
    public static ProgramProvider builtIns() {
        return BuiltIns.INSTANCE;
    }

    /** The built-in programs, seen as a provider. */
    private static final class BuiltIns implements ProgramProvider {
        static final BuiltIns INSTANCE = new BuiltIns();

        @Override
        public String id() {
            return BUILT_IN_ID;
        }

        @Override
        public String spiVersion() {
            return StandardsProvider.SPI_VERSION;
        }

        @Override
        public List<ProgramRule<?>> programs() {
            return BuiltInPrograms.all();
        }

        @Override
        public String toString() {
            return "BuiltIns[" + BUILT_IN_ID + "]";
        }
    }

    /** A program under test: a provider's program, or a regional variant. */
    private record Target(String label, ProgramRule<?> rule, boolean variant) {
    }

    /** What is wrong with one subject, and what to do. */
    private record Problem(String problem, String fix) {
    }

    /** Thrown inside a property to falsify it. */
    private static final class Falsified extends AssertionError {
        private static final long serialVersionUID = 1L;
        final transient Problem problem;

        Falsified(Problem problem) {
            super(problem.problem(), null);
            this.problem = problem;
        }
    }

    /** What assessing a generated subject gave. */
    private record Outcome(Subject subject, Decision decision, RuntimeException failure) {
        boolean decided() {
            return decision != null;
        }

        boolean missingFact() {
            return failure instanceof MissingFactException;
        }
    }

    /**
     * How far the generated subjects reach into each rule, for the vendor's own confidence that the checks are not
     * vacuous (and for minzheng's tests of the generator).
     *
     * @param program the program's label
     * @param generated subjects generated
     * @param decided subjects the rule decided (the rest lacked a fact or failed)
     * @param eligible subjects found eligible
     */
    public record Reach(String program, int generated, int decided, int eligible) {
    }

    // ------------------------------------------------------------------------------------------------- loading

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        List<Target> list = new ArrayList<>();
        try {
            for (ProgramRule<?> p : Objects.requireNonNullElse(provider.programs(), List.<ProgramRule<?>>of())) {
                if (p != null) {
                    list.add(new Target(p.code(), p, false));
                }
            }
            for (RegionalVariant v : Objects.requireNonNullElse(provider.variants(), List.<RegionalVariant>of())) {
                if (v != null) {
                    list.add(new Target(v.rule().code() + " (variant for " + v.region().shortForm() + ")", v.rule(), true));
                }
            }
        } catch (RuntimeException e) {
            // reported by PC01
        }
        targets = List.copyOf(list);
        try {
            programs = Programs.builder().discovery(false).builtIns(!isBuiltIns()).add(provider).build();
        } catch (RuntimeException e) {
            programsProblem = describe(e);
        }
        try {
            StandardsProviders.Builder b = StandardsProviders.builder().discovery(false);
            scope.standards().forEach(b::add);
            standards = b.build();
        } catch (RuntimeException e) {
            standardsProblem = describe(e);
        }
        subjects = new Subjects(scope, registered());
    }

    private boolean isBuiltIns() {
        return provider instanceof BuiltIns;
    }

    /** Every registered program and the variants under test. */
    private List<ProgramRule<?>> registered() {
        List<ProgramRule<?>> all = new ArrayList<>();
        if (programs != null) {
            all.addAll(programs.all());
        } else {
            if (!isBuiltIns()) {
                all.addAll(BuiltInPrograms.all());
            }
            targets.stream().filter(t -> !t.variant()).forEach(t -> all.add(t.rule()));
        }
        return all;
    }

    private ResolvedStandards standards(RegionCode region, YearMonth month) {
        return resolved.computeIfAbsent(region.value() + "@" + month,
                k -> standards.resolver().resolve(region, month.atDay(1)));
    }

    private Outcome assess(ProgramRule<?> rule, Subject s) {
        try {
            return new Outcome(s, rule.assess(s.facts(), standards(s.facts().region(), s.facts().month())), null);
        } catch (RuntimeException e) {
            return new Outcome(s, null, e);
        }
    }

    private static boolean undeclared(RuntimeException e) {
        return e instanceof IllegalStateException && !(e instanceof MissingStandardException) && e.getMessage() != null
                && (e.getMessage().contains("does not declare") || e.getMessage().contains("must build the decision"));
    }

    private List<Application> applicationsOf(ProgramRule<?> rule) {
        List<Application> out = new ArrayList<>();
        if (rule.application().isEmpty()) {
            return out;
        }
        for (Map<String, String> fields : applications.getOrDefault(rule.programCode(), List.of())) {
            try {
                out.add(rule.application().get().read(fields));
            } catch (RuntimeException e) {
                // reported by PC05
            }
        }
        return out;
    }

    private Gen<Subject> subjectsFor(ProgramRule<?> rule) {
        return subjects.subjects(rule, applicationsOf(rule));
    }

    /**
     * Runs a property over generated subjects; a falsified property becomes one finding showing the smallest subject
     * QuickTheories found.
     */
    private <T> Optional<Finding> property(ProgramCheck check, String program, Gen<T> gen, int n,
                                           Function<T, Optional<Problem>> test) {
        Problem[] found = new Problem[1];
        String[] smallest = new String[1];
        Reporter reporter = new Reporter() {
            @Override
            public void falisification(long s, int used, Object value, Throwable cause, List<Object> others,
                                       AsString<Object> asString) {
                found[0] = cause instanceof Falsified f ? f.problem
                        : new Problem("checking a subject failed: " + describe(cause), "report this to minzheng");
                smallest[0] = asString.asString(value);
            }

            @Override
            public void falisification(long s, int used, Object value, List<Object> others, AsString<Object> asString) {
                found[0] = new Problem("a subject failed the check", "see the subject");
                smallest[0] = asString.asString(value);
            }

            @Override
            public void valuesExhausted(int used) {
                // the generators make no assumptions
            }
        };
        qt().withFixedSeed(seed).withExamples(n).withShrinkCycles(SHRINK_CYCLES).withReporter(reporter)
                .forAll(gen).checkAssert(value -> {
                    Optional<Problem> p;
                    try {
                        p = test.apply(value);
                    } catch (Falsified f) {
                        throw f;
                    } catch (RuntimeException e) {
                        p = Optional.of(new Problem("checking failed: " + describe(e), "report this to minzheng"));
                    }
                    if (p.isPresent()) {
                        throw new Falsified(p.get());
                    }
                });
        if (found[0] == null) {
            return Optional.empty();
        }
        return Optional.of(new Finding(check, program, found[0].problem() + "; smallest example (seed " + seed + "): "
                + smallest[0], found[0].fix()));
    }

    /** A property over assessed subjects of one target; subjects the rule could not decide pass. */
    private Optional<Finding> decisions(ProgramCheck check, Target t, Function<Outcome, Optional<Problem>> test) {
        return property(check, t.label(), subjectsFor(t.rule()), examples, s -> test.apply(assess(t.rule(), s)));
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + (m.length() > 400 ? m.substring(0, 400) + "…" : m));
    }

    private List<Finding> needsStandards(ProgramCheck check) {
        return List.of(new Finding(check, scopeLabel(), "the scope's standards providers cannot be combined: "
                + standardsProblem, "fix the providers (their own contract suite says how) or the scope"));
    }

    private String scopeLabel() {
        return "scope";
    }

    private String providerLabel() {
        try {
            return String.valueOf(provider.id());
        } catch (RuntimeException e) {
            return provider.getClass().getName();
        }
    }

    // ------------------------------------------------------------------------------------------------- checks

    /**
     * Every check except {@link #discovery(ClassLoader)}, in order.
     *
     * @return the findings
     */
    public List<Finding> all() {
        List<Finding> all = new ArrayList<>();
        all.addAll(provider());
        all.addAll(standards());
        all.addAll(reasons());
        all.addAll(texts());
        all.addAll(deterministic());
        all.addAll(amounts());
        all.addAll(declaredReasons());
        all.addAll(reportLines());
        all.addAll(monthlyBehaviour());
        all.addAll(paidOnce());
        all.addAll(screening());
        return all;
    }

    /**
     * PC01: the id is well-formed; the SPI version parses, is accepted and is the compiled-in one; {@code programs()}
     * and {@code variants()} return the same declarations on every call, without null; the runtime registers the
     * provider beside the built-in programs (no code collides, every variant replaces a registered program of the same
     * subject kind); a region's programs share a prefix (e.g. {@code js-}).
     *
     * @return the findings
     */
    public List<Finding> provider() {
        List<Finding> out = new ArrayList<>();
        String label = providerLabel();
        String id;
        try {
            id = provider.id();
        } catch (RuntimeException e) {
            return List.of(new Finding(ProgramCheck.PC01_PROVIDER, label, "id() threw " + describe(e),
                    "return a constant id such as \"jiangsu-example\""));
        }
        if (!StandardSet.isValidProviderId(id)) {
            out.add(new Finding(ProgramCheck.PC01_PROVIDER, label, "provider id '" + id + "' is malformed",
                    "use lower-case words (a-z, 0-9) separated by '.' or '-', e.g. jiangsu-example"));
        }
        try {
            String text = provider.spiVersion();
            SpiVersion built = SpiVersion.parse(Objects.requireNonNull(text, "spiVersion() returned null"));
            if (!SpiVersion.CURRENT.accepts(built)) {
                out.add(new Finding(ProgramCheck.PC01_PROVIDER, label, "the provider states SPI " + built
                        + " but this runtime implements SPI " + SpiVersion.CURRENT,
                        "rebuild the plugin against this minzheng release and return StandardsProvider.SPI_VERSION"));
            } else if (!StandardsProvider.SPI_VERSION.equals(text)) {
                out.add(new Finding(ProgramCheck.PC01_PROVIDER, label, "the provider states SPI " + text
                        + ", not the version it was compiled against (" + StandardsProvider.SPI_VERSION + ")",
                        "implement spiVersion() as 'return StandardsProvider.SPI_VERSION;'"));
            }
        } catch (RuntimeException e) {
            out.add(new Finding(ProgramCheck.PC01_PROVIDER, label, "spiVersion() is not a valid version: "
                    + describe(e), "implement spiVersion() as 'return StandardsProvider.SPI_VERSION;'"));
        }
        List<ProgramRule<?>> first;
        List<RegionalVariant> firstVariants;
        try {
            first = provider.programs();
            firstVariants = provider.variants();
        } catch (RuntimeException e) {
            out.add(new Finding(ProgramCheck.PC01_PROVIDER, label, "programs() or variants() threw " + describe(e),
                    "declare programs as constants (static final ProgramRule) and return them"));
            return out;
        }
        if (first == null || firstVariants == null) {
            out.add(new Finding(ProgramCheck.PC01_PROVIDER, label, "programs() or variants() returned null",
                    "return an empty list when there is nothing, never null"));
            return out;
        }
        if (first.stream().anyMatch(Objects::isNull) || firstVariants.stream().anyMatch(Objects::isNull)) {
            out.add(new Finding(ProgramCheck.PC01_PROVIDER, label, "programs() or variants() contains null",
                    "remove the null elements (a constant used before it is initialised is null: declare PROGRAM "
                            + "after the standards, reasons and texts it uses)"));
            return out;
        }
        if (first.isEmpty() && firstVariants.isEmpty()) {
            out.add(new Finding(ProgramCheck.PC01_PROVIDER, label, "the provider declares no program and no variant",
                    "return your programs from programs(), or do not publish the provider"));
        }
        List<ProgramRule<?>> second = provider.programs();
        List<RegionalVariant> secondVariants = provider.variants();
        if (!sameInstances(first, second) || !sameVariants(firstVariants, secondVariants)) {
            out.add(new Finding(ProgramCheck.PC01_PROVIDER, label, "programs() or variants() return different "
                    + "declarations on a second call", "build each ProgramRule once, as a static final constant, and "
                    + "return the same list every time"));
        }
        load();
        if (programsProblem != null) {
            out.add(new Finding(ProgramCheck.PC01_PROVIDER, label, "the runtime refuses the provider: " + programsProblem,
                    "fix what the message names (a program code of its own, a variant of a registered program)"));
        }
        if (!isBuiltIns()) {
            Set<String> prefixes = new java.util.TreeSet<>();
            for (ProgramRule<?> p : first) {
                String code = p.code();
                int dash = code.indexOf('-');
                if (dash < 0) {
                    out.add(new Finding(ProgramCheck.PC01_PROVIDER, p.code(), "program code '" + code
                            + "' has no regional prefix", "start the code with your region's prefix, e.g. js-" + code
                            + ", so that codes from different plugins cannot collide"));
                } else {
                    prefixes.add(code.substring(0, dash));
                }
            }
            if (prefixes.size() > 1) {
                out.add(new Finding(ProgramCheck.PC01_PROVIDER, label, "the provider's program codes start with "
                        + "different prefixes " + prefixes, "start every program code of one region with the same "
                        + "prefix, e.g. js-"));
            }
        }
        return out;
    }

    private static boolean sameInstances(List<ProgramRule<?>> a, List<ProgramRule<?>> b) {
        if (b == null || a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameVariants(List<RegionalVariant> a, List<RegionalVariant> b) {
        if (b == null || a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (b.get(i) == null || a.get(i).rule() != b.get(i).rule() || !a.get(i).region().equals(b.get(i).region())) {
                return false;
            }
        }
        return true;
    }

    /**
     * PC02: every standard a program declares has Chinese and English names and a description, a unit that suits
     * its value type (money in yuan, an age in years, a share as a share, …) and a valid default; a code means one
     * standard among all registered programs; and on generated subjects the rule reads only declared standards,
     * every one of which resolves in the scope.
     *
     * @return the findings
     */
    public List<Finding> standards() {
        load();
        List<Finding> out = new ArrayList<>();
        Map<String, Standard<?>> byCode = new HashMap<>();
        Map<String, String> owner = new HashMap<>();
        for (ProgramRule<?> p : registered()) {
            for (Standard<?> s : p.standards()) {
                byCode.putIfAbsent(s.code(), s);
                owner.putIfAbsent(s.code(), p.code());
            }
        }
        for (Target t : targets) {
            for (Standard<?> s : t.rule().standards()) {
                standardProblems(s).forEach(p -> out.add(new Finding(ProgramCheck.PC02_STANDARDS, t.label(),
                        "standard " + s.code() + ": " + p.problem(), p.fix())));
                Standard<?> other = byCode.get(s.code());
                if (other != null && other != s && (!other.valueType().equals(s.valueType())
                        || other.unit() != s.unit())) {
                    out.add(new Finding(ProgramCheck.PC02_STANDARDS, t.label(), "standard " + s.code() + " is declared "
                            + "as " + s.valueType() + " in " + s.unit().code() + " here and as " + other.valueType()
                            + " in " + other.unit().code() + " by " + owner.get(s.code()),
                            "use the other program's constant, or give your standard a code of its own"));
                }
            }
        }
        if (standardsProblem != null) {
            out.addAll(needsStandards(ProgramCheck.PC02_STANDARDS));
            return out;
        }
        for (Target t : targets) {
            Set<String> declared = t.rule().standards().stream().map(Standard::code).collect(Collectors.toSet());
            decisions(ProgramCheck.PC02_STANDARDS, t, o -> {
                if (o.failure() instanceof MissingStandardException e) {
                    if (declared.contains(e.standard().code())) {
                        return Optional.of(new Problem("mandatory standard " + e.standard().code() + " has no value for "
                                + e.region().shortForm() + " on " + e.date(), "supply a value of " + e.standard().code()
                                + " in the scope's standards providers, or narrow the scope to where you supply it"));
                    }
                    return Optional.of(new Problem("the rule reads standard " + e.standard().code()
                            + ", which the program does not declare", "add it to ProgramRule.Builder.standards(…), so "
                            + "that the catalogue and the standards contract know it"));
                }
                if (o.decided()) {
                    for (var r : o.decision().standardsUsed()) {
                        if (!declared.contains(r.standard().code())) {
                            return Optional.of(new Problem("the rule reads standard " + r.standard().code()
                                    + ", which the program does not declare", "add it to ProgramRule.Builder"
                                    + ".standards(…), so that the catalogue and the standards contract know it"));
                        }
                    }
                }
                return Optional.empty();
            }).ifPresent(out::add);
        }
        return out;
    }

    private static List<Problem> standardProblems(Standard<?> s) {
        List<Problem> out = new ArrayList<>();
        if (!hasHan(s.chineseName())) {
            out.add(new Problem("the Chinese name '" + s.chineseName() + "' has no Chinese characters",
                    "give the name used in the policy documents, e.g. 城市最低生活保障标准"));
        }
        if (hasHan(s.englishName()) || s.englishName().isBlank()) {
            out.add(new Problem("the English name '" + s.englishName() + "' is blank or has Chinese characters",
                    "give an English name, e.g. urban dibao standard"));
        }
        if (s.description().isBlank() || s.description().equals(s.englishName())
                || s.description().equals(s.chineseName())) {
            out.add(new Problem("the description only repeats the name", "say what the value means, for whom, and "
                    + "what happens when it is absent (the generated catalogue prints it)"));
        }
        if (!unitFits(s.valueType(), s.unit())) {
            out.add(new Problem("unit " + s.unit().code() + " does not suit value type " + s.valueType(),
                    "money is in yuan (yuan, yuan-per-month, yuan-per-person-month, yuan-per-year), an integer counts "
                            + "years, months or items, a decimal is a share, a multiple, months or hours, a flag is a "
                            + "flag, a coded choice is a choice"));
        }
        s.defaultValue().ifPresent(v -> {
            if (!s.valueType().isAllowed(v)) {
                out.add(new Problem("the default " + v + " is not " + s.valueType().allowedValues(),
                        "give a default the value type allows, or none"));
            }
        });
        return out;
    }

    private static boolean unitFits(ValueType<?> type, Unit unit) {
        return switch (type.code()) {
            case "money" -> unit == Unit.YUAN || unit == Unit.YUAN_PER_MONTH || unit == Unit.YUAN_PER_PERSON_MONTH
                    || unit == Unit.YUAN_PER_YEAR;
            case "integer" -> unit == Unit.YEARS || unit == Unit.MONTHS || unit == Unit.COUNT;
            case "decimal" -> unit == Unit.SHARE || unit == Unit.MULTIPLE || unit == Unit.MONTHS
                    || unit == Unit.HOURS_PER_MONTH || unit == Unit.YEARS;
            case "boolean" -> unit == Unit.FLAG;
            default -> unit == Unit.CHOICE;
        };
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /**
     * PC03: every reason a program declares has a Chinese message (with Chinese characters) and an English one
     * (without); a program's own codes share one prefix ({@code dibao.…}); a code means the same reason, with the same
     * messages, in every registered program; and no program uses another's prefix unless the two share reasons (like
     * the two disability subsidies).
     *
     * @return the findings
     */
    public List<Finding> reasons() {
        load();
        List<Finding> out = new ArrayList<>();
        List<ProgramRule<?>> all = new ArrayList<>(registered());
        for (Target t : targets) {
            if (t.variant()) {
                all.add(t.rule());
            }
        }
        for (Target t : targets) {
            List<ReasonCode> own = own(t.rule());
            Set<String> prefixes = new java.util.TreeSet<>();
            for (ReasonCode r : own) {
                if (!hasHan(r.chineseName())) {
                    out.add(new Finding(ProgramCheck.PC03_REASONS, t.label(), "reason " + r.code() + ": the Chinese "
                            + "message '" + r.chineseName() + "' has no Chinese characters",
                            "write the message a caseworker reads, in Chinese"));
                }
                if (hasHan(r.englishName())) {
                    out.add(new Finding(ProgramCheck.PC03_REASONS, t.label(), "reason " + r.code() + ": the English "
                            + "message '" + r.englishName() + "' has Chinese characters", "write it in English"));
                }
                int dot = r.code().indexOf('.');
                if (dot < 0) {
                    out.add(new Finding(ProgramCheck.PC03_REASONS, t.label(), "reason code " + r.code()
                            + " has no prefix", "write codes as prefix.condition, e.g. " + t.rule().code() + "."
                            + r.code()));
                } else {
                    prefixes.add(r.code().substring(0, dot));
                }
                for (ProgramRule<?> other : all) {
                    if (other == t.rule()) {
                        continue;
                    }
                    other.reason(r.code()).ifPresent(o -> {
                        if (!o.equals(r) || !o.chineseName().equals(r.chineseName())
                                || !o.englishName().equals(r.englishName())) {
                            out.add(new Finding(ProgramCheck.PC03_REASONS, t.label(), "reason code " + r.code()
                                    + " means something else in " + other.code() + " (" + o.kind() + ": "
                                    + o.englishName() + ")", "use the other program's constant, or a code of your "
                                    + "own with your program's prefix"));
                        }
                    });
                }
            }
            if (prefixes.size() > 1) {
                out.add(new Finding(ProgramCheck.PC03_REASONS, t.label(), "the reason codes start with different "
                        + "prefixes " + prefixes, "start every reason code of a program with one prefix, e.g. "
                        + t.rule().code() + "."));
            }
            if (prefixes.size() == 1) {
                String prefix = prefixes.iterator().next();
                Set<String> codes = own.stream().map(ReasonCode::code).collect(Collectors.toSet());
                for (ProgramRule<?> other : all) {
                    if (other.programCode().equals(t.rule().programCode())) {
                        continue;
                    }
                    List<ReasonCode> theirs = own(other);
                    boolean usesPrefix = theirs.stream().anyMatch(r -> r.code().startsWith(prefix + "."));
                    boolean shares = theirs.stream().anyMatch(r -> codes.contains(r.code()));
                    if (usesPrefix && !shares) {
                        out.add(new Finding(ProgramCheck.PC03_REASONS, t.label(), "the reason prefix '" + prefix
                                + "' is that of " + other.code(), "use your program's own prefix, e.g. "
                                + t.rule().code() + "."));
                    }
                }
            }
        }
        return out;
    }

    private static List<ReasonCode> own(ProgramRule<?> p) {
        List<ReasonCode> own = new ArrayList<>(p.reasons());
        own.remove(ReasonCode.SUBJECT_DECEASED);
        own.remove(ReasonCode.SUBJECT_NOT_BORN);
        return own;
    }

    /**
     * PC04: every decision the rule makes on generated subjects renders in Chinese and in English without a missing
     * key, an unfilled placeholder or an empty line.
     *
     * @return the findings
     */
    public List<Finding> texts() {
        load();
        if (standardsProblem != null) {
            return needsStandards(ProgramCheck.PC04_TEXTS);
        }
        List<Finding> out = new ArrayList<>();
        for (Target t : targets) {
            decisions(ProgramCheck.PC04_TEXTS, t, o -> {
                if (!o.decided()) {
                    return Optional.empty();
                }
                for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                    List<String> lines;
                    try {
                        lines = o.decision().explanation().lines(locale);
                    } catch (RuntimeException e) {
                        return Optional.of(new Problem("the explanation cannot be rendered in " + locale.getLanguage()
                                + ": " + describe(e), "define every key the rule passes to step(…) in texts_zh"
                                + ".properties and texts_en.properties, with a pattern its arguments fit"));
                    }
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i);
                        String key = o.decision().explanation().steps().get(i).key();
                        if (line.isBlank()) {
                            return Optional.of(new Problem("step " + key + " renders empty in " + locale.getLanguage(),
                                    "write a message for " + key));
                        }
                        boolean zh = locale.getLanguage().equals("zh");
                        if (zh != hasHan(line)) {
                            return Optional.of(new Problem("step " + key + " renders in " + locale.getLanguage()
                                    + (zh ? " without Chinese characters: " : " with Chinese characters: ") + line,
                                    "translate the message for " + key + " in texts_" + locale.getLanguage()
                                            + ".properties"));
                        }
                        if (PLACEHOLDER.matcher(line).find()) {
                            return Optional.of(new Problem("step " + key + " leaves a placeholder unfilled in "
                                    + locale.getLanguage() + ": " + line, "pass as many arguments to step(\"" + key
                                    + "\", …) as the pattern uses, or quote literal braces ('{')"));
                        }
                    }
                }
                return Optional.empty();
            }).ifPresent(out::add);
        }
        return out;
    }

    /**
     * PC05: the rule decides every generated subject without throwing (a {@link MissingFactException} for a fact the
     * generated subject lacks is allowed), at least some subjects are decided, and the same facts — twice, and
     * rebuilt — give equal decisions.
     *
     * @return the findings
     */
    public List<Finding> deterministic() {
        load();
        if (standardsProblem != null) {
            return needsStandards(ProgramCheck.PC05_DETERMINISTIC);
        }
        List<Finding> out = new ArrayList<>();
        for (Target t : targets) {
            Optional<ApplicationProblem> bad = badApplication(t.rule());
            if (bad.isPresent()) {
                out.add(new Finding(ProgramCheck.PC05_DETERMINISTIC, t.label(), "the sample application "
                        + bad.get().fields() + " cannot be read: " + bad.get().message(),
                        "give samples in the program's application format " + t.rule().application()
                                .map(a -> a.keys().toString()).orElse("")));
            }
            int[] counts = new int[2];
            String[] missing = new String[1];
            Optional<Finding> f = decisions(ProgramCheck.PC05_DETERMINISTIC, t, o -> {
                counts[0]++;
                if (o.missingFact()) {
                    missing[0] = o.failure().getMessage();
                    return Optional.empty();
                }
                if (!o.decided()) {
                    if (o.failure() instanceof MissingStandardException || undeclared(o.failure())) {
                        return Optional.empty(); // PC02, PC07
                    }
                    return Optional.of(new Problem("the rule threw " + describe(o.failure()), "a rule decides every "
                            + "subject: fail a condition with a declared reason instead of throwing (throw "
                            + "MissingFactException only for a fact the facts do not hold)"));
                }
                counts[1]++;
                String expected = Fingerprint.of(o.decision());
                Outcome again = assess(t.rule(), o.subject());
                SubjectFacts copy = o.subject().facts().forMonth(o.subject().facts().month());
                Outcome rebuilt = assess(t.rule(), new Subject(copy, o.subject().description()));
                for (Outcome x : List.of(again, rebuilt)) {
                    if (!x.decided() || !Fingerprint.of(x.decision()).equals(expected)) {
                        return Optional.of(new Problem("equal facts gave different decisions: " + expected + " then "
                                + (x.decided() ? Fingerprint.of(x.decision()) : describe(x.failure())),
                                "keep the rule pure: no clock, no random numbers, no state between calls, no "
                                        + "iteration over unordered sets that changes the result"));
                    }
                }
                return Optional.empty();
            });
            f.ifPresent(out::add);
            if (f.isEmpty() && counts[1] == 0) {
                out.add(new Finding(ProgramCheck.PC05_DETERMINISTIC, t.label(), "none of " + counts[0]
                        + " generated subjects could be decided" + (missing[0] == null ? "" : ": " + missing[0]),
                        "if the rule reads an application, give sample applications to the checker "
                                + "(ProgramChecker.Builder.application, ProgramContract.applications())"));
            }
        }
        return out;
    }

    private record ApplicationProblem(Map<String, String> fields, String message) {
    }

    private Optional<ApplicationProblem> badApplication(ProgramRule<?> rule) {
        for (Map<String, String> fields : applications.getOrDefault(rule.programCode(), List.of())) {
            if (rule.application().isEmpty()) {
                return Optional.of(new ApplicationProblem(fields, "the program reads no application"));
            }
            try {
                rule.application().get().read(fields);
            } catch (RuntimeException e) {
                return Optional.of(new ApplicationProblem(fields, describe(e)));
            }
        }
        return Optional.empty();
    }

    /**
     * PC06: on generated subjects no amount or component is negative, the explanation arrives at the decision's
     * amount, an ineligible decision pays nothing, the components' exact sum rounds to the amount, and the amounts by
     * payment component (what the ledger posts) are not negative and add up to the amount.
     *
     * @return the findings
     */
    public List<Finding> amounts() {
        load();
        if (standardsProblem != null) {
            return needsStandards(ProgramCheck.PC06_AMOUNTS);
        }
        List<Finding> out = new ArrayList<>();
        for (Target t : targets) {
            decisions(ProgramCheck.PC06_AMOUNTS, t, o -> o.decided() ? amountProblem(o.decision()) : Optional.empty())
                    .ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Problem> amountProblem(Decision d) {
        String fix = "build the decision with Decision.Builder: components of exact, non-negative amounts, rounded "
                + "once by build(rounding)";
        if (d.amount().isNegative()) {
            return Optional.of(new Problem("the amount " + d.amount() + " is negative", fix));
        }
        if (!d.explanation().total().equals(Optional.of(d.amount()))) {
            return Optional.of(new Problem("the explanation arrives at " + d.explanation().total().map(Money::toString)
                    .orElse("no total") + ", the decision pays " + d.amount(), fix));
        }
        if (!d.eligible() && (!d.amount().isZero() || !d.components().isEmpty())) {
            return Optional.of(new Problem("an ineligible decision pays " + d.amount(), fix));
        }
        java.math.BigDecimal exact = java.math.BigDecimal.ZERO;
        for (DecisionComponent c : d.components()) {
            if (c.exactAmount().signum() < 0) {
                return Optional.of(new Problem("component " + c.kind().code() + " is negative: " + c.exactAmount(), fix));
            }
            exact = exact.add(c.exactAmount());
        }
        if (exact.add(d.roundingAdjustment()).compareTo(d.amount().amount()) != 0) {
            return Optional.of(new Problem("the components add up to " + exact.toPlainString() + " and the rounding "
                    + "adjustment is " + d.roundingAdjustment().toPlainString() + ", but the amount is " + d.amount(), fix));
        }
        Money sum = Money.ZERO;
        for (Map.Entry<PaymentComponent, Money> e : d.amountsByComponent().entrySet()) {
            if (e.getValue().isNegative()) {
                return Optional.of(new Problem("the ledger would post " + e.getValue() + " as " + e.getKey().code(), fix));
            }
            sum = sum.plus(e.getValue());
        }
        if (!d.amount().isZero() && !sum.equals(d.amount())) {
            return Optional.of(new Problem("the amounts by component add up to " + sum + ", the amount is "
                    + d.amount(), fix));
        }
        if (d.hoursPerMonth().filter(h -> h.signum() < 0).isPresent()) {
            return Optional.of(new Problem("negative hours " + d.hoursPerMonth().get(), fix));
        }
        return Optional.empty();
    }

    /**
     * PC07: on generated subjects the rule gives only reasons and notes the program declares, and returns the
     * decision it was handed (the runtime refuses anything else; here it is a finding with the subject that shows it).
     *
     * @return the findings
     */
    public List<Finding> declaredReasons() {
        load();
        if (standardsProblem != null) {
            return needsStandards(ProgramCheck.PC07_DECLARED_REASONS);
        }
        List<Finding> out = new ArrayList<>();
        for (Target t : targets) {
            decisions(ProgramCheck.PC07_DECLARED_REASONS, t, o -> {
                if (!o.decided() && undeclared(o.failure())) {
                    return Optional.of(new Problem(o.failure().getMessage(), "declare every reason and note the rule "
                            + "gives in ProgramRule.Builder.reasons(…), and return the decision built from the "
                            + "builder the rule is handed"));
                }
                if (o.decided()) {
                    for (ReasonCode r : concat(o.decision().reasons(), o.decision().notes())) {
                        if (t.rule().reason(r.code()).filter(r::equals).isEmpty()) {
                            return Optional.of(new Problem("the rule gave reason " + r.code() + ", which the program "
                                    + "does not declare", "add it to ProgramRule.Builder.reasons(…)"));
                        }
                    }
                }
                return Optional.empty();
            }).ifPresent(out::add);
        }
        return out;
    }

    private static List<ReasonCode> concat(List<ReasonCode> a, List<ReasonCode> b) {
        List<ReasonCode> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * PC08: a program declares report lines; they are complete ({@link ReportLines#problems()}); a service program
     * reports no payments or amounts, a program that pays reports its amount; a report group has one name; and a
     * program that reports by category gives a category with every eligible decision.
     *
     * @return the findings
     */
    public List<Finding> reportLines() {
        load();
        List<Finding> out = new ArrayList<>();
        Map<String, ReportLines.Group> groups = new HashMap<>();
        Map<String, String> groupOwner = new HashMap<>();
        for (ProgramRule<?> p : registered()) {
            p.report().group().ifPresent(g -> {
                groups.putIfAbsent(g.code(), g);
                groupOwner.putIfAbsent(g.code(), p.code());
            });
        }
        for (Target t : targets) {
            ReportLines lines = t.rule().report();
            Schedule schedule = t.rule().monthly().schedule();
            if (lines.measures().isEmpty()) {
                out.add(new Finding(ProgramCheck.PC08_REPORT_LINES, t.label(), "the program declares no report lines, "
                        + "so it is missing from the district report", "declare report(ReportLines.of(…)) with what "
                        + "it counts, e.g. Measure.REACHED, Measure.PAYMENTS, Measure.AMOUNT"));
            }
            for (String p : lines.problems()) {
                out.add(new Finding(ProgramCheck.PC08_REPORT_LINES, t.label(), p, "complete the report lines"));
            }
            if (!schedule.paysMoney() && (lines.reports(Measure.PAYMENTS) || lines.reports(Measure.AMOUNT))) {
                out.add(new Finding(ProgramCheck.PC08_REPORT_LINES, t.label(), "a service program reports "
                        + "payments or amounts it never makes", "report SERVICES, HOURS, IN_COVERAGE or "
                        + "RECORD_IN_FORCE instead"));
            }
            if (schedule.paysMoney() && !lines.reports(Measure.AMOUNT)) {
                out.add(new Finding(ProgramCheck.PC08_REPORT_LINES, t.label(), "the program pays money but does not "
                        + "report the amount", "add Measure.AMOUNT (and Measure.PAYMENTS) to its report lines"));
            }
            lines.group().ifPresent(g -> {
                ReportLines.Group other = groups.get(g.code());
                if (other != null && !other.equals(g)) {
                    out.add(new Finding(ProgramCheck.PC08_REPORT_LINES, t.label(), "report group " + g.code()
                            + " is named " + g.chineseName() + " / " + g.englishName() + " here and " + other.chineseName()
                            + " / " + other.englishName() + " by " + groupOwner.get(g.code()),
                            "use one ReportLines.Group for the group, or a group code of your own"));
                }
            });
        }
        if (standardsProblem != null) {
            out.addAll(needsStandards(ProgramCheck.PC08_REPORT_LINES));
            return out;
        }
        for (Target t : targets) {
            if (t.rule().report().reports(Measure.BY_CATEGORY)) {
                decisions(ProgramCheck.PC08_REPORT_LINES, t, o -> o.decided() && o.decision().eligible()
                        && o.decision().category().isEmpty()
                        ? Optional.of(new Problem("the program reports BY_CATEGORY but an eligible decision has no "
                                + "category", "set Decision.Builder.category(…) on every eligible decision, or drop "
                                + "Measure.BY_CATEGORY"))
                        : Optional.empty()).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * PC09: the monthly behaviour agrees with itself and with the decisions: gradual exit has a declared integer
     * standard and a declared failed reason as trigger; screening of a yearly program runs in its payment month, and a
     * program paid on approval (which the monthly run never pays) is not screened; a service program decides no
     * amount; a program paid once or yearly pays it as {@link PaymentComponent#ONE_OFF}.
     *
     * @return the findings
     */
    public List<Finding> monthlyBehaviour() {
        load();
        List<Finding> out = new ArrayList<>();
        for (Target t : targets) {
            MonthlyBehaviour m = t.rule().monthly();
            Schedule schedule = m.schedule();
            Optional<GradualExit> exit = m.gradualExit();
            if (exit.isPresent()) {
                GradualExit g = exit.get();
                if (t.rule().standards().stream().noneMatch(s -> s == g.months() || s.code().equals(g.months().code()))) {
                    out.add(new Finding(ProgramCheck.PC09_MONTHLY_BEHAVIOUR, t.label(), "the gradual-exit standard "
                            + g.months().code() + " is not declared", "add it to standards(…)"));
                }
                if (!g.months().valueType().equals(ValueType.INTEGER) || g.months().unit() != Unit.MONTHS) {
                    out.add(new Finding(ProgramCheck.PC09_MONTHLY_BEHAVIOUR, t.label(), "the gradual-exit standard "
                            + g.months().code() + " is not an integer number of months", "declare it as "
                            + "Standard.builder(code, ValueType.INTEGER).unit(Unit.MONTHS)"));
                }
                if (t.rule().reason(g.trigger().code()).filter(g.trigger()::equals).isEmpty()) {
                    out.add(new Finding(ProgramCheck.PC09_MONTHLY_BEHAVIOUR, t.label(), "the gradual-exit trigger "
                            + g.trigger().code() + " is not declared", "add it to reasons(…)"));
                }
            }
            Screening screening = m.screening();
            if (screening.frequency() != Screening.Frequency.NEVER) {
                if (schedule.kind() == Schedule.Kind.ONCE_ON_APPROVAL) {
                    out.add(new Finding(ProgramCheck.PC09_MONTHLY_BEHAVIOUR, t.label(), "a program paid once on "
                            + "approval is screened, but the monthly run never pays such a case", "decide it on "
                            + "application (Screening.none()), or pay it yearly (Schedule.yearly(month))"));
                }
                if (schedule.kind() == Schedule.Kind.YEARLY && (screening.frequency() != Screening.Frequency.YEARLY
                        || !screening.month().equals(schedule.month()))) {
                    out.add(new Finding(ProgramCheck.PC09_MONTHLY_BEHAVIOUR, t.label(), "a program paid " + schedule
                            + " is screened " + screening.frequency().name().toLowerCase(Locale.ROOT)
                            + screening.month().map(x -> " in " + x).orElse("") + ": cases opened in other months "
                            + "wait for the payment month, when the subject may no longer qualify",
                            "screen in the payment month: Screening.yearly(" + schedule.month().map(Month::name)
                                    .orElse("") + ", …)"));
                }
            }
        }
        if (standardsProblem != null) {
            out.addAll(needsStandards(ProgramCheck.PC09_MONTHLY_BEHAVIOUR));
            return out;
        }
        for (Target t : targets) {
            Schedule schedule = t.rule().monthly().schedule();
            decisions(ProgramCheck.PC09_MONTHLY_BEHAVIOUR, t, o -> {
                if (!o.decided() || !o.decision().eligible()) {
                    return Optional.empty();
                }
                Decision d = o.decision();
                if (!schedule.paysMoney() && (!d.amount().isZero() || !d.components().isEmpty())) {
                    return Optional.of(new Problem("a service program decided an amount of " + d.amount(),
                            "a service program grants hours or a service, not money: add no component, or give it a "
                                    + "paying schedule"));
                }
                boolean once = schedule.kind() == Schedule.Kind.YEARLY || schedule.kind() == Schedule.Kind.ONCE_ON_APPROVAL;
                if (once) {
                    for (DecisionComponent c : d.components()) {
                        if (c.kind() != PaymentComponent.ONE_OFF) {
                            return Optional.of(new Problem("a program paid " + schedule + " pays a " + c.kind().code()
                                    + " component", "pay a one-off or yearly amount as PaymentComponent.ONE_OFF"));
                        }
                    }
                }
                return Optional.empty();
            }).ifPresent(out::add);
        }
        return out;
    }

    /**
     * PC10: generated households — with cases of the programs they are enrolled in, and an active case of the program
     * unless its screening finds them — are run through {@link CivilAffairs#runMonth} on an {@link InMemoryStorage}:
     * the program's first scheduled month of the scope twice, the month after, and the same month a year later. The
     * second run posts nothing new; no run fails a case of the program; no subject has two open cases of it; and each
     * case is paid at most once per period: a service program never, a program paid on approval at most once, a yearly
     * program only in its month and once a year, a monthly program only in the months run, once each.
     *
     * @return the findings
     */
    public List<Finding> paidOnce() {
        load();
        if (standardsProblem != null) {
            return needsStandards(ProgramCheck.PC10_PAID_ONCE);
        }
        if (programs == null) {
            return List.of(new Finding(ProgramCheck.PC10_PAID_ONCE, providerLabel(), "the runtime refuses the "
                    + "provider, so the monthly run cannot be tried", "fix the PC01 findings first"));
        }
        List<Finding> out = new ArrayList<>();
        for (Target t : targets) {
            if (t.variant()) {
                continue;
            }
            Schedule schedule = t.rule().monthly().schedule();
            Optional<YearMonth> start = scope.months().stream()
                    .filter(m -> schedule.kind() != Schedule.Kind.YEARLY || schedule.runsIn(m)).findFirst();
            if (start.isEmpty()) {
                out.add(new Finding(ProgramCheck.PC10_PAID_ONCE, t.label(), "the scope " + scope.from() + " to "
                        + scope.to() + " has no month in which the program pays (" + schedule + ")",
                        "widen the scope to include the payment month"));
                continue;
            }
            YearMonth first = start.get();
            List<YearMonth> runs = new ArrayList<>(List.of(first, first));
            for (YearMonth later : List.of(first.plusMonths(1), first.plusMonths(12))) {
                if (scope.covers(later)) {
                    runs.add(later);
                }
            }
            RegionCode region = scope.sortedRegions().get(0);
            Gen<List<Subject>> households = in -> {
                int n = org.quicktheories.generators.Generate.range(1, 4).generate(in);
                List<Subject> list = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    list.add(subjects.household("r" + (i + 1), region, first).generate(in));
                }
                return list;
            };
            Gen<List<Subject>> described = households.describedAs(l -> l.stream().map(Subject::description)
                    .collect(Collectors.joining(" || ")));
            property(ProgramCheck.PC10_PAID_ONCE, t.label(), described, runExamples,
                    list -> run(t.rule(), list, region, runs)).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Problem> run(ProgramRule<?> rule, List<Subject> households, RegionCode region,
                                  List<YearMonth> months) {
        YearMonth first = months.get(0);
        Clock clock = Clock.fixed(scope.to().plusMonths(2).atDay(1).atStartOfDay(ZONE).toInstant(), ZONE);
        Storage storage = InMemoryStorage.create(clock);
        WriteContext ctx = WriteContext.of(ACTOR, "generated subjects");
        boolean screened = rule.monthly().screening().runsIn(first);
        for (Subject s : households) {
            Household h = s.facts().household();
            storage.households().save(h, ctx);
            var enrolments = s.facts().enrolments();
            for (ProgramCode code : enrolments.ofHousehold(h.id())) {
                if (!code.equals(rule.programCode())) {
                    storage.cases().save(active(code, SubjectRef.household(h.id()), h, first), ctx);
                }
            }
            for (Member m : h.members()) {
                for (ProgramCode code : enrolments.ofPerson(m.person().id())) {
                    if (!code.equals(rule.programCode())) {
                        storage.cases().save(active(code, SubjectRef.person(m.person().id()), h, first), ctx);
                    }
                }
            }
            if (!screened) {
                if (rule.subjectKind() == SubjectKind.HOUSEHOLD) {
                    storage.cases().save(active(rule.programCode(), SubjectRef.household(h.id()), h, first), ctx);
                } else {
                    for (Member m : h.members()) {
                        if (SubjectFacts.presentIn(m.person(), first)) {
                            storage.cases().save(active(rule.programCode(), SubjectRef.person(m.person().id()), h,
                                    first), ctx);
                        }
                    }
                }
            }
        }
        CivilAffairs ca = CivilAffairs.builder().standards(standards).programs(programs).storage(storage).clock(clock)
                .build();
        List<MonthlyRun> done = new ArrayList<>();
        for (YearMonth m : months) {
            done.add(ca.runMonth(m, region));
        }
        for (MonthlyRun r : done) {
            for (RunFailure f : r.failures()) {
                if (f.program().filter(rule.programCode()::equals).isPresent()) {
                    return Optional.of(new Problem("the monthly run of " + r.month() + " failed a case: " + f.code()
                            + " " + f.message(), "the facts the runtime builds from storage hold only what the program "
                            + "declares: declare the service records the rule reads (ProgramRule.Builder.reads(…)), "
                            + "and decide every subject (PC05)"));
                }
            }
        }
        int again = done.get(1).program(rule.programCode()).posted();
        if (again != 0) {
            return Optional.of(new Problem("running " + first + " again posted " + again + " new payments",
                    "report this to minzheng: the ledger must make a rerun post nothing"));
        }
        List<Case> cases;
        try (Stream<Case> s = storage.cases().streamByRegion(region)) {
            cases = s.filter(c -> c.program().equals(rule.programCode())).toList();
        }
        Map<SubjectRef, Integer> open = new HashMap<>();
        for (Case c : cases) {
            if (OPEN.contains(c.state()) && open.merge(c.subject(), 1, Integer::sum) > 1) {
                return Optional.of(new Problem("subject " + c.subject() + " has two open cases of the program",
                        "report this to minzheng: screening must not open a case for a subject that has one"));
            }
        }
        Schedule schedule = rule.monthly().schedule();
        for (Case c : cases) {
            Map<PaymentKey, Integer> postings = new HashMap<>();
            Set<YearMonth> paid = new java.util.TreeSet<>();
            for (Payment p : storage.payments().findByCase(c.id())) {
                if (!p.isReversal()) {
                    postings.merge(p.key(), 1, Integer::sum);
                    paid.add(p.key().month());
                }
            }
            for (Map.Entry<PaymentKey, Integer> e : postings.entrySet()) {
                if (e.getValue() > 1) {
                    return Optional.of(new Problem("case " + c.id().value() + " was paid " + e.getValue() + " times for "
                            + e.getKey().month() + " " + e.getKey().component().code(), "report this to minzheng: the "
                            + "ledger posts a key once"));
                }
            }
            Optional<String> wrong = switch (schedule.kind()) {
                case SERVICE -> paid.isEmpty() ? Optional.empty()
                        : Optional.of("a service program's case was paid for " + paid);
                case ONCE_ON_APPROVAL -> paid.size() <= 1 ? Optional.empty()
                        : Optional.of("a case paid once on approval was paid for " + paid);
                case YEARLY -> {
                    Map<Integer, Integer> perYear = new TreeMap<>();
                    String bad = null;
                    for (YearMonth m : paid) {
                        if (!schedule.runsIn(m)) {
                            bad = "a yearly case was paid for " + m + ", outside its month";
                        } else if (perYear.merge(m.getYear(), 1, Integer::sum) > 1) {
                            bad = "a yearly case was paid twice in " + m.getYear();
                        }
                    }
                    yield Optional.ofNullable(bad);
                }
                case MONTHLY -> paid.stream().filter(m -> !months.contains(m)).findFirst()
                        .map(m -> "a monthly case was paid for " + m + ", a month not run");
            };
            if (wrong.isPresent()) {
                return Optional.of(new Problem(wrong.get() + " (case " + c.id().value() + ", " + schedule + ")",
                        "declare the schedule that matches the policy (Schedule.monthly/yearly/onceOnApproval/service)"));
            }
        }
        return Optional.empty();
    }

    private static Case active(ProgramCode program, SubjectRef subject, Household h, YearMonth first) {
        Instant applied = first.minusMonths(2).atDay(3).atTime(9, 0).atZone(ZONE).toInstant();
        return Case.open(CaseId.of("pc-" + program + "-" + subject.id()), program, subject, h.region(), h.head().id(),
                        Transition.application(ACTOR, applied, "generated case", ApprovalLevel.TOWNSHIP))
                .review(ACTOR, applied.plusSeconds(86_400), "generated case")
                .approve(ApprovalLevel.COUNTY, ACTOR, applied.plusSeconds(2 * 86_400), "generated case")
                .activate(ApprovalLevel.COUNTY, ACTOR, first.minusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant(),
                        "generated case");
    }

    /**
     * PC11: for a program that screens the registry with a candidate test, every generated subject the rule finds
     * eligible passes it (a person program: the person; a household program: a member), so screening misses no one.
     *
     * @return the findings
     */
    public List<Finding> screening() {
        load();
        if (standardsProblem != null) {
            return needsStandards(ProgramCheck.PC11_SCREENING);
        }
        List<Finding> out = new ArrayList<>();
        for (Target t : targets) {
            Screening screening = t.rule().monthly().screening();
            if (screening.frequency() == Screening.Frequency.NEVER) {
                continue;
            }
            decisions(ProgramCheck.PC11_SCREENING, t, o -> {
                if (!o.decided() || !o.decision().eligible()) {
                    return Optional.empty();
                }
                SubjectFacts f = o.subject().facts();
                boolean candidate = f.subjectKind() == SubjectKind.PERSON
                        ? screening.isCandidate(f.person(), f.month())
                        : f.household().members().stream().anyMatch(m -> screening.isCandidate(m.person(), f.month()));
                return candidate ? Optional.empty() : Optional.of(new Problem("an eligible subject fails the "
                        + "screening's candidate test '" + screening.candidateDescription() + "', so screening would "
                        + "never find it", "widen the candidate test so that everyone the rule can find eligible "
                        + "passes it"));
            }).ifPresent(out::add);
        }
        return out;
    }

    /**
     * PC12: {@link ServiceLoader} finds a provider of the same class with the same id. Only meaningful for providers
     * published for discovery.
     *
     * @param loader the class loader to search
     * @return the findings
     */
    public List<Finding> discovery(ClassLoader loader) {
        for (ProgramProvider p : ServiceLoader.load(ProgramProvider.class, loader)) {
            if (p.getClass().equals(provider.getClass()) && p.id().equals(provider.id())) {
                return List.of();
            }
        }
        return List.of(new Finding(ProgramCheck.PC12_DISCOVERY, providerLabel(), "ServiceLoader does not find "
                + provider.getClass().getName(), "add 'provides org.minzheng.spi.ProgramProvider with "
                + provider.getClass().getName() + ";' to module-info.java and the class name to "
                + "META-INF/services/org.minzheng.spi.ProgramProvider, and give the class a public no-argument "
                + "constructor"));
    }

    /**
     * How far the generated subjects reach into each program's rule: how many were decided and found eligible.
     *
     * @return one entry per program and variant, in declaration order
     */
    public List<Reach> reach() {
        load();
        if (standardsProblem != null) {
            return List.of();
        }
        List<Reach> out = new ArrayList<>();
        for (Target t : targets) {
            int[] c = new int[3];
            property(ProgramCheck.PC05_DETERMINISTIC, t.label(), subjectsFor(t.rule()), examples, s -> {
                Outcome o = assess(t.rule(), s);
                c[0]++;
                if (o.decided()) {
                    c[1]++;
                    if (o.decision().eligible()) {
                        c[2]++;
                    }
                }
                return Optional.empty();
            });
            out.add(new Reach(t.label(), c[0], c[1], c[2]));
        }
        return out;
    }

    /** E.g. {@code ProgramChecker[jiangsu-example, 200 examples, seed 20261202]}. */
    @Override
    public String toString() {
        return "ProgramChecker[" + providerLabel() + ", " + examples + " examples, seed " + seed + "]";
    }

    /** Configures a {@link ProgramChecker}. Not thread-safe. */
    public static final class Builder {
        private final ProgramProvider provider;
        private final Scope scope;
        private final Map<ProgramCode, List<Map<String, String>>> applications = new LinkedHashMap<>();
        private int examples = DEFAULT_EXAMPLES;
        private int runExamples = DEFAULT_RUN_EXAMPLES;
        private long seed = DEFAULT_SEED;

        private Builder(ProgramProvider provider, Scope scope) {
            this.provider = Objects.requireNonNull(provider, "provider");
            this.scope = Objects.requireNonNull(scope, "scope");
        }

        /**
         * Adds a sample application for a program decided on an application (its facts of its own, e.g. 临时救助's
         * assessed need), written as the program's {@link org.minzheng.core.rule.ApplicationFormat} reads it — as in
         * a policy case. Generated subjects of the program carry one of the samples.
         *
         * @param program the program
         * @param fields the fields, e.g. {@code Map.of("type", "emergency", "need", "3000.00")}
         * @return this builder
         */
        public Builder application(ProgramCode program, Map<String, String> fields) {
            applications.computeIfAbsent(Objects.requireNonNull(program, "program"), k -> new ArrayList<>())
                    .add(Map.copyOf(fields));
            return this;
        }

        /**
         * Sets how many subjects each property generates per program.
         *
         * @param value at least 1
         * @return this builder
         * @throws IllegalArgumentException if the value is below 1
         */
        public Builder examples(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("examples must be at least 1");
            }
            this.examples = value;
            return this;
        }

        /**
         * Sets how many sets of households the monthly-run check (PC10) runs per program.
         *
         * @param value at least 1
         * @return this builder
         * @throws IllegalArgumentException if the value is below 1
         */
        public Builder runExamples(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("run examples must be at least 1");
            }
            this.runExamples = value;
            return this;
        }

        /**
         * Sets the seed of the generated subjects (the default is fixed, so findings are reproducible).
         *
         * @param value the seed
         * @return this builder
         */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /**
         * Builds the checker.
         *
         * @return the checker
         */
        public ProgramChecker build() {
            return new ProgramChecker(this);
        }
    }
}
