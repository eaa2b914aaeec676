package org.minzheng.core.elderly;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The item scores and findings of one GB/T 42195-2022 assessment (老年人能力评估记录): a score for each of
 * the 26 {@link CapabilityItem}s, whether dementia or another mental disorder is diagnosed (ICD-10
 * F00–F99), how many care-risk events (fall, wandering, choking, suicide or self-harm) happened in the last
 * 30 days, and whether the person is in a coma. A person in a coma need not be scored item by item.
 *
 * <p>Immutable; built with {@link #builder()}, which rejects a score outside an item's range naming the
 * item, and missing items naming them.
 */
public final class CapabilityScores {

    private final Map<CapabilityItem, Integer> scores;
    private final boolean dementiaOrMentalDisorder;
    private final int careRiskEvents;
    private final boolean coma;

    private CapabilityScores(Builder b) {
        this.scores = Collections.unmodifiableMap(new EnumMap<>(b.scores));
        this.dementiaOrMentalDisorder = b.dementiaOrMentalDisorder;
        this.careRiskEvents = b.careRiskEvents;
        this.coma = b.coma;
    }

    /**
     * Starts a record.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The score of an item.
     *
     * @param item the item
     * @return the score, or empty when not scored (a person in a coma)
     */
    public OptionalInt score(CapabilityItem item) {
        Integer s = scores.get(Objects.requireNonNull(item, "item"));
        return s == null ? OptionalInt.empty() : OptionalInt.of(s);
    }

    /**
     * All scores given.
     *
     * @return an unmodifiable map
     */
    public Map<CapabilityItem, Integer> scores() {
        return scores;
    }

    /**
     * Whether dementia (ICD-10 F00–F03) or another mental disorder (F04–F99) is diagnosed.
     *
     * @return true when diagnosed
     */
    public boolean dementiaOrMentalDisorder() {
        return dementiaOrMentalDisorder;
    }

    /**
     * Care-risk events in the last 30 days.
     *
     * @return the count, not negative
     */
    public int careRiskEvents() {
        return careRiskEvents;
    }

    /**
     * Whether the person is in a coma (昏迷).
     *
     * @return true when in a coma
     */
    public boolean coma() {
        return coma;
    }

    /** Builds {@link CapabilityScores}. Not thread-safe. */
    public static final class Builder {
        private final EnumMap<CapabilityItem, Integer> scores = new EnumMap<>(CapabilityItem.class);
        private boolean dementiaOrMentalDisorder;
        private int careRiskEvents;
        private boolean coma;

        private Builder() {
        }

        /**
         * Sets an item's score.
         *
         * @param item the item
         * @param score the score, 0 to the item's maximum
         * @return this builder
         * @throws InvalidCapabilityScoreException if the score is out of range; the message names the item
         */
        public Builder score(CapabilityItem item, int score) {
            Objects.requireNonNull(item, "item");
            if (score < 0 || score > item.maxScore()) {
                throw new InvalidCapabilityScoreException(Set.of(item), "score " + score + " for item " + item.code()
                        + " (" + item.englishName() + ") is out of range 0–" + item.maxScore() + " / 评估项目“"
                        + item.chineseName() + "”的得分 " + score + " 超出范围 0–" + item.maxScore());
            }
            scores.put(item, score);
            return this;
        }

        /**
         * Sets every item to its maximum (a fully capable person), for tests and as a starting point.
         *
         * @return this builder
         */
        public Builder allMaximum() {
            for (CapabilityItem i : CapabilityItem.values()) {
                scores.put(i, i.maxScore());
            }
            return this;
        }

        /**
         * Records a diagnosis of dementia or another mental disorder.
         *
         * @param value whether diagnosed
         * @return this builder
         */
        public Builder dementiaOrMentalDisorder(boolean value) {
            this.dementiaOrMentalDisorder = value;
            return this;
        }

        /**
         * Records the care-risk events of the last 30 days.
         *
         * @param count the count, not negative
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder careRiskEvents(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("care-risk events must not be negative: " + count);
            }
            this.careRiskEvents = count;
            return this;
        }

        /**
         * Records that the person is in a coma.
         *
         * @param value whether in a coma
         * @return this builder
         */
        public Builder coma(boolean value) {
            this.coma = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the scores
         * @throws InvalidCapabilityScoreException if items are missing and the person is not in a coma; the
         *         message names them
         */
        public CapabilityScores build() {
            if (!coma && scores.size() < CapabilityItem.values().length) {
                EnumSet<CapabilityItem> missing = EnumSet.allOf(CapabilityItem.class);
                missing.removeAll(scores.keySet());
                StringBuilder codes = new StringBuilder();
                StringBuilder names = new StringBuilder();
                for (CapabilityItem i : missing) {
                    codes.append(codes.length() == 0 ? "" : ", ").append(i.code());
                    names.append(names.length() == 0 ? "" : "、").append(i.chineseName());
                }
                throw new InvalidCapabilityScoreException(missing, "items not scored: " + codes + " / 未评分的项目："
                        + names);
            }
            return new CapabilityScores(this);
        }
    }
}
