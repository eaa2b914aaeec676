package org.minzheng.core.rule;

import org.minzheng.core.program.ProgramCode;

/**
 * What an application adds to the registry's facts (申请事项): the facts a caseworker records for one
 * program when someone applies, which are not facts about the household as such — e.g. the assessed need
 * and its type for 临时救助. A program that reads an application declares its type; others ignore it.
 *
 * @implSpec Implementations are immutable values (records fit) without personal data in {@code toString}.
 */
public interface Application {

    /**
     * The program applied for.
     *
     * @return the program's code
     */
    ProgramCode program();
}
