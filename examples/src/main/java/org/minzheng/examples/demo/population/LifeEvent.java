package org.minzheng.examples.demo.population;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.PersonId;

/**
 * Something that happens in the synthetic district on a day (生活事件): a fact, never a decision. Either a change
 * to a household's registry record (a birth, a death, a job found), a household arriving in the district, or an
 * application a resident makes (to 低保, 临时救助 after an emergency, …), which the bureau's rules then decide.
 */
public sealed interface LifeEvent permits LifeEvent.Change, LifeEvent.Arrival, LifeEvent.Apply {

    /**
     * The day it happens.
     *
     * @return the date
     */
    LocalDate date();

    /**
     * The household it happens to.
     *
     * @return the household id
     */
    HouseholdId household();

    /**
     * The month it happens in.
     *
     * @return the month
     */
    default YearMonth month() {
        return YearMonth.from(date());
    }

    /** What kind of change a household's record undergoes (事件类型). */
    enum Kind {
        /** 出生. */
        BIRTH("出生", "birth"),
        /** 死亡. */
        DEATH("死亡", "death"),
        /** 迁出本区. */
        LEFT_DISTRICT("迁出本区", "left the district"),
        /** 就业. */
        JOB_FOUND("就业", "job found"),
        /** 失业. */
        JOB_LOST("失业", "job lost"),
        /** 新办残疾证. */
        DISABILITY_CERTIFIED("新办残疾人证", "disability certified"),
        /** 确诊重病. */
        SERIOUS_ILLNESS("确诊重病", "serious illness diagnosed"),
        /** 失能. */
        SELF_CARE_LOST("生活自理能力下降", "self-care lost");

        private final String zh;
        private final String en;

        Kind(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        /**
         * The reason text for the audit log (no personal data).
         *
         * @return e.g. "出生 (birth)"
         */
        public String reason() {
            return zh + " (" + en + ")";
        }
    }

    /**
     * A change to a household's registry record.
     *
     * @param date the day
     * @param household the household
     * @param kind what happened
     * @param change the change, applied to the household as stored
     */
    record Change(LocalDate date, HouseholdId household, Kind kind, UnaryOperator<Household> change) implements LifeEvent {
        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is {@code null}
         */
        public Change {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(change, "change");
        }
    }

    /**
     * A household moving into the district (迁入).
     *
     * @param date the day
     * @param record the household as it arrives
     */
    record Arrival(LocalDate date, Household record) implements LifeEvent {
        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is {@code null}
         */
        public Arrival {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(record, "record");
        }

        @Override
        public HouseholdId household() {
            return record.id();
        }
    }

    /**
     * An application a resident makes (申请): the program, the subject, who applies and, for 临时救助, the need
     * the emergency left (急难型 for a sudden emergency, 支出型 for a spike in essential spending).
     *
     * @param date the day of the application
     * @param household the household of the subject
     * @param program the program applied to
     * @param subject the subject (the household, or a member)
     * @param applicant who applies
     * @param need for 临时救助: the need in yuan
     * @param emergency for 临时救助: 急难型 (true) or 支出型 (false)
     * @param why what led to it (no personal data)
     */
    record Apply(LocalDate date, HouseholdId household, ProgramCode program, SubjectRef subject, PersonId applicant,
                 Optional<Money> need, boolean emergency, String why) implements LifeEvent {
        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is {@code null}
         */
        public Apply {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(program, "program");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(applicant, "applicant");
            Objects.requireNonNull(need, "need");
            Objects.requireNonNull(why, "why");
        }
    }
}
