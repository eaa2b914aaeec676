package org.minzheng.jiangsu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's reform costing quick start (issue 15), exactly as written, compiled and run in a separate JVM against
 * this module's compile class path alone (minzheng-spi and the Jiangsu plugin), as {@link ReadmeEmbeddingExampleTest}
 * does for the embedding example.
 */
class ReadmeCostingExampleTest {

    private static final Path README = Path.of("..", "README.md");

    @Test
    void theCostingExampleCompilesAndRuns(@TempDir Path dir) throws Exception {
        String code = section("costing-example", "```java");
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : code.split("\n")) {
            (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        Path source = dir.resolve("ReadmeCosting.java");
        Files.writeString(source, imports + "public class ReadmeCosting {\n public static void main(String[] args) {\n"
                + body + "\n }\n}\n");
        String classpath = "target/classes" + File.pathSeparator
                + Files.readString(Path.of("target", "compile-classpath.txt")).strip();
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        String[] compile = {bin.resolve("javac").toString(), "-encoding", "UTF-8", "-proc:none", "-cp", classpath,
            "-d", dir.toString(), source.toString()};
        String[] execute = {bin.resolve("java").toString(), "-Dfile.encoding=UTF-8", "-cp",
            dir + File.pathSeparator + classpath, "ReadmeCosting"};
        Process javac = new ProcessBuilder(compile).redirectErrorStream(true).start();
        String compiled = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(javac.waitFor()).as(compiled).isZero();
        Process java = new ProcessBuilder(execute).redirectErrorStream(true).start();
        String printed = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(java.waitFor()).as(printed).isZero();
        // the plugin's rural standard from July 2022 is 870: (870 − 300 pension) + 10 % elderly add-on 87 = 657 a
        // month; under 970: 670 + 97 = 767, so 110 more a month, 660.00 over July–December (3,942.00 → 4,602.00)
        assertThat(printed).contains("改革方案测算 321112 2022-07 至 2022-12").contains("最低生活保障")
                .contains("3,942.00").contains("4,602.00").contains("\nchange +660.00");
    }

    /** The first fenced block of a kind after an HTML comment marker in the README. */
    private static String section(String marker, String fence) throws Exception {
        String readme = Files.readString(README);
        int at = readme.indexOf("<!-- " + marker + " -->");
        assertThat(at).as("README marker " + marker).isNotNegative();
        int start = readme.indexOf(fence, at) + fence.length();
        int end = readme.indexOf("```", start);
        return readme.substring(start, end).strip().replaceAll("(?m)^ {3}", "");
    }
}
