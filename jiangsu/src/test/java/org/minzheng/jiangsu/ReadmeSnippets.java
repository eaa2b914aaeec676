package org.minzheng.jiangsu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The README's code blocks, found by an HTML comment marker, compiled and run as a program in separate JVMs (the
 * JDK's own javac and java) with nothing on the class path but this module's compile class path: what an embedder
 * who depends on minzheng-spi and the Jiangsu plugin alone would have.
 */
final class ReadmeSnippets {

    private static final Path README = Path.of("..", "README.md");

    /** What a program printed, and its exit status. */
    record Run(int status, String output) {
    }

    private ReadmeSnippets() {
    }

    /** The first fenced block of a kind after an HTML comment marker in the README. */
    static String section(String marker, String fence) throws Exception {
        String readme = Files.readString(README);
        int at = readme.indexOf("<!-- " + marker + " -->");
        assertThat(at).as("README marker " + marker).isNotNegative();
        int start = readme.indexOf(fence, at) + fence.length();
        int end = readme.indexOf("```", start);
        return readme.substring(start, end).strip().replaceAll("(?m)^ {3}", "");
    }

    /**
     * Compiles a README block as the body of {@code main} of a class (its {@code import} lines above the class),
     * asserts that it compiles, and runs it.
     *
     * @return what it printed and its exit status
     */
    static Run compileAndRun(Path dir, String className, String code) throws Exception {
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : code.split("\n")) {
            (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        Path source = dir.resolve(className + ".java");
        Files.writeString(source, imports + "public class " + className
                + " {\n public static void main(String[] args) {\n" + body + "\n }\n}\n");
        String classpath = "target/classes" + File.pathSeparator
                + Files.readString(Path.of("target", "compile-classpath.txt")).strip();
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        Run compiled = run(bin.resolve("javac").toString(), "-encoding", "UTF-8", "-proc:none", "-cp", classpath,
                "-d", dir.toString(), source.toString());
        assertThat(compiled.status()).as(compiled.output()).isZero();
        return run(bin.resolve("java").toString(), "-Dfile.encoding=UTF-8", "-cp", dir + File.pathSeparator + classpath,
                className);
    }

    private static Run run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), output);
    }
}
