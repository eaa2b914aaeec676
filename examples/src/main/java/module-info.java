/**
 * minzheng examples (示例): the district demo, a month's work for 丹徒区 on the Jiangsu reference plugin.
 */
module org.minzheng.examples {
    requires org.minzheng.spi;
    requires org.minzheng.json;
    requires org.minzheng.jdbc;
    requires org.minzheng.jiangsu;
    requires info.picocli;

    exports org.minzheng.examples.demo;

    opens org.minzheng.examples.demo to info.picocli; // picocli sets the options by reflection
}
