package org.minzheng.core.standards;

import java.time.LocalDate;
import java.util.Objects;

import org.minzheng.core.identity.RegionCode;

/**
 * A standard that a rule needs has no value in force for the region and date, and no documented default
 * (缺少标准值). The message names the standard, the region and the date, in English and Chinese.
 */
public final class MissingStandardException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient Standard<?> standard;
    private final transient RegionCode region;
    private final LocalDate date;

    /**
     * Creates the exception.
     *
     * @param standard the standard
     * @param region the region resolved for
     * @param date the date resolved for
     * @throws NullPointerException if an argument is null
     */
    public MissingStandardException(Standard<?> standard, RegionCode region, LocalDate date) {
        super(english(standard, region, date) + " / " + chinese(standard, region, date));
        this.standard = standard;
        this.region = region;
        this.date = date;
    }

    private static String english(Standard<?> standard, RegionCode region, LocalDate date) {
        return "no value of standard " + Objects.requireNonNull(standard, "standard").code() + " ("
                + standard.englishName() + ") is in force for region " + Objects.requireNonNull(region, "region").shortForm()
                + " or any region above it on " + Objects.requireNonNull(date, "date");
    }

    private static String chinese(Standard<?> standard, RegionCode region, LocalDate date) {
        return "地区 " + region.shortForm() + " 及其上级地区在 " + date + " 没有有效的标准值：" + standard.chineseName()
                + "（" + standard.code() + "）";
    }

    /**
     * The missing standard.
     *
     * @return the standard
     */
    public Standard<?> standard() {
        return standard;
    }

    /**
     * The region resolved for.
     *
     * @return the region
     */
    public RegionCode region() {
        return region;
    }

    /**
     * The date resolved for.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * The message in English.
     *
     * @return the message
     */
    public String messageEn() {
        return english(standard, region, date);
    }

    /**
     * The message in Chinese.
     *
     * @return the message
     */
    public String messageZh() {
        return chinese(standard, region, date);
    }
}
