package org.minzheng.core.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.minzheng.core.identity.IdNumber;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.internal.Masking;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violation;
import org.minzheng.core.invariant.Violations;
import org.minzheng.core.money.Money;

/**
 * A household (家庭/户): its members with their relation to the head, its monthly incomes by
 * kind and its assets — the unit on which the minimum living guarantee is assessed
 * (《社会救助暂行办法》 Art. 9–11, 《最低生活保障审核确认办法》 民发〔2021〕57号).
 *
 * <p>Immutable; made by {@link #builder()} or {@link #toBuilder()}:
 * <pre>{@code
 * Household h = Household.builder()
 *     .id("h-1").region(RegionCode.parse("321112100"))
 *     .address("高桥镇某村 12 号").hukou(HukouType.RURAL)
 *     .member(head, Relation.HEAD).member(child, Relation.CHILD)
 *     .income(Income.of(IncomeKind.WAGE, Money.of("1200.00"), head.id()))
 *     .assets(Assets.NONE)
 *     .asOf(LocalDate.of(2022, 10, 1))
 *     .build();
 * }</pre>
 *
 * <p>Invariants checked by {@link Builder#build()}, all reported at once in an
 * {@link InvalidRecordException}: {@code id}, {@code region}, {@code address} (not blank),
 * {@code hukou} and {@code assets} present; exactly one head ({@code exactly-one-head}); at most
 * one spouse ({@code at-most-one-spouse}); no person twice, by identifier or identity number
 * ({@code unique-person}); children and grandchildren younger than the head
 * ({@code younger-than-head}), parents and grandparents older ({@code older-than-head}); an
 * income's earner is a member ({@code earner-is-member}); version not negative; and, when the
 * builder was given a date or clock, no member's date in the future ({@code not-in-future}).
 * Incomes and assets are non-negative by construction ({@link Income}, {@link Assets}).
 * {@code toString} masks the address and the members' personal data.
 */
public final class Household {

    private final HouseholdId id;
    private final RegionCode region;
    private final String address;
    private final HukouType hukou;
    private final List<Member> members;
    private final List<Income> incomes;
    private final Assets assets;
    private final List<RigidExpenditure> rigidExpenditures;
    private final long version;

    private Household(Builder b) {
        this.id = b.id;
        this.region = b.region;
        this.address = b.address;
        this.hukou = b.hukou;
        this.members = List.copyOf(b.members);
        this.incomes = List.copyOf(b.incomes);
        this.assets = b.assets;
        // most households have none: no stream or comparator for an empty list (every household built pays it)
        this.rigidExpenditures = b.rigidExpenditures.isEmpty() ? List.of() : b.rigidExpenditures.stream()
                .sorted(java.util.Comparator.comparing(RigidExpenditure::month)
                        .thenComparing(RigidExpenditure::kind))
                .toList();
        this.version = b.version;
    }

    /**
     * A new, empty builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding every field of this household.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.region = region;
        b.address = address;
        b.hukou = hukou;
        b.members.addAll(members);
        b.incomes.addAll(incomes);
        b.assets = assets;
        b.rigidExpenditures.addAll(rigidExpenditures);
        b.version = version;
        return b;
    }

    /**
     * The identifier (家庭编号).
     *
     * @return the identifier
     */
    public HouseholdId id() {
        return id;
    }

    /**
     * The region of registration (户籍所在地区划), typically a township or village.
     *
     * @return the region code
     */
    public RegionCode region() {
        return region;
    }

    /**
     * The address (住址). Personal data: not shown by {@code toString}.
     *
     * @return the address
     */
    public String address() {
        return address;
    }

    /**
     * The hukou type of the household (户口类型).
     *
     * @return urban or rural
     */
    public HukouType hukou() {
        return hukou;
    }

    /**
     * The members, head included, in the order given.
     *
     * @return an unmodifiable, non-empty list
     */
    public List<Member> members() {
        return members;
    }

    /**
     * The persons of all members, in order.
     *
     * @return an unmodifiable list
     */
    public List<Person> persons() {
        return members.stream().map(Member::person).toList();
    }

    /**
     * Number of members (家庭人口数).
     *
     * @return the size, at least 1
     */
    public int size() {
        return members.size();
    }

    /**
     * The head of the household (户主).
     *
     * @return the head
     */
    public Person head() {
        return members.stream().filter(m -> m.relation() == Relation.HEAD).findFirst()
                .orElseThrow().person();
    }

    /**
     * The member with an identifier.
     *
     * @param personId the identifier
     * @return the member, if present
     */
    public Optional<Member> member(PersonId personId) {
        Objects.requireNonNull(personId, "personId");
        for (int i = 0; i < members.size(); i++) { // a loop, not a stream: asked once per person assessed
            Member m = members.get(i);
            if (m.person().id().equals(personId)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * The members with a relation.
     *
     * @param relation the relation
     * @return the matching members, in order
     */
    public List<Member> members(Relation relation) {
        Objects.requireNonNull(relation, "relation");
        return members.stream().filter(m -> m.relation() == relation).toList();
    }

    /**
     * The monthly incomes (家庭月收入), in the order given.
     *
     * @return an unmodifiable list
     */
    public List<Income> incomes() {
        return incomes;
    }

    /**
     * The incomes attributed to a member.
     *
     * @param personId the member
     * @return the incomes whose earner is that member
     */
    public List<Income> incomesOf(PersonId personId) {
        Objects.requireNonNull(personId, "personId");
        return incomes.stream().filter(i -> i.earner().filter(personId::equals).isPresent())
                .toList();
    }

    /**
     * Total monthly income of one kind.
     *
     * @param kind the kind
     * @return the sum, zero if none
     */
    public Money monthlyIncome(IncomeKind kind) {
        Objects.requireNonNull(kind, "kind");
        return monthlyIncome(k -> k == kind);
    }

    /**
     * Total monthly income of the kinds accepted by a filter, e.g. a region's rule of which
     * incomes count.
     *
     * @param counted which kinds to add up
     * @return the sum, zero if none
     */
    public Money monthlyIncome(Predicate<IncomeKind> counted) {
        Objects.requireNonNull(counted, "counted");
        Money sum = Money.ZERO;
        for (Income i : incomes) {
            if (counted.test(i.kind())) {
                sum = sum.plus(i.monthlyAmount());
            }
        }
        return sum;
    }

    /**
     * Total monthly income counted for dibao under the national rules
     * ({@link IncomeKind#countsForDibao()}).
     *
     * @return the sum, zero if none
     */
    public Money countableMonthlyIncome() {
        return monthlyIncome(IncomeKind::countsForDibao);
    }

    /**
     * The assets (家庭财产).
     *
     * @return the assets
     */
    public Assets assets() {
        return assets;
    }

    /**
     * The rigid expenditures (家庭刚性支出: medical, education, …) by kind and month, earliest month first; at most
     * one of each kind a month.
     *
     * @return an unmodifiable list
     */
    public List<RigidExpenditure> rigidExpenditures() {
        return rigidExpenditures;
    }

    /**
     * The rigid expenditure of the household over a period of months.
     *
     * @param from the first month
     * @param to the last month (inclusive)
     * @return the sum, zero if none
     */
    public Money rigidExpenditure(java.time.YearMonth from, java.time.YearMonth to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Money sum = Money.ZERO;
        for (RigidExpenditure e : rigidExpenditures) {
            if (!e.month().isBefore(from) && !e.month().isAfter(to)) {
                sum = sum.plus(e.amount());
            }
        }
        return sum;
    }

    /**
     * The version for optimistic locking (版本号), maintained by the storage.
     *
     * @return the version, 0 for a record never stored
     */
    public long version() {
        return version;
    }

    /**
     * A copy with another version (版本号), e.g. after the storage saved it; nothing else changes.
     *
     * @param version the new version, not negative
     * @return the copy
     * @throws InvalidRecordException if {@code version} is negative
     */
    public Household withVersion(long version) {
        return toBuilder().version(version).build();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Household h)) {
            return false;
        }
        return version == h.version && id.equals(h.id) && region.equals(h.region)
                && address.equals(h.address) && hukou == h.hukou && members.equals(h.members)
                && incomes.equals(h.incomes) && assets.equals(h.assets)
                && rigidExpenditures.equals(h.rigidExpenditures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, region, address, hukou, members, incomes, assets, version, rigidExpenditures);
    }

    /**
     * A description with the address and the members' personal data masked (脱敏).
     *
     * @return the description
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Household[id=").append(id).append(", region=")
                .append(region).append(", address=").append(Masking.text(address))
                .append(", hukou=").append(hukou.code()).append(", members=[");
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            sb.append(i == 0 ? "" : ", ").append(m.relation().code()).append(' ')
                    .append(m.person().id()).append(' ').append(Masking.name(m.person().name()));
        }
        return sb.append("], incomes=").append(incomes.size()).append(", version=")
                .append(version).append(']').toString();
    }

    /**
     * Builder of {@link Household} (家庭构建器). Every setter rejects {@code null} at once; every
     * other rule is checked by {@link #build()}, which reports all violations together.
     *
     * <p><b>Dates in the future.</b> With {@link #asOf} or {@link #clock}, {@code build()} also
     * rejects members' dates after that day (paths such as
     * {@code members[1].person.birthDate}); without either the check does not run (rebuilding
     * stored records, tests). Core never reads the system clock.
     *
     * <p>Not thread-safe.
     */
    public static final class Builder {
        private HouseholdId id;
        private RegionCode region;
        private String address;
        private HukouType hukou;
        private final List<Member> members = new ArrayList<>();
        private final List<Income> incomes = new ArrayList<>();
        private final List<RigidExpenditure> rigidExpenditures = new ArrayList<>();
        private Assets assets;
        private long version;
        private LocalDate today;
        private Clock clock;

        private Builder() {
        }

        /**
         * Sets the identifier (required).
         *
         * @param value the identifier
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder id(HouseholdId value) {
            this.id = Objects.requireNonNull(value, "id");
            return this;
        }

        /**
         * Sets the identifier (required).
         *
         * @param value the identifier
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         * @throws InvalidRecordException if {@code value} is blank
         */
        public Builder id(String value) {
            return id(HouseholdId.of(value));
        }

        /**
         * Sets the region of registration (required).
         *
         * @param value the region code
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder region(RegionCode value) {
            this.region = Objects.requireNonNull(value, "region");
            return this;
        }

        /**
         * Sets the address (required, not blank).
         *
         * @param value the address
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder address(String value) {
            this.address = Objects.requireNonNull(value, "address");
            return this;
        }

        /**
         * Sets the hukou type (required).
         *
         * @param value urban or rural
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder hukou(HukouType value) {
            this.hukou = Objects.requireNonNull(value, "hukou");
            return this;
        }

        /**
         * Adds a member.
         *
         * @param person the person
         * @param relation the relation to the head
         * @return this builder
         * @throws NullPointerException if an argument is {@code null}
         */
        public Builder member(Person person, Relation relation) {
            members.add(Member.of(person, relation));
            return this;
        }

        /**
         * Adds a member.
         *
         * @param value the member
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder member(Member value) {
            members.add(Objects.requireNonNull(value, "member"));
            return this;
        }

        /**
         * Replaces the members.
         *
         * @param values the members
         * @return this builder
         * @throws NullPointerException if {@code values} or an element is {@code null}
         */
        public Builder members(List<Member> values) {
            List<Member> copy = List.copyOf(values);
            members.clear();
            members.addAll(copy);
            return this;
        }

        /**
         * Adds a monthly income.
         *
         * @param value the income
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder income(Income value) {
            incomes.add(Objects.requireNonNull(value, "income"));
            return this;
        }

        /**
         * Replaces the incomes.
         *
         * @param values the incomes
         * @return this builder
         * @throws NullPointerException if {@code values} or an element is {@code null}
         */
        public Builder incomes(List<Income> values) {
            List<Income> copy = List.copyOf(values);
            incomes.clear();
            incomes.addAll(copy);
            return this;
        }

        /**
         * Sets the assets (required; {@link Assets#NONE} for none).
         *
         * @param value the assets
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder assets(Assets value) {
            this.assets = Objects.requireNonNull(value, "assets");
            return this;
        }

        /**
         * Adds a rigid expenditure (at most one of a kind a month, checked by {@code build()}).
         *
         * @param value the expenditure
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder rigidExpenditure(RigidExpenditure value) {
            rigidExpenditures.add(Objects.requireNonNull(value, "rigidExpenditure"));
            return this;
        }

        /**
         * Replaces the rigid expenditures.
         *
         * @param values the expenditures
         * @return this builder
         * @throws NullPointerException if {@code values} or an element is {@code null}
         */
        public Builder rigidExpenditures(List<RigidExpenditure> values) {
            List<RigidExpenditure> copy = List.copyOf(values);
            rigidExpenditures.clear();
            rigidExpenditures.addAll(copy);
            return this;
        }

        /**
         * Sets the version for optimistic locking (default 0; must not be negative).
         *
         * @param value the version
         * @return this builder
         */
        public Builder version(long value) {
            this.version = value;
            return this;
        }

        /**
         * Checks dates against this date: none may be after it.
         *
         * @param value today's date
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder asOf(LocalDate value) {
            this.today = Objects.requireNonNull(value, "asOf");
            this.clock = null;
            return this;
        }

        /**
         * Checks dates against the date of this clock (read once, in {@code build()}).
         *
         * @param value the clock
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            this.today = null;
            return this;
        }

        /**
         * Builds the household, checking every invariant.
         *
         * @return the household
         * @throws InvalidRecordException listing every violation found
         */
        public Household build() {
            idIndex = null; // members may have changed since an earlier build
            numberIndex = null;
            Violations v = new Violations();
            LocalDate now = today != null ? today : clock != null ? LocalDate.now(clock) : null;
            v.required("id", id);
            v.required("region", region);
            v.notBlank("address", address);
            v.required("hukou", hukou);
            v.required("assets", assets);
            checkMembers(v, now);
            for (int i = 0; i < incomes.size(); i++) {
                Optional<PersonId> earner = incomes.get(i).earner();
                if (earner.isPresent() && !isMember(earner.get())) {
                    v.add(new Violation("incomes[" + i + "].earner", "earner-is-member",
                            "收入人不是本户成员", "The earner of an income is not a member",
                            Optional.of(earner.get().toString())));
                }
            }
            java.util.Set<String> kindMonths = new java.util.HashSet<>();
            for (int i = 0; i < rigidExpenditures.size(); i++) {
                RigidExpenditure e = rigidExpenditures.get(i);
                if (!kindMonths.add(e.kind().code() + "@" + e.month())) {
                    v.add("rigidExpenditures[" + i + "]", "one-per-kind-and-month",
                            "同一月份同类刚性支出只能登记一条", "At most one rigid expenditure of a kind a month");
                }
                if (now != null && e.month().isAfter(java.time.YearMonth.from(now))) {
                    v.add("rigidExpenditures[" + i + "].month", "not-in-future", "支出月份晚于当前日期",
                            "The month of an expenditure is in the future");
                }
            }
            v.nonNegative("version", version);
            v.throwIfAny();
            return new Household(this);
        }

        /** Above this many members the checks index the members once instead of scanning (no quadratic cost). */
        private static final int SCAN_LIMIT = 16;
        private Map<PersonId, Integer> idIndex;
        private Map<IdNumber, Integer> numberIndex;

        private Map<PersonId, Integer> idIndex() {
            if (idIndex == null) {
                idIndex = new HashMap<>();
                for (int j = 0; j < members.size(); j++) {
                    idIndex.putIfAbsent(members.get(j).person().id(), j);
                }
            }
            return idIndex;
        }

        /** The first member before {@code before} with the id, or null (the map the check used to fill). */
        private Integer firstWithId(PersonId id, int before) {
            if (members.size() > SCAN_LIMIT) {
                Integer j = idIndex().get(id);
                return j != null && j < before ? j : null;
            }
            for (int j = 0; j < before; j++) {
                if (members.get(j).person().id().equals(id)) {
                    return j;
                }
            }
            return null;
        }

        /**
         * The first member before {@code before} with the identity number whose own id was not seen earlier (those
         * are the members the check used to enter in its map of numbers), or null.
         */
        private Integer firstWithNumber(IdNumber number, int before) {
            if (members.size() > SCAN_LIMIT) {
                if (numberIndex == null) {
                    numberIndex = new HashMap<>();
                    for (int j = 0; j < members.size(); j++) {
                        Person p = members.get(j).person();
                        if (p.idNumber().isPresent() && firstWithId(p.id(), j) == null) {
                            numberIndex.putIfAbsent(p.idNumber().get(), j);
                        }
                    }
                }
                Integer j = numberIndex.get(number);
                return j != null && j < before ? j : null;
            }
            for (int j = 0; j < before; j++) {
                Person p = members.get(j).person();
                if (p.idNumber().isPresent() && p.idNumber().get().equals(number) && firstWithId(p.id(), j) == null) {
                    return j;
                }
            }
            return null;
        }

        private boolean isMember(PersonId id) {
            if (members.size() > SCAN_LIMIT) {
                return idIndex().containsKey(id);
            }
            for (int j = 0; j < members.size(); j++) {
                if (members.get(j).person().id().equals(id)) {
                    return true;
                }
            }
            return false;
        }

        private void checkMembers(Violations v, LocalDate now) {
            // a household has a handful of members: the duplicate checks scan the earlier members instead of
            // filling hash maps, and the paths are built only for a violation (this runs for every household read)
            int heads = 0;
            int head = -1;
            int spouses = 0;
            for (int i = 0; i < members.size(); i++) {
                Member m = members.get(i);
                if (m.relation() == Relation.HEAD) {
                    heads++;
                    if (head < 0) {
                        head = i;
                    }
                }
                if (m.relation() == Relation.SPOUSE && ++spouses == 2) {
                    v.add("members[" + i + "].relation", "at-most-one-spouse", "户主只能有一名配偶",
                            "The head can have only one spouse");
                }
                String path = null;
                Integer earlier = firstWithId(m.person().id(), i);
                if (earlier != null) {
                    path = "members[" + i + "]";
                    v.add(new Violation(path + ".person.id", "unique-person",
                            "同一人员重复登记（与第 " + (earlier + 1) + " 名成员相同）",
                            "The same person appears twice (as member " + earlier + ")",
                            Optional.of(m.person().id().toString())));
                } else if (m.person().idNumber().isPresent()) {
                    Integer same = firstWithNumber(m.person().idNumber().get(), i);
                    if (same != null) {
                        path = "members[" + i + "]";
                        v.add(new Violation(path + ".person.idNumber", "unique-person",
                                "身份证号码重复（与第 " + (same + 1) + " 名成员相同）",
                                "The identity number appears twice (as member " + same + ")",
                                Optional.of(m.person().idNumber().get().masked())));
                    }
                }
                if (now != null) {
                    try {
                        m.person().toBuilder().asOf(now).build();
                    } catch (InvalidRecordException e) {
                        v.addAll("members[" + i + "].person", e);
                    }
                }
            }
            if (heads != 1) {
                v.add(new Violation("members", "exactly-one-head",
                        "家庭应有且只有一名户主，现有 " + heads + " 名",
                        "A household has exactly one head; found " + heads,
                        Optional.of(Integer.toString(heads))));
                return;
            }
            LocalDate headBirth = members.get(head).person().birthDate();
            for (int i = 0; i < members.size(); i++) {
                Member m = members.get(i);
                LocalDate birth = m.person().birthDate();
                if (m.relation().youngerThanHead() && !birth.isAfter(headBirth)) {
                    v.add(new Violation("members[" + i + "].relation", "younger-than-head",
                            m.relation().chineseName() + "应比户主年轻",
                            "A " + m.relation().englishName() + " of the head must be younger than the head",
                            Optional.of(m.relation().code())));
                } else if (m.relation().olderThanHead() && !birth.isBefore(headBirth)) {
                    v.add(new Violation("members[" + i + "].relation", "older-than-head",
                            m.relation().chineseName() + "应比户主年长",
                            "A " + m.relation().englishName() + " of the head must be older than the head",
                            Optional.of(m.relation().code())));
                }
            }
        }
    }
}
