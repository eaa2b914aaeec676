package org.minzheng.core.report;

import java.util.Objects;

/**
 * A count under a coded category (分类计数), e.g. children in difficulty by category.
 *
 * @param code the category's stable code
 * @param chineseName the Chinese name
 * @param englishName the English name
 * @param count how many
 */
public record CategoryCount(String code, String chineseName, String englishName, int count) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a name or the code is {@code null}
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public CategoryCount {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(chineseName, "chineseName");
        Objects.requireNonNull(englishName, "englishName");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative (计数不能为负数)");
        }
    }
}
