package org.minzheng.examples.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.CaseState;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.spi.storage.AuditEntry;
import org.minzheng.spi.storage.EntityType;
import org.minzheng.spi.storage.Storage;

/**
 * The cases of the district as stored, kept from month to month by the desk and the delivery (decision 0425). Read in
 * full the first time it is used; after that {@link #refresh()} reads the audit log written since it last looked
 * (every write through the storage SPI appends one entry per record, in the write's transaction) and reads again only
 * the cases whose entries show a version newer than the one kept, or all of them again when that is most of them.
 * What the demo writes itself is put in with {@link #saved} as the store returned it.
 *
 * <p>The demo refreshes it once a month, after the monthly run and its review, the only writer of cases besides the
 * desk: the delivery then reads it, and the desk of the next month, which writes cases only through {@link #saved}.
 * After a refresh it equals what {@code streamByRegion} returns, provided no write is in flight while it refreshes
 * (the demo writes from one thread; the monthly run's threads have finished when it returns). The cases are kept in id
 * order, the order of the store's keyset pages on H2.
 */
final class CaseBook {

    /**
     * How far before the newest entry read the next refresh starts: an entry stamped a little earlier by a clock set
     * back is still seen (the entries read twice are skipped by version).
     */
    static final Duration OVERLAP = Duration.ofSeconds(2);
    private static final Instant BEGINNING = Instant.EPOCH;
    /** Up to how many changed cases are read one by one rather than all cases again (and up to a tenth of them). */
    private static final int REREAD_ONE_BY_ONE = 500;
    private static final Instant END = Instant.parse("9999-12-31T00:00:00Z");

    private final Storage storage;
    private final RegionCode region;
    private final Map<String, Case> byId = new TreeMap<>();
    /** The newest audit time read, by the store's clock; {@code null} until the book is read in full. */
    private Instant newest;
    private int reread;

    CaseBook(Storage storage, RegionCode region) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.region = Objects.requireNonNull(region, "region");
    }

    /** Reads every case of the region the first time the book is used; after that, does nothing. */
    void read() {
        if (newest == null) {
            refresh();
        }
    }

    /**
     * Brings the book up to what is stored: the first time by reading every case of the region, later by reading
     * again the cases the audit log shows written since.
     */
    void refresh() {
        if (newest == null) {
            // the log first, then the cases: nothing is written in between, so a write after the read of the cases
            // is stamped at or after the newest entry read here
            newest = BEGINNING;
            changedSince(BEGINNING);
            readAll();
            return;
        }
        Set<String> changed = changedSince(newest.minus(OVERLAP));
        if (changed.size() > Math.max(REREAD_ONE_BY_ONE, byId.size() / 10)) {
            // e.g. the month after the first applications, when the run starts most cases: a page of 500 cases costs
            // what a few cases read one by one cost
            readAll();
            return;
        }
        for (String id : changed) {
            Optional<Case> c = storage.cases().find(CaseId.of(id));
            reread++;
            if (c.isPresent() && region.contains(c.get().region())) {
                byId.put(id, c.get());
            } else {
                byId.remove(id);
            }
        }
    }

    private void readAll() {
        byId.clear();
        try (Stream<Case> all = storage.cases().streamByRegion(region)) {
            all.forEach(c -> byId.put(c.id().value(), c));
        }
    }

    /**
     * The cases the audit log shows written from a moment on with a version newer than the book's, in the log's
     * order; moves {@link #newest} on.
     */
    private Set<String> changedSince(Instant from) {
        Set<String> changed = new LinkedHashSet<>();
        try (Stream<AuditEntry> entries = storage.audit().between(from, END)) {
            entries.forEach(e -> {
                if (e.at().isAfter(newest)) {
                    newest = e.at();
                }
                if (e.entity() != EntityType.CASE || e.region().isPresent() && !region.contains(e.region().get())) {
                    return;
                }
                Case kept = byId.get(e.entityId());
                if (kept == null || kept.version() < e.version()) {
                    changed.add(e.entityId());
                }
            });
        }
        return changed;
    }

    /**
     * Puts in cases as the store returned them from a save (with their new versions).
     *
     * @param cases the saved cases
     */
    void saved(Collection<Case> cases) {
        for (Case c : cases) {
            Case kept = byId.get(c.id().value());
            if (region.contains(c.region()) && (kept == null || kept.version() <= c.version())) {
                byId.put(c.id().value(), c);
            }
        }
    }

    /**
     * Every case of the region, in id order, as of the last refresh and the saves put in since (read in full first if
     * the book was never read).
     *
     * @return the cases
     */
    Collection<Case> all() {
        read();
        return Collections.unmodifiableCollection(byId.values());
    }

    /**
     * The cases of a program in a state, in id order (what {@code streamByProgramAndState} returns).
     *
     * @param program the program
     * @param state the state
     * @return the cases
     */
    List<Case> in(ProgramCode program, CaseState state) {
        read();
        List<Case> out = new ArrayList<>();
        for (Case c : byId.values()) {
            if (c.state() == state && c.program().equals(program)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * How many cases were read again after the first full read (for tests and the decision's figures).
     *
     * @return the count
     */
    int reread() {
        return reread;
    }
}
