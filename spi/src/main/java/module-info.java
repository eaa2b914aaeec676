/**
 * minzheng SPI and runtime (服务提供者接口与运行时), in three packages:
 * <ul>
 * <li>{@code org.minzheng.runtime} — what an embedding application calls: {@code CivilAffairs}, the one entry
 * point (assessment, the monthly run, screening, reform costing, the district report), and its results;</li>
 * <li>{@code org.minzheng.spi} — what a regional plugin implements: standards providers and program providers,
 * found with {@link java.util.ServiceLoader};</li>
 * <li>{@code org.minzheng.spi.storage} — what a store implements, with {@code InMemoryStorage}, the default store
 * and the reference implementation.</li>
 * </ul>
 */
module org.minzheng.spi {
    requires transitive org.minzheng.core;
    requires org.slf4j;

    exports org.minzheng.spi;
    exports org.minzheng.spi.storage;
    exports org.minzheng.runtime;

    uses org.minzheng.spi.StandardsProvider;
    uses org.minzheng.spi.ProgramProvider;
}
