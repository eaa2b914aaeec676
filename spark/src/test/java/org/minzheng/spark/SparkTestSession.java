package org.minzheng.spark;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

import org.apache.spark.sql.SparkSession;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.standards.StandardValue;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.runtime.StandardsProviders;
import org.minzheng.spi.StandardsProvider;
import org.minzheng.spi.StandardsQuery;

/** One local Spark for the module's tests, and the county system whose results Spark must reproduce. */
final class SparkTestSession {

    private static SparkSession spark;

    private SparkTestSession() {
    }

    /** local[2], loopback only, no UI, few shuffle partitions (the tests' data fit a laptop). */
    static synchronized SparkSession spark() {
        if (spark == null) {
            spark = SparkSession.builder().master("local[2]").appName("minzheng-spark-test")
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", "4")
                    .getOrCreate();
        }
        return spark;
    }

    /**
     * The county system: the Jiangsu plugin (discovered, as a county deploys it) plus two counties that publish
     * dibao standards of their own from July 2022, so that counties differ.
     */
    static CivilAffairs countySystem() {
        return CivilAffairs.builder()
                .standards(StandardsProviders.builder().add(new CountyStandards()).build())
                .clock(Clock.fixed(Instant.parse("2022-10-15T02:00:00Z"), ZoneId.of("Asia/Shanghai")))
                .build();
    }

    /** Illustrative county standards for the tests (not published figures). */
    static final class CountyStandards implements StandardsProvider {
        @Override
        public String id() {
            return "test.counties";
        }

        @Override
        public String spiVersion() {
            return SPI_VERSION;
        }

        @Override
        public int priority() {
            return PRIORITY_OVERRIDE;
        }

        @Override
        public Collection<StandardValue<?>> values(StandardsQuery query) {
            LocalDate from = LocalDate.of(2022, 7, 1);
            String src = "test: a county's own standard";
            return List.of(
                    StandardValue.of(Dibao.STANDARD_URBAN, RegionCode.parse("321181"), from, Money.of("905.00"), src),
                    StandardValue.of(Dibao.STANDARD_RURAL, RegionCode.parse("321181"), from, Money.of("885.00"), src),
                    StandardValue.of(Dibao.STANDARD_URBAN, RegionCode.parse("321102"), from, Money.of("930.00"), src),
                    StandardValue.of(Dibao.STANDARD_RURAL, RegionCode.parse("321102"), from, Money.of("930.00"), src));
        }
    }
}
