package org.minzheng.spring.boot;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.runtime.CivilAffairs;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health of minzheng (运行状态) for Actuator's {@code /actuator/health} as {@code minzheng}: UP when at least one
 * standards provider is loaded, the standards cover the region served in the current month ({@link StandardsCheck};
 * with {@code minzheng.region} set) and the storage answers a read. Details name the providers, the region, the month,
 * the problems and the storage's error class — never a record.
 */
public final class MinzhengHealthIndicator implements HealthIndicator {

    /** The household id read to probe the storage (it need not exist). */
    static final HouseholdId PROBE = HouseholdId.of("minzheng-health-probe");

    private final CivilAffairs civilAffairs;
    private final Optional<RegionCode> region;

    /**
     * Creates the indicator.
     *
     * @param civilAffairs the runtime
     * @param region the region served, if configured
     */
    public MinzhengHealthIndicator(CivilAffairs civilAffairs, Optional<RegionCode> region) {
        this.civilAffairs = Objects.requireNonNull(civilAffairs, "civilAffairs");
        this.region = Objects.requireNonNull(region, "region");
    }

    @Override
    public Health health() {
        YearMonth month = civilAffairs.currentMonth();
        int providers = civilAffairs.standardsProviders().providers().size();
        Health.Builder b = Health.up().withDetail("standardsProviders", providers).withDetail("month", month.toString());
        boolean up = providers > 0;
        if (providers == 0) {
            b.withDetail("standards", "no standards provider");
        }
        if (region.isPresent()) {
            b.withDetail("region", region.get().shortForm());
            List<String> problems = StandardsCheck.problems(civilAffairs, region.get(), month);
            b.withDetail("standards", problems.isEmpty() ? "cover the region this month" : problems);
            up &= problems.isEmpty();
        }
        try {
            civilAffairs.storage().households().find(PROBE);
            b.withDetail("storage", "reachable");
        } catch (RuntimeException e) {
            b.withDetail("storage", "unreachable: " + e.getClass().getSimpleName());
            up = false;
        }
        return up ? b.build() : b.down().build();
    }
}
