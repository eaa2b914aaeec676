package org.minzheng.core.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violation;
import org.minzheng.core.invariant.Violations;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.PersonId;

/**
 * A case (业务/案件): one application for one program by or for one household or person, and
 * its whole life as a history of {@link Transition}s (申请 → 审核 → 审批 → 享受 → 暂停/渐退/终止,
 * or 不予批准). The current state is the last transition's target.
 *
 * <p>Immutable. Start one with {@link #open}; move it with {@link #review}, {@link #approve},
 * {@link #reject}, {@link #activate}, {@link #suspend}, {@link #resume}, {@link #enterGrace},
 * {@link #terminate} or {@link #moveTo}, each returning a new case with one more history entry
 * and the same {@link #version()} (the storage increments versions when it saves). Rebuild a
 * stored case with {@link #builder()}, giving every history entry.
 *
 * <p>Invariants checked by {@link Builder#build()}: required fields; the history starts with the application and every entry
 * continues from the previous state ({@code history}); times do not go back ({@code order});
 * version not negative; and, with a clock, no entry in the future ({@code not-in-future}). That the
 * subject kind is the program's is checked by the runtime, which knows the program's declaration.
 */
public final class Case {

    private final CaseId id;
    private final ProgramCode program;
    private final SubjectRef subject;
    private final RegionCode region;
    private final PersonId applicant;
    private final List<Transition> history;
    private final long version;
    /**
     * The target and the time of the last history entry, kept beside the history: the monthly run asks every case of
     * a region for them several times a run, and reading them from the history costs a walk to its last entry, a
     * cache miss per case (decision record 0430).
     */
    private final CaseState state;
    private final Instant lastChangedAt;

    private Case(CaseId id, ProgramCode program, SubjectRef subject, RegionCode region,
                 PersonId applicant, List<Transition> history, long version) {
        this.id = id;
        this.program = program;
        this.subject = subject;
        this.region = region;
        this.applicant = applicant;
        this.history = List.copyOf(history);
        this.version = version;
        Transition last = this.history.get(this.history.size() - 1);
        this.state = last.to();
        this.lastChangedAt = last.at();
    }

    /**
     * Opens a case with its application (受理申请), in state {@link CaseState#APPLIED}.
     *
     * @param id the case identifier
     * @param program the program applied for
     * @param subject the household or person it is for
     * @param region the region that handles it (normally the township)
     * @param applicant the person who applied (申请人)
     * @param application the application entry, see {@link Transition#application}
     * @return the new case, version 0
     * @throws InvalidRecordException if a rule is broken
     */
    public static Case open(CaseId id, ProgramCode program, SubjectRef subject, RegionCode region,
                            PersonId applicant, Transition application) {
        return builder().id(id).program(program).subject(subject).region(region)
                .applicant(applicant).transition(application).build();
    }

    /**
     * A new, empty builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding every field of this case, history included.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.program = program;
        b.subject = subject;
        b.region = region;
        b.applicant = applicant;
        b.history.addAll(history);
        b.version = version;
        return b;
    }

    /**
     * The identifier (业务编号).
     *
     * @return the identifier
     */
    public CaseId id() {
        return id;
    }

    /**
     * The program (业务类型).
     *
     * @return the program
     */
    public ProgramCode program() {
        return program;
    }

    /**
     * The household or person the case is for (救助对象).
     *
     * @return the subject reference
     */
    public SubjectRef subject() {
        return subject;
    }

    /**
     * The region handling the case (办理地区).
     *
     * @return the region code
     */
    public RegionCode region() {
        return region;
    }

    /**
     * The applicant (申请人).
     *
     * @return the applicant's person identifier
     */
    public PersonId applicant() {
        return applicant;
    }

    /**
     * The full history, application first (办理记录).
     *
     * @return an unmodifiable, non-empty list
     */
    public List<Transition> history() {
        return history;
    }

    /**
     * The current state: the target of the last transition.
     *
     * @return the state
     */
    public CaseState state() {
        return state;
    }

    /**
     * When the case last changed state.
     *
     * @return the time of the last history entry
     */
    public Instant lastChangedAt() {
        return lastChangedAt;
    }

    /**
     * When the application was received.
     *
     * @return the time of the first history entry
     */
    public Instant appliedAt() {
        return history.get(0).at();
    }

    /**
     * The level that approved the case (审批层级), from the last approval in the history.
     *
     * @return the level, empty if never approved
     */
    public Optional<ApprovalLevel> approvalLevel() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).to() == CaseState.APPROVED) {
                return Optional.of(history.get(i).level());
            }
        }
        return Optional.empty();
    }

    /**
     * The version for optimistic locking (版本号), maintained by the storage.
     *
     * @return the version
     */
    public long version() {
        return version;
    }

    /**
     * A copy with another version (版本号), e.g. after the storage saved it; nothing else changes.
     *
     * @param version the new version, not negative
     * @return the copy
     * @throws InvalidRecordException if {@code version} is negative
     */
    public Case withVersion(long version) {
        if (version < 0) {
            // what the builder reports for a negative version
            return toBuilder().version(version).build();
        }
        // every other field is this case's, which its own construction checked: nothing to check again
        return version == this.version ? this
                : new Case(id, program, subject, region, applicant, history, version);
    }

    /**
     * Moves the case to another state, recording the transition.
     *
     * @param to the new state
     * @param level the authority level acting
     * @param operator who acts
     * @param at when; not before the last entry
     * @param reason why
     * @return the case with one more history entry, same version
     * @throws IllegalTransitionException if the current state cannot move to {@code to}
     * @throws InvalidRecordException if operator or reason is blank, {@code at} is before the
     *     last entry, or a review is not at township level
     * @throws NullPointerException if an argument is {@code null}
     */
    public Case moveTo(CaseState to, ApprovalLevel level, String operator, Instant at,
                       String reason) {
        Objects.requireNonNull(to, "to");
        if (!state().canMoveTo(to)) {
            throw new IllegalTransitionException(id, state(), to);
        }
        Transition t = Transition.of(state(), to, operator, at, reason, level);
        if (at.isBefore(lastChangedAt)) {
            throw InvalidRecordException.of(new Violation("at", "order",
                    "办理时间早于上一步骤", "The time is before the previous step",
                    Optional.of(at.toString())));
        }
        List<Transition> next = new ArrayList<>(history);
        next.add(t);
        return new Case(id, program, subject, region, applicant, next, version);
    }

    /**
     * Township review (乡镇审核): APPLIED → REVIEWED.
     *
     * @param operator who reviewed
     * @param at when
     * @param reason the review opinion
     * @return the reviewed case
     * @throws IllegalTransitionException if not in {@link CaseState#APPLIED}
     * @throws InvalidRecordException see {@link #moveTo}
     */
    public Case review(String operator, Instant at, String reason) {
        return moveTo(CaseState.REVIEWED, ApprovalLevel.TOWNSHIP, operator, at, reason);
    }

    /**
     * Approval (审批确认): REVIEWED → APPROVED, by the county or a township with delegated
     * authority.
     *
     * @param level the approving level
     * @param operator who approved
     * @param at when
     * @param reason the approval opinion
     * @return the approved case
     * @throws IllegalTransitionException if not in {@link CaseState#REVIEWED}
     * @throws InvalidRecordException see {@link #moveTo}
     */
    public Case approve(ApprovalLevel level, String operator, Instant at, String reason) {
        return moveTo(CaseState.APPROVED, level, operator, at, reason);
    }

    /**
     * Refusal (不予批准): APPLIED or REVIEWED → REJECTED.
     *
     * @param level the refusing level
     * @param operator who refused
     * @param at when
     * @param reason the grounds, told to the applicant
     * @return the rejected case
     * @throws IllegalTransitionException if not in APPLIED or REVIEWED
     * @throws InvalidRecordException see {@link #moveTo}
     */
    public Case reject(ApprovalLevel level, String operator, Instant at, String reason) {
        return moveTo(CaseState.REJECTED, level, operator, at, reason);
    }

    /**
     * Start of payments (开始享受): APPROVED → ACTIVE.
     *
     * @param level the level acting
     * @param operator who acted
     * @param at when
     * @param reason a note
     * @return the active case
     * @throws IllegalTransitionException if not in {@link CaseState#APPROVED}
     * @throws InvalidRecordException see {@link #moveTo}
     */
    public Case activate(ApprovalLevel level, String operator, Instant at, String reason) {
        return moveTo(CaseState.ACTIVE, level, operator, at, reason);
    }

    /**
     * Suspension (暂停发放): ACTIVE → SUSPENDED.
     *
     * @param level the level acting
     * @param operator who acted
     * @param at when
     * @param reason why
     * @return the suspended case
     * @throws IllegalTransitionException if not in {@link CaseState#ACTIVE}
     * @throws InvalidRecordException see {@link #moveTo}
     */
    public Case suspend(ApprovalLevel level, String operator, Instant at, String reason) {
        return moveTo(CaseState.SUSPENDED, level, operator, at, reason);
    }

    /**
     * Resumption (恢复发放): SUSPENDED or IN_GRACE → ACTIVE.
     *
     * @param level the level acting
     * @param operator who acted
     * @param at when
     * @param reason why
     * @return the active case
     * @throws IllegalTransitionException if not in SUSPENDED or IN_GRACE
     * @throws InvalidRecordException see {@link #moveTo}
     */
    public Case resume(ApprovalLevel level, String operator, Instant at, String reason) {
        return moveTo(CaseState.ACTIVE, level, operator, at, reason);
    }

    /**
     * Gradual exit (渐退): ACTIVE → IN_GRACE.
     *
     * @param level the level acting
     * @param operator who acted
     * @param at when
     * @param reason why
     * @return the case in its grace period
     * @throws IllegalTransitionException if not in {@link CaseState#ACTIVE}
     * @throws InvalidRecordException see {@link #moveTo}
     */
    public Case enterGrace(ApprovalLevel level, String operator, Instant at, String reason) {
        return moveTo(CaseState.IN_GRACE, level, operator, at, reason);
    }

    /**
     * Termination (终止): APPROVED, ACTIVE, SUSPENDED or IN_GRACE → TERMINATED.
     *
     * @param level the level acting
     * @param operator who acted
     * @param at when
     * @param reason why
     * @return the terminated case
     * @throws IllegalTransitionException if the case cannot be terminated from its state
     * @throws InvalidRecordException see {@link #moveTo}
     */
    public Case terminate(ApprovalLevel level, String operator, Instant at, String reason) {
        return moveTo(CaseState.TERMINATED, level, operator, at, reason);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Case c && version == c.version && id.equals(c.id)
                && program.equals(c.program) && subject.equals(c.subject) && region.equals(c.region)
                && applicant.equals(c.applicant) && history.equals(c.history);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, program, subject, region, applicant, history, version);
    }

    @Override
    public String toString() {
        return "Case[id=" + id + ", program=" + program + ", subject=" + subject
                + ", region=" + region + ", state=" + state().code() + ", steps=" + history.size()
                + ", version=" + version + "]";
    }

    /**
     * Builder of {@link Case} (业务构建器), mainly to rebuild a stored case with its history.
     * Setters reject {@code null} at once; {@link #build()} checks every other rule and reports
     * all violations together. With {@link #clock}, entries after the clock's instant are
     * rejected; without it that check does not run. Not thread-safe.
     */
    public static final class Builder {
        private CaseId id;
        private ProgramCode program;
        private SubjectRef subject;
        private RegionCode region;
        private PersonId applicant;
        private final List<Transition> history = new ArrayList<>();
        private long version;
        private Clock clock;

        private Builder() {
        }

        /**
         * Sets the identifier (required).
         *
         * @param value the identifier
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder id(CaseId value) {
            this.id = Objects.requireNonNull(value, "id");
            return this;
        }

        /**
         * Sets the program (required).
         *
         * @param value the program
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder program(ProgramCode value) {
            this.program = Objects.requireNonNull(value, "program");
            return this;
        }

        /**
         * Sets the subject (required; its kind must be the program's).
         *
         * @param value the subject
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder subject(SubjectRef value) {
            this.subject = Objects.requireNonNull(value, "subject");
            return this;
        }

        /**
         * Sets the handling region (required).
         *
         * @param value the region code
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder region(RegionCode value) {
            this.region = Objects.requireNonNull(value, "region");
            return this;
        }

        /**
         * Sets the applicant (required).
         *
         * @param value the applicant
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder applicant(PersonId value) {
            this.applicant = Objects.requireNonNull(value, "applicant");
            return this;
        }

        /**
         * Appends a history entry.
         *
         * @param value the entry
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder transition(Transition value) {
            history.add(Objects.requireNonNull(value, "transition"));
            return this;
        }

        /**
         * Replaces the history.
         *
         * @param values the entries, application first
         * @return this builder
         * @throws NullPointerException if {@code values} or an element is {@code null}
         */
        public Builder history(List<Transition> values) {
            List<Transition> copy = List.copyOf(values);
            history.clear();
            history.addAll(copy);
            return this;
        }

        /**
         * Sets the version (default 0; must not be negative).
         *
         * @param value the version
         * @return this builder
         */
        public Builder version(long value) {
            this.version = value;
            return this;
        }

        /**
         * Rejects history entries after this clock's instant (read once, in {@code build()}).
         *
         * @param value the clock
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Builds the case, checking every invariant.
         *
         * @return the case
         * @throws InvalidRecordException listing every violation found
         */
        public Case build() {
            Violations v = new Violations();
            v.required("id", id);
            v.required("program", program);
            v.required("subject", subject);
            v.required("region", region);
            v.required("applicant", applicant);
            if (history.isEmpty()) {
                v.add("history", "required", "办理记录不能为空，应以申请开始",
                        "The history must start with the application");
            }
            Instant now = clock == null ? null : clock.instant();
            for (int i = 0; i < history.size(); i++) {
                Transition t = history.get(i);
                // the path and the expected state are made only for an entry that breaks a rule (every case built
                // checks its whole history)
                CaseState previous = i == 0 ? null : history.get(i - 1).to();
                if (t.from().orElse(null) != previous) {
                    Optional<CaseState> expected = Optional.ofNullable(previous);
                    v.add("history[" + i + "].from", "history",
                            "办理记录不连续：应从“" + expected.map(CaseState::chineseName).orElse("（新建）")
                                    + "”开始",
                            "The history is not continuous: expected from "
                                    + expected.map(CaseState::code).orElse("(new)"));
                }
                if (i > 0 && t.at().isBefore(history.get(i - 1).at())) {
                    v.add(new Violation("history[" + i + "].at", "order", "办理时间早于上一步骤",
                            "The time is before the previous step", Optional.of(t.at().toString())));
                }
                if (now != null && t.at().isAfter(now)) {
                    v.add(new Violation("history[" + i + "].at", "not-in-future", "办理时间不能晚于当前时间",
                            "The time must not be in the future", Optional.of(t.at().toString())));
                }
            }
            v.nonNegative("version", version);
            v.throwIfAny();
            return new Case(id, program, subject, region, applicant, history, version);
        }
    }
}
