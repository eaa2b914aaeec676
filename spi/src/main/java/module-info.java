/**
 * minzheng SPI and runtime (服务提供者接口与运行时): what a regional plugin implements, and
 * {@code CivilAffairs}, the one entry point an embedding application needs.
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
