/**
 * minzheng technology compatibility kit (合规测试套件): contract suites for storage and
 * standards providers, and the runner for declarative policy cases.
 */
module org.minzheng.tck {
    requires transitive org.minzheng.spi;
    requires org.minzheng.json;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires transitive org.junit.jupiter.api;
    requires org.assertj.core;

    exports org.minzheng.tck.standards;
    exports org.minzheng.tck.cases;
    exports org.minzheng.tck.storage;

    // JUnit reflects on the test methods of the abstract suites that vendors extend.
    opens org.minzheng.tck.standards to org.junit.platform.commons;
    opens org.minzheng.tck.cases to org.junit.platform.commons;
    opens org.minzheng.tck.storage to org.junit.platform.commons;
}
