/**
 * The Jiangsu / Zhenjiang / Dantu reference plugin (江苏参考插件): the region's standards as a data file, its own
 * program (春节慰问金) and its policy cases. A vendor's template for a regional plugin.
 */
module org.minzheng.jiangsu {
    requires transitive org.minzheng.spi;
    requires org.minzheng.json;

    exports org.minzheng.jiangsu;
    exports org.minzheng.jiangsu.springfestival;

    provides org.minzheng.spi.StandardsProvider with org.minzheng.jiangsu.JiangsuStandardsProvider;
    provides org.minzheng.spi.ProgramProvider with org.minzheng.jiangsu.JiangsuPrograms;
}
