/**
 * Declarative policy cases (政策测试用例): the case-file format (YAML or JSON), its reader
 * ({@link org.minzheng.tck.cases.PolicyCaseFiles}), the runner ({@link org.minzheng.tck.cases.PolicyCaseRunner}),
 * a JUnit 5 base ({@link org.minzheng.tck.cases.PolicyCaseTests}) and the command line
 * ({@link org.minzheng.tck.cases.PolicyCaseMain}). The format is documented in the README, "Checking local
 * standards: policy cases".
 */
package org.minzheng.tck.cases;
