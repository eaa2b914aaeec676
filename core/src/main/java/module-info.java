/**
 * minzheng core (民政核心): identifiers, money, the registry model, programs, cases, payments,
 * service records, standards, calculators and reports. Pure Java: no I/O, no global state.
 */
module org.minzheng.core {
    requires transitive jakarta.validation;

    exports org.minzheng.core.code;
    exports org.minzheng.core.identity;
    exports org.minzheng.core.money;
    exports org.minzheng.core.standards;
    exports org.minzheng.core.validation;
    exports org.minzheng.core.invariant;
    exports org.minzheng.core.registry;
    exports org.minzheng.core.program;
    exports org.minzheng.core.cases;
    exports org.minzheng.core.service;
    exports org.minzheng.core.elderly;
    exports org.minzheng.core.children;
    exports org.minzheng.core.community;
    exports org.minzheng.core.facility;
    exports org.minzheng.core.decision;
    exports org.minzheng.core.assistance;
    exports org.minzheng.core.disability;
    exports org.minzheng.core.report;
}
