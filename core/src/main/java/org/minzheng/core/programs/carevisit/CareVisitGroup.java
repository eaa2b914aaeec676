package org.minzheng.core.programs.carevisit;

import org.minzheng.core.code.Coded;

/** Why an elderly person is to be visited (关爱巡访对象类别). */
public enum CareVisitGroup implements Coded {
    /** Living alone: a household of one in the month (独居). */
    LIVING_ALONE("living-alone", "独居老年人", "living alone"),
    /** Empty nest: every member of the month of the care-visit age (空巢). */
    EMPTY_NEST("empty-nest", "空巢老年人", "empty nest"),
    /**
     * Left behind: a rural household whose members at home are all of the care-visit age, the others having worked
     * away for the months the region sets (农村留守老年人).
     */
    LEFT_BEHIND("left-behind", "农村留守老年人", "left-behind elderly");

    private final String code;
    private final String chineseName;
    private final String englishName;

    CareVisitGroup(String code, String chineseName, String englishName) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
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
