package org.minzheng.tck.standards;

import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.programs.tekun.Tekun;
import org.minzheng.core.programs.senior.SeniorAllowance;
import org.minzheng.core.programs.childsubsidy.ChildSubsidy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.tck.standards.TestProviders.CITY;
import static org.minzheng.tck.standards.TestProviders.COVERAGE;
import static org.minzheng.tck.standards.TestProviders.FROM;
import static org.minzheng.tck.standards.TestProviders.UNTIL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minzheng.core.money.Money;
import org.minzheng.core.standards.InvalidStandardValueException;
import org.minzheng.core.standards.StandardValue;
import org.minzheng.spi.StandardsProvider;
import org.minzheng.spi.StandardsQuery;

class StandardsProviderCheckerTest {

    private static List<Finding> check(StandardsProvider p) {
        return new StandardsProviderChecker(p, COVERAGE).all();
    }

    private static List<StandardsCheck> checksOf(List<Finding> findings) {
        return findings.stream().map(Finding::check).distinct().toList();
    }

    @Test
    void all_completeProvider_findsNothing() {
        assertThat(check(TestProviders.of(TestProviders.completeValues()))).isEmpty();
    }

    @Test
    void loads_malformedId_isSp01() {
        StandardsProvider p = new TestProviders.Fixed("Bad Id", StandardsProvider.SPI_VERSION, List.of());
        assertThat(new StandardsProviderChecker(p, COVERAGE).loads())
                .singleElement().satisfies(f -> {
                    assertThat(f.check()).isEqualTo(StandardsCheck.SP01_LOADS);
                    assertThat(f.problem()).contains("Bad Id");
                    assertThat(f.fix()).contains("lower-case");
                });
    }

    @Test
    void loads_valuesThrow_isSp01() {
        StandardsProvider p = new TestProviders.Fixed("broken", StandardsProvider.SPI_VERSION, List.of()) {
            @Override
            public Collection<StandardValue<?>> values(StandardsQuery query) {
                throw new IllegalStateException("file not found");
            }
        };
        assertThat(checksOf(check(p))).contains(StandardsCheck.SP01_LOADS, StandardsCheck.SP09_COVERAGE);
    }

    @Test
    void spiVersion_newerMinor_isSp02() {
        StandardsProvider p = new TestProviders.Fixed("future", "1.99", TestProviders.completeValues());
        assertThat(new StandardsProviderChecker(p, COVERAGE).spiVersion())
                .singleElement().satisfies(f -> assertThat(f.problem()).contains("1.99"));
    }

    @Test
    void spiVersion_malformed_isSp02() {
        StandardsProvider p = new TestProviders.Fixed("odd", "one", TestProviders.completeValues());
        assertThat(checksOf(new StandardsProviderChecker(p, COVERAGE).spiVersion()))
                .containsExactly(StandardsCheck.SP02_SPI_VERSION);
    }

    @Test
    void immutable_modifiableLiveList_isSp03() {
        List<StandardValue<?>> live = new ArrayList<>(TestProviders.completeValues());
        StandardsProvider p = new TestProviders.Fixed("live", StandardsProvider.SPI_VERSION, live) {
            @Override
            public Collection<StandardValue<?>> values(StandardsQuery query) {
                return live;
            }
        };
        assertThat(checksOf(new StandardsProviderChecker(p, COVERAGE).immutable()))
                .containsExactly(StandardsCheck.SP03_IMMUTABLE);
    }

    @Test
    void threadSafe_valuesChangingBetweenCalls_isSp04() {
        List<StandardValue<?>> complete = TestProviders.completeValues();
        StandardsProvider p = new TestProviders.Fixed("flaky", StandardsProvider.SPI_VERSION, complete) {
            private int calls;

            @Override
            public Collection<StandardValue<?>> values(StandardsQuery query) {
                synchronized (this) {
                    calls++;
                    return calls > 1 ? complete.subList(1, complete.size()) : complete;
                }
            }
        };
        assertThat(checksOf(new StandardsProviderChecker(p, COVERAGE).threadSafe()))
                .containsExactly(StandardsCheck.SP04_THREAD_SAFE);
    }

    @Test
    void noOverlap_twoValuesSharingADay_isSp05NamingBoth() {
        StandardsProvider p = TestProviders.editing(values -> {
            values.add(StandardValue.of(Dibao.GRACE_MONTHS, CITY, FROM, LocalDate.of(2022, 7, 1), 6, "a"));
            values.add(StandardValue.of(Dibao.GRACE_MONTHS, CITY, LocalDate.of(2022, 6, 30), 3, "b"));
            return values;
        });
        assertThat(new StandardsProviderChecker(p, COVERAGE).noOverlap()).singleElement()
                .satisfies(f -> assertThat(f.problem()).contains("dibao.grace-months").contains("(a)").contains("(b)"));
    }

    @Test
    void intervals_implausibleYear_cannotEvenBeBuilt() {
        // SP06 still checks the window, but core refuses such a value first (decision record 0160).
        assertThatThrownBy(() -> StandardValue.of(Dibao.GRACE_MONTHS, CITY, LocalDate.of(2202, 1, 1), 6,
                "typo")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2100-01-01");
    }

    @Test
    void valueTypes_ownStandardWithCatalogueCodeButOtherType_isSp07() {
        var impostor = org.minzheng.core.standards.Standard
                .builder("dibao.grace-months", org.minzheng.core.standards.ValueType.DECIMAL)
                .names("渐退期", "grace").unit(org.minzheng.core.standards.Unit.MONTHS).description("x").build();
        StandardsProvider p = TestProviders.editing(values -> {
            values.add(StandardValue.of(impostor, CITY, FROM, new BigDecimal("6"), "x"));
            return values;
        });
        assertThat(new StandardsProviderChecker(p, COVERAGE).valueTypes()).singleElement()
                .satisfies(f -> assertThat(f.fix()).contains("program's constant for dibao.grace-months"));
    }

    @Test
    void queries_providerIgnoringAncestors_isSp08() {
        StandardsProvider p = new TestProviders.Fixed("exact", StandardsProvider.SPI_VERSION,
                TestProviders.completeValues()) {
            @Override
            public Collection<StandardValue<?>> values(StandardsQuery query) {
                return values.stream().filter(v -> query.region().isEmpty()
                        || v.region().equals(query.region())).toList();
            }
        };
        assertThat(new StandardsProviderChecker(p, COVERAGE).queries()).singleElement()
                .satisfies(f -> assertThat(f.problem()).contains("321112"));
    }

    @Test
    void coverage_missingMandatoryStandard_isSp09NamingStandardRegionDate() {
        StandardsProvider p = TestProviders.replacing(SeniorAllowance.AMOUNT_90, null);
        assertThat(new StandardsProviderChecker(p, COVERAGE).coverage())
                .hasSize(2) // one per covered region
                .allSatisfy(f -> assertThat(f.problem()).contains("senior.allowance.90").contains("2022-01-01"));
    }

    @Test
    void coverage_valueEndingBeforeCoverageEnds_isSp09OnTheFirstMissingDay() {
        StandardsProvider p = TestProviders.replacing(ChildSubsidy.ORPHAN_DISPERSED, StandardValue.of(
                ChildSubsidy.ORPHAN_DISPERSED, CITY, FROM, LocalDate.of(2022, 10, 1), Money.of("1800.00"), "x"));
        assertThat(new StandardsProviderChecker(p, COVERAGE).coverage())
                .allSatisfy(f -> assertThat(f.problem()).contains("child.orphan.dispersed").contains("2022-10-01"));
    }

    @Test
    void relations_noTekunBasicAtAll_isSp10() {
        // the 特困 program declares that its basic amount is set, directly or as a multiple (StandardsRelation.anyOf)
        StandardsProvider p = TestProviders.replacing(Tekun.BASIC_MULTIPLE, null);
        assertThat(new StandardsProviderChecker(p, COVERAGE).nationalRelations())
                .anySatisfy(f -> assertThat(f.problem()).contains("tekun.basic.urban"))
                .anySatisfy(f -> assertThat(f.problem()).contains("tekun.basic.rural"));
    }

    @Test
    void nationalRelations_tekunBelowDibao_isSp10() {
        StandardsProvider p = TestProviders.editing(values -> {
            values.add(StandardValue.of(Tekun.BASIC_RURAL, CITY, FROM, UNTIL, Money.of("860.00"), "x"));
            return values;
        });
        assertThat(new StandardsProviderChecker(p, COVERAGE).nationalRelations())
                .hasSize(2).allSatisfy(f -> assertThat(f.problem()).contains("tekun.basic.rural = 860.00")
                        .contains("dibao.standard.rural = 870.00"));
    }

    @Test
    void nationalRelations_multipleBelowOne_isSp10() {
        StandardsProvider p = TestProviders.replacing(Tekun.BASIC_MULTIPLE, StandardValue.of(
                Tekun.BASIC_MULTIPLE, CITY, FROM, UNTIL, new BigDecimal("0.9"), "x"));
        assertThat(checksOf(check(p))).containsExactly(StandardsCheck.SP10_NATIONAL_RELATIONS);
    }

    @Test
    void nationalRelations_shareAboveOne_cannotEvenBeBuilt() {
        // SP10 still checks shares, but core refuses a share outside [0, 1] first (decision record 0160).
        assertThatThrownBy(() -> StandardValue.of(ChildSubsidy.PARENTS_UNABLE_SHARE, CITY, FROM, UNTIL,
                new BigDecimal("60"), "x")).isInstanceOf(InvalidStandardValueException.class)
                .hasMessageContaining("from 0 to 1");
    }

    @Test
    void nationalRelations_olderBandPaidLess_isSp10() {
        StandardsProvider p = TestProviders.replacing(SeniorAllowance.AMOUNT_100, StandardValue.of(
                SeniorAllowance.AMOUNT_100, CITY, FROM, UNTIL, Money.of("90.00"), "x"));
        assertThat(new StandardsProviderChecker(p, COVERAGE).nationalRelations())
                .anySatisfy(f -> assertThat(f.problem()).contains("senior.allowance.90 = 100.00 is above"));
    }

    @Test
    void nationalRelations_careFallingWithLostSelfCare_isSp10() {
        StandardsProvider p = TestProviders.replacing(Tekun.CARE_COMPLETE, StandardValue.of(
                Tekun.CARE_COMPLETE, CITY, FROM, UNTIL, Money.of("200.00"), "x"));
        assertThat(checksOf(check(p))).containsExactly(StandardsCheck.SP10_NATIONAL_RELATIONS);
    }

    @Test
    void discovery_unpublishedProvider_isSp11() {
        assertThat(new StandardsProviderChecker(TestProviders.of(TestProviders.completeValues()), COVERAGE)
                .discovery(getClass().getClassLoader())).singleElement()
                .satisfies(f -> assertThat(f.fix()).contains("META-INF/services"));
    }
}
