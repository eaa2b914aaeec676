package org.minzheng.jdbc.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy for fault injection between a JDBC driver and a database server, listening on
 * 127.0.0.1 only (a port chosen by the system). Plain sockets, two threads per connection. Faults:
 * <ul>
 *   <li>{@link #dropAll()}: every open connection is cut at once (mid-transaction);</li>
 *   <li>{@link #dropRandomly}: each new connection, with a probability, is cut after a random
 *       number of bytes in either direction (mid-statement, mid-commit, mid-reply);</li>
 *   <li>{@link #dropOnCommit}: the next time the client sends a {@code COMMIT} (PostgreSQL's
 *       protocol), it is forwarded
 *       and the connection is cut when the server's reply arrives, before the client sees it (the
 *       commit happened, the client cannot know);</li>
 *   <li>{@link #stall}: nothing is forwarded for a while;</li>
 *   <li>{@link #refuse}: the port refuses connections for a while.</li>
 * </ul>
 */
public final class FaultProxy implements AutoCloseable {

    /** The query text of a commit in the PostgreSQL protocol, NUL-terminated (not "READ COMMITTED"). */
    private static final byte[] COMMIT = "COMMIT\0".getBytes(StandardCharsets.US_ASCII);

    private final String upstreamHost;
    private final int upstreamPort;
    private final int port;
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger drops = new AtomicInteger();
    private volatile ServerSocket server;
    private volatile boolean closed;
    private volatile long stalledUntil;
    private volatile Random random;
    private volatile double dropProbability;
    private volatile int maxBytes;
    private volatile boolean dropOnCommit;
    private volatile Thread accepting;

    private FaultProxy(String upstreamHost, int upstreamPort) throws IOException {
        this.upstreamHost = upstreamHost;
        this.upstreamPort = upstreamPort;
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.port = s.getLocalPort();
        listen(s);
    }

    /**
     * Starts a proxy to a server.
     *
     * @param upstreamHost the server's host
     * @param upstreamPort the server's port
     * @return the proxy, accepting connections on 127.0.0.1:{@link #port()}
     * @throws IOException if it cannot listen
     */
    public static FaultProxy start(String upstreamHost, int upstreamPort) throws IOException {
        return new FaultProxy(upstreamHost, upstreamPort);
    }

    /** @return the port on 127.0.0.1 */
    public int port() {
        return port;
    }

    /** @return connections accepted so far */
    public int connections() {
        return connections.get();
    }

    /** @return connections cut by a fault so far */
    public int drops() {
        return drops.get();
    }

    private void listen(ServerSocket s) {
        server = s;
        Thread t = new Thread(() -> {
            while (!s.isClosed()) {
                try {
                    Socket client = s.accept();
                    if (s.isClosed()) {
                        // accepted while the port was being closed (refuse): the client must see no server
                        client.close();
                        return;
                    }
                    connections.incrementAndGet();
                    open(client);
                } catch (IOException e) {
                    return; // closed
                }
            }
        }, "fault-proxy-accept");
        t.setDaemon(true);
        accepting = t;
        t.start();
    }

    private void open(Socket client) {
        Socket upstream;
        try {
            client.setTcpNoDelay(true);
            upstream = new Socket(upstreamHost, upstreamPort);
            upstream.setTcpNoDelay(true);
        } catch (IOException e) {
            closeQuietly(client);
            return;
        }
        long budget = -1;
        Random r = random;
        if (r != null) {
            synchronized (r) {
                if (r.nextDouble() < dropProbability) {
                    budget = r.nextInt(Math.max(1, maxBytes));
                }
            }
        }
        Link link = new Link(client, upstream, budget);
        links.add(link);
        link.start();
    }

    /** Cuts every open connection now. */
    public void dropAll() {
        for (Link l : links) {
            drops.incrementAndGet();
            l.close();
        }
    }

    /**
     * From now on, each new connection is cut, with a probability, after a uniformly random number
     * of bytes (both directions counted) below a bound.
     *
     * @param random the random source
     * @param probability the share of connections cut
     * @param maxBytes the bound
     */
    public void dropRandomly(Random random, double probability, int maxBytes) {
        this.dropProbability = probability;
        this.maxBytes = maxBytes;
        this.random = random;
    }

    /** The next {@code COMMIT} a client sends reaches the server; its reply does not reach the client. */
    public void dropOnCommit() {
        dropOnCommit = true;
    }

    /**
     * Forwards nothing, in either direction, on any connection, for a while.
     *
     * @param d how long
     */
    public void stall(Duration d) {
        stalledUntil = System.nanoTime() + d.toNanos();
    }

    /**
     * Closes the listening port for a while, so that connecting is refused, then listens again on
     * the same port. Open connections are not touched. Returns at once.
     *
     * @param d how long
     */
    public void refuse(Duration d) throws IOException {
        refuse();
        listenAgainAfter(d);
    }

    /**
     * Closes the listening port until {@link #listenAgainAfter} opens it again, so that connecting is refused
     * for as long as a test needs, however slowly a loaded machine runs it. Open connections are not touched.
     */
    public void refuse() throws IOException {
        server.close();
        // Closing a listening socket while its thread is blocked in accept() completes only when that thread
        // leaves accept(): until then a client could still connect (seen: 12 of 40 runs). Wait for it.
        try {
            accepting.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while closing the proxy's port", e);
        }
        if (accepting.isAlive()) {
            throw new IOException("the proxy's port did not close within 5 s");
        }
    }

    /**
     * Listens again on the same port after a while, after {@link #refuse()}. Returns at once.
     *
     * @param d how long from now
     */
    public void listenAgainAfter(Duration d) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(d.toMillis());
                if (!closed) {
                    ServerSocket s = new ServerSocket();
                    s.setReuseAddress(true);
                    s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                    listen(s);
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("the proxy cannot listen again on port " + port, e);
            }
        }, "fault-proxy-refuse");
        t.setDaemon(true);
        t.start();
    }

    /** Injects no more faults (connections already doomed stay doomed). */
    public void clearFaults() {
        random = null;
        dropOnCommit = false;
        stalledUntil = 0;
    }

    @Override
    public void close() {
        closed = true;
        clearFaults();
        try {
            server.close();
        } catch (IOException ignored) {
            // closing
        }
        links.forEach(Link::close);
    }

    private void awaitStall() {
        long until = stalledUntil;
        while (System.nanoTime() < until) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            until = stalledUntil;
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing
        }
    }

    private static boolean contains(byte[] data, int length, byte[] marker) {
        outer:
        for (int i = 0; i + marker.length <= length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (data[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** One proxied connection. */
    private final class Link {
        final Socket client;
        final Socket upstream;
        /** Bytes left before the cut, or -1 for no cut. */
        long budget;
        volatile boolean swallowReply;

        Link(Socket client, Socket upstream, long budget) {
            this.client = client;
            this.upstream = upstream;
            this.budget = budget;
        }

        void start() {
            pump(client, upstream, true);
            pump(upstream, client, false);
        }

        private void pump(Socket from, Socket to, boolean fromClient) {
            Thread t = new Thread(() -> {
                byte[] buf = new byte[8192];
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                        awaitStall();
                        if (!fromClient && swallowReply) {
                            drops.incrementAndGet();
                            close();
                            return;
                        }
                        int forward = n;
                        boolean cut = false;
                        synchronized (this) {
                            if (budget >= 0) {
                                if (n >= budget) {
                                    forward = (int) budget;
                                    cut = true;
                                }
                                budget -= forward;
                            }
                        }
                        if (fromClient && dropOnCommit && contains(buf, n, COMMIT)) {
                            dropOnCommit = false;
                            swallowReply = true;
                        }
                        out.write(Arrays.copyOf(buf, forward));
                        out.flush();
                        if (cut) {
                            drops.incrementAndGet();
                            close();
                            return;
                        }
                    }
                } catch (SocketException e) {
                    // cut or closed
                } catch (IOException e) {
                    // cut or closed
                } finally {
                    close();
                }
            }, "fault-proxy-pump");
            t.setDaemon(true);
            t.start();
        }

        void close() {
            links.remove(this);
            closeQuietly(client);
            closeQuietly(upstream);
        }
    }
}
