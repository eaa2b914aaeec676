package org.minzheng.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line as a person meets it (decision 0275): bad input is one or two lines in the chosen
 * language naming the option or file, exit code 2, and nothing written or deleted; failures exit with 1;
 * {@code --verbose} adds the stack trace; output directories the demo did not create are never used.
 */
class DemoCliTest {

    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

    /** What a command printed and returned. */
    record Outcome(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    static Outcome cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DemoCommand.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, args);
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Every file under a directory with its size: what a refused command must leave as it was. */
    static List<String> snapshot(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(p -> dir.relativize(p) + (Files.isRegularFile(p) ? " " + size(p) : "/")).sorted().toList();
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A directory an earlier run of the demo left: its marker, a database file and a report. */
    static Path earlierRun(Path parent) throws IOException {
        Path dir = parent.resolve("earlier");
        Files.createDirectories(dir.resolve("db"));
        Files.writeString(dir.resolve(OutputDirectory.MARKER), "marker");
        Files.writeString(dir.resolve("db").resolve("minzheng.mv.db"), "database");
        Files.writeString(dir.resolve("dantu-report.html"), "<html>report</html>");
        return dir;
    }

    static void assertBadInput(Outcome o, String names, boolean english) {
        assertThat(o.code()).as(o.err()).isEqualTo(2);
        assertThat(o.errLines()).as(o.err()).hasSizeBetween(1, 2);
        assertThat(o.errLines().get(0)).contains(names);
        assertThat(o.err()).doesNotContain("Exception").doesNotContain("\tat ");
        if (english) {
            assertThat(CJK.matcher(o.err()).find()).as("English only: " + o.err()).isFalse();
        } else {
            assertThat(CJK.matcher(o.errLines().get(0)).find()).as("Chinese: " + o.err()).isTrue();
        }
    }

    static Stream<Arguments> badRunOptions() {
        return Stream.of(
                Arguments.of(List.of("--scale", "-1"), "--scale"),
                Arguments.of(List.of("--scale", "0"), "--scale"),
                Arguments.of(List.of("--scale", "NaN"), "--scale"),
                Arguments.of(List.of("--scale", "21"), "--scale"),
                Arguments.of(List.of("--scale", "abc"), "--scale"),
                Arguments.of(List.of("--scale"), "--scale"),
                Arguments.of(List.of("--seed", "x"), "--seed"),
                Arguments.of(List.of("--seed", "1", "--seed", "2"), "--seed"),
                Arguments.of(List.of("--from", "2022-13"), "--from"),
                Arguments.of(List.of("--from", "2021-12"), "--from"),
                Arguments.of(List.of("--to", "2022-11"), "--to"),
                Arguments.of(List.of("--from", "2022-05", "--to", "2022-03"), "--to"),
                Arguments.of(List.of("--visits-per-month", "9"), "--visits-per-month"),
                Arguments.of(List.of("--visits-per-month", "-1"), "--visits-per-month"),
                Arguments.of(List.of("--db", "postgres://localhost/x"), "--db"),
                Arguments.of(List.of("--db", "jdbc:nosuch://localhost/x"), "--db"),
                Arguments.of(List.of("--db-user", "someone"), "--db-user"),
                Arguments.of(List.of("--db-password", "secret"), "--db-password"),
                Arguments.of(List.of("--lang", "fr"), "--lang"),
                Arguments.of(List.of("--force"), "--force"),
                Arguments.of(List.of("--no-such-option"), "--no-such-option"));
    }

    @ParameterizedTest
    @MethodSource("badRunOptions")
    void run_badOption_isOneOrTwoLinesNamingIt_exit2_andNothingWrittenOrDeleted(List<String> bad, String option,
            @TempDir Path tmp) throws IOException {
        Path earlier = earlierRun(tmp);
        List<String> before = snapshot(tmp);
        Path fresh = tmp.resolve("fresh");

        // With --resume on a directory an earlier run left (so that only the bad option is wrong), in both
        // languages; "--force" is wrong with "--resume".
        for (String lang : new String[] {"zh", "en"}) {
            if (bad.contains("--lang") && lang.equals("en")) {
                continue;
            }
            List<String> args = new ArrayList<>(List.of("run", "-o", earlier.toString(), "--resume"));
            args.addAll(bad);
            if (lang.equals("en")) {
                args.addAll(List.of("--lang", "en"));
            }
            Outcome o = cli(args.toArray(String[]::new));
            assertBadInput(o, option, lang.equals("en"));
            assertThat(o.out()).isEmpty();
        }
        // On a new directory: it is not created.
        List<String> args = new ArrayList<>(List.of("run", "-o", fresh.toString()));
        args.addAll(bad);
        if (!bad.contains("--force")) {
            assertBadInput(cli(args.toArray(String[]::new)), option, false);
        }
        assertThat(snapshot(tmp)).isEqualTo(before);
    }

    @Test
    void run_verbose_addsTheStackTrace(@TempDir Path tmp) {
        Outcome quiet = cli("run", "--scale", "-1", "-o", tmp.resolve("x").toString());
        Outcome verbose = cli("run", "--scale", "-1", "-o", tmp.resolve("x").toString(), "--verbose");

        assertBadInput(quiet, "--scale", false);
        assertThat(verbose.code()).isEqualTo(2);
        assertThat(verbose.errLines().get(0)).isEqualTo(quiet.errLines().get(0));
        assertThat(verbose.err()).contains("DemoInputException").contains("\tat ");
        assertThat(cli("run", "--scale", "abc", "--verbose").err()).contains("ParameterException").contains("\tat ");
    }

    @Test
    void run_databaseThatCannotBeReached_isAFailure_exit1_twoLines_traceWithVerbose(@TempDir Path tmp) {
        Path out = tmp.resolve("out");
        String[] args = {"run", "--db", "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2", "-o", out.toString(),
            "--to", "2022-01", "--scale", "0.01"};
        Outcome o = cli(args);

        assertThat(o.code()).as(o.err()).isEqualTo(1);
        assertThat(o.errLines()).as(o.err()).hasSize(2);
        assertThat(o.errLines().get(0)).startsWith("数据库出错：");
        assertThat(o.errLines().get(1)).contains("--verbose");
        assertThat(o.err()).doesNotContain("\tat ");
        assertThat(out).as("a database that cannot be used leaves no output directory").doesNotExist();

        List<String> verbose = new ArrayList<>(Arrays.asList(args));
        verbose.addAll(List.of("--verbose", "--lang", "en"));
        Outcome v = cli(verbose.toArray(String[]::new));
        assertThat(v.code()).isEqualTo(1);
        assertThat(v.errLines().get(0)).startsWith("Database error: ");
        assertThat(v.err()).contains("\tat ");
    }

    @Test
    void run_nonEmptyDirectoryTheDemoDidNotCreate_isRefused_evenWithResumeOrForce(@TempDir Path tmp) throws IOException {
        Path mine = tmp.resolve("mine");
        Files.createDirectories(mine.resolve("db"));
        Files.writeString(mine.resolve("notes.txt"), "my notes");
        Files.writeString(mine.resolve("db").resolve("important.dat"), "my data");
        List<String> before = snapshot(tmp);

        Outcome plain = cli("run", "-o", mine.toString(), "--scale", "0.01");
        Outcome resume = cli("run", "-o", mine.toString(), "--scale", "0.01", "--resume");
        Outcome force = cli("run", "-o", mine.toString(), "--scale", "0.01", "--force", "--lang", "en");

        assertBadInput(plain, mine.toString(), false);
        assertThat(plain.errLines().get(0)).contains("非空");
        assertBadInput(resume, OutputDirectory.MARKER, false);
        assertBadInput(force, OutputDirectory.MARKER, true);
        assertThat(force.errLines().get(0)).contains("was not created by the demo");
        assertThat(snapshot(tmp)).isEqualTo(before);

        Path file = tmp.resolve("a-file");
        Files.writeString(file, "x");
        assertBadInput(cli("run", "-o", file.toString()), "-o", false);
    }

    @Test
    void run_directoryOfAnEarlierRun_needsResumeOrForce_forceDeletesOnlyTheDemosOwnFiles(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("demo");
        String[] small = {"run", "--scale", "0.005", "--seed", "3", "--to", "2022-02", "-o", out.toString()};
        Outcome first = cli(small);
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(out.resolve(OutputDirectory.MARKER)).isRegularFile();
        assertThat(out.resolve("dantu-report.html")).isRegularFile();
        // Plain lines, in Chinese, when the output is not a terminal; the district's storing is shown.
        assertThat(first.out()).doesNotContain("\r").contains("数据库已就绪").contains("生成丹徒区合成数据").contains("存储完成，用时")
                .contains("月度运行：").containsPattern("2022-02 \\[#+\\] 案件 [0-9,]+，发放 [0-9,.]+ 元");
        assertThat(first.err()).isEmpty();

        Files.writeString(out.resolve("db").resolve("left-by-demo.txt"), "x");
        Files.writeString(out.resolve("keep-me.txt"), "the user's file");
        List<String> before = snapshot(tmp);
        Outcome again = cli(small);
        assertBadInput(again, "--resume", false);
        assertThat(again.errLines().get(0)).contains("--force");
        assertThat(snapshot(tmp)).isEqualTo(before);

        List<String> forced = new ArrayList<>(Arrays.asList(small));
        forced.addAll(List.of("--force", "--lang", "en"));
        Outcome force = cli(forced.toArray(String[]::new));
        assertThat(force.code()).as(force.err()).isZero();
        assertThat(force.out()).contains("Monthly runs:").contains("stored in").doesNotContain("已完成");
        assertThat(out.resolve("db").resolve("left-by-demo.txt")).as("db/ deleted and made again").doesNotExist();
        assertThat(out.resolve("keep-me.txt")).hasContent("the user's file");

        // --resume on the directory is accepted and deletes nothing: DemoCommandTest resumes a finished run.
    }

    @Test
    void help_isChineseByDefault_andEnglishWithLangEn() {
        Outcome zh = cli("run", "--help");
        Outcome en = cli("run", "--help", "--lang", "en");

        assertThat(zh.code()).isZero();
        assertThat(zh.out()).contains("用法：").contains("人口规模").contains("--force");
        assertThat(en.code()).isZero();
        assertThat(en.out()).contains("Population scale").doesNotContain("人口规模");
    }

    @Test
    void lang_countsBeforeTheCommandNameToo() {
        String sample = Path.of("samples", "dibao-rural-elder.json").toString();

        Outcome assess = cli("--lang", "en", "assess", sample);
        Outcome bad = cli("--lang", "en", "run", "--scale", "-1");

        assertThat(assess.code()).as(assess.err()).isZero();
        assertThat(assess.out()).startsWith("minimum living guarantee 2022-10: eligible");
        assertBadInput(bad, "--scale", true);
    }

    // --- assess ---

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("dibao-rural-elder.json", "dibao", "最低生活保障 2022-10: 符合条件，"),
                Arguments.of("urban-family-working.json", "dibao", "最低生活保障 2022-10: 不符合条件"),
                Arguments.of("senior-86.json", "senior-allowance", "尊老金 2022-10: 符合条件，"));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void assess_theSampleFilesOfTheReadme(String file, String program, String decision) {
        Path sample = Path.of("samples", file);
        assertThat(sample).isRegularFile();

        Outcome o = cli("assess", sample.toString(), "--program", program, "--month", "2022-10");

        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out().lines().findFirst().orElseThrow()).startsWith(decision);
    }

    @Test
    void assess_everySampleFileIsAHousehold() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            List<Path> all = files.filter(f -> f.toString().endsWith(".json")).toList();
            assertThat(all).hasSizeGreaterThanOrEqualTo(3);
            for (Path f : all) {
                Outcome o = cli("assess", f.toString(), "--lang", "en");
                assertThat(o.code()).as(f + ": " + o.err()).isZero();
            }
        }
    }

    @Test
    void assess_fileLargerThanTheLimit_isRefusedSayingTheLimit(@TempDir Path tmp) throws IOException {
        Path big = tmp.resolve("big.json");
        byte[] padding = new byte[DemoCommand.ASSESS_LIMIT_BYTES];
        Arrays.fill(padding, (byte) ' ');
        Files.write(big, padding);
        Files.writeString(big, "{}", java.nio.file.StandardOpenOption.APPEND);
        Path justUnder = tmp.resolve("under.json");
        Files.write(justUnder, Arrays.copyOf(padding, DemoCommand.ASSESS_LIMIT_BYTES - 2));
        Files.writeString(justUnder, "{}", java.nio.file.StandardOpenOption.APPEND);

        Outcome zh = cli("assess", big.toString());
        Outcome en = cli("assess", big.toString(), "--lang", "en");
        Outcome under = cli("assess", justUnder.toString());

        assertBadInput(zh, big.toString(), false);
        assertThat(zh.errLines().get(0)).contains("1 MiB").contains("1,048,576 字节");
        assertBadInput(en, big.toString(), true);
        assertThat(en.errLines().get(0)).contains("larger than the limit of 1 MiB (1,048,576 bytes)");
        // A file at the limit is read: it is refused for what it holds, not for its size.
        assertBadInput(under, justUnder.toString(), false);
        assertThat(under.errLines().get(0)).doesNotContain("1 MiB").contains("不是有效的家庭数据");
    }

    @Test
    void assess_badFilesAndOptions_areOneLineNamingThem(@TempDir Path tmp) throws IOException {
        Path broken = tmp.resolve("broken.json");
        Files.writeString(broken, "{\n  \"id\": \"H1\",\n  \"members\": [\n");
        Path latin1 = tmp.resolve("latin1.json");
        Files.write(latin1, new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xE9, '"', '}'});
        String sample = Path.of("samples", "dibao-rural-elder.json").toString();

        assertBadInput(cli("assess", tmp.resolve("missing.json").toString()), "missing.json", false);
        assertBadInput(cli("assess", tmp.toString(), "--lang", "en"), tmp.toString(), true);
        Outcome b = cli("assess", broken.toString());
        assertBadInput(b, "broken.json", false);
        assertThat(b.errLines().get(0)).contains("行");
        assertBadInput(cli("assess", latin1.toString(), "--lang", "en"), "UTF-8", true);
        assertBadInput(cli("assess", sample, "--program", "no-such-program"), "--program", false);
        assertBadInput(cli("assess", sample, "--program", "senior-allowance", "--person", "P-NOBODY", "--lang", "en"),
                "--person", true);
        assertBadInput(cli("assess", sample, "--month", "2022-1x"), "--month", false);
        assertBadInput(cli("assess"), "FILE", false);
        assertBadInput(cli("assess", sample, "extra"), "extra", false);
    }
}
