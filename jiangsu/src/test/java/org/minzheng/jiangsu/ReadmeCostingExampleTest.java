package org.minzheng.jiangsu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's reform costing quick start (issue 15), exactly as written, compiled and run in a separate JVM against
 * this module's compile class path alone (minzheng-spi and the Jiangsu plugin), as {@link ReadmeEmbeddingExampleTest}
 * does for the embedding example.
 */
class ReadmeCostingExampleTest {

    @Test
    void theCostingExampleCompilesAndRuns(@TempDir Path dir) throws Exception {
        ReadmeSnippets.Run ran = ReadmeSnippets.compileAndRun(dir, "ReadmeCosting",
                ReadmeSnippets.section("costing-example", "```java"));
        assertThat(ran.status()).as(ran.output()).isZero();
        String printed = ran.output();
        // the plugin's rural standard from July 2022 is 870: (870 − 300 pension) + 10 % elderly add-on 87 = 657 a
        // month; under 970: 670 + 97 = 767, so 110 more a month, 660.00 over July–December (3,942.00 → 4,602.00)
        assertThat(printed).contains("改革方案测算 321112 2022-07 至 2022-12").contains("最低生活保障")
                .contains("3,942.00").contains("4,602.00").contains("\nchange +660.00");
    }
}
