package org.minzheng.runtime;

import org.minzheng.core.programs.dibao.Dibao;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.standards.StandardValue;
import org.minzheng.spi.StandardsProvider;
import org.minzheng.spi.StandardsQuery;

/** Published in META-INF/services of the test class path, to test discovery. */
public final class DiscoverableTestProvider implements StandardsProvider {

    static final String ID = "test.discoverable";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public int priority() {
        return PRIORITY_BASELINE;
    }

    @Override
    public Collection<StandardValue<?>> values(StandardsQuery query) {
        return List.of(StandardValue.of(Dibao.STANDARD_URBAN, RegionCode.parse("32"),
                LocalDate.of(2022, 1, 1), Money.of("700"), StandardValue.ILLUSTRATIVE));
    }
}
