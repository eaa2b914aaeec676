package org.minzheng.json.standards;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.minzheng.core.standards.StandardSet;
import org.minzheng.core.standards.StandardValue;
import org.minzheng.spi.StandardsProvider;
import org.minzheng.spi.StandardsQuery;

/**
 * A standards provider whose values were read from YAML or JSON files (来自标准文件的标准提供者).
 * Obtain one through {@link StandardsFiles}; the values were fully checked when loaded, and the
 * provider is immutable and thread-safe.
 */
public final class FileStandardsProvider implements StandardsProvider {

    private final StandardSet set;
    private final List<String> sources;

    FileStandardsProvider(StandardSet set, List<String> sources) {
        this.set = Objects.requireNonNull(set, "set");
        this.sources = List.copyOf(sources);
    }

    @Override
    public String id() {
        return set.providerId();
    }

    @Override
    public String spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public int priority() {
        return set.priority();
    }

    @Override
    public Collection<StandardValue<?>> values(StandardsQuery query) {
        Objects.requireNonNull(query, "query");
        return set.values().stream().filter(query::matches).toList();
    }

    /**
     * All values, checked: no two overlap for one standard and region.
     *
     * @return the standard set
     */
    public StandardSet standardSet() {
        return set;
    }

    /**
     * The files or resources the values came from.
     *
     * @return an unmodifiable list of paths or resource names
     */
    public List<String> sources() {
        return sources;
    }

    @Override
    public String description() {
        return "standards files " + sources + " (标准文件)";
    }

    @Override
    public String toString() {
        return "FileStandardsProvider[" + id() + ", priority " + priority() + ", " + set.values().size()
                + " values from " + sources + "]";
    }
}
