package org.minzheng.spi.storage;

import java.util.Objects;
import java.util.Optional;
import org.minzheng.core.identity.RegionCode;

/**
 * An access outside the region a storage view is scoped to (越权访问): the read or write was
 * refused and nothing was written.
 *
 * <p>Raised by views made with {@link Storage#scopedTo(RegionCode)} when a record, a query or a
 * write concerns a region that is not the scope or inside it. Writes are never silently filtered.
 */
public class RegionAccessException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final transient RegionCode scope;
    private final transient RegionCode region;

    /**
     * Creates the exception.
     *
     * @param scope the region the view is limited to
     * @param region the region that was asked for
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
     * Creates the exception for a record that has no region (a person outside any household),
     * which no scoped view may read or write.
     *
     * @param scope the region the view is limited to
     * @param what what was attempted, without personal data
     */
    public RegionAccessException(RegionCode scope, String what) {
        super(Objects.requireNonNull(what, "what") + ": the record has no region, so it is outside the scope "
                + Objects.requireNonNull(scope, "scope").shortForm() + " of this storage view; refused (记录不属于任何辖区，拒绝访问)");
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
     * @return the region, or empty when the record has none
     */
    public Optional<RegionCode> region() {
        return Optional.ofNullable(region);
    }
}
