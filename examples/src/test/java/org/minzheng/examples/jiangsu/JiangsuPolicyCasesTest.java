package org.minzheng.examples.jiangsu;

import java.nio.file.Path;
import java.util.List;

import org.minzheng.spi.StandardsProvider;
import org.minzheng.tck.cases.PolicyCase;
import org.minzheng.tck.cases.PolicyCaseFiles;
import org.minzheng.tck.cases.PolicyCaseTests;

/** Every shipped Jiangsu policy case, one dynamic test each, against the Jiangsu plugin. */
class JiangsuPolicyCasesTest extends PolicyCaseTests {

    static final Path CASES = Path.of("src/main/resources/minzheng-jiangsu/cases");

    @Override
    protected List<StandardsProvider> standardsProviders() {
        return List.of(new JiangsuStandardsProvider());
    }

    @Override
    protected List<PolicyCase> cases() {
        return PolicyCaseFiles.load(List.of(CASES));
    }
}
