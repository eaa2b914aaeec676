/**
 * minzheng JSON and YAML (JSON 与 YAML 适配): a Jackson 3 module, a JSON-file store and
 * standards files.
 */
module org.minzheng.json {
    requires transitive org.minzheng.spi;
    requires transitive tools.jackson.databind;
    requires transitive tools.jackson.dataformat.yaml;
    requires org.slf4j;

    exports org.minzheng.json;
    exports org.minzheng.json.standards;
    exports org.minzheng.json.store;
}
