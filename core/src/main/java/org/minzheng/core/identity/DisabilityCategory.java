package org.minzheng.core.identity;

import org.minzheng.core.code.Coded;

/**
 * Category of disability (残疾类别), GB/T 26341-2010, as encoded in the 19th character of a
 * second-generation disability certificate number.
 */
public enum DisabilityCategory implements Coded {
    /** 视力残疾: visual disability, digit 1. */
    VISUAL(1, "visual", "视力残疾", "visual disability"),
    /** 听力残疾: hearing disability, digit 2. */
    HEARING(2, "hearing", "听力残疾", "hearing disability"),
    /** 言语残疾: speech disability, digit 3. */
    SPEECH(3, "speech", "言语残疾", "speech disability"),
    /** 肢体残疾: physical disability, digit 4. */
    PHYSICAL(4, "physical", "肢体残疾", "physical disability"),
    /** 智力残疾: intellectual disability, digit 5. */
    INTELLECTUAL(5, "intellectual", "智力残疾", "intellectual disability"),
    /** 精神残疾: mental disability, digit 6. */
    MENTAL(6, "mental", "精神残疾", "mental disability"),
    /** 多重残疾: multiple disabilities, digit 7. */
    MULTIPLE(7, "multiple", "多重残疾", "multiple disabilities");

    private static final DisabilityCategory[] BY_DIGIT = values();

    private final int digit;
    private final String code;
    private final String chineseName;
    private final String englishName;

    DisabilityCategory(int digit, String code, String chineseName, String englishName) {
        this.digit = digit;
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * The category digit (类别代码) used in certificate numbers: 1 to 7.
     *
     * @return the digit
     */
    public int digit() {
        return digit;
    }

    /**
     * Returns the category with the given digit (按类别代码取值).
     *
     * @param digit the category digit, 1 to 7
     * @return the category
     * @throws IllegalArgumentException if {@code digit} is not between 1 and 7
     */
    public static DisabilityCategory fromDigit(int digit) {
        if (digit < 1 || digit > BY_DIGIT.length) {
            throw new IllegalArgumentException(
                    "Disability category digit must be 1 to 7 (残疾类别代码应为1至7), was " + digit);
        }
        return BY_DIGIT[digit - 1];
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
