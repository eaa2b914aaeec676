package org.minzheng.runtime;

import java.util.Objects;

import org.minzheng.core.identity.RegionCode;

/**
 * A township's totals in a reform costing (分乡镇测算), all programs together: the cost over the period today and
 * under the reform, and the distinct households and persons newly eligible or no longer eligible for any program.
 *
 * @param township the township
 * @param figures the totals over the period (subjects are counted once per program they are covered by)
 */
public record CostingTownship(RegionCode township, CostingFigures figures) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public CostingTownship {
        Objects.requireNonNull(township, "township");
        Objects.requireNonNull(figures, "figures");
    }
}
