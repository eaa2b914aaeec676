package com.example.dantu;

import java.time.YearMonth;
import java.util.List;

import org.minzheng.spi.ProgramProvider;
import org.minzheng.tck.programs.ProgramContract;
import org.minzheng.tck.programs.Scope;

class DantuProgramContractTest extends ProgramContract {

    @Override
    protected ProgramProvider provider() {
        return new DantuPrograms();
    }

    @Override
    protected Scope scope() {
        return Scope.of(List.of(new DantuStandards()), YearMonth.of(2023, 1), YearMonth.of(2023, 12), "321112");
    }
}
