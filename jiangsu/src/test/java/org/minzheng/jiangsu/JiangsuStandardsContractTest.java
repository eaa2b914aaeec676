package org.minzheng.jiangsu;

import org.minzheng.spi.StandardsProvider;
import org.minzheng.tck.standards.Coverage;
import org.minzheng.tck.standards.StandardsProviderContract;

/** The Jiangsu plugin passes the standards-provider contract suite over the coverage it claims. */
class JiangsuStandardsContractTest extends StandardsProviderContract {

    private static final JiangsuStandardsProvider PROVIDER = new JiangsuStandardsProvider();

    @Override
    protected StandardsProvider provider() {
        return PROVIDER;
    }

    @Override
    protected Coverage coverage() {
        return new Coverage(JiangsuStandardsProvider.COVERED_REGIONS, JiangsuStandardsProvider.COVERED_FROM,
                JiangsuStandardsProvider.COVERED_UNTIL);
    }
}
