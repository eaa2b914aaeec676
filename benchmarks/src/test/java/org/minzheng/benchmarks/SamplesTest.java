package org.minzheng.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.minzheng.core.identity.CreditCode;
import org.minzheng.core.identity.IdNumber;

/** The benchmarks measure the happy path only if their inputs are valid and distinct. */
class SamplesTest {

    @Test
    void idNumbers_areValidAndDistinct() {
        String[] ids = Samples.idNumbers(1024, 20_260_601L);
        assertThat(ids).allSatisfy(id -> assertThat(IdNumber.isValid(id)).as(id).isTrue());
        assertThat(Arrays.stream(ids).distinct().count()).isEqualTo(1024);
    }

    @Test
    void creditCodes_areValidAndDistinct() {
        String[] codes = Samples.creditCodes(1024, 31L);
        assertThat(codes).allSatisfy(c -> assertThat(CreditCode.isValid(c)).as(c).isTrue());
        assertThat(Arrays.stream(codes).distinct().count()).isEqualTo(1024);
    }

    @Test
    void benchmarkSetUp_legacyAndLowerCaseInputs_areValid() {
        IdentifierParseBenchmark benchmark = new IdentifierParseBenchmark();
        benchmark.setUp();
        for (int i = 0; i < 1024; i++) {
            assertThat(benchmark.idNumberParseMixedCase()).isNotNull();
            assertThat(benchmark.idNumberParseLegacy15()).isNotNull();
        }
    }
}
