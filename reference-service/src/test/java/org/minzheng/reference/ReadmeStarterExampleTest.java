package org.minzheng.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Spring Boot quick start compiles as written against the starter, the plugin and Spring MVC. */
class ReadmeStarterExampleTest {

    @Test
    void theStarterExampleCompiles(@TempDir Path dir) throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int at = readme.indexOf("<!-- starter-example -->");
        assertThat(at).isNotNegative();
        int start = readme.indexOf("```java", at) + "```java".length();
        String code = readme.substring(start, readme.indexOf("```", start)).strip();
        Path source = dir.resolve("county").resolve("DibaoController.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, code);
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process javac = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "-encoding", "UTF-8", "-proc:none", "-parameters", "-cp", classpath, "-d", dir.toString(),
                source.toString()).redirectErrorStream(true).start();
        String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(javac.waitFor()).as(output).isZero();
        assertThat(dir.resolve("county").resolve("DibaoController.class")).exists();
    }
}
