package org.minzheng.examples.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseState;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.elderly.AccidentInsuranceEnrolment;
import org.minzheng.core.elderly.AdaptationItem;
import org.minzheng.core.elderly.CareRisk;
import org.minzheng.core.elderly.CareVisit;
import org.minzheng.core.elderly.HomeAdaptation;
import org.minzheng.core.elderly.HomeCareService;
import org.minzheng.core.elderly.HomeCareVisit;
import org.minzheng.core.elderly.LivingArrangement;
import org.minzheng.core.elderly.PremiumPayer;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.programs.homecare.HomeCare;
import org.minzheng.core.registry.Household;
import org.minzheng.core.service.Organisation;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.core.service.ServiceRecordId;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.spi.storage.Storage;
import org.minzheng.spi.storage.WriteContext;

/**
 * Simulated service delivery (服务递送模拟): after each month's run, what the service programs' open cases make due
 * is delivered — or not — by the providers, and what was done is recorded as service records, which the report
 * counts. Due comes from the cases and the rules (home-care hours per month are the decision's hours, resolved
 * from the standard); done is drawn per visit with the completion rates below (decision 0322): a visit is missed
 * when the person is in hospital or away, or the worker is short. The draw is a hash of the seed, the case and the
 * month, so a resumed run delivers exactly what an uninterrupted one does.
 *
 * <ul>
 *   <li>居家养老上门服务: the month's hours in {@code visitsPerMonth} visits; each done with {@value #HOME_CARE_DONE}.</li>
 *   <li>关爱巡访: one visit a month, done with {@value #CARE_VISIT_DONE}.</li>
 *   <li>居家适老化改造: one adaptation per approved household, completed in a month with {@value #ADAPTATION_DONE}
 *       (contractor capacity).</li>
 *   <li>意外伤害保险: one enrolment per case and year, in the month the case starts; the payer is the rule's
 *       category.</li>
 * </ul>
 */
final class ServiceDelivery {

    static final double HOME_CARE_DONE = 0.93;
    static final double CARE_VISIT_DONE = 0.95;
    static final double ADAPTATION_DONE = 0.5;
    private static final WriteContext CTX = WriteContext.of("provider", "simulated service delivery (模拟服务递送)");

    /** Due against done, by program (units: hours for home care, visits, adaptations, enrolments). */
    record DueDone(Map<ProgramCode, double[]> byProgram) {
        DueDone() {
            this(new LinkedHashMap<>());
        }

        void add(ProgramCode p, double due, double done) {
            double[] a = byProgram.computeIfAbsent(p, k -> new double[2]);
            a[0] += due;
            a[1] += done;
        }
    }

    private final CivilAffairs ca;
    private final Storage storage;
    private final long seed;
    private final int visitsPerMonth;
    private final List<Organisation> providers;
    private final DueDone total = new DueDone();
    /** The households of the persons visited last month and of their relatives, by person, as stored. */
    private final Map<PersonId, Household> homes = new java.util.HashMap<>();

    /** The district's cases, shared with the desk (decision 0425). */
    private final CaseBook book;

    ServiceDelivery(CivilAffairs ca, Storage storage, long seed, int visitsPerMonth, List<Organisation> providers,
                    CaseBook book) {
        this.book = java.util.Objects.requireNonNull(book, "book");
        this.ca = ca;
        this.storage = storage;
        this.seed = seed;
        this.visitsPerMonth = visitsPerMonth;
        this.providers = List.copyOf(providers);
    }

    DueDone total() {
        return total;
    }

    /**
     * Delivers a month's services and records them.
     *
     * @param month the month
     * @param resumed whether the month is run again: records already stored are then skipped
     * @return due against done in the month
     */
    DueDone deliver(YearMonth month, boolean resumed) {
        DueDone dd = new DueDone();
        List<ServiceRecord> out = new ArrayList<>();
        // the cases as the month's run and review left them: what they wrote read again, the rest kept; the desk of the
        // next month reads them as refreshed here, with its own writes (decision 0425)
        book.refresh();
        BigDecimal hours = ca.standards(DantuDistrict.REGION, month).get(HomeCare.HOURS_PER_MONTH);
        for (Case c : active(NationalPrograms.HOME_CARE)) {
            SplittableRandom r = random(c, month);
            int visits = visitsPerMonth;
            double each = visits == 0 ? 0 : hours.doubleValue() / visits;
            double done = 0;
            for (int v = 0; v < visits; v++) {
                if (r.nextDouble() >= HOME_CARE_DONE) {
                    continue;
                }
                done += each;
                LocalDateTime start = month.atDay(1 + r.nextInt(28)).atTime(8 + r.nextInt(6), 0);
                Set<HomeCareService> services = EnumSet.of(HomeCareService.CLEANING);
                if (r.nextDouble() < 0.3) {
                    services.add(HomeCareService.HAIRCUT);
                }
                if (r.nextDouble() < 0.2) {
                    services.add(HomeCareService.MEAL_HELP);
                }
                out.add(HomeCareVisit.builder().id(id("HV", c, month, v)).subject(c.subject()).region(c.region())
                        .provider(providers.get(r.nextInt(providers.size() - 1))).worker("助老员" + (1 + r.nextInt(400)))
                        .start(start).end(start.plusMinutes(Math.round(each * 60))).services(services).build());
            }
            dd.add(NationalPrograms.HOME_CARE, hours.doubleValue(), visits == 0 ? 0 : done);
        }
        List<Case> visited = active(NationalPrograms.CARE_VISIT);
        // the households of the persons visited, and of their relatives recorded in other households, each read as
        // a set: one query per household was a fifth of the demo's time at scale 0.1 (decision 0380), and reading
        // the whole region every month instead cost what the region holds (decision 0410)
        // Those households are kept from one month to the next, less the ones the desk wrote since (decision 0410):
        // the persons visited are mostly the same every month.
        Set<PersonId> asked = new java.util.HashSet<>();
        for (Case c : visited) {
            c.subject().person().ifPresent(asked::add);
        }
        Map<PersonId, Household> visitedHomes = homesOf(asked);
        Set<PersonId> relatives = Bureau.referencedRelatives(visitedHomes);
        Map<PersonId, Household> relativesHomes = homesOf(relatives);
        asked.addAll(relatives);
        homes.keySet().retainAll(asked);
        for (Case c : visited) {
            SplittableRandom r = random(c, month);
            boolean done = r.nextDouble() < CARE_VISIT_DONE;
            dd.add(NationalPrograms.CARE_VISIT, 1, done ? 1 : 0);
            if (done) {
                PersonId who = c.subject().person().orElseThrow();
                Household home = visitedHomes.get(who);
                if (home == null) {
                    throw new org.minzheng.spi.storage.RecordNotFoundException(org.minzheng.spi.storage.EntityType.PERSON,
                            who.value());
                }
                // what CivilAffairs.assess(program, household, person, month) reads, from the households read above
                org.minzheng.core.rule.SubjectFacts.Builder facts = org.minzheng.core.rule.SubjectFacts.forPerson(home, who, month);
                Bureau.storedRelatives(home.member(who).orElseThrow().person(), home,
                        id -> java.util.Optional.ofNullable(relativesHomes.get(id)),
                        org.minzheng.core.rule.Enrolments.none()).forEach(facts::supporter);
                Decision d = ca.assess(NationalPrograms.CARE_VISIT, facts.build());
                // the visitor records how the person lives, as the rule found it
                LivingArrangement living = d.category().filter(LivingArrangement.class::isInstance)
                        .map(LivingArrangement.class::cast).orElse(LivingArrangement.LIVING_ALONE);
                CareVisit.Builder b = CareVisit.builder().id(id("CV", c, month, 0)).subject(c.subject()).region(c.region())
                        .visitor("网格员" + (1 + r.nextInt(120))).visitedOn(month.atDay(5 + r.nextInt(20)))
                        .livingArrangement(living);
                if (r.nextDouble() < 0.1) {
                    b.findings("行动不便，家中地面湿滑 (walks with difficulty; slippery floor)").risk(CareRisk.FALL);
                } else {
                    b.findings("身体状况稳定，生活正常 (stable; managing well)");
                }
                out.add(b.build());
            }
        }
        List<Case> adapted = active(NationalPrograms.HOME_ADAPTATION);
        Set<ServiceRecordId> adaptations = storage.serviceRecords().findAll(adapted.stream()
                .map(c -> ServiceRecordId.of("AD-" + c.id().value())).toList()).keySet();
        for (Case c : adapted) {
            ServiceRecordId id = ServiceRecordId.of("AD-" + c.id().value());
            if (adaptations.contains(id)) {
                continue;
            }
            SplittableRandom r = random(c, month);
            boolean done = r.nextDouble() < ADAPTATION_DONE;
            dd.add(NationalPrograms.HOME_ADAPTATION, 1, done ? 1 : 0);
            if (done) {
                LocalDate assessed = month.atDay(1 + r.nextInt(10));
                out.add(HomeAdaptation.builder().id(id).subject(c.subject()).region(c.region()).assessedOn(assessed)
                        .item(AdaptationItem.of("卫生间扶手 (grab bars in the bathroom)", Money.of("600.00")))
                        .item(AdaptationItem.of("防滑地面 (anti-slip floor)", Money.of("1200.00")))
                        .item(AdaptationItem.of("感应夜灯 (motion-sensor night lights)", Money.of("150.00")))
                        .contractor(providers.get(0)).completedOn(assessed.plusDays(14)).build());
            }
        }
        Year year = Year.of(month.getYear());
        // enrolled when the case starts, and renewed each January: only those are looked at further
        List<Case> insured = active(NationalPrograms.ELDERLY_ACCIDENT_INSURANCE).stream()
                .filter(c -> YearMonth.from(c.history().get(c.history().size() - 1).at().atZone(DistrictDemo.CST)).equals(month)
                        || month.equals(YearMonth.of(year.getValue(), 1)))
                .toList();
        // many enrolments (January): the households and the stored enrolments read as sets, not one per enrolment
        Map<PersonId, Household> byMember = households(insured);
        Set<ServiceRecordId> enrolledAlready = storage.serviceRecords().findAll(insured.stream()
                .map(c -> ServiceRecordId.of("EN-" + c.id().value() + "-" + year)).toList()).keySet();
        org.minzheng.core.rule.Enrolments.Builder hardship = org.minzheng.core.rule.Enrolments.builder();
        for (ProgramCode p : insured.isEmpty() ? List.<ProgramCode>of() : List.of(NationalPrograms.DIBAO, NationalPrograms.TEKUN)) {
            for (CaseState st : List.of(CaseState.ACTIVE, CaseState.IN_GRACE)) {
                book.in(p, st).forEach(c -> hardship.subject(c.subject(), p));
            }
        }
        org.minzheng.core.rule.Enrolments enrolled = hardship.build();
        for (Case c : insured) {
            ServiceRecordId id = ServiceRecordId.of("EN-" + c.id().value() + "-" + year);
            if (enrolledAlready.contains(id)) {
                continue;
            }
            PersonId who = c.subject().person().orElseThrow();
            Household h = byMember.get(who);
            if (h == null) {
                throw new org.minzheng.spi.storage.RecordNotFoundException(org.minzheng.spi.storage.EntityType.PERSON,
                        who.value());
            }
            Decision d = ca.assess(NationalPrograms.ELDERLY_ACCIDENT_INSURANCE,
                    org.minzheng.core.rule.SubjectFacts.forPerson(h, who, month).enrolments(enrolled).build());
            PremiumPayer payer = d.category().map(k -> k == PremiumPayer.GOVERNMENT).orElse(false) ? PremiumPayer.GOVERNMENT
                    : PremiumPayer.SELF;
            dd.add(NationalPrograms.ELDERLY_ACCIDENT_INSURANCE, 1, 1);
            out.add(AccidentInsuranceEnrolment.builder().id(id).subject(c.subject()).region(c.region()).year(year)
                    .premium(Money.of("20.00")).payer(payer).insurer(providers.get(providers.size() - 1))
                    .enrolledOn(month.atDay(1 + random(c, month).nextInt(20))).build());
        }
        save(out, resumed);
        dd.byProgram().forEach((k, v) -> total.add(k, v[0], v[1]));
        return dd;
    }

    /**
     * Forgets the households written since they were read: the desk ({@link Bureau}) calls this for every household it
     * saves, the only writer of households after the district is loaded.
     *
     * @param ids the households written
     */
    void householdsWritten(java.util.Collection<org.minzheng.core.registry.HouseholdId> ids) {
        Set<org.minzheng.core.registry.HouseholdId> written = new java.util.HashSet<>(ids);
        homes.values().removeIf(h -> written.contains(h.id()));
    }

    /** The households of persons, from those kept when not written since, else read as a set and kept. */
    private Map<PersonId, Household> homesOf(Set<PersonId> persons) {
        List<PersonId> missing = persons.stream().filter(p -> !homes.containsKey(p)).toList();
        homes.putAll(storage.households().findByMembers(missing));
        Map<PersonId, Household> out = new java.util.HashMap<>();
        for (PersonId p : persons) {
            Household h = homes.get(p);
            if (h != null) {
                out.put(p, h);
            }
        }
        return out;
    }

    /** The households of the persons the cases are for, read as a set. */
    private Map<PersonId, Household> households(List<Case> cases) {
        Set<PersonId> wanted = new java.util.HashSet<>();
        for (Case c : cases) {
            c.subject().person().ifPresent(wanted::add);
        }
        return storage.households().findByMembers(wanted);
    }

    private List<Case> active(ProgramCode program) {
        return book.in(program, CaseState.ACTIVE);
    }

    /**
     * Stores the month's records, a thousand per transaction, each batch in one write (decision 0410); a resumed month
     * stores only those not stored yet.
     */
    private void save(List<ServiceRecord> records, boolean resumed) {
        for (int i = 0; i < records.size(); i += 1_000) {
            List<ServiceRecord> batch = records.subList(i, Math.min(records.size(), i + 1_000));
            storage.inTransaction(tx -> {
                Set<ServiceRecordId> stored = resumed
                        ? tx.serviceRecords().findAll(batch.stream().map(ServiceRecord::id).toList()).keySet() : Set.of();
                tx.serviceRecords().saveAll(batch.stream().filter(r -> !stored.contains(r.id())).toList(), CTX);
                return null;
            });
        }
    }

    private SplittableRandom random(Case c, YearMonth month) {
        return new SplittableRandom(seed * 31 + c.id().value().hashCode() * 1_000_003L + month.hashCode());
    }

    private static ServiceRecordId id(String prefix, Case c, YearMonth month, int n) {
        return ServiceRecordId.of(prefix + "-" + c.id().value() + "-" + month.toString().replace("-", "") + "-" + n);
    }
}
