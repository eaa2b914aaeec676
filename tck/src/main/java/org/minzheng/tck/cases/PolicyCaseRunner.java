package org.minzheng.tck.cases;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.minzheng.core.code.Coded;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.money.Money;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.runtime.Programs;
import org.minzheng.runtime.StandardsProviders;
import org.minzheng.spi.StandardsProvider;

/**
 * Runs policy cases (运行政策测试用例) through {@link CivilAffairs}, the runtime's one entry point: the
 * standards of the case's region in force on the first day of its month, the case's overrides laid over
 * them as a {@link org.minzheng.core.standards.Reform}, and the regional rules the providers supply; then
 * compares the decision with the expectation.
 *
 * <p>Immutable and thread-safe.
 */
public final class PolicyCaseRunner {

    private final CivilAffairs civilAffairs;

    /**
     * A runner over a configured runtime.
     *
     * @param civilAffairs the runtime whose standards and rules the cases check
     * @throws NullPointerException if {@code civilAffairs} is null
     */
    public PolicyCaseRunner(CivilAffairs civilAffairs) {
        this.civilAffairs = Objects.requireNonNull(civilAffairs, "civilAffairs");
    }

    /**
     * A runner over exactly the given standards providers (no discovery) and programs.
     *
     * @param providers the standards providers
     * @param programs the programs (the built-ins and those of the plugin under test)
     * @return the runner
     * @throws org.minzheng.spi.IncompatibleProviderException if a provider is refused
     * @throws org.minzheng.core.standards.OverlappingStandardValuesException if providers' values overlap
     */
    public static PolicyCaseRunner of(List<? extends StandardsProvider> providers, Programs programs) {
        return new PolicyCaseRunner(CivilAffairs.builder()
                .standards(StandardsProviders.of(providers.toArray(new StandardsProvider[0])))
                .programs(programs)
                .clock(Clock.systemUTC())
                .build());
    }

    /**
     * Runs one case. An exception from the assessment (e.g. a missing standard) is a failed result, not a
     * thrown exception.
     *
     * @param c the case
     * @return the result
     */
    public CaseResult run(PolicyCase c) {
        Decision decision;
        try {
            CivilAffairs runtime = c.overrides().map(civilAffairs::withReform).orElse(civilAffairs);
            decision = runtime.assess(c.program(), c.facts());
        } catch (RuntimeException e) {
            return new CaseResult(c, Optional.empty(), List.of(), Optional.of(e));
        }
        return new CaseResult(c, Optional.of(decision), compare(c.expectation(), decision), Optional.empty());
    }

    /**
     * Runs cases in order.
     *
     * @param cases the cases
     * @return the results, in the same order
     */
    public List<CaseResult> runAll(List<PolicyCase> cases) {
        List<CaseResult> results = new ArrayList<>(cases.size());
        for (PolicyCase c : cases) {
            results.add(run(c));
        }
        return results;
    }

    static List<String> compare(Expectation e, Decision d) {
        List<String> out = new ArrayList<>();
        if (e.eligible() != d.eligible()) {
            out.add("expected eligible " + e.eligible() + ", got " + d.eligible());
        }
        if (!e.amount().equals(d.amount())) {
            out.add("expected amount " + e.amount() + ", got " + d.amount());
        }
        e.reasons().ifPresent(expected -> compareCodes("reasons", expected, d.reasons(), out));
        e.notes().ifPresent(expected -> compareCodes("notes", expected, d.notes(), out));
        e.components().ifPresent(expected -> {
            Map<String, Money> want = new HashMap<>();
            expected.forEach((k, v) -> {
                if (!v.isZero()) {
                    want.put(k, v);
                }
            });
            Map<String, Money> got = new HashMap<>();
            d.amountsByComponent().forEach((k, v) -> {
                if (!v.isZero()) {
                    got.put(k.code(), v);
                }
            });
            if (!want.equals(got)) {
                out.add("expected components " + new java.util.TreeMap<>(want) + ", got " + new java.util.TreeMap<>(got));
            }
        });
        e.approval().ifPresent(expected -> compareCode("approval", expected, d.approval(), out));
        e.category().ifPresent(expected -> compareCode("category", expected, d.category(), out));
        e.hours().ifPresent(expected -> {
            Optional<BigDecimal> got = d.hoursPerMonth();
            if (got.isEmpty() || got.get().compareTo(expected) != 0) {
                out.add("expected hours " + expected.toPlainString() + ", got "
                        + got.map(BigDecimal::toPlainString).orElse("none"));
            }
        });
        e.services().ifPresent(expected -> {
            Optional<Integer> got = d.servicesPerMonth();
            if (!got.equals(Optional.of(expected))) {
                out.add("expected services " + expected + " a month, got " + got.map(String::valueOf).orElse("none"));
            }
        });
        return out;
    }

    /** Compares reason or note codes as sets. */
    private static void compareCodes(String what, List<String> expected, List<ReasonCode> actual, List<String> out) {
        Set<String> want = new TreeSet<>(expected);
        Set<String> got = new TreeSet<>();
        for (ReasonCode r : actual) {
            got.add(r.code());
        }
        if (!want.equals(got)) {
            out.add("expected " + what + " " + want + ", got " + got);
        }
    }

    /** Compares one optional code, absent reported as {@code none}. */
    private static void compareCode(String what, String expected, Optional<? extends Coded> actual, List<String> out) {
        String got = actual.map(Coded::code).orElse("none");
        if (!expected.equals(got)) {
            out.add("expected " + what + " " + expected + ", got " + got);
        }
    }
}
