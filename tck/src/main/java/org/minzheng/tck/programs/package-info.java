/**
 * The program contract suite (业务项目合规测试): checks every program a {@link org.minzheng.spi.ProgramProvider}
 * declares must pass — its declarations (standards, reasons, report lines, monthly behaviour) and its rule, exercised
 * as QuickTheories properties over generated households and persons and through the monthly run — each with an id
 * (PC01…PC12) and a message telling the vendor what to fix. Extend {@link org.minzheng.tck.programs.ProgramContract}
 * in your plugin's tests, or run {@link org.minzheng.tck.programs.ProgramChecker} directly. The guide is {@code
 * docs/writing-a-local-program.md}.
 */
package org.minzheng.tck.programs;
