package org.minzheng.tck.standards;

import org.minzheng.spi.StandardsProvider;

/** The contract suite itself, run on a provider that passes it. */
class CompleteProviderContractTest extends StandardsProviderContract {

    @Override
    protected StandardsProvider provider() {
        return TestProviders.of(TestProviders.completeValues());
    }

    @Override
    protected Coverage coverage() {
        return TestProviders.COVERAGE;
    }

    @Override
    protected boolean discoverable() {
        return false;
    }
}
