package org.minzheng.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The progress display: its estimate of the time left, and plain lines off a terminal. */
class ProgressTest {

    private final AtomicLong now = new AtomicLong();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private Progress progress(Lang lang, boolean terminal) {
        return new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), Messages.of(lang), terminal, now::get);
    }

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private void seconds(long s) {
        now.addAndGet(s * 1_000_000_000L);
    }

    @Test
    void month_estimatesThisMonthAndTheMonthsAfterIt_inChinese() {
        Progress p = progress(Lang.ZH, false);
        p.plan(3);
        p.started(YearMonth.of(2022, 1), DantuDistrict.REGION, 1_000);
        seconds(10);
        p.progress(250, 1_000); // 30 s left of this month, which will take 40 s; two more such months

        assertThat(printed()).contains("2022-01 [#######                       ] 250/1,000，预计剩余 1 分 50 秒")
                .doesNotContain("\r");
    }

    @Test
    void storing_isShownInQuarters_offATerminal_inEnglish() {
        Progress p = progress(Lang.EN, false);
        p.startStoring();
        for (int done = 100; done <= 1_000; done += 100) {
            seconds(1);
            p.storing(done, 1_000);
        }

        String out = printed();
        assertThat(out.lines().filter(l -> l.contains("stored [")).count()).as(out).isEqualTo(3);
        assertThat(out).contains("500/1,000, about 5.0 s left").contains("stored in 10.0 s").doesNotContain("\r");
    }

    @Test
    void onATerminal_theBarIsRedrawnInPlace() {
        Progress p = progress(Lang.ZH, true);
        p.startStoring();
        seconds(2);
        p.storing(400, 1_000);
        seconds(3);
        p.storing(1_000, 1_000);

        assertThat(printed()).contains("\r  已存储 [############").contains("预计剩余 3.0 秒").contains("存储完成，用时 5.0 秒");
    }

    @Test
    void durations_readAsPeopleSayThem() {
        Progress zh = progress(Lang.ZH, false);
        Progress en = progress(Lang.EN, false);

        assertThat(zh.duration(12_340_000_000L)).isEqualTo("12.3 秒");
        assertThat(zh.duration(125_000_000_000L)).isEqualTo("2 分 05 秒");
        assertThat(en.duration(3_725_000_000_000L)).isEqualTo("1 h 02 min");
    }
}
