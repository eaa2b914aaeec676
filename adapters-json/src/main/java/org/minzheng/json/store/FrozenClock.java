package org.minzheng.json.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that can be held at one instant while a write (or its replay) runs, so that the
 * instants the in-memory store records are exactly those written to the journal.
 */
final class FrozenClock extends Clock {

    private final Clock base;
    private volatile Instant frozen;

    FrozenClock(Clock base) {
        this.base = base;
    }

    void freeze(Instant at) {
        this.frozen = at;
    }

    void thaw() {
        this.frozen = null;
    }

    Instant now() {
        return base.instant();
    }

    @Override
    public Instant instant() {
        Instant f = frozen;
        return f != null ? f : base.instant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the store's clock is always UTC");
    }
}
