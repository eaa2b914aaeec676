package org.minzheng.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.CaseState;
import org.minzheng.core.cases.Transition;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.registry.PersonId;
import org.minzheng.jdbc.JdbcStorage;
import org.minzheng.spi.storage.InMemoryStorage;
import org.minzheng.spi.storage.Storage;
import org.minzheng.spi.storage.WriteContext;

/**
 * The desk's and the delivery's book of cases (decision 0425) holds, after each refresh, exactly what the store's
 * {@code streamByRegion} returns, in the same order, while reading again only what others wrote.
 */
class CaseBookTest {

    private static final Instant T0 = Instant.parse("2021-11-01T01:00:00Z");
    private static final RegionCode OTHER = RegionCode.parse("321111");
    private static final WriteContext DESK = WriteContext.of("case-worker", "test desk");
    private static final WriteContext RUN = WriteContext.of("minzheng-monthly-run", "test run");

    /** A clock the test moves, backwards too. */
    private static final class TestClock extends Clock {
        Instant now = Instant.now();

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static Case applied(String id, ProgramCode program, RegionCode region) {
        PersonId p = PersonId.of("P" + id);
        return Case.open(CaseId.of(id), program, SubjectRef.person(p), region, p,
                Transition.application("窗口受理", T0, "申请", ApprovalLevel.TOWNSHIP));
    }

    private static List<Case> stored(Storage s) {
        try (Stream<Case> all = s.cases().streamByRegion(DantuDistrict.REGION)) {
            return all.toList();
        }
    }

    private static void checkAgainstStore(Storage storage) {
        CaseBook book = new CaseBook(storage, DantuDistrict.REGION);
        List<Case> first = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            first.add(applied(String.format("C%03d", i), i % 2 == 0 ? NationalPrograms.DIBAO : NationalPrograms.HOME_CARE,
                    DantuDistrict.REGION));
        }
        storage.cases().saveAll(first, RUN);
        storage.cases().save(applied("X001", NationalPrograms.DIBAO, OTHER), RUN);
        assertThat(book.all()).containsExactlyElementsOf(stored(storage));
        assertThat(book.all()).hasSize(30);

        // the desk's own writes, put in as saved: not read again
        List<Case> approved = storage.cases().saveAll(stored(storage).subList(0, 5).stream()
                .map(c -> c.review("镇街审核", T0.plusSeconds(60), "入户").approve(ApprovalLevel.COUNTY, "区民政局",
                        T0.plusSeconds(120), "审批通过")).toList(), DESK);
        book.saved(approved);
        // another writer (the run): a change, a new case, a case of another region
        Case started = stored(storage).get(0).activate(ApprovalLevel.COUNTY, "minzheng-monthly-run", T0.plusSeconds(3600),
                "start");
        storage.cases().save(started, RUN);
        storage.cases().save(applied("C100", NationalPrograms.CARE_VISIT, DantuDistrict.REGION), RUN);
        storage.cases().save(applied("X002", NationalPrograms.DIBAO, OTHER), RUN);
        book.refresh();
        assertThat(book.all()).containsExactlyElementsOf(stored(storage));
        assertThat(book.reread()).isEqualTo(2);
        assertThat(book.in(NationalPrograms.DIBAO, CaseState.ACTIVE)).extracting(Case::id)
                .containsExactly(CaseId.of("C000"));
        assertThat(book.in(NationalPrograms.DIBAO, CaseState.APPROVED)).extracting(Case::id)
                .containsExactly(CaseId.of("C002"), CaseId.of("C004"));

        // a refresh with nothing written reads nothing
        book.refresh();
        assertThat(book.reread()).isEqualTo(2);
        assertThat(book.all()).containsExactlyElementsOf(stored(storage));

        // most of the cases written by another: all read again, the same as the store
        List<Case> many = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            many.add(applied(String.format("D%04d", i), NationalPrograms.ELDERLY_ACCIDENT_INSURANCE, DantuDistrict.REGION));
        }
        for (int i = 0; i < many.size(); i += 200) {
            storage.cases().saveAll(many.subList(i, i + 200), RUN);
        }
        book.refresh();
        assertThat(book.reread()).isEqualTo(2);
        assertThat(book.all()).containsExactlyElementsOf(stored(storage));
        assertThat(book.all()).hasSize(631);
    }

    @Test
    void equalsTheStore_inMemory() {
        checkAgainstStore(InMemoryStorage.create());
    }

    @Test
    void equalsTheStore_onH2() {
        try (JdbcStorage h2 = JdbcStorage.h2InMemory()) {
            checkAgainstStore(h2);
        }
    }

    @Test
    void seesAWriteStampedAlittleEarlierByAClockSetBack() {
        TestClock clock = new TestClock();
        InMemoryStorage storage = InMemoryStorage.create(clock);
        CaseBook book = new CaseBook(storage, DantuDistrict.REGION);
        storage.cases().save(applied("C001", NationalPrograms.DIBAO, DantuDistrict.REGION), RUN);
        assertThat(book.all()).hasSize(1);
        clock.now = clock.now.minus(CaseBook.OVERLAP).plusMillis(1);
        storage.cases().save(applied("C002", NationalPrograms.DIBAO, DantuDistrict.REGION), RUN);
        book.refresh();
        assertThat(book.all()).containsExactlyElementsOf(stored(storage));
        assertThat(book.all()).hasSize(2);
    }
}
