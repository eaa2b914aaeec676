package org.minzheng.core.children;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

import org.minzheng.core.code.Coded;
import org.minzheng.core.identity.DisabilityCategory;
import org.minzheng.core.registry.Disability;
import org.minzheng.core.registry.Parent;
import org.minzheng.core.registry.StatusKind;

/**
 * A parent's situation as the children's rules see it on a date (父母情形).
 *
 * <p>民发〔2019〕62号 counts a parent who is severely disabled (grade 1–2, or grade 3–4 intellectual or
 * mental), seriously ill, deprived of liberty (serving a sentence, detained, in compulsory drug
 * rehabilitation), out of contact, stripped of guardianship or deported. Deprivation of liberty and lost
 * contact count once they have lasted {@value #MONTHS_RULE} months ({@link #QUALIFYING}); before that the
 * parent is {@link #ABSENT_UNDER_SIX_MONTHS}.
 */
public enum ParentSituation implements Coded {
    /** Deceased or declared missing (死亡或宣告失踪). */
    GONE("gone", "死亡或宣告失踪", "deceased or declared missing"),
    /** In a situation 民发〔2019〕62号 counts (重残、重病、服刑在押、失联6个月以上等). */
    QUALIFYING("qualifying", "重残、重病、服刑在押或失联满6个月等情形", "in a situation that counts for de-facto unsupported children"),
    /** Deprived of liberty or out of contact for less than six months (不满6个月). */
    ABSENT_UNDER_SIX_MONTHS("absent-under-six-months", "服刑在押或失联不满6个月", "deprived of liberty or out of contact for under six months"),
    /** Working away from home (外出务工). */
    WORKING_AWAY("working-away", "外出务工", "working away"),
    /** At home and able (在家且有监护能力). */
    PRESENT("present", "在家", "at home");

    /** Months after which lost contact or deprivation of liberty counts: {@value}. */
    public static final int MONTHS_RULE = 6;

    private final String code;
    private final String chineseName;
    private final String englishName;

    ParentSituation(String code, String chineseName, String englishName) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * The situation of a parent on a date.
     *
     * @param parent the parent's record
     * @param on the date (the last day of the month assessed)
     * @return the situation; a status that starts after {@code on} is ignored
     * @throws NullPointerException if an argument is null
     */
    public static ParentSituation of(Parent parent, LocalDate on) {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(on, "on");
        StatusKind k = parent.status().since().isAfter(on) ? StatusKind.AT_HOME : parent.status().kind();
        switch (k) {
            case DECEASED:
            case DECLARED_MISSING:
                return GONE;
            case GUARDIANSHIP_REVOKED:
            case DEPORTED:
                return QUALIFYING;
            case SERVING_SENTENCE:
            case DETAINED:
            case COMPULSORY_REHABILITATION:
            case LOST_CONTACT:
                return parent.status().lastedAtLeast(Period.ofMonths(MONTHS_RULE), on) ? QUALIFYING
                        : incapable(parent) ? QUALIFYING : ABSENT_UNDER_SIX_MONTHS;
            default:
                if (incapable(parent)) {
                    return QUALIFYING;
                }
                return k == StatusKind.WORKING_AWAY ? WORKING_AWAY : PRESENT;
        }
    }

    /** Severe disability (grade 1–2, or grade 3–4 intellectual or mental) or serious illness. */
    static boolean incapable(Parent parent) {
        if (parent.seriouslyIll()) {
            return true;
        }
        if (parent.disability().isEmpty()) {
            return false;
        }
        Disability d = parent.disability().get();
        return d.isSevere() || d.category() == DisabilityCategory.INTELLECTUAL || d.category() == DisabilityCategory.MENTAL;
    }

    /**
     * Whether the parent cannot act as guardian: gone, qualifying, or absent.
     *
     * @return true unless working away or present
     */
    public boolean unableToCare() {
        return this == GONE || this == QUALIFYING || this == ABSENT_UNDER_SIX_MONTHS;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }

    @Override
    public String englishName() {
        return englishName;
    }
}
