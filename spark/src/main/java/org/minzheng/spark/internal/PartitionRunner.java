package org.minzheng.spark.internal;

import java.io.Serial;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.StringJoiner;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.identity.RegionLevel;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.Member;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.spark.CostingRow;
import org.minzheng.spark.DecisionRow;
import org.minzheng.spark.RejectionRow;

/**
 * The work of one partition: rows in, decisions (or costing lines) and rejections out, row by row and lazily, so a
 * partition is never held in memory. Nothing here shuffles, logs a row or lets an exception with a row's data reach
 * the driver: a rule's failure becomes a rejection naming the exception's class, never its message.
 */
public final class PartitionRunner implements MapPartitionsFunction<Row, OutcomeRow> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Broadcast<RuntimeSpec> spec;
    private final RowLayout layout;
    private final ArrayList<String> programs;
    private final YearMonth month;
    /** Null for assessment; the reform to cost against today otherwise. */
    private final ReformSpec reform;
    /** The level a costing line's region is taken at. */
    private final RegionLevel level;

    /**
     * A runner.
     *
     * @param spec the broadcast runtime
     * @param layout the input layout
     * @param programs the programs, by code
     * @param month the month
     * @param reform the reform to cost, or null to assess
     * @param level the level of a costing line's region
     */
    public PartitionRunner(Broadcast<RuntimeSpec> spec, RowLayout layout, List<ProgramCode> programs, YearMonth month,
                           ReformSpec reform, RegionLevel level) {
        this.spec = spec;
        this.layout = layout;
        this.programs = new ArrayList<>();
        for (ProgramCode p : programs) {
            this.programs.add(p.value());
        }
        this.month = month;
        this.reform = reform;
        this.level = level;
    }

    @Override
    public Iterator<OutcomeRow> call(Iterator<Row> rows) {
        RuntimeSpec s = spec.value();
        CivilAffairs today = s.runtime();
        CivilAffairs changed = reform == null ? null : s.runtime(reform, "reform");
        RowReader reader = new RowReader(layout);
        List<ProgramCode> codes = programs.stream().map(ProgramCode::of).toList();
        TaskContext task = TaskContext.get();
        String partition = task == null ? "0" : Integer.toString(task.partitionId());
        String monthText = month.toString();
        return new Iterator<>() {
            final ArrayDeque<OutcomeRow> buffer = new ArrayDeque<>();
            long index;

            @Override
            public boolean hasNext() {
                while (buffer.isEmpty() && rows.hasNext()) {
                    fill(rows.next(), partition + ":" + index++);
                }
                return !buffer.isEmpty();
            }

            @Override
            public OutcomeRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return buffer.poll();
            }

            private void fill(Row row, String position) {
                RowReader.Read read = reader.read(row, position);
                if (read.household().isEmpty()) {
                    for (RejectionRow r : read.rejections()) {
                        buffer.add(OutcomeRow.of(r));
                    }
                    return;
                }
                Household h = read.household().get();
                for (ProgramCode code : codes) {
                    SubjectKind kind = today.programs().forRegion(code, h.region()).subjectKind();
                    if (kind == SubjectKind.HOUSEHOLD) {
                        one(code, h, null, read.key());
                    } else {
                        for (Member m : h.members()) {
                            if (SubjectFacts.presentIn(m.person(), month)) {
                                one(code, h, m, read.key());
                            }
                        }
                    }
                }
            }

            private void one(ProgramCode code, Household h, Member m, String key) {
                Decision now;
                Decision then = null;
                try {
                    now = assess(today, code, h, m);
                    if (changed != null) {
                        then = assess(changed, code, h, m);
                    }
                } catch (RuntimeException e) {
                    String who = m == null ? "" : "[" + h.members().indexOf(m) + "]";
                    buffer.add(OutcomeRow.of(new RejectionRow(RejectionRow.RULE_FAILURE, key,
                            "programs." + code.value() + who,
                            "规则无法评估（" + e.getClass().getSimpleName() + "）",
                            "The rule could not assess the subject (" + e.getClass().getSimpleName() + ")")));
                    return;
                }
                if (changed == null) {
                    buffer.add(OutcomeRow.of(row(now, h, monthText)));
                } else {
                    buffer.add(OutcomeRow.of(line(now, then, h, code, level)));
                }
            }
        };
    }

    private Decision assess(CivilAffairs ca, ProgramCode code, Household h, Member m) {
        return m == null ? ca.assess(code, h, month) : ca.assess(code, h, m.person().id(), month);
    }

    /**
     * A decision as a row.
     *
     * @param d the decision
     * @param h the household
     * @param monthText the month, {@code yyyy-MM}
     * @return the row
     */
    public static DecisionRow row(Decision d, Household h, String monthText) {
        StringJoiner reasons = new StringJoiner(",");
        for (ReasonCode r : d.reasons()) {
            reasons.add(r.code());
        }
        return new DecisionRow(d.program().value(), d.subject().kind().code(), d.subject().id(), h.id().value(),
                d.region().value(), monthText, d.eligible(), fen(d), reasons.toString());
    }

    /**
     * A subject's costing line: 0 or 1 in the counts, its amounts in fen.
     *
     * @param today the decision with today's standards
     * @param reform the decision under the reform
     * @param h the household
     * @param code the program
     * @param level the level the line's region is taken at
     * @return the line
     */
    public static CostingRow line(Decision today, Decision reform, Household h, ProgramCode code, RegionLevel level) {
        CostingRow c = new CostingRow();
        c.setRegion(regionAt(h.region(), level));
        c.setProgram(code.value());
        c.setEligibleToday(today.eligible() ? 1 : 0);
        c.setEligibleReform(reform.eligible() ? 1 : 0);
        c.setAmountTodayFen(fen(today));
        c.setAmountReformFen(fen(reform));
        c.setNewlyEligible(!today.eligible() && reform.eligible() ? 1 : 0);
        c.setNoLongerEligible(today.eligible() && !reform.eligible() ? 1 : 0);
        return c;
    }

    /**
     * A region's code at a level, short form: the ancestor at that level, or the region itself where it is coarser
     * (a household registered at the county, costed by township).
     *
     * @param region the region
     * @param level the level
     * @return e.g. {@code 321112} for a township of 丹徒区 at the county level
     */
    public static String regionAt(RegionCode region, RegionLevel level) {
        for (RegionCode r : region.selfAndAncestors()) {
            if (r.level() == level) {
                return r.shortForm();
            }
        }
        return region.shortForm();
    }

    /** The month's amount in fen: nothing is paid to a subject who is not eligible. */
    static long fen(Decision d) {
        return d.eligible() ? d.amount().toFen() : 0L;
    }
}
