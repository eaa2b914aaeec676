package org.minzheng.jiangsu;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.standards.StandardValue;
import org.minzheng.json.standards.FileStandardsProvider;
import org.minzheng.json.standards.StandardsFiles;
import org.minzheng.spi.StandardsProvider;
import org.minzheng.spi.StandardsQuery;

/**
 * The Jiangsu reference plugin (江苏省 / 镇江市 / 丹徒区 参考插件): the standards of 江苏省 (32), 镇江市 (3211)
 * and 丹徒区 (321112) that 丹徒区 needs from 2021-01-01 to 2023-12-31, read from the standards file
 * {@value #RESOURCE} on the class path.
 *
 * <p>Values that {@code shared/DOMAIN.md} sources carry their document number; every other value is a
 * plausible figure marked {@code illustrative} (decision 0050 explains each). Do not pay benefits with
 * it: publish your region's own standards file at {@link StandardsProvider#PRIORITY_OFFICIAL} and it
 * replaces these values region by region. The provider is discovered through {@link java.util.ServiceLoader}
 * ({@code provides} in {@code module-info.java} and {@code META-INF/services}).
 *
 * <p>Immutable and thread-safe: the file is read and checked once, in the constructor.
 */
public final class JiangsuStandardsProvider implements StandardsProvider {

    /** The class-path resource holding the standards: {@value}. */
    public static final String RESOURCE = "minzheng-jiangsu/standards.yaml";

    /** The provider id, as written in the file: {@value}. */
    public static final String ID = "jiangsu-example";

    /** The first day covered. */
    public static final LocalDate COVERED_FROM = LocalDate.of(2021, 1, 1);

    /** The first day no longer covered. */
    public static final LocalDate COVERED_UNTIL = LocalDate.of(2024, 1, 1);

    /**
     * The regions covered: 丹徒区 and everything within it. The city-level values serve Zhenjiang's other
     * districts too, but the township approval limit and home-care hours are Dantu's own: another district
     * must add them (the contract suite's SP09 says so).
     */
    public static final Set<RegionCode> COVERED_REGIONS = Set.of(RegionCode.parse("321112"));

    private final FileStandardsProvider file;

    /**
     * Reads the standards file, which holds values of the national programs' standards and of the plugin's own
     * programs' ({@link JiangsuPrograms#standards()}).
     *
     * @throws org.minzheng.json.standards.StandardsFileException if the file is broken (a packaging error)
     */
    public JiangsuStandardsProvider() {
        List<FileStandardsProvider> loaded = StandardsFiles.loader()
                .withStandards(JiangsuPrograms.standards())
                .loadResources(JiangsuStandardsProvider.class.getClassLoader(), RESOURCE);
        if (loaded.size() != 1 || !loaded.get(0).id().equals(ID)) {
            throw new IllegalStateException(RESOURCE + " must hold exactly the provider " + ID);
        }
        this.file = loaded.get(0);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public int priority() {
        return file.priority();
    }

    @Override
    public Collection<StandardValue<?>> values(StandardsQuery query) {
        return file.values(query);
    }

    @Override
    public String description() {
        return "江苏省镇江市丹徒区 reference standards 2021–2023 (illustrative figures marked)";
    }

    /** E.g. {@code JiangsuStandardsProvider[jiangsu-example, 60 values]}. */
    @Override
    public String toString() {
        return "JiangsuStandardsProvider[" + ID + ", " + file.standardSet().values().size() + " values]";
    }
}
