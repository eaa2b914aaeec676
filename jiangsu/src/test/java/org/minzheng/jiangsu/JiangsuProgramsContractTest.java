package org.minzheng.jiangsu;

import org.minzheng.spi.ProgramProvider;
import org.minzheng.tck.programs.ProgramContract;
import org.minzheng.tck.programs.Scope;

/** The Jiangsu plugin's own programs (春节慰问金) pass the program contract with the plugin's standards. */
class JiangsuProgramsContractTest extends ProgramContract {

    @Override
    protected ProgramProvider provider() {
        return new JiangsuPrograms();
    }

    @Override
    protected Scope scope() {
        return BuiltInProgramsContractTest.DANTU_2021_2023;
    }
}
