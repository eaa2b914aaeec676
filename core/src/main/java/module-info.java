/**
 * minzheng core (民政核心): identifiers, money, the registry model, cases, payments, service records,
 * standards, the program SPI ({@code org.minzheng.core.rule}), the national programs (one package each under
 * {@code org.minzheng.core.programs}) and reports. Pure Java: no I/O beyond reading its own resources, no
 * global state, no clock.
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
    exports org.minzheng.core.rule;
    exports org.minzheng.core.programs;
    exports org.minzheng.core.programs.dibao;
    exports org.minzheng.core.programs.dibaoedge;
    exports org.minzheng.core.programs.tekun;
    exports org.minzheng.core.programs.temporary;
    exports org.minzheng.core.programs.livingsubsidy;
    exports org.minzheng.core.programs.caresubsidy;
    exports org.minzheng.core.programs.senior;
    exports org.minzheng.core.programs.homecare;
    exports org.minzheng.core.programs.carevisit;
    exports org.minzheng.core.programs.adaptation;
    exports org.minzheng.core.programs.insurance;
    exports org.minzheng.core.programs.childsubsidy;
    exports org.minzheng.core.programs.leftbehind;
    exports org.minzheng.core.builtin;
    exports org.minzheng.core.report;
}
