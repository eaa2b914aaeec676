package org.minzheng.jiangsu;

import java.time.YearMonth;
import java.util.List;

import org.minzheng.spi.ProgramProvider;
import org.minzheng.tck.programs.ProgramContract;
import org.minzheng.tck.programs.Scope;

/**
 * The Jiangsu plugin's own programs (春节慰问金) pass the program contract with the plugin's standards; the README's
 * vendor section shows this class.
 */
class JiangsuProgramsContractTest extends ProgramContract {

    @Override
    protected ProgramProvider provider() {
        return new JiangsuPrograms();
    }

    @Override
    protected Scope scope() {
        return Scope.of(List.of(new JiangsuStandardsProvider()), YearMonth.of(2021, 1), YearMonth.of(2023, 12),
                "321112");
    }
}
