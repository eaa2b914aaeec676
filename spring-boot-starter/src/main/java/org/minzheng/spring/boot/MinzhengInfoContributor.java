package org.minzheng.spring.boot;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.ResolvedValue;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.spi.ProgramProvider;
import org.minzheng.spi.SpiVersion;
import org.minzheng.spi.StandardsProvider;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * What minzheng runs with, for Actuator's {@code /actuator/info} under {@code minzheng} (运行信息): the library and SPI
 * versions, the standards and program providers (id, class, version, description), the programs, the region and month,
 * and — with {@code minzheng.region} set — every standard in force there this month with its value and source.
 */
public final class MinzhengInfoContributor implements InfoContributor {

    private final CivilAffairs civilAffairs;
    private final Optional<RegionCode> region;

    /**
     * Creates the contributor.
     *
     * @param civilAffairs the runtime
     * @param region the region served, if configured
     */
    public MinzhengInfoContributor(CivilAffairs civilAffairs, Optional<RegionCode> region) {
        this.civilAffairs = Objects.requireNonNull(civilAffairs, "civilAffairs");
        this.region = Objects.requireNonNull(region, "region");
    }

    @Override
    public void contribute(Info.Builder builder) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("version", version(CivilAffairs.class));
        info.put("spi", SpiVersion.CURRENT.toString());
        List<Map<String, Object>> standards = new ArrayList<>();
        for (StandardsProvider p : civilAffairs.standardsProviders().providers()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.id());
            m.put("priority", p.priority());
            m.put("class", p.getClass().getName());
            m.put("version", version(p.getClass()));
            m.put("spi", p.spiVersion());
            m.put("description", p.description());
            standards.add(m);
        }
        info.put("standardsProviders", standards);
        List<Map<String, Object>> programProviders = new ArrayList<>();
        for (ProgramProvider p : civilAffairs.programs().providers()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.id());
            m.put("class", p.getClass().getName());
            m.put("version", version(p.getClass()));
            m.put("description", p.description());
            programProviders.add(m);
        }
        info.put("programProviders", programProviders);
        List<Map<String, Object>> programs = new ArrayList<>();
        for (ProgramRule<?> p : civilAffairs.programs().all()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", p.code());
            m.put("name", p.chineseName());
            m.put("englishName", p.englishName());
            m.put("grantedTo", p.subjectKind().code());
            programs.add(m);
        }
        info.put("programs", programs);
        YearMonth month = civilAffairs.currentMonth();
        info.put("month", month.toString());
        civilAffairs.reform().ifPresent(r -> info.put("reform", r.name()));
        region.ifPresent(r -> {
            info.put("region", r.shortForm());
            Map<String, Object> inForce = new LinkedHashMap<>();
            try {
                ResolvedStandards s = civilAffairs.standards(r, month);
                for (ResolvedValue<?> v : s.values()) {
                    inForce.put(v.standard().code(), valueOf(v));
                }
            } catch (RuntimeException e) {
                inForce.put("error", e.getClass().getSimpleName());
            }
            info.put("standardsInForce", inForce);
        });
        builder.withDetail("minzheng", info);
    }

    private static <T> Map<String, Object> valueOf(ResolvedValue<T> v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", v.standard().valueType().format(v.value()));
        m.put("source", v.source());
        v.origin().flatMap(o -> o.region()).ifPresent(r -> m.put("region", r.shortForm()));
        return m;
    }

    private static String version(Class<?> type) {
        String v = type.getPackage() == null ? null : type.getPackage().getImplementationVersion();
        return v == null ? "unknown" : v;
    }
}
