package org.minzheng.core.rule;

/**
 * Takes from the facts about a subject the typed request a program's rule reads (事实提取): a record holding
 * exactly what the rule needs — no more, so that a reader of the rule sees its inputs at a glance.
 *
 * @param <R> the request type
 * @implSpec Pure: no I/O, no clock, no state. Throw {@link MissingFactException} when a fact the rule
 * cannot do without is absent (e.g. no application for 临时救助).
 */
@FunctionalInterface
public interface FactsReader<R> {

    /**
     * Reads the request.
     *
     * @param facts the facts about the subject in the month assessed
     * @return the request
     * @throws MissingFactException when a fact the rule needs is absent
     */
    R read(SubjectFacts facts);
}
