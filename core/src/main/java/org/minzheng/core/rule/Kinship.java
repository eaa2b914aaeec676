package org.minzheng.core.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.Member;
import org.minzheng.core.registry.Parent;
import org.minzheng.core.registry.ParentRole;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.registry.Relative;
import org.minzheng.core.registry.RelativeKind;

/**
 * Who is whose spouse, parent or child (亲属关系), read from the registry: the household's members by their
 * relations to the head and by the references between their records, and the relatives a person's record
 * describes outside the household. The rules read two things from it (decision record 0301):
 * <ul>
 *   <li>the <b>legal supporters</b> of a 特困 subject (法定赡养、抚养、扶养义务人) — spouse, parents and children,
 *       whether they live in the household or not, each judged by the same rules;</li>
 *   <li>the <b>parents of a child</b> — those recorded on the child, and those living in the household, combined,
 *       so that every child-welfare category sees both.</li>
 * </ul>
 */
public final class Kinship {

    private Kinship() {
    }

    /**
     * How another member of a household is related to a member: spouse, parent or child, or none of these.
     *
     * <p>First the references: a parent or relative recorded on either person's record with the other's id. Then the
     * relations to the head (与户主关系): the head's spouse, children and parents are the head's; a child of the
     * head is also a child of the head's spouse (step-children who were raised count, 民法典第一千零七十二条).
     * Nothing else is inferred: a grandchild's parent, or a parent-in-law, is not a legal supporter.
     *
     * @param household the household
     * @param subject the member whose relative is asked for
     * @param other another member
     * @return the relation of {@code other} to {@code subject}
     * @throws IllegalArgumentException if either is not a member
     */
    public static Optional<RelativeKind> between(Household household, PersonId subject, PersonId other) {
        Objects.requireNonNull(household, "household");
        Member s = household.member(subject).orElseThrow(
                () -> new IllegalArgumentException("not a member (非本户成员): " + subject));
        Member o = household.member(other).orElseThrow(
                () -> new IllegalArgumentException("not a member (非本户成员): " + other));
        if (subject.equals(other)) {
            return Optional.empty();
        }
        Optional<RelativeKind> byRecord = byRecord(s.person(), o.person());
        if (byRecord.isPresent()) {
            return byRecord;
        }
        return byRelationToHead(s.relation(), o.relation());
    }

    private static Optional<RelativeKind> byRecord(Person subject, Person other) {
        for (Parent p : subject.parents()) {
            if (p.person().filter(other.id()::equals).isPresent()) {
                return Optional.of(RelativeKind.PARENT);
            }
        }
        for (Parent p : other.parents()) {
            if (p.person().filter(subject.id()::equals).isPresent()) {
                return Optional.of(RelativeKind.CHILD);
            }
        }
        for (Relative r : subject.relatives()) {
            if (r.person().filter(other.id()::equals).isPresent()) {
                return Optional.of(r.kind());
            }
        }
        for (Relative r : other.relatives()) {
            if (r.person().filter(subject.id()::equals).isPresent()) {
                return Optional.of(r.kind().inverse());
            }
        }
        return Optional.empty();
    }

    private static Optional<RelativeKind> byRelationToHead(Relation s, Relation o) {
        if (s == Relation.HEAD) {
            return switch (o) {
                case SPOUSE -> Optional.of(RelativeKind.SPOUSE);
                case CHILD -> Optional.of(RelativeKind.CHILD);
                case PARENT -> Optional.of(RelativeKind.PARENT);
                default -> Optional.empty();
            };
        }
        if (o == Relation.HEAD) {
            return byRelationToHead(o, s).map(RelativeKind::inverse);
        }
        if (s == Relation.SPOUSE && o == Relation.CHILD) {
            return Optional.of(RelativeKind.CHILD);
        }
        if (s == Relation.CHILD && o == Relation.SPOUSE) {
            return Optional.of(RelativeKind.PARENT);
        }
        return Optional.empty();
    }

    /**
     * The parents of the subject of person facts, combined: every parent recorded on the person's record, with the
     * facts of the parent's own record when the parent is a member of the household or a person stored in another
     * household and given with the facts (the runtime passes relatives stored elsewhere as {@linkplain
     * SubjectFacts#supporters() supporters}; their own record is the fresher), then, for a role not recorded, a
     * member of the household who is the person's parent (its role by gender), then a relative of kind parent
     * recorded on the person (its own stored record when given with the facts, else its description; role by
     * gender). Members not present in the month are left out.
     *
     * @param facts facts about a person
     * @return at most one father and one mother
     */
    public static List<Parent> parentsOf(SubjectFacts facts) {
        Person child = facts.person();
        Household h = facts.household();
        Map<ParentRole, Parent> out = new LinkedHashMap<>();
        for (Parent p : child.parents()) {
            Optional<Person> member = p.person().flatMap(id -> presentMember(facts, id).or(() -> stored(facts, id)));
            out.put(p.role(), member.map(m -> fromMember(p.role(), m)).orElse(p));
        }
        for (Member m : facts.members()) {
            Person other = m.person();
            if (other.id().equals(child.id())
                    || between(h, child.id(), other.id()).filter(k -> k == RelativeKind.PARENT).isEmpty()) {
                continue;
            }
            ParentRole role = other.gender() == Gender.MALE ? ParentRole.FATHER : ParentRole.MOTHER;
            out.putIfAbsent(role, fromMember(role, other));
        }
        for (Relative r : child.relatives(RelativeKind.PARENT)) {
            ParentRole role = r.gender() == Gender.MALE ? ParentRole.FATHER : ParentRole.MOTHER;
            if (out.containsKey(role)) {
                continue;
            }
            // a parent described on the child, or stored in another household and resolved by the runtime
            Optional<Person> own = r.person().flatMap(id -> presentMember(facts, id).or(() -> stored(facts, id)));
            out.put(role, own.map(m -> fromMember(role, m)).orElseGet(() -> new Parent(role, r.person(), r.status(),
                    r.disability(), r.seriouslyIll())));
        }
        return List.copyOf(out.values());
    }

    /**
     * The subject of person facts with its parents combined ({@link #parentsOf}), for a rule that reads
     * {@link Person#parents()}.
     *
     * @param facts facts about a person
     * @return the person, with the combined parents
     */
    public static Person withCombinedParents(SubjectFacts facts) {
        Person child = facts.person();
        List<Parent> parents = parentsOf(facts);
        return parents.equals(child.parents()) ? child : child.toBuilder().parents(parents).build();
    }

    private static Optional<Person> presentMember(SubjectFacts facts, PersonId id) {
        return facts.members().stream().map(Member::person).filter(p -> p.id().equals(id)).findFirst();
    }

    /** A person stored in another household, given with the facts as a supporter (decision record 0355). */
    private static Optional<Person> stored(SubjectFacts facts, PersonId id) {
        return facts.supporters().stream().map(Supporter::person).filter(p -> p.id().equals(id)).findFirst();
    }

    private static Parent fromMember(ParentRole role, Person member) {
        return new Parent(role, Optional.of(member.id()), member.status(), member.disability(), member.seriouslyIll());
    }

    /**
     * The legal supporters of the subject of person facts (法定义务人): the supporters given with the facts (e.g.
     * relatives in other households, resolved by the runtime with their programs and incomes), then the members of
     * the household present in the month who are the subject's spouse, parents or children, then the relatives
     * described on the subject's record, then parents recorded on it without a relative of kind parent — each person
     * once, the first found winning.
     *
     * <p>A member supporter's programs are those of the member and of the household (a dibao household's members
     * are dibao recipients); the annual income is twelve times the member's monthly incomes recorded on the
     * household. A described relative has no programs and the income recorded with it. A parent known only from the
     * child-welfare record has no birth date: it is taken as born on the subject's birth date, so never as old
     * (record the parent as a relative of kind parent when age matters).
     *
     * @param facts facts about a person
     * @return the supporters
     */
    public static List<Supporter> legalSupporters(SubjectFacts facts) {
        Person subject = facts.person();
        Household h = facts.household();
        List<Supporter> out = new ArrayList<>();
        Set<PersonId> seen = new HashSet<>();
        seen.add(subject.id());
        for (Supporter s : facts.supporters()) {
            if (seen.add(s.person().id())) {
                out.add(s);
            }
        }
        for (Member m : facts.members()) {
            Person other = m.person();
            if (other.id().equals(subject.id()) || seen.contains(other.id())
                    || between(h, subject.id(), other.id()).isEmpty()) {
                continue;
            }
            seen.add(other.id());
            Set<ProgramCode> programs = new HashSet<>(facts.enrolments().ofPerson(other.id()));
            programs.addAll(facts.enrolments().ofHousehold(h.id()));
            Money monthly = Money.ZERO;
            for (Income inc : h.incomes()) {
                if (inc.earner().filter(other.id()::equals).isPresent()) {
                    monthly = monthly.plus(inc.monthlyAmount());
                }
            }
            out.add(new Supporter(other, programs, Optional.of(monthly.times(12)), false));
        }
        int n = 0;
        boolean parentRelatives = false;
        for (Relative r : subject.relatives()) {
            n++;
            parentRelatives |= r.kind() == RelativeKind.PARENT;
            if (r.person().isPresent() && !seen.add(r.person().get())) {
                continue;
            }
            Person p = described(subject, "r" + n, r.gender(), r.birthDate(), r.status(), r.disability(),
                    r.seriouslyIll());
            out.add(new Supporter(p, Set.of(), r.annualIncome(), r.withoutCivilCapacity()));
        }
        if (!parentRelatives) {
            for (Parent par : subject.parents()) {
                if (par.person().isPresent() && !seen.add(par.person().get())) {
                    continue;
                }
                LocalDate birth = par.status().since().isBefore(subject.birthDate()) ? par.status().since()
                        : subject.birthDate();
                Person p = described(subject, par.role().code(),
                        par.role() == ParentRole.FATHER ? Gender.MALE : Gender.FEMALE, birth, par.status(),
                        par.disability(), par.seriouslyIll());
                out.add(new Supporter(p, Set.of(), Optional.empty(), false));
            }
        }
        return List.copyOf(out);
    }

    /** A stand-in record of a relative known only by description: no name, no identity number. */
    private static Person described(Person subject, String tag, Gender gender, LocalDate birth,
                                    org.minzheng.core.registry.PersonStatus status,
                                    Optional<org.minzheng.core.registry.Disability> disability, boolean ill) {
        return Person.builder().id(subject.id().value() + "~" + tag).name("亲属").gender(gender).birthDate(birth)
                .hukou(subject.hukou()).status(status).disability(disability).seriouslyIll(ill).build();
    }
}
