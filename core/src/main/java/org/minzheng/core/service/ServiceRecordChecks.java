package org.minzheng.core.service;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violations;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.program.SubjectRef;

/**
 * The checks that every service record's constructor shares (服务记录公共校验), written once.
 * The records live with their feature ({@code elderly}, {@code children}, {@code community}),
 * which is why this class is public; applications have no need of it.
 *
 * <p>A record's compact constructor starts with {@link #shared}, adds its own rules to the
 * returned {@link Violations} and throws them all together with
 * {@link Violations#throwIfAny()}: one {@link InvalidRecordException} lists every violation.
 */
public final class ServiceRecordChecks {

    private ServiceRecordChecks() {
    }

    /**
     * Checks the components every service record has: id, subject and region present (rule
     * {@code required}), the subject of the expected kind ({@code subject-kind}) and the version
     * not negative ({@code non-negative}).
     *
     * @param id the identifier, may be {@code null} (reported)
     * @param subject whom the service was for, may be {@code null} (reported)
     * @param subjectKind the kind of subject this record serves, or {@code null} for either kind
     * @param region the region, may be {@code null} (reported)
     * @param caseId the case, empty if none
     * @param version the version
     * @return the violations found so far, for the record to add its own
     * @throws NullPointerException if {@code caseId} is {@code null} (use {@code Optional.empty()})
     */
    public static Violations shared(ServiceRecordId id, SubjectRef subject, SubjectKind subjectKind,
            RegionCode region, Optional<CaseId> caseId, long version) {
        Objects.requireNonNull(caseId, "caseId");
        Violations v = new Violations();
        v.required("id", id);
        if (v.required("subject", subject) && subjectKind != null && subject.kind() != subjectKind) {
            v.add("subject", "subject-kind", subjectKind == SubjectKind.PERSON ? "服务对象应为个人" : "服务对象应为家庭",
                    "The subject must be a " + subjectKind.englishName());
        }
        v.required("region", region);
        v.nonNegative("version", version);
        return v;
    }

    /**
     * Checks a collection: present ({@code required}), no {@code null} element
     * ({@code path[i]}: {@code required}) and, when {@code nameZh} is given, at least one element
     * ({@code required}, "…不能为空").
     *
     * @param v the violations to add to
     * @param path the property path
     * @param values the collection, may be {@code null} (reported)
     * @param nameZh the Chinese name of the property if it needs at least one element, else {@code null}
     * @return {@code true} if the collection is present and has no {@code null} element
     */
    public static boolean elements(Violations v, String path, Collection<?> values, String nameZh) {
        if (!v.required(path, values)) {
            return false;
        }
        if (nameZh != null && values.isEmpty()) {
            v.add(path, "required", nameZh + "不能为空", "At least one element is required: " + path);
        }
        boolean complete = true;
        Iterator<?> it = values.iterator();
        for (int i = 0; it.hasNext(); i++) {
            complete &= v.required(path + "[" + i + "]", it.next());
        }
        return complete;
    }

    /**
     * An unmodifiable copy of a set of constants in their declaration order, so that equal
     * records list them alike (in documents too).
     *
     * @param <E> the enum
     * @param type the enum class
     * @param values the constants, none {@code null}
     * @return the copy
     */
    public static <E extends Enum<E>> Set<E> enumSet(Class<E> type, Collection<E> values) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return Collections.unmodifiableSet(copy);
    }

    /**
     * The description of a record that its {@code toString} gives: class, identifier, subject
     * reference, region, date and version, never a name, an identity number or free text.
     *
     * @param record the record
     * @return the description
     */
    public static String describe(ServiceRecord record) {
        return record.getClass().getSimpleName() + "[id=" + record.id() + ", subject=" + record.subject()
                + ", region=" + record.region() + ", date=" + record.date() + ", version=" + record.version() + "]";
    }
}
