package org.minzheng.jiangsu;

import java.nio.file.Path;
import java.util.List;

import org.minzheng.runtime.Programs;
import org.minzheng.spi.StandardsProvider;
import org.minzheng.tck.cases.PolicyCase;
import org.minzheng.tck.cases.PolicyCaseFiles;
import org.minzheng.tck.cases.PolicyCaseTests;

/** Every shipped Jiangsu policy case, one dynamic test each, against the Jiangsu plugin. */
class JiangsuPolicyCasesTest extends PolicyCaseTests {

    static final Path CASES = Path.of("src/main/resources/minzheng-jiangsu/cases");

    /** The built-in programs and the plugin's own. */
    static final Programs PROGRAMS = Programs.builder().discovery(false).add(new JiangsuPrograms()).build();

    @Override
    protected List<StandardsProvider> standardsProviders() {
        return List.of(new JiangsuStandardsProvider());
    }

    @Override
    protected Programs programs() {
        return PROGRAMS;
    }

    @Override
    protected List<PolicyCase> cases() {
        return PolicyCaseFiles.load(PROGRAMS, List.of(CASES));
    }
}
