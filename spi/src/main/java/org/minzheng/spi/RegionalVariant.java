package org.minzheng.spi;

import java.util.Objects;

import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.rule.ProgramRule;

/**
 * A region's replacement of a program's rule (地方细则), where national policy leaves the choice to the region —
 * e.g. a province that deems further persons unable to work for 特困, or that classifies children in difficulty
 * differently. It applies to subjects in the region and its subdivisions; a variant for a more specific region
 * beats one for a wider region. Declare it with {@code ProgramRule.derive(reader, rule)}, which keeps the
 * program's code, names, standards, reasons and behaviour.
 *
 * @param region the region the variant applies in
 * @param rule the program as the region decides it; its code names the program replaced
 */
public record RegionalVariant(RegionCode region, ProgramRule<?> rule) {

    /**
     * Checks the parts.
     *
     * @param region the region
     * @param rule the rule
     */
    public RegionalVariant {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(rule, "rule");
    }
}
