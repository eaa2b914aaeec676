package org.minzheng.core.standards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import org.minzheng.core.code.Coded;
import org.minzheng.core.money.Money;

/**
 * How a final monthly amount is rounded (取整方式). Policy leaves the precision to the region; the
 * direction is always half-up (四舍五入). Rounding is applied <em>once</em>, to the final amount of a
 * decision, never to a per-capita figure that is then multiplied back.
 *
 * <p>Used by standards such as {@code dibao.rounding}.
 */
public enum Rounding implements Coded {
    /** To the fen (分, 0.01 yuan), half-up. */
    FEN("fen", "精确到分", "to the fen (0.01 yuan)", 2),
    /** To the whole yuan (元), half-up. */
    YUAN("yuan", "精确到元", "to the whole yuan", 0);

    private final String code;
    private final String chineseName;
    private final String englishName;
    private final int scale;

    Rounding(String code, String chineseName, String englishName, int scale) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.scale = scale;
    }

    /**
     * Rounds an exact amount half-up to this precision.
     *
     * @param exact the exact amount in yuan, any scale
     * @return the rounded amount
     * @throws NullPointerException if {@code exact} is null
     */
    public Money apply(BigDecimal exact) {
        Objects.requireNonNull(exact, "exact");
        return Money.of(exact.setScale(scale, RoundingMode.HALF_UP).setScale(2, RoundingMode.UNNECESSARY));
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
