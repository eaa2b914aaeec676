package org.minzheng.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.SplittableRandom;

import org.minzheng.core.decision.Decision;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.standards.StandardValue;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.spi.StandardsProvider;
import org.minzheng.spi.StandardsQuery;

/**
 * A population of dibao-style households held by the caller as plain columns (the rows a caller reads from its
 * own tables or files: per household the hukou, the region, the first person and one wage in fen; per person the
 * birth date, gender and serious illness), and the end-to-end step measured by {@link AssessmentEndToEndHarness} and
 * {@link AssessmentEndToEndBenchmark}: build the {@link Household} and its {@link SubjectFacts} from a row,
 * assess 低保 with the 分类施保 add-ons through {@link CivilAffairs}, and take the amount in fen.
 *
 * <p>1–4 members (2.38 on average, the population), heads born 1935–1990 (some elderly), children born
 * 2005–2020 (minors), one in 40 persons seriously ill, a wage of 0–2,400 yuan per household in fen.
 * Deterministic for a seed.
 */
public final class PlainRows {

    /** The month assessed. */
    public static final YearMonth MONTH = YearMonth.of(2022, 10);
    private static final RegionCode[] TOWNSHIPS = {RegionCode.parse("321112100"), RegionCode.parse("321112101"),
        RegionCode.parse("321112102"), RegionCode.parse("321112103")};
    private static final RegionCode DANTU = RegionCode.parse("321112");
    private static final Relation[] RELATIONS = {Relation.HEAD, Relation.SPOUSE, Relation.CHILD, Relation.CHILD};

    final int households;
    final byte[] hukou;
    final byte[] township;
    final int[] firstPerson;
    final int[] wageFen;
    final int[] birthEpochDay;
    final byte[] personFlags;

    private PlainRows(int households, int persons) {
        this.households = households;
        this.hukou = new byte[households];
        this.township = new byte[households];
        this.firstPerson = new int[households + 1];
        this.wageFen = new int[households];
        this.birthEpochDay = new int[persons];
        this.personFlags = new byte[persons];
    }

    /**
     * Generates a population.
     *
     * @param households how many households
     * @param seed the seed
     * @return the rows
     */
    public static PlainRows generate(int households, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] sizes = new byte[households];
        int persons = 0;
        for (int i = 0; i < households; i++) {
            // 1: 27 %, 2: 26 %, 3: 28 %, 4: 19 % → 2.39 members on average
            int r = random.nextInt(100);
            sizes[i] = (byte) (r < 27 ? 1 : r < 53 ? 2 : r < 81 ? 3 : 4);
            persons += sizes[i];
        }
        PlainRows rows = new PlainRows(households, persons);
        int p = 0;
        long head0 = LocalDate.of(1935, 1, 1).toEpochDay();
        long child0 = LocalDate.of(2005, 1, 1).toEpochDay();
        for (int i = 0; i < households; i++) {
            rows.firstPerson[i] = p;
            rows.hukou[i] = (byte) (random.nextInt(3) == 0 ? 1 : 0);
            rows.township[i] = (byte) (i * TOWNSHIPS.length / households);
            rows.wageFen[i] = random.nextInt(240_000);
            for (int k = 0; k < sizes[i]; k++, p++) {
                rows.birthEpochDay[p] = (int) (k < 2 ? head0 + random.nextInt(56 * 365) : child0 + random.nextInt(15 * 365));
                rows.personFlags[p] = (byte) ((random.nextBoolean() ? 1 : 0) | (random.nextInt(40) == 0 ? 2 : 0));
            }
        }
        rows.firstPerson[households] = p;
        return rows;
    }

    /**
     * Persons in the population.
     *
     * @return the count
     */
    public int persons() {
        return firstPerson[households];
    }

    /**
     * Builds the household of row {@code i} as a caller would, through the public builders (validated).
     *
     * @param i the row
     * @return the household
     */
    public Household household(int i) {
        HukouType h = hukou[i] == 1 ? HukouType.URBAN : HukouType.RURAL;
        Household.Builder b = Household.builder().id("h" + i).region(TOWNSHIPS[township[i]]).address("丹徒区")
                .hukou(h).assets(Assets.NONE);
        PersonId head = null;
        for (int p = firstPerson[i], k = 0; p < firstPerson[i + 1]; p++, k++) {
            Person person = Person.builder().id("p" + p).name("某某").birthDate(LocalDate.ofEpochDay(birthEpochDay[p]))
                    .gender((personFlags[p] & 1) == 0 ? Gender.FEMALE : Gender.MALE).hukou(h)
                    .seriouslyIll((personFlags[p] & 2) != 0).build();
            if (k == 0) {
                head = person.id();
            }
            b.member(person, RELATIONS[k]);
        }
        if (wageFen[i] > 0) {
            b.income(Income.of(IncomeKind.WAGE, Money.ofFen(wageFen[i]), head));
        }
        return b.build();
    }

    /**
     * The end-to-end step for one row: household, facts, assessment, amount.
     *
     * @param runtime the runtime
     * @param i the row
     * @return the amount in fen (0 when not eligible)
     */
    public long assessFen(CivilAffairs runtime, int i) {
        Decision d = runtime.assess(NationalPrograms.DIBAO, SubjectFacts.forHousehold(household(i), MONTH).build());
        return d.amount().toFen();
    }

    /**
     * A runtime with Dantu's 2022 standards (803 yuan, urban and rural) and add-ons for elderly members (10 %),
     * minors (15 %) and seriously ill members (20 %); the rest at the program's defaults.
     *
     * @return the runtime
     */
    public static CivilAffairs runtime() {
        LocalDate from = LocalDate.of(2022, 1, 1);
        List<StandardValue<?>> values = List.of(
                StandardValue.of(Dibao.STANDARD_RURAL, DANTU, from, Money.of("803"), StandardValue.ILLUSTRATIVE),
                StandardValue.of(Dibao.STANDARD_URBAN, DANTU, from, Money.of("803"), StandardValue.ILLUSTRATIVE),
                StandardValue.of(Dibao.ADDON_SHARE_ELDERLY, DANTU, from, new BigDecimal("0.10"),
                        StandardValue.ILLUSTRATIVE),
                StandardValue.of(Dibao.ADDON_SHARE_MINOR, DANTU, from, new BigDecimal("0.15"),
                        StandardValue.ILLUSTRATIVE),
                StandardValue.of(Dibao.ADDON_SHARE_SERIOUS_ILLNESS, DANTU, from, new BigDecimal("0.20"),
                        StandardValue.ILLUSTRATIVE));
        return CivilAffairs.builder().standards(new StandardsProvider() {
            @Override
            public String id() {
                return "bench";
            }

            @Override
            public String spiVersion() {
                return SPI_VERSION;
            }

            @Override
            public Collection<StandardValue<?>> values(StandardsQuery query) {
                return values;
            }
        }).build();
    }
}
