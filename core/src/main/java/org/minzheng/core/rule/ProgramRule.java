package org.minzheng.core.rule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.minzheng.core.code.Coded;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.decision.Texts;
import org.minzheng.core.program.LegalBasis;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.StatusKind;
import org.minzheng.core.service.ServiceRecordKind;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Standard;

/**
 * One program, declared in one place (业务项目规则): everything the library needs to decide, pay, store,
 * screen and report it. A built-in program (低保, 特困, 尊老金, …) and a region's own program (e.g. a Spring
 * Festival consolation payment) are declared the same way and behave the same everywhere:
 * <ul>
 *   <li>its {@linkplain #code() code}, Chinese and English names, what it is granted to ({@linkplain
 *       #subjectKind() a household or a person}) and the documents it rests on;</li>
 *   <li>the {@linkplain #standards() standards} it reads (the generated standards catalogue is built from
 *       the programs);</li>
 *   <li>the {@linkplain #reasons() reason codes} its rule may give, each with its Chinese and English
 *       message, and the {@linkplain #texts() texts} of its explanations;</li>
 *   <li>the {@linkplain FactsReader typed request} it takes from the facts about a subject, and its
 *       {@linkplain Rule rule}: a pure function to a {@link Decision} with its explanation;</li>
 *   <li>its {@linkplain #monthly() behaviour in the monthly run} (monthly, once, yearly or service only;
 *       gradual exit; screening; approval level);</li>
 *   <li>its {@linkplain #report() lines in the district report}.</li>
 * </ul>
 *
 * <pre>{@code
 * public static final ProgramRule<Request> PROGRAM = ProgramRule.builder(CODE, Request::from, MyProgram::decide)
 *         .names("春节慰问金", "Spring Festival consolation payment")
 *         .grantedTo(SubjectKind.HOUSEHOLD)
 *         .legalBasis(new LegalBasis("…", "…"))
 *         .standards(AMOUNT_DIBAO, AMOUNT_TEKUN)
 *         .reasons(NOT_IN_GROUP)
 *         .texts(Texts.load("texts", n -> MyProgram.class.getResourceAsStream(n)))
 *         .monthly(MonthlyBehaviour.of(Schedule.yearly(Month.JANUARY))
 *                 .withScreening(Screening.yearly(Month.JANUARY, Screening.Action.START)))
 *         .report(ReportLines.of(Measure.PAYMENTS, Measure.AMOUNT))
 *         .build();
 * }</pre>
 *
 * <p>Every assessment goes through {@link #assess(SubjectFacts, ResolvedStandards)}, which checks the subject
 * kind, fails a person not yet born or deceased before the month ({@link ReasonCode#SUBJECT_NOT_BORN},
 * {@link ReasonCode#SUBJECT_DECEASED}) without consulting the rule, reads the request, applies the rule and
 * checks that it gave only declared reasons.
 *
 * <p>Immutable and thread-safe when its reader and rule are (they must be pure).
 *
 * @param <R> the request the rule reads
 */
public final class ProgramRule<R> implements Coded {

    private final ProgramCode code;
    private final String chineseName;
    private final String englishName;
    private final SubjectKind subjectKind;
    private final List<LegalBasis> legalBasis;
    private final List<Standard<?>> standards;
    private final Map<String, ReasonCode> reasons;
    private final Texts texts;
    private final FactsReader<R> reader;
    private final Rule<R> rule;
    private final MonthlyBehaviour monthly;
    private final ReportLines report;
    private final Set<ServiceRecordKind> recordsRead;
    private final ApplicationFormat application;
    private final List<StandardsRelation> relations;

    private ProgramRule(Builder<R> b) {
        this.code = b.code;
        this.chineseName = b.chineseName;
        this.englishName = b.englishName;
        this.subjectKind = b.subjectKind;
        this.legalBasis = List.copyOf(b.legalBasis);
        this.standards = List.copyOf(b.standards.values());
        Map<String, ReasonCode> r = new LinkedHashMap<>();
        r.put(ReasonCode.SUBJECT_DECEASED.code(), ReasonCode.SUBJECT_DECEASED);
        r.put(ReasonCode.SUBJECT_NOT_BORN.code(), ReasonCode.SUBJECT_NOT_BORN);
        r.putAll(b.reasons);
        this.reasons = java.util.Collections.unmodifiableMap(r);
        this.texts = b.texts;
        this.reader = b.reader;
        this.rule = b.rule;
        this.monthly = b.monthly;
        this.report = b.report;
        this.recordsRead = Set.copyOf(b.recordsRead);
        this.application = b.application;
        this.relations = List.copyOf(b.relations);
    }

    /**
     * Starts declaring a program.
     *
     * @param <R> the request type
     * @param code the program's code
     * @param reader takes the request from the facts
     * @param rule the rule
     * @return a builder
     * @throws NullPointerException if an argument is null
     */
    public static <R> Builder<R> builder(ProgramCode code, FactsReader<R> reader, Rule<R> rule) {
        return new Builder<>(code, reader, rule);
    }

    /**
     * Starts declaring a variant of this program with another reader and rule — how a region replaces a
     * national rule where policy lets it (e.g. a province that deems further persons unable to work for
     * 特困): the code, names, standards, reasons, texts, monthly behaviour and report lines are copied and may
     * be added to.
     *
     * @param <S> the variant's request type
     * @param otherReader the variant's reader
     * @param otherRule the variant's rule
     * @return a builder holding this program's declarations
     * @throws NullPointerException if an argument is null
     */
    public <S> Builder<S> derive(FactsReader<S> otherReader, Rule<S> otherRule) {
        Builder<S> b = new Builder<>(code, otherReader, otherRule);
        b.names(chineseName, englishName).grantedTo(subjectKind).texts(texts).monthly(monthly).report(report)
                .reads(recordsRead.toArray(new ServiceRecordKind[0]));
        if (application != null) {
            b.application(application);
        }
        relations.forEach(b::relations);
        legalBasis.forEach(b::legalBasis);
        standards.forEach(b::standards);
        reasons.values().forEach(r -> {
            if (!r.equals(ReasonCode.SUBJECT_DECEASED) && !r.equals(ReasonCode.SUBJECT_NOT_BORN)) {
                b.reasons(r);
            }
        });
        return b;
    }

    /**
     * The program's code.
     *
     * @return the code
     */
    public ProgramCode programCode() {
        return code;
    }

    /** The program's code as text, e.g. {@code dibao}. */
    @Override
    public String code() {
        return code.value();
    }

    @Override
    public String chineseName() {
        return chineseName;
    }

    @Override
    public String englishName() {
        return englishName;
    }

    /**
     * Whether the program is granted to a household or to a person.
     *
     * @return the subject kind
     */
    public SubjectKind subjectKind() {
        return subjectKind;
    }

    /**
     * The documents the program rests on (政策依据), most fundamental first.
     *
     * @return an unmodifiable list
     */
    public List<LegalBasis> legalBasis() {
        return legalBasis;
    }

    /**
     * The standards the rule reads, including those other programs own (e.g. the dibao standard that 特困
     * compares income with), in declaration order.
     *
     * @return an unmodifiable list
     */
    public List<Standard<?>> standards() {
        return standards;
    }

    /**
     * The reason codes the rule may give, including the common {@link ReasonCode#SUBJECT_DECEASED} and
     * {@link ReasonCode#SUBJECT_NOT_BORN}.
     *
     * @return an unmodifiable list in declaration order
     */
    public List<ReasonCode> reasons() {
        return List.copyOf(reasons.values());
    }

    /**
     * A declared reason by its code.
     *
     * @param reasonCode the code, e.g. {@code dibao.income-not-below-standard}
     * @return the reason, or empty when the program declares none with this code
     */
    public Optional<ReasonCode> reason(String reasonCode) {
        return Optional.ofNullable(reasons.get(reasonCode));
    }

    /**
     * The relations the program needs between the values of its standards.
     *
     * @return an unmodifiable list
     */
    public List<StandardsRelation> relations() {
        return relations;
    }

    /**
     * The explanation texts.
     *
     * @return the texts
     */
    public Texts texts() {
        return texts;
    }

    /**
     * The behaviour in the monthly run.
     *
     * @return the behaviour
     */
    public MonthlyBehaviour monthly() {
        return monthly;
    }

    /**
     * The lines in the district report.
     *
     * @return the lines
     */
    public ReportLines report() {
        return report;
    }

    /**
     * The kinds of service record the program's facts reader takes from {@link SubjectFacts#records()} (e.g. the
     * entrusted-guardianship confirmations for 留守儿童): the runtime loads them for the subjects it assesses.
     *
     * @return an unmodifiable set
     */
    public Set<ServiceRecordKind> recordsRead() {
        return recordsRead;
    }

    /**
     * How the program's application is written as fields, for a program decided on an application with facts of
     * its own (临时救助's assessed need).
     *
     * @return the format, or empty when the program reads no application
     */
    public Optional<ApplicationFormat> application() {
        return Optional.ofNullable(application);
    }

    /**
     * Reads the typed request from the facts (for tests and tools; {@link #assess} does it itself).
     *
     * @param facts the facts
     * @return the request
     * @throws MissingFactException when a fact the rule needs is absent
     */
    public R request(SubjectFacts facts) {
        return reader.read(Objects.requireNonNull(facts, "facts"));
    }

    /**
     * Assesses a subject for a month.
     *
     * @param facts the facts about the subject in the month
     * @param standards the standards in force for the subject's region in the month
     * @return the decision
     * @throws IllegalArgumentException if the facts are about the wrong kind of subject
     * @throws MissingFactException when a fact the rule needs is absent
     * @throws org.minzheng.core.standards.MissingStandardException if a standard the rule needs has no value
     * @throws IllegalStateException if the rule broke its contract (another program's decision, an undeclared
     *         reason)
     */
    public Decision assess(SubjectFacts facts, ResolvedStandards standards) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(standards, "standards");
        if (facts.subjectKind() != subjectKind) {
            throw new IllegalArgumentException("program " + code + " (" + chineseName + ") assesses a "
                    + subjectKind.code() + ": use SubjectFacts." + (subjectKind == SubjectKind.PERSON
                    ? "forPerson(household, personId, month)" : "forHousehold(household, month)"));
        }
        Decision.Builder d = Decision.builder(code, texts, facts.subject(), facts.month(), facts.region());
        if (subjectKind == SubjectKind.PERSON) {
            Person p = facts.person();
            if (p.birthDate().isAfter(facts.endOfMonth())) {
                return d.fail(ReasonCode.SUBJECT_NOT_BORN).build(org.minzheng.core.standards.Rounding.FEN);
            }
            if (p.status().kind() == StatusKind.DECEASED && p.status().since().isBefore(facts.month().atDay(1))) {
                return d.fail(ReasonCode.SUBJECT_DECEASED).build(org.minzheng.core.standards.Rounding.FEN);
            }
        }
        Decision decision = rule.decide(reader.read(facts), standards, d);
        if (!decision.program().equals(code) || !decision.subject().equals(facts.subject())) {
            throw new IllegalStateException("the rule of program " + code + " returned a decision for "
                    + decision.program() + " " + decision.subject() + "; a rule must build the decision it is given");
        }
        checkDeclared(decision.reasons());
        checkDeclared(decision.notes());
        return decision;
    }

    private void checkDeclared(List<ReasonCode> given) {
        for (int i = 0; i < given.size(); i++) {
            ReasonCode r = given.get(i);
            ReasonCode declared = reasons.get(r.code());
            if (declared == null || !declared.equals(r)) {
                throw new IllegalStateException("the rule of program " + code + " gave reason " + r.code()
                        + ", which the program does not declare; add it to ProgramRule.Builder.reasons(…)");
            }
        }
    }

    /** E.g. {@code ProgramRule[dibao 最低生活保障]}. */
    @Override
    public String toString() {
        return "ProgramRule[" + code + " " + chineseName + "]";
    }

    /**
     * Declares a {@link ProgramRule}. Names, subject kind and texts are required; the rest defaults to
     * nothing declared, {@link MonthlyBehaviour#monthly()} and {@link ReportLines#none()}. Not thread-safe.
     *
     * @param <R> the request type
     */
    public static final class Builder<R> {
        private final ProgramCode code;
        private final FactsReader<R> reader;
        private final Rule<R> rule;
        private String chineseName;
        private String englishName;
        private SubjectKind subjectKind;
        private final List<LegalBasis> legalBasis = new ArrayList<>();
        private final Map<String, Standard<?>> standards = new LinkedHashMap<>();
        private final Map<String, ReasonCode> reasons = new LinkedHashMap<>();
        private Texts texts;
        private MonthlyBehaviour monthly = MonthlyBehaviour.monthly();
        private ReportLines report = ReportLines.none();
        private final Set<ServiceRecordKind> recordsRead = new java.util.HashSet<>();
        private ApplicationFormat application;
        private final List<StandardsRelation> relations = new ArrayList<>();

        private Builder(ProgramCode code, FactsReader<R> reader, Rule<R> rule) {
            this.code = Objects.requireNonNull(code, "code");
            this.reader = Objects.requireNonNull(reader, "reader");
            this.rule = Objects.requireNonNull(rule, "rule");
        }

        /**
         * Sets the names.
         *
         * @param chinese the Chinese name, e.g. 最低生活保障
         * @param english the English name
         * @return this builder
         */
        public Builder<R> names(String chinese, String english) {
            this.chineseName = Objects.requireNonNull(chinese, "chinese");
            this.englishName = Objects.requireNonNull(english, "english");
            return this;
        }

        /**
         * Sets what the program is granted to.
         *
         * @param value a household or a person
         * @return this builder
         */
        public Builder<R> grantedTo(SubjectKind value) {
            this.subjectKind = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Adds documents the program rests on.
         *
         * @param values the documents, most fundamental first
         * @return this builder
         */
        public Builder<R> legalBasis(LegalBasis... values) {
            for (LegalBasis v : values) {
                legalBasis.add(Objects.requireNonNull(v, "legal basis"));
            }
            return this;
        }

        /**
         * Adds standards the rule reads.
         *
         * @param values the standards
         * @return this builder
         * @throws IllegalArgumentException if two different standards share a code
         */
        public Builder<R> standards(Standard<?>... values) {
            for (Standard<?> s : values) {
                Objects.requireNonNull(s, "standard");
                Standard<?> before = standards.putIfAbsent(s.code(), s);
                if (before != null && before != s) {
                    throw new IllegalArgumentException("program " + code + " declares two standards with code "
                            + s.code());
                }
            }
            return this;
        }

        /**
         * Adds the reasons the rule may give.
         *
         * @param values the reasons
         * @return this builder
         * @throws IllegalArgumentException if two different reasons share a code
         */
        public Builder<R> reasons(ReasonCode... values) {
            for (ReasonCode r : values) {
                Objects.requireNonNull(r, "reason");
                ReasonCode before = reasons.putIfAbsent(r.code(), r);
                if (before != null && !before.equals(r)) {
                    throw new IllegalArgumentException("program " + code + " declares two reasons with code "
                            + r.code());
                }
            }
            return this;
        }

        /**
         * Declares the kinds of service record the facts reader takes from the facts.
         *
         * @param kinds the kinds
         * @return this builder
         */
        public Builder<R> reads(ServiceRecordKind... kinds) {
            for (ServiceRecordKind k : kinds) {
                recordsRead.add(Objects.requireNonNull(k, "kind"));
            }
            return this;
        }

        /**
         * Adds relations the program needs between the values of its standards.
         *
         * @param values the relations
         * @return this builder
         */
        public Builder<R> relations(StandardsRelation... values) {
            for (StandardsRelation r : values) {
                relations.add(Objects.requireNonNull(r, "relation"));
            }
            return this;
        }

        /**
         * Declares that the program is decided on an application with facts of its own, and how they are written.
         *
         * @param format the format
         * @return this builder
         */
        public Builder<R> application(ApplicationFormat format) {
            this.application = Objects.requireNonNull(format, "format");
            return this;
        }

        /**
         * Sets the explanation texts.
         *
         * @param value the texts
         * @return this builder
         */
        public Builder<R> texts(Texts value) {
            this.texts = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the behaviour in the monthly run.
         *
         * @param value the behaviour
         * @return this builder
         */
        public Builder<R> monthly(MonthlyBehaviour value) {
            this.monthly = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the lines in the district report.
         *
         * @param value the lines
         * @return this builder
         */
        public Builder<R> report(ReportLines value) {
            this.report = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Builds the declaration, checking that it is complete and consistent.
         *
         * @return the program
         * @throws IllegalStateException listing everything missing or inconsistent
         */
        public ProgramRule<R> build() {
            List<String> problems = new ArrayList<>();
            if (chineseName == null || chineseName.isBlank() || englishName == null || englishName.isBlank()) {
                problems.add("names(chinese, english) are required");
            }
            if (subjectKind == null) {
                problems.add("grantedTo(HOUSEHOLD or PERSON) is required");
            }
            if (texts == null) {
                problems.add("texts(…) are required");
            }
            monthly.gradualExit().ifPresent(g -> {
                if (!standards.containsKey(g.months().code())) {
                    problems.add("the gradual-exit standard " + g.months().code() + " must be among standards(…)");
                }
                if (!g.trigger().equals(reasons.get(g.trigger().code()))) {
                    problems.add("the gradual-exit trigger " + g.trigger().code() + " must be among reasons(…)");
                }
                g.because().filter(n -> !n.equals(reasons.get(n.code()))).ifPresent(n -> problems.add(
                        "the gradual-exit cause " + n.code() + " must be among reasons(…)"));
            });
            for (String p : report.problems()) {
                problems.add("report: " + p);
            }
            Map<String, Integer> seen = new HashMap<>();
            for (String r : reasons.keySet()) {
                if (r.equals(ReasonCode.SUBJECT_DECEASED.code()) || r.equals(ReasonCode.SUBJECT_NOT_BORN.code())) {
                    seen.merge(r, 1, Integer::sum);
                }
            }
            if (!seen.isEmpty()) {
                problems.add("reasons " + seen.keySet() + " are common to every program; do not declare them");
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("program " + code + " is incompletely declared: "
                        + String.join("; ", problems));
            }
            return new ProgramRule<>(this);
        }
    }
}
