/**
 * The program SPI (业务项目规则接口): how a program — built in or a region's own — declares itself in one
 * place: {@link org.minzheng.core.rule.ProgramRule} with its {@linkplain org.minzheng.core.rule.FactsReader
 * typed request}, {@linkplain org.minzheng.core.rule.Rule rule}, {@linkplain
 * org.minzheng.core.rule.MonthlyBehaviour monthly behaviour} and {@linkplain
 * org.minzheng.core.rule.ReportLines report lines}; and {@link org.minzheng.core.rule.SubjectFacts}, the facts
 * about a subject that every program reads from. The runtime, the monthly run, the report, storage and the
 * contract suites know programs only through what they declare here.
 *
 * <p>The guide for vendors is <a href="https://github.com/minzheng/minzheng/blob/main/docs/writing-a-local-program.md">
 * docs/writing-a-local-program.md</a> ("Writing a local program"): the smallest complete plugin with a program of its
 * own, compiled and tested as the module {@code example-local-program}. The contract a program must pass is {@code
 * org.minzheng.tck.programs.ProgramContract} (PC01–PC12).
 */
package org.minzheng.core.rule;
