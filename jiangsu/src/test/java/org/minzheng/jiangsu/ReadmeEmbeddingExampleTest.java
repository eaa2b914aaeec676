package org.minzheng.jiangsu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's embedding example (issue 16), exactly as written: its dependency block names the BOM, minzheng-spi and
 * minzheng-jiangsu, and its code compiles and runs against exactly what those artifacts bring (this module's compile
 * class path, written by the build to target/compile-classpath.txt) — no test library, no demo.
 */
class ReadmeEmbeddingExampleTest {

    @Test
    void theDependencyBlockNamesTheBomTheSpiAndThePlugin() throws Exception {
        String block = ReadmeSnippets.section("embedding-dependencies", "```xml");
        List<String> artifacts = new ArrayList<>();
        Matcher m = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(block);
        while (m.find()) {
            artifacts.add(m.group(1));
        }
        assertThat(artifacts).containsExactly("minzheng-bom", "minzheng-spi", "minzheng-jiangsu");
    }

    @Test
    void theExampleCompilesAndRunsFromThoseArtifactsAlone(@TempDir Path dir) throws Exception {
        ReadmeSnippets.Run ran = ReadmeSnippets.compileAndRun(dir, "ReadmeExample",
                ReadmeSnippets.section("embedding-example", "```java"));
        assertThat(ran.status()).as(ran.output()).isZero();
        assertThat(ran.output()).contains("\ntrue 657.00\n").contains("低保标准（农村户籍）");
    }
}
