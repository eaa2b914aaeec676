package org.minzheng.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import org.minzheng.core.builtin.BuiltInPrograms;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.standards.Standard;
import org.minzheng.spi.IncompatibleProviderException;
import org.minzheng.spi.ProgramProvider;
import org.minzheng.spi.RegionalVariant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The programs a runtime knows (已注册业务项目): the built-in national programs, the programs of program providers
 * (regional plugins), and the regional variants that replace a program's rule in a region. Everything the
 * runtime does with a program — assess, run a month, screen, report, check — it finds here by code.
 *
 * <p>Loading checks the whole set at once: every code is unique, a variant replaces a known program with the
 * same subject kind, and no two variants claim the same program and region. A variant for a more specific
 * region beats one for a wider region; {@link #forRegion(ProgramCode, RegionCode)} resolves it.
 *
 * <p>Immutable and thread-safe.
 */
public final class Programs {

    /** System property that switches program-provider discovery off when set to {@code false}: {@value}. */
    public static final String DISCOVERY_PROPERTY = "org.minzheng.programs.discovery";

    private static final Logger LOG = LoggerFactory.getLogger(Programs.class);

    private final List<ProgramRule<?>> all;
    private final Map<ProgramCode, ProgramRule<?>> byCode;
    /** Variants by code, most specific region first. */
    private final Map<ProgramCode, List<RegionalVariant>> variants;
    private final List<ProgramProvider> providers;

    private Programs(List<ProgramRule<?>> builtIns, List<ProgramProvider> providers) {
        this.providers = List.copyOf(providers);
        Map<ProgramCode, ProgramRule<?>> codes = new LinkedHashMap<>();
        Map<ProgramCode, String> owner = new HashMap<>();
        for (ProgramRule<?> p : builtIns) {
            add(codes, owner, p, "minzheng (built in)");
        }
        List<RegionalVariant> allVariants = new ArrayList<>();
        for (ProgramProvider provider : providers) {
            List<ProgramRule<?>> own = call(provider, "programs", provider::programs);
            for (ProgramRule<?> p : own) {
                add(codes, owner, Objects.requireNonNull(p, () -> "program provider '" + provider.id()
                        + "' returned a null program"), "provider '" + provider.id() + "'");
            }
            allVariants.addAll(call(provider, "variants", provider::variants));
        }
        Map<ProgramCode, List<RegionalVariant>> v = new HashMap<>();
        for (RegionalVariant variant : allVariants) {
            ProgramCode code = variant.rule().programCode();
            ProgramRule<?> base = codes.get(code);
            if (base == null) {
                throw new IllegalArgumentException("a regional variant for " + variant.region().shortForm()
                        + " replaces program " + code + ", which no provider declares (地方细则所替换的项目不存在)");
            }
            if (base.subjectKind() != variant.rule().subjectKind()) {
                throw new IllegalArgumentException("the regional variant of " + code + " for "
                        + variant.region().shortForm() + " assesses a " + variant.rule().subjectKind().code()
                        + ", the program a " + base.subjectKind().code());
            }
            List<RegionalVariant> list = v.computeIfAbsent(code, k -> new ArrayList<>());
            for (RegionalVariant other : list) {
                if (other.region().equals(variant.region())) {
                    throw new IllegalArgumentException("two regional variants of " + code + " for region "
                            + variant.region().shortForm() + " (同一地区的地方细则重复)");
                }
            }
            list.add(variant);
        }
        Comparator<RegionalVariant> specificFirst = Comparator.comparing((RegionalVariant r) -> r.region().level())
                .reversed();
        v.replaceAll((k, list) -> {
            list.sort(specificFirst);
            return List.copyOf(list);
        });
        this.byCode = Map.copyOf(codes);
        this.all = List.copyOf(codes.values());
        this.variants = Map.copyOf(v);
    }

    private static <T> T call(ProgramProvider provider, String what, java.util.function.Supplier<T> s) {
        T out;
        try {
            out = s.get();
        } catch (RuntimeException e) {
            throw new IncompatibleProviderException(provider.id(), "program provider '" + provider.id() + "' ("
                    + provider.getClass().getName() + ") failed to supply its " + what + ": " + e.getMessage(), e);
        }
        if (out == null) {
            throw new IncompatibleProviderException(provider.id(), "program provider '" + provider.id()
                    + "' returned null " + what, null);
        }
        return out;
    }

    private static void add(Map<ProgramCode, ProgramRule<?>> codes, Map<ProgramCode, String> owner, ProgramRule<?> p,
                            String from) {
        ProgramRule<?> before = codes.putIfAbsent(p.programCode(), p);
        if (before != null) {
            throw new IllegalArgumentException("program code " + p.programCode() + " is declared by " + owner.get(
                    p.programCode()) + " and by " + from + "; a region's programs need codes of their own, e.g. "
                    + "js-" + p.programCode() + " (业务项目代码重复)");
        }
        owner.put(p.programCode(), from);
    }

    /**
     * The built-in programs and those of every discovered program provider. Honours {@value
     * #DISCOVERY_PROPERTY}.
     *
     * @return the programs
     * @throws IncompatibleProviderException if a provider is refused
     * @throws IllegalArgumentException if codes collide or a variant is inconsistent
     */
    public static Programs discover() {
        return builder().build();
    }

    /**
     * The built-in programs only.
     *
     * @return the programs
     */
    public static Programs builtIn() {
        return builder().discovery(false).build();
    }

    /**
     * Starts a set of programs: the built-ins, explicit providers, and discovered ones unless switched off.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Every program, built-ins first in catalogue order, then each provider's in its order.
     *
     * @return an unmodifiable list
     */
    public List<ProgramRule<?>> all() {
        return all;
    }

    /**
     * The program providers in use.
     *
     * @return an unmodifiable list
     */
    public List<ProgramProvider> providers() {
        return providers;
    }

    /**
     * The program with a code, as declared (not a regional variant).
     *
     * @param code the code
     * @return the program, or empty
     */
    public Optional<ProgramRule<?>> find(ProgramCode code) {
        return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * The program with a code.
     *
     * @param code the code
     * @return the program
     * @throws UnknownProgramException if no program has the code
     */
    public ProgramRule<?> get(ProgramCode code) {
        ProgramRule<?> p = byCode.get(Objects.requireNonNull(code, "code"));
        if (p == null) {
            throw new UnknownProgramException(code, byCode.keySet());
        }
        return p;
    }

    /**
     * The rule that decides a program for subjects in a region: the variant for the most specific region that
     * contains it, or the program as declared.
     *
     * @param code the code
     * @param region the subject's region
     * @return the rule
     * @throws UnknownProgramException if no program has the code
     */
    public ProgramRule<?> forRegion(ProgramCode code, RegionCode region) {
        ProgramRule<?> base = get(code);
        List<RegionalVariant> list = variants.get(code);
        if (list != null) {
            for (RegionalVariant v : list) {
                if (v.region().contains(region)) {
                    return v.rule();
                }
            }
        }
        return base;
    }

    /**
     * The regional variants of a program, most specific region first.
     *
     * @param code the code
     * @return an unmodifiable list
     */
    public List<RegionalVariant> variants(ProgramCode code) {
        return variants.getOrDefault(code, List.of());
    }

    /**
     * Every standard the programs read, each once, in the order first declared (the built-ins' shared
     * standards included).
     *
     * @return an unmodifiable list
     */
    public List<Standard<?>> standards() {
        Map<String, Standard<?>> out = new LinkedHashMap<>();
        for (Standard<?> s : BuiltInPrograms.standards()) {
            out.put(s.code(), s);
        }
        for (ProgramRule<?> p : all) {
            for (Standard<?> s : p.standards()) {
                out.putIfAbsent(s.code(), s);
            }
        }
        return List.copyOf(out.values());
    }

    /** E.g. {@code Programs[12 built in, jiangsu-example: js-spring-festival]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Programs[").append(all.size()).append(" programs");
        for (ProgramProvider p : providers) {
            sb.append(", ").append(p.id());
        }
        return sb.append(']').toString();
    }

    /** Builds {@link Programs}. Not thread-safe. */
    public static final class Builder {
        private final Map<String, ProgramProvider> explicit = new LinkedHashMap<>();
        private boolean builtIns = true;
        private boolean discovery = true;
        private ClassLoader classLoader;

        private Builder() {
        }

        /**
         * Adds a provider explicitly; it is used whether or not discovery is on.
         *
         * @param provider the provider
         * @return this builder
         * @throws IncompatibleProviderException if the provider's id or SPI version is refused
         * @throws IllegalArgumentException if a provider with the same id is already added
         */
        public Builder add(ProgramProvider provider) {
            Objects.requireNonNull(provider, "provider");
            Handshake.check("program provider", provider.id(), provider.spiVersion(), provider.getClass());
            ProgramProvider previous = explicit.putIfAbsent(provider.id(), provider);
            if (previous != null) {
                throw new IllegalArgumentException("a program provider with id '" + provider.id()
                        + "' is already registered (" + previous.getClass().getName() + ")");
            }
            return this;
        }

        /**
         * Whether to include the built-in national programs (default true). Leave them out only to test a
         * provider alone.
         *
         * @param enabled whether to include them
         * @return this builder
         */
        public Builder builtIns(boolean enabled) {
            this.builtIns = enabled;
            return this;
        }

        /**
         * Switches discovery with {@link ServiceLoader} on or off (default on).
         *
         * @param enabled whether to discover
         * @return this builder
         */
        public Builder discovery(boolean enabled) {
            this.discovery = enabled;
            return this;
        }

        /**
         * Discovers with a class loader instead of the thread's context class loader.
         *
         * @param loader the loader
         * @return this builder
         */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /**
         * Loads and checks the programs.
         *
         * @return the programs
         * @throws IncompatibleProviderException if a provider is refused
         * @throws IllegalArgumentException if codes collide or a variant is inconsistent
         */
        public Programs build() {
            List<ProgramProvider> list = new ArrayList<>(explicit.values());
            if (discovery && !"false".equalsIgnoreCase(System.getProperty(DISCOVERY_PROPERTY, "true"))) {
                list.addAll(discovered());
            } else {
                LOG.debug("program provider discovery is off");
            }
            return new Programs(builtIns ? BuiltInPrograms.all() : List.of(), list);
        }

        private List<ProgramProvider> discovered() {
            ServiceLoader<ProgramProvider> loader = classLoader != null
                    ? ServiceLoader.load(ProgramProvider.class, classLoader)
                    : ServiceLoader.load(ProgramProvider.class);
            Map<String, ProgramProvider> found = new LinkedHashMap<>();
            try {
                for (ProgramProvider p : loader) {
                    Handshake.check("program provider", p.id(), p.spiVersion(), p.getClass());
                    if (explicit.containsKey(p.id())) {
                        continue;
                    }
                    ProgramProvider previous = found.putIfAbsent(p.id(), p);
                    if (previous != null) {
                        throw new IncompatibleProviderException(p.id(), "two discovered program providers share the id '"
                                + p.id() + "': " + previous.getClass().getName() + " and " + p.getClass().getName(), null);
                    }
                    LOG.debug("discovered program provider '{}' ({})", p.id(), p.getClass().getName());
                }
            } catch (ServiceConfigurationError e) {
                throw new IncompatibleProviderException(ProgramProvider.class.getName(),
                        "a program provider could not be loaded: " + e.getMessage(), e);
            }
            List<ProgramProvider> list = new ArrayList<>(found.values());
            list.sort(Comparator.comparing(ProgramProvider::id));
            return list;
        }
    }
}
