package org.minzheng.tck.storage;

import org.minzheng.spi.storage.Storage;

/**
 * A store the kill test (断电/强杀测试) can open twice: in a child JVM that writes until it is
 * killed, and in the test's own JVM, which then checks what survived.
 *
 * <p>Implement it with a public class that has a public no-argument constructor: the child JVM
 * creates it by name ({@link KillChild}). The child inherits the test's class path and
 * environment, so a target may read connection settings from environment variables.
 *
 * <pre>{@code
 * public final class MyTarget implements KillTarget {
 *     public Storage open(String location) { return MyStorage.open(Path.of(location)); }
 * }
 * }</pre>
 *
 * @implSpec {@link #open} must give a storage on the same data for the same location in every
 *     JVM, and must not empty it. The storage the test's JVM opens is closed before the next
 *     child starts.
 */
public interface KillTarget {

    /**
     * Opens the store at a location (a directory, a schema name: whatever the target
     * understands).
     *
     * @param location the location given to {@link KillHarness#run}
     * @return the storage
     * @throws Exception if it cannot be opened
     */
    Storage open(String location) throws Exception;

    /**
     * Waits until nothing the killed child started can still change the store. A database server
     * may still be executing the child's last statement, or a {@code COMMIT} it received, when the
     * child's process is gone; a target on a server should wait here until the server has ended
     * the child's sessions. The default returns at once (right for embedded stores: the child's
     * process was the only writer).
     *
     * @param location the location
     * @throws Exception if waiting fails
     */
    default void afterKill(String location) throws Exception {
    }
}
