package org.minzheng.jiangsu;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.minzheng.core.program.ProgramCode;
import org.minzheng.spi.ProgramProvider;
import org.minzheng.tck.programs.ProgramChecker;
import org.minzheng.tck.programs.ProgramContract;
import org.minzheng.tck.programs.Scope;

/**
 * Every built-in national program passes the program contract, exercised with the Jiangsu plugin's standards over
 * the three years it covers in 丹徒区 (the built-ins need a region's numbers, and this module has them).
 */
class BuiltInProgramsContractTest extends ProgramContract {

    /** The scope both contract tests of this module exercise the rules in. */
    static final Scope DANTU_2021_2023 = Scope.of(List.of(new JiangsuStandardsProvider()), YearMonth.of(2021, 1),
            YearMonth.of(2023, 12), "321112");

    @Override
    protected ProgramProvider provider() {
        return ProgramChecker.builtIns();
    }

    @Override
    protected Scope scope() {
        return DANTU_2021_2023;
    }

    /**
     * 临时救助 is decided on an application: an emergency and an expenditure need, one above the cap, and two with
     * assistance already received this year (within and beyond the yearly cap).
     */
    @Override
    protected Map<ProgramCode, List<Map<String, String>>> applications() {
        return Map.of(ProgramCode.of("temporary-assistance"), List.of(
                Map.of("type", "emergency", "need", "3000.00"),
                Map.of("type", "expenditure", "need", "12000.50"),
                Map.of("type", "emergency", "need", "0"),
                Map.of("type", "expenditure", "need", "4000.00", "received-this-year", "9000.00"),
                Map.of("type", "emergency", "need", "500.00", "received-this-year", "20000.00")));
    }

    /** The built-ins are registered by the runtime itself, not published as a provider. */
    @Override
    protected boolean discoverable() {
        return false;
    }
}
