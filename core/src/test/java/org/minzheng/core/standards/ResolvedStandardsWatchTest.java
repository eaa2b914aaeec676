package org.minzheng.core.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minzheng.core.identity.RegionCode;

/** A watched view of resolved standards reports every read and answers as the standards it views (decision 0435). */
class ResolvedStandardsWatchTest {

    private static final RegionCode REGION = RegionCode.parse("321112");
    private static final LocalDate DATE = LocalDate.of(2022, 7, 1);
    static final Standard<Integer> SET = Standard.builder("t-watch.set", ValueType.INTEGER).names("有值", "set").unit(Unit.COUNT)
            .description("Set regionally.").build();
    static final Standard<Integer> DEFAULTED = Standard.builder("t-watch.defaulted", ValueType.INTEGER).unit(Unit.COUNT)
            .names("默认", "defaulted").defaultValue(7).description("Only a default.").build();
    static final Standard<Integer> MISSING = Standard.builder("t-watch.missing", ValueType.INTEGER).unit(Unit.COUNT)
            .names("缺失", "missing").description("No value at all.").build();

    /** Records what it is told. */
    static final class Log implements ResolvedStandards.Reader {
        final List<String> reads = new ArrayList<>();

        @Override
        public void read(Standard<?> standard) {
            reads.add(standard.code());
        }

        @Override
        public void readAll() {
            reads.add("*");
        }
    }

    private static ResolvedStandards standards() {
        return ResolvedStandards.builder(REGION, DATE).set(SET, 3).build();
    }

    @Test
    void everyLookUpIsReported_andAnsweredAsUnwatched() {
        ResolvedStandards plain = standards();
        Log log = new Log();
        ResolvedStandards w = plain.watchedBy(log);
        assertThat(w.get(SET)).isEqualTo(plain.get(SET)).isEqualTo(3);
        assertThat(w.find(DEFAULTED)).isEqualTo(plain.find(DEFAULTED)).contains(7);
        assertThat(w.resolved(SET)).isEqualTo(plain.resolved(SET));
        assertThat(w.findResolved(MISSING)).isEmpty();
        assertThat(w.hasRegionalValue(DEFAULTED)).isFalse();
        assertThatThrownBy(() -> w.get(MISSING)).isInstanceOf(MissingStandardException.class);
        assertThat(w.region()).isEqualTo(REGION);
        assertThat(w.date()).isEqualTo(DATE);
        assertThat(log.reads).containsExactly("t-watch.set", "t-watch.defaulted", "t-watch.set", "t-watch.missing",
                "t-watch.defaulted", "t-watch.missing");
    }

    @Test
    void whatMayDependOnAnyStandard_isReportedAsReadingAll() {
        Reform reform = Reform.builder("r").set(DEFAULTED, 9).build();
        for (int i = 0; i < 4; i++) {
            Log log = new Log();
            ResolvedStandards w = standards().watchedBy(log);
            switch (i) {
                case 0 -> assertThat(w.values()).isEqualTo(standards().values());
                case 1 -> assertThat(w.reforms()).isEmpty();
                case 2 -> assertThat(w.toString()).isEqualTo(standards().toString());
                default -> assertThat(w.with(reform).get(DEFAULTED)).isEqualTo(9);
            }
            assertThat(log.reads).as("case %d", i).containsExactly("*");
        }
    }

    @Test
    void theStandardsThemselves_reportNothingAndNeedAReader() {
        ResolvedStandards plain = standards();
        Log log = new Log();
        plain.watchedBy(log);
        plain.get(SET);
        plain.values();
        assertThat(log.reads).isEmpty();
        assertThatThrownBy(() -> plain.watchedBy(null)).isInstanceOf(NullPointerException.class);
    }
}
