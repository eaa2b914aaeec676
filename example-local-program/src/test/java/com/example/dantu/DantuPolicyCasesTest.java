package com.example.dantu;

import java.nio.file.Path;
import java.util.List;

import org.minzheng.runtime.Programs;
import org.minzheng.spi.StandardsProvider;
import org.minzheng.tck.cases.PolicyCase;
import org.minzheng.tck.cases.PolicyCaseFiles;
import org.minzheng.tck.cases.PolicyCaseTests;

class DantuPolicyCasesTest extends PolicyCaseTests {

    static final Programs PROGRAMS = Programs.builder().discovery(false).add(new DantuPrograms()).build();

    @Override
    protected List<StandardsProvider> standardsProviders() {
        return List.of(new DantuStandards());
    }

    @Override
    protected Programs programs() {
        return PROGRAMS;
    }

    @Override
    protected List<PolicyCase> cases() {
        return PolicyCaseFiles.load(PROGRAMS, List.of(Path.of("src/test/cases")));
    }
}
