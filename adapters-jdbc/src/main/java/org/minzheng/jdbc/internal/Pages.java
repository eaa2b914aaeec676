package org.minzheng.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.minzheng.spi.storage.EntityType;

/**
 * Streams of records read page by page (keyset pagination on the identifier): memory stays
 * bounded, each page costs a fixed number of queries, and one connection serves the whole
 * stream. The connection is closed when the stream is exhausted or closed, whichever is first;
 * inside a transaction the transaction's connection is used and left open.
 */
final class Pages {

    /** Reads the page after a key (null for the first page). */
    @FunctionalInterface
    interface PageReader<T> {
        Page<T> read(Connection c, String after) throws SQLException;
    }

    /**
     * One page: its items, the key to continue after, and whether more may follow.
     *
     * @param <T> item type
     * @param items the items
     * @param last the key of the last row read (not necessarily of the last item)
     * @param more whether another page may follow
     */
    record Page<T>(List<T> items, String last, boolean more) {
        /** A page of items keyed by themselves: more may follow when the page is full. */
        static <T> Page<T> of(List<T> items, Function<T, String> key) {
            return new Page<>(items, items.isEmpty() ? null : key.apply(items.get(items.size() - 1)),
                    items.size() >= Jdbc.CHUNK);
        }
    }

    private Pages() {
    }

    static <T> Stream<T> stream(Session session, String what, EntityType entity, PageReader<T> reader) {
        PageSpliterator<T> s = new PageSpliterator<>(session, what, entity, reader);
        return StreamSupport.stream(s, false).onClose(s::close);
    }

    private static final class PageSpliterator<T> extends Spliterators.AbstractSpliterator<T> {
        private final Session session;
        private final String what;
        private final EntityType entity;
        private final PageReader<T> reader;
        private final Deque<T> buffer = new ArrayDeque<>();
        private Connection connection;
        private String after;
        private boolean done;

        PageSpliterator(Session session, String what, EntityType entity, PageReader<T> reader) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.session = session;
            this.what = what;
            this.entity = entity;
            this.reader = reader;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            // A page may hold no items (e.g. a page of cases none of which was paid this month)
            // while later pages do: keep fetching until an item arrives or the pages end.
            while (buffer.isEmpty() && !done) {
                fetch();
            }
            T next = buffer.poll();
            if (next == null) {
                return false;
            }
            action.accept(next);
            return true;
        }

        private void fetch() {
            try {
                if (session.transaction() != null) {
                    accept(session.read(what, entity, c -> reader.read(c, after)));
                    return;
                }
                if (connection == null) {
                    connection = session.open(true);
                }
                accept(reader.read(connection, after));
            } catch (SQLException e) {
                close(SqlErrors.isConnectionFailure(e));
                throw SqlErrors.translate(what, entity, e);
            } catch (RuntimeException e) {
                close();
                throw e;
            }
            if (done) {
                close();
            }
        }

        private void accept(Page<T> page) {
            buffer.addAll(page.items());
            after = page.last();
            if (!page.more() || page.last() == null) {
                done = true;
            }
        }

        void close() {
            close(false);
        }

        /** Gives the connection back: closed, or kept by the session whose connection it is (unless broken). */
        void close(boolean broken) {
            done = true;
            if (connection != null) {
                Connection c = connection;
                connection = null;
                session.release(c, broken);
            }
        }
    }
}
