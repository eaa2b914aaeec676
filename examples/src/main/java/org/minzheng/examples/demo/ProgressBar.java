package org.minzheng.examples.demo;

import java.io.PrintStream;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;

import org.minzheng.core.identity.RegionCode;
import org.minzheng.runtime.MonthlyRun;
import org.minzheng.runtime.MonthlyRunListener;

/** A one-line text progress bar for monthly runs (进度条), redrawn in place with carriage returns. */
final class ProgressBar implements MonthlyRunListener {

    private static final int WIDTH = 30;
    private final PrintStream out;
    private YearMonth month;
    private int lastDrawn = -1;

    ProgressBar(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void started(YearMonth m, RegionCode region, int cases) {
        this.month = m;
        this.lastDrawn = -1;
        draw(0, cases);
    }

    @Override
    public void progress(int done, int total) {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        if (filled != lastDrawn || done == total) {
            draw(done, total);
        }
    }

    @Override
    public void finished(MonthlyRun run) {
        out.printf(Locale.ROOT, "\r  %s [%s] %,7d cases  paid %,14.2f  posted %,6d  changed %,4d  failed %d  %.1f s%n", run.month(),
                "#".repeat(WIDTH), run.assessed(), run.amount().amount(), run.posted(), run.changes().size(), run.failures().size(),
                run.elapsed().toMillis() / 1000.0);
        out.flush();
    }

    private void draw(int done, int total) {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        lastDrawn = filled;
        out.printf(Locale.ROOT, "\r  %s [%s%s] %,7d/%,d", month, "#".repeat(filled), " ".repeat(WIDTH - filled), done, total);
        out.flush();
    }
}
