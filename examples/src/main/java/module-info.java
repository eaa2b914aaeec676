/**
 * minzheng examples (示例): the Jiangsu / Zhenjiang / Dantu reference plugin and the district demo.
 */
module org.minzheng.examples {
    requires org.minzheng.spi;
    requires org.minzheng.json;
    requires org.minzheng.jdbc;
    requires info.picocli;

    exports org.minzheng.examples.jiangsu;

    provides org.minzheng.spi.StandardsProvider with org.minzheng.examples.jiangsu.JiangsuStandardsProvider;
}
