/**
 * minzheng core (民政核心): identifiers, money, the registry model, programs, cases, payments,
 * service records, standards, calculators and reports. Pure Java: no I/O, no global state.
 */
module org.minzheng.core {
    requires transitive jakarta.validation;

    exports org.minzheng.core.code;
    exports org.minzheng.core.identity;
    exports org.minzheng.core.money;
}
