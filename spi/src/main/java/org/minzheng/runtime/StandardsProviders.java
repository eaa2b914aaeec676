package org.minzheng.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import org.minzheng.core.standards.StandardSet;
import org.minzheng.core.standards.StandardValue;
import org.minzheng.core.standards.StandardsResolver;
import org.minzheng.spi.IncompatibleProviderException;
import org.minzheng.spi.SpiVersion;
import org.minzheng.spi.StandardsProvider;
import org.minzheng.spi.StandardsQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standards providers an application uses (标准提供者集合): those registered explicitly, and — unless
 * switched off — those found with {@link ServiceLoader}.
 *
 * <p><b>Explicit first.</b> Explicitly registered providers are kept in registration order; discovered
 * providers follow, ordered by id. A discovered provider whose id equals an explicit one is skipped (the
 * explicit registration wins and a message is logged); two explicit providers with one id, or two
 * discovered ones, are refused. Which provider's <em>value</em> wins is decided by region and {@link
 * StandardsProvider#priority() priority} alone — never by this order — as documented in {@link
 * StandardsResolver}.
 *
 * <p><b>Discovery switch.</b> {@link Builder#discovery(boolean)} turns discovery on or off for one
 * builder; the system property {@value #DISCOVERY_PROPERTY}{@code =false} turns it off for the whole
 * JVM (for hosts that must control exactly what is loaded).
 *
 * <p><b>Handshake.</b> Each provider's {@link StandardsProvider#spiVersion()} must be accepted by {@link
 * SpiVersion#CURRENT}; otherwise {@link IncompatibleProviderException} names the provider, its class and
 * both versions.
 *
 * <p>Immutable and thread-safe once built. Providers are loaded when built; {@link #resolver()} checks all
 * their values together.
 */
public final class StandardsProviders {

    /** System property that switches discovery off when set to {@code false}: {@value}. */
    public static final String DISCOVERY_PROPERTY = "org.minzheng.standards.discovery";

    private static final Logger LOG = LoggerFactory.getLogger(StandardsProviders.class);

    private final List<StandardsProvider> providers;
    private final StandardsResolver resolver;

    private StandardsProviders(List<StandardsProvider> providers) {
        this.providers = List.copyOf(providers);
        List<StandardSet> sets = new ArrayList<>(providers.size());
        for (StandardsProvider p : providers) {
            sets.add(load(p));
        }
        this.resolver = StandardsResolver.of(sets);
    }

    /**
     * Starts a set of providers; discovery is on unless switched off.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The providers found with {@link ServiceLoader} on the class path and module path (of the thread's
     * context class loader), and nothing else. Honours {@value #DISCOVERY_PROPERTY}.
     *
     * @return the providers
     * @throws IncompatibleProviderException if a provider is refused
     * @throws org.minzheng.core.standards.OverlappingStandardValuesException if providers' values overlap
     */
    public static StandardsProviders discover() {
        return builder().build();
    }

    /**
     * Exactly the given providers, without discovery.
     *
     * @param providers the providers
     * @return the providers
     * @throws IncompatibleProviderException if a provider is refused
     * @throws org.minzheng.core.standards.OverlappingStandardValuesException if providers' values overlap
     * @throws NullPointerException if an argument or element is null
     */
    public static StandardsProviders of(StandardsProvider... providers) {
        Builder b = builder().discovery(false);
        for (StandardsProvider p : providers) {
            b.add(p);
        }
        return b.build();
    }

    /**
     * The providers: explicit ones in registration order, then discovered ones by id.
     *
     * @return an unmodifiable list
     */
    public List<StandardsProvider> providers() {
        return providers;
    }

    /**
     * The resolver over all providers' values, checked together.
     *
     * @return the resolver
     */
    public StandardsResolver resolver() {
        return resolver;
    }

    private static StandardSet load(StandardsProvider p) {
        Collection<StandardValue<?>> values;
        try {
            values = p.values(StandardsQuery.all());
        } catch (RuntimeException e) {
            throw new IncompatibleProviderException(p.id(), "standards provider '" + p.id() + "' ("
                    + p.getClass().getName() + ") failed to supply its values: " + e.getMessage(), e);
        }
        if (values == null) {
            throw new IncompatibleProviderException(p.id(), "standards provider '" + p.id() + "' ("
                    + p.getClass().getName() + ") returned null values", null);
        }
        StandardSet set = StandardSet.of(p.id(), p.priority(), values);
        LOG.debug("loaded {} standard values from provider '{}' (priority {})", set.values().size(), p.id(),
                p.priority());
        return set;
    }

    private static void check(StandardsProvider p) {
        Handshake.check("standards provider", p.id(), p.spiVersion(), p.getClass());
    }

    /** E.g. {@code StandardsProviders[jiangsu.zhenjiang (100), overrides (200)]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("StandardsProviders[");
        for (int i = 0; i < providers.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(providers.get(i).id()).append(" (")
                    .append(providers.get(i).priority()).append(')');
        }
        return sb.append(']').toString();
    }

    /**
     * Builds {@link StandardsProviders}. Not thread-safe.
     */
    public static final class Builder {
        private final Map<String, StandardsProvider> explicit = new LinkedHashMap<>();
        private boolean discovery = true;
        private ClassLoader classLoader;

        private Builder() {
        }

        /**
         * Registers a provider explicitly.
         *
         * @param provider the provider
         * @return this builder
         * @throws IncompatibleProviderException if the provider has an invalid id or SPI version
         * @throws IllegalArgumentException if a provider with the same id is already registered
         * @throws NullPointerException if {@code provider} is null
         */
        public Builder add(StandardsProvider provider) {
            Objects.requireNonNull(provider, "provider");
            check(provider);
            StandardsProvider previous = explicit.putIfAbsent(provider.id(), provider);
            if (previous != null) {
                throw new IllegalArgumentException("a standards provider with id '" + provider.id()
                        + "' is already registered (" + previous.getClass().getName() + ")");
            }
            return this;
        }

        /**
         * Switches {@link ServiceLoader} discovery on or off (on by default). Setting the system property
         * {@value StandardsProviders#DISCOVERY_PROPERTY} to {@code false} switches it off regardless.
         *
         * @param enabled whether to discover providers
         * @return this builder
         */
        public Builder discovery(boolean enabled) {
            this.discovery = enabled;
            return this;
        }

        /**
         * Sets the class loader used for discovery (default: the thread's context class loader).
         *
         * @param loader the class loader
         * @return this builder
         * @throws NullPointerException if {@code loader} is null
         */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /**
         * Loads every provider's values and checks them together.
         *
         * @return the providers
         * @throws IncompatibleProviderException if a discovered provider is refused, fails to load, or two
         *         discovered providers share an id
         * @throws org.minzheng.core.standards.OverlappingStandardValuesException if values overlap at the
         *         same region and priority
         */
        public StandardsProviders build() {
            List<StandardsProvider> all = new ArrayList<>(explicit.values());
            if (discovery && !"false".equalsIgnoreCase(System.getProperty(DISCOVERY_PROPERTY, "true"))) {
                all.addAll(discovered());
            } else {
                LOG.debug("standards provider discovery is off");
            }
            return new StandardsProviders(all);
        }

        private List<StandardsProvider> discovered() {
            ServiceLoader<StandardsProvider> loader = classLoader != null
                    ? ServiceLoader.load(StandardsProvider.class, classLoader)
                    : ServiceLoader.load(StandardsProvider.class);
            Map<String, StandardsProvider> found = new LinkedHashMap<>();
            try {
                for (StandardsProvider p : loader) {
                    check(p);
                    if (explicit.containsKey(p.id())) {
                        LOG.info("discovered standards provider '{}' ({}) skipped: registered explicitly", p.id(),
                                p.getClass().getName());
                        continue;
                    }
                    StandardsProvider previous = found.putIfAbsent(p.id(), p);
                    if (previous != null) {
                        throw new IncompatibleProviderException(p.id(), "two discovered standards providers share the id '"
                                + p.id() + "': " + previous.getClass().getName() + " and " + p.getClass().getName(), null);
                    }
                    LOG.debug("discovered standards provider '{}' ({})", p.id(), p.getClass().getName());
                }
            } catch (ServiceConfigurationError e) {
                throw new IncompatibleProviderException(StandardsProvider.class.getName(),
                        "a standards provider could not be loaded: " + e.getMessage(), e);
            }
            List<StandardsProvider> list = new ArrayList<>(found.values());
            list.sort(Comparator.comparing(StandardsProvider::id));
            return list;
        }
    }
}
