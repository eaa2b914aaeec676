/**
 * An example regional plugin for 丹徒区 with a program of its own, 老年助餐补贴: the vendor guide's example.
 */
module com.example.dantu {
    requires transitive org.minzheng.spi;
    requires org.minzheng.json;

    exports com.example.dantu;
    exports com.example.dantu.meals;

    provides org.minzheng.spi.ProgramProvider with com.example.dantu.DantuPrograms;
    provides org.minzheng.spi.StandardsProvider with com.example.dantu.DantuStandards;
}
