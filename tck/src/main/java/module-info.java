/**
 * minzheng technology compatibility kit (合规测试套件): contract suites for storage, standards providers and
 * program providers, and the runner for declarative policy cases.
 */
module org.minzheng.tck {
    requires transitive org.minzheng.spi;
    requires org.minzheng.json;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires transitive org.junit.jupiter.api;
    requires org.assertj.core;
    // The program contract generates households and persons with QuickTheories (not exposed in its API).
    requires quicktheories;

    exports org.minzheng.tck.standards;
    exports org.minzheng.tck.cases;
    exports org.minzheng.tck.storage;
    exports org.minzheng.tck.programs;

    // JUnit reflects on the test methods of the abstract suites that vendors extend.
    opens org.minzheng.tck.standards to org.junit.platform.commons;
    opens org.minzheng.tck.cases to org.junit.platform.commons;
    opens org.minzheng.tck.storage to org.junit.platform.commons;
    opens org.minzheng.tck.programs to org.junit.platform.commons;
}
