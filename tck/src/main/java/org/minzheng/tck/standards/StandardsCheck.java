package org.minzheng.tck.standards;

/**
 * The checks of the standards-provider contract (标准提供者合规检查项), each with a stable id that
 * appears in every finding, so a vendor can look it up here.
 */
public enum StandardsCheck {

    /** The provider can be created and its values read and checked as one set. */
    SP01_LOADS("SP01", "the provider loads"),
    /** The provider states an SPI version this runtime accepts. */
    SP02_SPI_VERSION("SP02", "the SPI version handshake is honoured"),
    /** The values cannot be changed through the returned collection and are the same on every call. */
    SP03_IMMUTABLE("SP03", "values are immutable and stable"),
    /** Concurrent queries return the same values as sequential ones. */
    SP04_THREAD_SAFE("SP04", "values are thread-safe"),
    /** No two values of one standard and region share a day. */
    SP05_NO_OVERLAP("SP05", "no two values of one standard and region overlap"),
    /** Every interval starts before it ends, within sane dates, and every value names a source. */
    SP06_INTERVALS("SP06", "intervals are well-formed and sourced"),
    /** Every value is of its standard's type and the standard is the catalogue's. */
    SP07_VALUE_TYPES("SP07", "every standard has the right value type"),
    /** A query for a region and date returns at least every value that matches it. */
    SP08_QUERY("SP08", "queries return every matching value"),
    /** For every covered region and date every mandatory standard resolves. */
    SP09_COVERAGE("SP09", "every mandatory standard resolves where coverage is claimed"),
    /** The relations national policy fixes between standards hold. */
    SP10_NATIONAL_RELATIONS("SP10", "national relations between standards hold"),
    /** A provider published for discovery is found by ServiceLoader. */
    SP11_DISCOVERY("SP11", "the provider is discoverable");

    private final String id;
    private final String title;

    StandardsCheck(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /**
     * The stable id, e.g. {@code SP05}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * What the check requires, in English.
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    /** E.g. {@code SP05 no two values of one standard and region overlap}. */
    @Override
    public String toString() {
        return id + " " + title;
    }
}
