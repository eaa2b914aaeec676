package org.minzheng.benchmarks;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The CPU time the PostgreSQL server spent for a data source's connections (服务器端 CPU 时间): each new
 * connection asks for its backend's process id, and the backend's user and system time is read from
 * {@code /proc/<pid>/stat} (only when the server runs on this machine, as on the build machine) — at phase
 * boundaries for live connections and just before a connection closes. Unlike the wall time it is hardly
 * affected by other processes on a shared machine; it excludes the WAL writer and checkpointer and the
 * waits for the disk. Used by {@link MonthlyRunHarness}; never in production code.
 */
final class ServerCpu {

    private static final long TICK_NANOS = 10_000_000L; // USER_HZ = 100 on Linux

    private final Map<Integer, Boolean> live = new ConcurrentHashMap<>();
    private final AtomicLong closedTicks = new AtomicLong();
    private volatile boolean available = true;

    /** @param ds the data source @return the same data source, its backends' CPU recorded */
    DataSource wrap(DataSource ds) {
        return (DataSource) Proxy.newProxyInstance(ServerCpu.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (p, m, a) -> {
                    Object r = invoke(m, ds, a);
                    return r instanceof Connection c ? connection(c) : r;
                });
    }

    /** @return the CPU time, in nanoseconds, of every backend seen so far, or -1 if it cannot be read */
    long nanos() {
        if (!available) {
            return -1;
        }
        long ticks = closedTicks.get();
        for (Integer pid : live.keySet()) {
            long t = ticks(pid);
            if (t < 0) {
                return -1;
            }
            ticks += t;
        }
        return ticks * TICK_NANOS;
    }

    private Connection connection(Connection c) throws SQLException {
        int pid;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            pid = rs.getInt(1);
        }
        live.put(pid, Boolean.TRUE);
        return (Connection) Proxy.newProxyInstance(ServerCpu.class.getClassLoader(), new Class<?>[] {Connection.class},
                (p, m, a) -> {
                    if (m.getName().equals("close") && live.remove(pid) != null) {
                        long t = ticks(pid);
                        if (t < 0) {
                            available = false;
                        } else {
                            closedTicks.addAndGet(t);
                        }
                    }
                    return invoke(m, c, a);
                });
    }

    private static Object invoke(java.lang.reflect.Method m, Object target, Object[] a) throws Throwable {
        try {
            return m.invoke(target, a);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private long ticks(int pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            available = false;
            return -1;
        }
    }
}
