package org.minzheng.spark.internal;

import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.standards.Standard;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.runtime.Programs;
import org.minzheng.spi.ProgramProvider;

/**
 * What an executor needs to rebuild the driver's {@link CivilAffairs}: the standards as data, the program providers
 * by class (rules are code, shipped in the job's jars), and the reform if any. Broadcast once; each executor JVM
 * builds its runtime once per spec and shares it between tasks, so that standards are resolved once per region and
 * month in a JVM (CivilAffairs caches resolutions).
 */
public final class RuntimeSpec implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final ConcurrentHashMap<String, CivilAffairs> RUNTIMES = new ConcurrentHashMap<>();

    private final String id = UUID.randomUUID().toString();
    private final StandardsSnapshot standards;
    private final ArrayList<String> providerClasses = new ArrayList<>();
    private final boolean builtIns;
    private final TreeSet<String> programCodes = new TreeSet<>();
    private final ReformSpec reform;

    private RuntimeSpec(StandardsSnapshot standards, Programs programs, ReformSpec reform) {
        this.standards = standards;
        for (ProgramProvider p : programs.providers()) {
            providerClasses.add(p.getClass().getName());
        }
        for (ProgramRule<?> r : programs.all()) {
            programCodes.add(r.programCode().value());
        }
        Set<String> builtInCodes = new TreeSet<>();
        for (ProgramRule<?> r : Programs.builtIn().all()) {
            builtInCodes.add(r.programCode().value());
        }
        this.builtIns = programCodes.containsAll(builtInCodes);
        this.reform = reform;
    }

    /**
     * Reads the driver's runtime: its providers' standards (once, here) and its programs.
     *
     * @param ca the driver's runtime
     * @return the spec
     */
    public static RuntimeSpec of(CivilAffairs ca) {
        return new RuntimeSpec(StandardsSnapshot.of(ca.standardsProviders()), ca.programs(),
                ca.reform().map(ReformSpec::new).orElse(null));
    }

    /**
     * Number of standard values carried.
     *
     * @return the count
     */
    public int standardValues() {
        return standards.size();
    }

    /**
     * The runtime of this spec in this JVM, built on first use.
     *
     * @return the runtime
     */
    public CivilAffairs runtime() {
        return RUNTIMES.computeIfAbsent(id, k -> build());
    }

    /**
     * The runtime of this spec with a reform laid over its standards, built on first use in this JVM.
     *
     * @param reformSpec the reform
     * @param key a key unique to the reform within this spec
     * @return the runtime under the reform
     */
    public CivilAffairs runtime(ReformSpec reformSpec, String key) {
        return RUNTIMES.computeIfAbsent(id + "/" + key, k -> {
            CivilAffairs base = runtime();
            return base.withReform(reformSpec.rebuild(catalogue(base.programs())));
        });
    }

    /**
     * Forgets the runtimes built from this spec in this JVM.
     */
    public void release() {
        RUNTIMES.keySet().removeIf(k -> k.startsWith(id));
    }

    private CivilAffairs build() {
        Programs.Builder pb = Programs.builder().builtIns(builtIns).discovery(false);
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (String name : providerClasses) {
            try {
                pb.add((ProgramProvider) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("program provider " + name + " cannot be created on this executor;"
                        + " ship its jar with the job and give it a public no-argument constructor", e);
            }
        }
        Programs programs = pb.build();
        Set<String> codes = new TreeSet<>();
        for (ProgramRule<?> r : programs.all()) {
            codes.add(r.programCode().value());
        }
        if (!codes.equals(programCodes)) {
            throw new IllegalStateException("the executor's programs " + codes + " differ from the driver's "
                    + programCodes);
        }
        CivilAffairs.Builder b = CivilAffairs.builder().programs(programs)
                .standards(standards.rebuild(catalogue(programs)))
                // assessment takes its month as an argument: the clock is never read for a decision
                .clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        CivilAffairs ca = b.build();
        return reform == null ? ca : ca.withReform(reform.rebuild(catalogue(programs)));
    }

    private static Map<String, Standard<?>> catalogue(Programs programs) {
        Map<String, Standard<?>> out = new HashMap<>();
        for (Standard<?> s : programs.standards()) {
            out.put(s.code(), s);
        }
        return out;
    }

    /**
     * Whether the spec knows a program.
     *
     * @param code the program code
     * @return whether known
     */
    public boolean knows(ProgramCode code) {
        return programCodes.contains(code.value());
    }
}
