package org.minzheng.core.standards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.minzheng.core.identity.RegionCode;

/**
 * Resolves standards for a (region, date) from the {@link StandardSet}s of several providers
 * (标准解析：按地区层级和提供者优先级选取有效值).
 *
 * <h2>Resolution order</h2>
 * For each standard, the value chosen for region <i>r</i> on date <i>d</i> is found by:
 * <ol>
 *   <li><b>Region first.</b> Walk from <i>r</i> itself up through its ancestors — village → township →
 *       county → city → province — and finally the nation. The first region level at which <em>some</em>
 *       value is in force on <i>d</i> decides; a more specific region always beats a less specific one,
 *       whatever the providers' priorities. (A county's own figure is the law for that county.)</li>
 *   <li><b>Then priority.</b> Among the values in force at that one region, the value of the provider
 *       with the highest {@linkplain StandardSet#priority() priority} wins.</li>
 *   <li><b>Tie-break: none is possible.</b> Two values of one standard and region at the same priority
 *       that are in force on a common day are rejected when the resolver is built
 *       ({@link OverlappingStandardValuesException} naming both), whether they come from one provider or
 *       two. So the result never depends on the order in which providers were registered or discovered.</li>
 *   <li>If no region has a value in force, the standard's documented default applies; if it has none,
 *       {@link ResolvedStandards#get(Standard)} raises {@link MissingStandardException}.</li>
 * </ol>
 * Providers are {@linkplain #sets() listed} by priority, highest first, then by provider id
 * (code-point order); provider ids must be unique.
 *
 * <p>Immutable and thread-safe; build once, resolve many times.
 */
public final class StandardsResolver {

    /** Highest priority first, then provider id: the one order in which providers are listed. */
    public static final Comparator<StandardSet> PROVIDER_ORDER = Comparator
            .comparingInt(StandardSet::priority).reversed()
            .thenComparing(StandardSet::providerId);

    private static final StandardsResolver EMPTY = new StandardsResolver(List.of(), Map.of());

    private final List<StandardSet> sets;
    /** standard → region key ("" = nation) → candidates, highest priority first. */
    private final Map<Standard<?>, Map<String, Candidate[]>> index;

    private record Candidate(StandardValue<?> value, String providerId, int priority) {
    }

    private StandardsResolver(List<StandardSet> sets, Map<Standard<?>, Map<String, Candidate[]>> index) {
        this.sets = sets;
        this.index = index;
    }

    /**
     * A resolver without values: every standard resolves to its documented default, if any.
     *
     * @return the empty resolver
     */
    public static StandardsResolver empty() {
        return EMPTY;
    }

    /**
     * Builds a resolver over the values of several providers, checking them together.
     *
     * @param sets the providers' value sets, in any order
     * @return the resolver
     * @throws OverlappingStandardValuesException if values of one standard and region at the same priority
     *         overlap, within one set or across sets
     * @throws IllegalArgumentException if two sets have the same provider id
     * @throws NullPointerException if an argument or a set is null
     */
    public static StandardsResolver of(Collection<StandardSet> sets) {
        List<StandardSet> ordered = new ArrayList<>(Objects.requireNonNull(sets, "sets"));
        Set<String> ids = new HashSet<>();
        for (StandardSet set : ordered) {
            Objects.requireNonNull(set, "sets contains null");
            if (!ids.add(set.providerId())) {
                throw new IllegalArgumentException("two standard sets share the provider id '" + set.providerId()
                        + "': provider ids must be unique / 标准提供者标识重复");
            }
        }
        ordered.sort(PROVIDER_ORDER);

        List<Candidate> all = new ArrayList<>();
        for (StandardSet set : ordered) {
            for (StandardValue<?> v : set.values()) {
                all.add(new Candidate(v, set.providerId(), set.priority()));
            }
        }
        // Same standard, region, priority → neighbours when sorted by start; then any overlap is adjacent.
        all.sort(Comparator.<Candidate, String>comparing(c -> c.value().standard().code())
                .thenComparing(c -> c.value().regionKey())
                .thenComparing(Comparator.comparingInt(Candidate::priority).reversed())
                .thenComparing(c -> c.value().from())
                .thenComparing(Candidate::providerId));
        for (int i = 1; i < all.size(); i++) {
            Candidate a = all.get(i - 1);
            Candidate b = all.get(i);
            if (a.priority() == b.priority() && a.value().overlaps(b.value())) {
                throw new OverlappingStandardValuesException(a.value(), a.providerId(), b.value(), b.providerId(),
                        a.priority());
            }
        }

        Map<Standard<?>, Map<String, List<Candidate>>> grouped = new LinkedHashMap<>();
        for (Candidate c : all) {
            grouped.computeIfAbsent(c.value().standard(), s -> new HashMap<>())
                    .computeIfAbsent(c.value().regionKey(), r -> new ArrayList<>()).add(c);
        }
        Map<Standard<?>, Map<String, Candidate[]>> index = new LinkedHashMap<>();
        grouped.forEach((standard, byRegion) -> {
            Map<String, Candidate[]> regions = new HashMap<>();
            byRegion.forEach((region, list) -> regions.put(region, list.toArray(new Candidate[0])));
            index.put(standard, Map.copyOf(regions));
        });
        return new StandardsResolver(List.copyOf(ordered), index);
    }

    /**
     * The providers' sets in {@link #PROVIDER_ORDER}.
     *
     * @return an unmodifiable list
     */
    public List<StandardSet> sets() {
        return sets;
    }

    /**
     * The standards that have at least one value.
     *
     * @return an unmodifiable set
     */
    public Set<Standard<?>> standards() {
        return Set.copyOf(index.keySet());
    }

    /**
     * Resolves every standard that has values for a region and a date.
     *
     * @param region the region of the subject (any level)
     * @param date the date
     * @return the resolved standards
     * @throws NullPointerException if an argument is null
     */
    public ResolvedStandards resolve(RegionCode region, LocalDate date) {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(date, "date");
        List<RegionCode> chain = region.selfAndAncestors();
        String[] keys = new String[chain.size() + 1];
        for (int i = 0; i < chain.size(); i++) {
            keys[i] = chain.get(i).value();
        }
        keys[chain.size()] = "";
        Map<Standard<?>, ResolvedValue<?>> chosen = new HashMap<>();
        index.forEach((standard, byRegion) -> {
            StandardValue<?> value = pick(byRegion, keys, date);
            if (value != null) {
                chosen.put(standard, toResolved(value));
            }
        });
        return new ResolvedStandards(region, date, chosen, List.of());
    }

    /**
     * Finds the value of one standard for a region and date, with the same order as {@link #resolve}.
     *
     * @param <T> the value type
     * @param standard the standard
     * @param region the region
     * @param date the date
     * @return the regional value chosen, or empty when none is in force (the default is not consulted)
     * @throws NullPointerException if an argument is null
     */
    @SuppressWarnings("unchecked")
    public <T> Optional<StandardValue<T>> find(Standard<T> standard, RegionCode region, LocalDate date) {
        Objects.requireNonNull(standard, "standard");
        Map<String, Candidate[]> byRegion = index.get(standard);
        if (byRegion == null) {
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(date, "date");
            return Optional.empty();
        }
        List<RegionCode> chain = region.selfAndAncestors();
        String[] keys = new String[chain.size() + 1];
        for (int i = 0; i < chain.size(); i++) {
            keys[i] = chain.get(i).value();
        }
        keys[chain.size()] = "";
        return Optional.ofNullable((StandardValue<T>) pick(byRegion, keys, Objects.requireNonNull(date, "date")));
    }

    private static StandardValue<?> pick(Map<String, Candidate[]> byRegion, String[] keys, LocalDate date) {
        for (String key : keys) {
            Candidate[] candidates = byRegion.get(key);
            if (candidates != null) {
                for (Candidate c : candidates) { // highest priority first
                    if (c.value().inForceOn(date)) {
                        return c.value();
                    }
                }
            }
        }
        return null;
    }

    private static <T> ResolvedValue<T> toResolved(StandardValue<T> value) {
        return new ResolvedValue<>(value.standard(), value.value(), Optional.of(value));
    }

    /** E.g. {@code StandardsResolver[jiangsu (100), national-defaults (0)]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("StandardsResolver[");
        for (int i = 0; i < sets.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(sets.get(i).providerId()).append(" (").append(sets.get(i).priority())
                    .append(')');
        }
        return sb.append(']').toString();
    }
}
