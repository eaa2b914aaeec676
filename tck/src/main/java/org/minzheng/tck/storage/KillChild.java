package org.minzheng.tck.storage;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.minzheng.core.registry.Household;
import org.minzheng.spi.storage.Storage;

/**
 * The child process of the kill test: opens a {@link KillTarget}'s store and writes the steps of
 * the kill workload one after the other, printing {@code ack N} after step {@code N}'s write has
 * returned, until it is killed. It prints {@code opening} before it opens the store and
 * {@code ready} when the store is open. {@link KillHarness} starts it; it is not meant to be run by hand.
 *
 * <p>Arguments: the target's class name, the location, the first unit to write.
 */
public final class KillChild {

    private KillChild() {
    }

    /**
     * Writes until killed.
     *
     * @param args target class name, location, first unit
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        try {
            KillTarget target = (KillTarget) Class.forName(args[0]).getDeclaredConstructor().newInstance();
            int first = Integer.parseInt(args[2]);
            out.println("opening");
            out.flush();
            Storage storage = target.open(args[1]);
            out.println("ready");
            out.flush();
            for (int u = first; ; u++) {
                Household stored = KillWorkload.stepA(storage, u);
                acknowledge(out, 3L * u);
                KillWorkload.stepB(storage, u, stored);
                acknowledge(out, 3L * u + 1);
                KillWorkload.stepC(storage, u);
                acknowledge(out, 3L * u + 2);
            }
        } catch (Throwable e) {
            // The test data holds no real person; the message helps whoever reads the failure.
            out.println("fail " + e);
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                out.println("fail caused by " + c);
            }
            out.flush();
            System.exit(2);
        }
    }

    private static void acknowledge(PrintStream out, long step) {
        out.println("ack " + step);
        out.flush();
    }
}
