/**
 * minzheng technology compatibility kit (合规测试套件): contract suites for storage and
 * standards providers, and the runner for declarative policy cases.
 */
module org.minzheng.tck {
    requires transitive org.minzheng.spi;
    requires org.minzheng.json;
    requires transitive org.junit.jupiter.api;
    requires org.assertj.core;

    exports org.minzheng.tck.standards;
    exports org.minzheng.tck.storage;

    // The contract suites are abstract JUnit classes: JUnit reflects on their (package-private) tests.
    opens org.minzheng.tck.standards to org.junit.platform.commons;
    opens org.minzheng.tck.storage to org.junit.platform.commons;
}
