package org.minzheng.spi.storage;

import java.util.Objects;
import java.util.Optional;
import org.minzheng.core.identity.RegionCode;

/**
 * An access outside the region a storage view is scoped to (越权访问): the read or write was
 * refused and nothing was written.
 *
 * <p>Raised by views made with {@link Storage#scopedTo(RegionCode)} when a query or a write
 * concerns a region that is not the scope or inside it, or when a write would touch a record the
 * view cannot see. Writes are never silently filtered. A scoped view neither confirms nor names
 * records outside its scope: a read of such a record finds nothing, as if it were not stored, and a
 * write that would touch one fails with the same message whatever the record is and wherever it
 * lies ({@link #RegionAccessException(RegionCode, String)}); see decision record 0152.
 */
public class RegionAccessException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final transient RegionCode scope;
    private final transient RegionCode region;

    /**
     * Creates the exception.
     *
     * @param scope the region the view is limited to
     * @param region the region that was asked for: the region of a query or of the record being
     *     written, as the caller gave it, never the region of a stored record outside the scope
     * @param what what was attempted, without personal data (e.g. "save household H-1")
     */
    public RegionAccessException(RegionCode scope, RegionCode region, String what) {
        super(Objects.requireNonNull(what, "what") + ": region " + Objects.requireNonNull(region, "region").shortForm()
                + " is outside the scope " + Objects.requireNonNull(scope, "scope").shortForm()
                + " of this storage view; refused (超出本级管辖区域，拒绝访问)");
        this.scope = scope;
        this.region = region;
    }

    /**
     * Creates the exception for a write that would touch a record this view cannot see: a stored
     * record outside the scope, a record without a region (a person outside any household), or a
     * reference to a record the view does not find. The message is the same in every case and
     * names neither the record nor its region, so that a scoped view learns nothing about records
     * outside it.
     *
     * @param scope the region the view is limited to
     * @param what what was attempted, naming only what the caller gave, without personal data
     */
    public RegionAccessException(RegionCode scope, String what) {
        super(Objects.requireNonNull(what, "what") + ": refused, it touches a record that the storage view of "
                + Objects.requireNonNull(scope, "scope").shortForm() + " cannot see (涉及本辖区视图不可见的记录，拒绝)");
        this.scope = scope;
        this.region = null;
    }

    /**
     * The region the view is limited to.
     *
     * @return the scope
     */
    public RegionCode scope() {
        return scope;
    }

    /**
     * The region that was asked for.
     *
     * @return the region of the query or of the record being written, or empty when the write
     *     touched a record the view cannot see
     */
    public Optional<RegionCode> region() {
        return Optional.ofNullable(region);
    }
}
