package org.minzheng.jiangsu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    private static final Path README = Path.of("..", "README.md");

    @Test
    void theDependencyBlockNamesTheBomTheSpiAndThePlugin() throws Exception {
        String block = section("embedding-dependencies", "```xml");
        List<String> artifacts = new ArrayList<>();
        Matcher m = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(block);
        while (m.find()) {
            artifacts.add(m.group(1));
        }
        assertThat(artifacts).containsExactly("minzheng-bom", "minzheng-spi", "minzheng-jiangsu");
    }

    @Test
    void theExampleCompilesAndRunsFromThoseArtifactsAlone(@TempDir Path dir) throws Exception {
        String code = section("embedding-example", "```java");
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : code.split("\n")) {
            (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        Path source = dir.resolve("ReadmeExample.java");
        Files.writeString(source, imports + "public class ReadmeExample {\n public static void main(String[] args) {\n"
                + body + "\n }\n}\n");
        String classpath = "target/classes" + File.pathSeparator
                + Files.readString(Path.of("target", "compile-classpath.txt")).strip();
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        // separate processes: the JDK's own javac and java, with nothing on the class path but those artifacts
        Run compiled = run(dir, bin.resolve("javac").toString(), "-encoding", "UTF-8", "-proc:none", "-cp", classpath,
                "-d", dir.toString(), source.toString());
        assertThat(compiled.status()).as(compiled.output()).isZero();
        Run ran = run(dir, bin.resolve("java").toString(), "-Dfile.encoding=UTF-8", "-cp",
                dir + File.pathSeparator + classpath, "ReadmeExample");
        assertThat(ran.status()).as(ran.output()).isZero();
        String printed = ran.output();
        assertThat(printed).contains("\ntrue 657.00\n").contains("低保标准（农村户籍）");
    }

    private record Run(int status, String output) {
    }

    private static Run run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), output);
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
