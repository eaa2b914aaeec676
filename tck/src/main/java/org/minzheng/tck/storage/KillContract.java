package org.minzheng.tck.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The storage contract suite, part 4: a writer killed at random moments loses nothing it
 * acknowledged and leaves nothing half-written ({@link KillHarness}). A store's test extends this
 * class and names its {@link KillTarget} and a location that holds none of the workload's
 * records yet:
 * <pre>{@code
 * class MyStorageKillTest extends KillContract {
 *     @TempDir Path dir;
 *     @Override protected Class<? extends KillTarget> target() { return MyTarget.class; }
 *     @Override protected String location() { return dir.toString(); }
 * }
 * }</pre>
 * It kills the child {@link #defaultKills()} times (more with {@code -Dminzheng.kill.seeds=50})
 * and prints the report to standard output.
 */
public abstract class KillContract {

    /**
     * The store's kill target.
     *
     * @return a public class with a public no-argument constructor
     */
    protected abstract Class<? extends KillTarget> target();

    /**
     * Where the store is: a location holding none of the workload's records.
     *
     * @return the location passed to {@link KillTarget#open}
     * @throws Exception if it cannot be prepared
     */
    protected abstract String location() throws Exception;

    /**
     * How many kills a normal build makes. Each costs a JVM start, the store's opening and up
     * to 1 s of writing.
     *
     * @return the number of kills unless {@value KillHarness#KILLS_PROPERTY} is set; 5 here
     */
    protected int defaultKills() {
        return 5;
    }

    @Test
    void writerKilledAtRandomMoments_losesNothingAcknowledged_andLeavesNothingHalfWritten() throws Exception {
        KillHarness.Report report = KillHarness.run(target(), location(),
                KillHarness.Plan.fromSystemProperties(defaultKills()));
        System.out.println(getClass().getSimpleName() + ": " + report);
        assertThat(report.problems()).as(report.toString()).isEmpty();
        assertThat(report.acknowledged()).as("steps acknowledged: the child must get to write").isPositive();
    }
}
