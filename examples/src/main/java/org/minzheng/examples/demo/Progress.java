package org.minzheng.examples.demo;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Objects;
import java.util.function.LongSupplier;

import org.minzheng.core.identity.RegionCode;
import org.minzheng.runtime.MonthlyRun;
import org.minzheng.runtime.MonthlyRunListener;

/**
 * The demo's progress display (进度显示), in the chosen language: the storing of the district and each
 * monthly run with a bar and an estimate of the time left (this month's, and the run's once a month has
 * finished). On a terminal the bar is redrawn in place; otherwise (a file, a pipe, a test) it prints plain
 * lines: one at each quarter and one when a step ends.
 */
final class Progress implements MonthlyRunListener {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final Messages msg;
    private final boolean terminal;
    private final LongSupplier nanoTime;

    private boolean barOpen;
    private int lastFilled = -1;
    private int lastQuarter;

    private int monthsPlanned;
    private int monthsDone;
    private long monthsNanos;

    private YearMonth month;
    private long stepStart;

    Progress(PrintStream out, Messages msg, boolean terminal) {
        this(out, msg, terminal, System::nanoTime);
    }

    Progress(PrintStream out, Messages msg, boolean terminal, LongSupplier nanoTime) {
        this.out = Objects.requireNonNull(out, "out");
        this.msg = Objects.requireNonNull(msg, "msg");
        this.terminal = terminal;
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /**
     * Prints a line (after the bar being drawn, if any).
     *
     * @param key the message
     * @param args its arguments
     */
    void line(String key, Object... args) {
        closeBar();
        out.println(msg.get(key, args));
        out.flush();
    }

    /**
     * How many monthly runs follow: the estimate for the whole run counts them.
     *
     * @param months the months to run
     */
    void plan(int months) {
        this.monthsPlanned = months;
    }

    /** Starts a step measured by {@link #storing}. */
    void startStoring() {
        stepStart = nanoTime.getAsLong();
        lastFilled = -1;
        lastQuarter = 0;
    }

    /**
     * Records progress while the district is stored.
     *
     * @param done records stored
     * @param total records to store
     */
    void storing(int done, int total) {
        long elapsed = nanoTime.getAsLong() - stepStart;
        bar(msg.get("progress.storing"), done, total, remaining(elapsed, done, total));
        if (done >= total) {
            line("progress.stored", duration(elapsed));
        }
    }

    @Override
    public void started(YearMonth m, RegionCode region, int cases) {
        closeBar();
        this.month = m;
        this.stepStart = nanoTime.getAsLong();
        this.lastFilled = -1;
        this.lastQuarter = 0;
        bar(m.toString(), 0, cases, -1);
    }

    @Override
    public void progress(int done, int total) {
        long elapsed = nanoTime.getAsLong() - stepStart;
        long thisMonth = remaining(elapsed, done, total);
        long later = 0;
        int after = Math.max(0, monthsPlanned - monthsDone - 1);
        if (after > 0 && thisMonth >= 0) {
            // A month takes as long as the months before it did on average, or as this one will.
            long perMonth = monthsDone > 0 ? monthsNanos / monthsDone : elapsed + thisMonth;
            later = after * perMonth;
        }
        if (done < total) {
            bar(month.toString(), done, total, thisMonth < 0 ? -1 : thisMonth + later);
        }
    }

    @Override
    public void finished(MonthlyRun run) {
        long elapsed = nanoTime.getAsLong() - stepStart;
        monthsDone++;
        monthsNanos += elapsed;
        String text = msg.get("progress.month", run.month(), "#".repeat(WIDTH), run.assessed(),
                run.amount().amount().setScale(2, java.math.RoundingMode.HALF_UP), run.posted(), run.changes().size(),
                run.failures().size(), duration(elapsed));
        if (terminal) {
            out.print("\r" + text + "          \n");
        } else {
            out.println(text);
        }
        barOpen = false;
        out.flush();
    }

    /** The nanoseconds left at the rate so far, or -1 if nothing is done yet. */
    private static long remaining(long elapsed, int done, int total) {
        if (done <= 0) {
            return -1;
        }
        return (long) ((double) elapsed * Math.max(0, total - done) / done);
    }

    private void bar(String label, int done, int total, long remainingNanos) {
        int filled = total <= 0 ? WIDTH : (int) ((long) Math.min(done, total) * WIDTH / total);
        String eta = remainingNanos < 0 || done >= total ? "" : msg.get("progress.left", duration(remainingNanos));
        String text = msg.get("progress.bar", label, "#".repeat(filled) + " ".repeat(WIDTH - filled), done, total, eta);
        if (terminal) {
            if (filled != lastFilled || done >= total) {
                out.print("\r" + text + "    ");
                barOpen = true;
                lastFilled = filled;
                out.flush();
            }
            if (done >= total) {
                closeBar();
            }
        } else {
            int quarter = total <= 0 ? 4 : (int) ((long) Math.min(done, total) * 4 / total);
            if (quarter > lastQuarter && quarter < 4) {
                out.println(text);
                out.flush();
            }
            lastQuarter = Math.max(lastQuarter, quarter);
        }
    }

    private void closeBar() {
        if (barOpen) {
            out.println();
            barOpen = false;
        }
    }

    /**
     * A duration for people: {@code 12.3 秒}, {@code 2 分 05 秒}, {@code 1 小时 02 分}.
     *
     * @param nanos the duration
     * @return the text
     */
    String duration(long nanos) {
        Duration d = Duration.ofNanos(Math.max(0, nanos));
        if (d.toMinutes() == 0) {
            return msg.get("duration.seconds", BigDecimal.valueOf(d.toMillis()).movePointLeft(3).setScale(1,
                    java.math.RoundingMode.HALF_UP).toPlainString());
        }
        if (d.toHours() == 0) {
            return msg.get("duration.minutes", d.toMinutes(), String.format("%02d", d.toSecondsPart()));
        }
        return msg.get("duration.hours", d.toHours(), String.format("%02d", d.toMinutesPart()));
    }

    /**
     * The duration from a start to now.
     *
     * @param startNanos the start, from the same clock
     * @return the text
     */
    String since(long startNanos) {
        return duration(nanoTime.getAsLong() - startNanos);
    }

    long now() {
        return nanoTime.getAsLong();
    }
}
