package org.minzheng.runtime;

import org.minzheng.core.programs.dibao.Dibao;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.standards.OverlappingStandardValuesException;
import org.minzheng.core.standards.StandardValue;
import org.minzheng.spi.IncompatibleProviderException;
import org.minzheng.spi.SpiVersion;
import org.minzheng.spi.StandardsProvider;
import org.minzheng.spi.StandardsQuery;

class StandardsProvidersTest {

    static final RegionCode JIANGSU = RegionCode.parse("32");
    static final RegionCode DANTU = RegionCode.parse("321112");
    static final LocalDate D = LocalDate.of(2022, 10, 1);

    record Fixed(String id, String spiVersion, int priority, List<StandardValue<?>> list) implements StandardsProvider {
        @Override
        public Collection<StandardValue<?>> values(StandardsQuery query) {
            return list;
        }
    }

    static Fixed urban(String id, int priority, RegionCode region, String amount) {
        return new Fixed(id, StandardsProvider.SPI_VERSION, priority, List.of(StandardValue.of(
                Dibao.STANDARD_URBAN, region, LocalDate.of(2022, 1, 1), Money.of(amount), "doc-" + id)));
    }

    @Test
    void discover_findsServiceLoaderProviders() {
        StandardsProviders p = StandardsProviders.discover();
        assertThat(p.providers()).extracting(StandardsProvider::id).contains(DiscoverableTestProvider.ID);
        assertThat(p.resolver().resolve(DANTU, D).get(Dibao.STANDARD_URBAN)).isEqualTo(Money.of("700"));
    }

    @Test
    void builder_discoveryOff_onlyExplicit() {
        StandardsProviders p = StandardsProviders.builder().discovery(false).add(urban("dantu", 100, DANTU, "820"))
                .build();
        assertThat(p.providers()).extracting(StandardsProvider::id).containsExactly("dantu");
    }

    @Test
    void builder_systemPropertySwitchesDiscoveryOff() {
        System.setProperty(StandardsProviders.DISCOVERY_PROPERTY, "false");
        try {
            assertThat(StandardsProviders.discover().providers()).isEmpty();
        } finally {
            System.clearProperty(StandardsProviders.DISCOVERY_PROPERTY);
        }
    }

    @Test
    void builder_explicitFirstThenDiscovered() {
        StandardsProviders p = StandardsProviders.builder().add(urban("zz-last-by-name", 100, DANTU, "820")).build();
        assertThat(p.providers()).extracting(StandardsProvider::id)
                .containsExactly("zz-last-by-name", DiscoverableTestProvider.ID);
        // the county value wins over the discovered province value: region first
        assertThat(p.resolver().resolve(DANTU, D).get(Dibao.STANDARD_URBAN)).isEqualTo(Money.of("820"));
    }

    @Test
    void builder_explicitWithDiscoveredId_explicitWins() {
        StandardsProviders p = StandardsProviders.builder()
                .add(urban(DiscoverableTestProvider.ID, 100, JIANGSU, "750")).build();
        assertThat(p.providers()).hasSize(1);
        assertThat(p.resolver().resolve(DANTU, D).get(Dibao.STANDARD_URBAN)).isEqualTo(Money.of("750"));
    }

    @Test
    void add_duplicateExplicitId_rejected() {
        StandardsProviders.Builder b = StandardsProviders.builder().add(urban("a", 100, DANTU, "1"));
        assertThatThrownBy(() -> b.add(urban("a", 100, JIANGSU, "2"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a'");
    }

    @Test
    void add_newerMinorVersion_refusedNamingBoth() {
        Fixed future = new Fixed("future", "2.1", 100, List.of());
        assertThatThrownBy(() -> StandardsProviders.builder().add(future))
                .isInstanceOfSatisfying(IncompatibleProviderException.class,
                        e -> assertThat(e.providerId()).isEqualTo("future"))
                .hasMessageContaining("'future'").hasMessageContaining("SPI 2.1").hasMessageContaining("SPI 2.0")
                .hasMessageContaining(Fixed.class.getName());
    }

    @Test
    void add_otherMajorVersion_refused() {
        assertThatThrownBy(() -> StandardsProviders.of(new Fixed("old", "1.0", 100, List.of())))
                .as("a plugin built for SPI 1 (with RegionalRules) is refused by SPI 2")
                .isInstanceOf(IncompatibleProviderException.class).hasMessageContaining("SPI 1.0");
        assertThatThrownBy(() -> StandardsProviders.of(new Fixed("new", "3.0", 100, List.of())))
                .isInstanceOf(IncompatibleProviderException.class);
        assertThatThrownBy(() -> StandardsProviders.of(new Fixed("bad", "one", 100, List.of())))
                .isInstanceOf(IncompatibleProviderException.class).hasMessageContaining("invalid SPI version");
    }

    @Test
    void add_invalidId_refused() {
        assertThatThrownBy(() -> StandardsProviders.of(new Fixed("Not Valid", "1.0", 100, List.of())))
                .isInstanceOf(IncompatibleProviderException.class).hasMessageContaining("invalid id");
    }

    @Test
    void build_overlapAtSamePriority_namesBothProviders() {
        assertThatThrownBy(() -> StandardsProviders.of(urban("alpha", 100, DANTU, "820"),
                urban("beta", 100, DANTU, "830")))
                .isInstanceOf(OverlappingStandardValuesException.class).hasMessageContaining("alpha")
                .hasMessageContaining("beta").hasMessageContaining("doc-alpha").hasMessageContaining("doc-beta");
    }

    @Test
    void build_providerFailure_wrappedNamingProvider() {
        StandardsProvider failing = new StandardsProvider() {
            @Override
            public String id() {
                return "failing";
            }

            @Override
            public String spiVersion() {
                return SPI_VERSION;
            }

            @Override
            public Collection<StandardValue<?>> values(StandardsQuery query) {
                throw new IllegalStateException("file not found");
            }
        };
        assertThatThrownBy(() -> StandardsProviders.of(failing)).isInstanceOf(IncompatibleProviderException.class)
                .hasMessageContaining("'failing'").hasMessageContaining("file not found");
    }

    @Test
    void spiVersion_acceptsSameMajorOlderOrEqualMinor() {
        SpiVersion v12 = new SpiVersion(1, 2);
        assertThat(v12.accepts(SpiVersion.parse("1.0"))).isTrue();
        assertThat(v12.accepts(SpiVersion.parse("1.2"))).isTrue();
        assertThat(v12.accepts(SpiVersion.parse("1.3"))).isFalse();
        assertThat(v12.accepts(SpiVersion.parse("2.0"))).isFalse();
        assertThat(SpiVersion.CURRENT).hasToString(StandardsProvider.SPI_VERSION);
    }

    @Test
    void query_matchesRegionAncestorsAndDate() {
        StandardsQuery q = StandardsQuery.forRegion(DANTU, D);
        StandardValue<Money> province = StandardValue.of(Dibao.STANDARD_URBAN, JIANGSU, D, Money.of("1"), "x");
        StandardValue<Money> other = StandardValue.of(Dibao.STANDARD_URBAN, RegionCode.parse("3201"), D,
                Money.of("1"), "x");
        StandardValue<Money> later = StandardValue.of(Dibao.STANDARD_URBAN, JIANGSU, D.plusDays(1),
                Money.of("1"), "x");
        assertThat(q.matches(province)).isTrue();
        assertThat(q.matches(other)).isFalse();
        assertThat(q.matches(later)).isFalse();
        assertThat(q.onlyStandards(Dibao.STANDARD_RURAL).matches(province)).isFalse();
        assertThat(StandardsQuery.all().matches(other)).isTrue();
    }
}
