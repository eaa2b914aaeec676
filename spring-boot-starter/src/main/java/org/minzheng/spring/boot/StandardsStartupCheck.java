package org.minzheng.spring.boot;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.minzheng.core.identity.RegionCode;
import org.minzheng.runtime.CivilAffairs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Fails start-up when the standards cannot serve the region this month (启动时检查标准): no standards provider at all,
 * or — with {@code minzheng.region} set — a mandatory standard of a registered program without a value for the region
 * in the current month, or a relation between standards that does not hold ({@link StandardsCheck}). Runs once every
 * singleton exists, whichever {@link CivilAffairs} bean the application has. Switch it off with {@code
 * minzheng.standards.check=false}.
 */
public final class StandardsStartupCheck implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(StandardsStartupCheck.class);

    private final ObjectProvider<CivilAffairs> civilAffairs;
    private final Optional<RegionCode> region;

    /**
     * Creates the check.
     *
     * @param civilAffairs the runtime (looked up when the check runs)
     * @param region the region served, if configured
     */
    public StandardsStartupCheck(ObjectProvider<CivilAffairs> civilAffairs, Optional<RegionCode> region) {
        this.civilAffairs = Objects.requireNonNull(civilAffairs, "civilAffairs");
        this.region = Objects.requireNonNull(region, "region");
    }

    @Override
    public void afterSingletonsInstantiated() {
        CivilAffairs ca = civilAffairs.getIfAvailable();
        if (ca == null) {
            return;
        }
        check(ca);
    }

    /**
     * Checks a runtime.
     *
     * @param ca the runtime
     * @throws MinzhengConfigurationException if the standards are missing or invalid
     */
    void check(CivilAffairs ca) {
        if (ca.standardsProviders().providers().isEmpty()) {
            throw new MinzhengConfigurationException("no standards provider is configured (未配置地区标准)",
                    List.of("no regional plugin was discovered, none is declared as a bean and minzheng.standards."
                            + "locations names no file"),
                    "add your region's plugin (e.g. org.minzheng:minzheng-jiangsu) or standards files "
                            + "(minzheng.standards.locations), or set minzheng.standards.check=false", null);
        }
        if (region.isEmpty()) {
            LOG.info("minzheng: {} standards provider(s); set minzheng.region to check their coverage at start-up",
                    ca.standardsProviders().providers().size());
            return;
        }
        YearMonth month = ca.currentMonth();
        List<String> problems = StandardsCheck.problems(ca, region.get(), month);
        if (!problems.isEmpty()) {
            throw new MinzhengConfigurationException("the standards do not cover region " + region.get().shortForm()
                    + " in " + month + " (地区标准不完整)", problems,
                    "add the missing values to your region's standards (a plugin or minzheng.standards.locations), "
                            + "check minzheng.region and the clock (minzheng.clock.*), or set "
                            + "minzheng.standards.check=false", null);
        }
        LOG.info("minzheng: standards cover region {} in {} ({} provider(s), {} programs)", region.get().shortForm(),
                month, ca.standardsProviders().providers().size(), ca.programs().all().size());
    }
}
