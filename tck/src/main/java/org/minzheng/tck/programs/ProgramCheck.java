package org.minzheng.tck.programs;

/**
 * The checks of the program contract (业务项目合规检查项), each with a stable id that appears in every finding, so
 * a vendor can look it up here. The checks run against the programs of a {@link org.minzheng.spi.ProgramProvider}
 * (and its regional variants), exercising each rule on generated households and persons.
 */
public enum ProgramCheck {

    /** The provider has a well-formed id, the right SPI version, and the runtime registers it beside the built-ins. */
    PC01_PROVIDER("PC01", "the provider loads beside the built-in programs"),
    /** Every standard a program reads is named, documented and typed, and the rule reads only those it declares. */
    PC02_STANDARDS("PC02", "every standard is documented, typed and declared"),
    /** Every reason has both messages; a code means one reason everywhere; a program's codes share one prefix. */
    PC03_REASONS("PC03", "every reason has both messages and a consistent, unique code"),
    /** Every decision the rule makes renders in Chinese and in English. */
    PC04_TEXTS("PC04", "every explanation renders in Chinese and English"),
    /** The rule decides every subject it is given and gives equal decisions for equal facts. */
    PC05_DETERMINISTIC("PC05", "the rule is total and deterministic"),
    /** No amount is negative, the explanation arrives at the amount, and the components add up to it. */
    PC06_AMOUNTS("PC06", "amounts are never negative and add up"),
    /** The rule gives only the reasons the program declares and builds the decision it is handed. */
    PC07_DECLARED_REASONS("PC07", "the rule gives only declared reasons"),
    /** The program appears in the district report with measures that suit its schedule. */
    PC08_REPORT_LINES("PC08", "report lines are defined and fit the schedule"),
    /** Schedule, gradual exit and screening agree with each other and with the decisions. */
    PC09_MONTHLY_BEHAVIOUR("PC09", "the monthly behaviour is consistent"),
    /** The monthly run, run twice and across months, pays each case at most once per period. */
    PC10_PAID_ONCE("PC10", "the monthly run never pays a case twice for a period"),
    /** Every subject the rule finds eligible passes the screening's candidate test. */
    PC11_SCREENING("PC11", "screening candidates include everyone eligible"),
    /** A provider published for discovery is found by ServiceLoader. */
    PC12_DISCOVERY("PC12", "the provider is discoverable");

    private final String id;
    private final String title;

    ProgramCheck(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /**
     * The stable id, e.g. {@code PC05}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * What the check requires, in English.
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    /** E.g. {@code PC05 the rule is total and deterministic}. */
    @Override
    public String toString() {
        return id + " " + title;
    }
}
