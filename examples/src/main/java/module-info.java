/**
 * minzheng examples (示例): the Jiangsu / Zhenjiang / Dantu reference plugin and the district demo.
 */
module org.minzheng.examples {
    requires org.minzheng.spi;
    requires org.minzheng.json;
    requires org.minzheng.jdbc;
    requires info.picocli;

    exports org.minzheng.examples.jiangsu;
    exports org.minzheng.examples.demo;

    opens org.minzheng.examples.demo to info.picocli; // picocli sets the options by reflection

    provides org.minzheng.spi.StandardsProvider with org.minzheng.examples.jiangsu.JiangsuStandardsProvider;
}
