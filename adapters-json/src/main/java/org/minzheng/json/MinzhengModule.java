package org.minzheng.json;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import org.minzheng.json.internal.CoreTypes;
import org.minzheng.json.internal.Pseudonyms;

import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * The Jackson 3 module for minzheng's types (民政数据的 Jackson 模块).
 *
 * <p>It (de)serialises core's public types without any Jackson annotation in core:
 * <ul>
 *   <li>identifiers as their canonical strings: {@code IdNumber} (18 characters, upper-case
 *       {@code X}), {@code RegionCode} (the 12-digit form; 2, 4, 6 or 9 digits are also read),
 *       {@code CreditCode}, {@code DisabilityCertificateNumber};</li>
 *   <li>{@code Money} as a plain decimal with two places, written as a string or a number
 *       ({@link MoneyFormat}) and read from either without going through binary floating point;
 *       exponent notation and more than two places are errors;</li>
 *   <li>every enum implementing {@code Coded} by its code, as a value and as a map key, and only
 *       by its code.</li>
 * </ul>
 * Dates ({@code LocalDate}, {@code YearMonth}, {@code Instant}) are written as ISO-8601 strings
 * by the mapper that {@link MinzhengJson} configures.
 *
 * <p>Register it on any {@code JsonMapper} or {@code YAMLMapper} builder, or use
 * {@link MinzhengJson#mapper()} for a strict, limited mapper with the module installed. Instances
 * are immutable and thread-safe.
 */
public final class MinzhengModule extends JacksonModule {

    private final MoneyFormat moneyFormat;
    private final PersonalData personalData;
    private final Optional<Clock> clock;
    /** The pseudonyms of a masked module (its key never leaves it); null for full data. */
    private final Pseudonyms pseudonyms;

    private MinzhengModule(Builder builder) {
        this.moneyFormat = builder.moneyFormat;
        this.personalData = builder.personalData;
        this.clock = builder.clock;
        this.pseudonyms = personalData == PersonalData.FULL ? null
                : builder.pseudonymKey == null ? Pseudonyms.random() : Pseudonyms.withKey(builder.pseudonymKey);
    }

    /**
     * The default module: money as strings, personal data in full.
     *
     * @return the module
     */
    public static MinzhengModule create() {
        return builder().build();
    }

    /**
     * A builder for a module with non-default options.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * How money is written.
     *
     * @return the money format
     */
    public MoneyFormat moneyFormat() {
        return moneyFormat;
    }

    /**
     * Whether personal data is written in full or masked.
     *
     * @return the personal-data option
     */
    public PersonalData personalData() {
        return personalData;
    }

    /**
     * The clock that model builders check dates against when reading (no date in the future), or
     * empty if dates are not checked against today.
     *
     * @return the clock
     */
    public Optional<Clock> clock() {
        return clock;
    }

    @Override
    public String getModuleName() {
        return "minzheng";
    }

    @Override
    public Version version() {
        return new Version(0, 1, 0, "SNAPSHOT", "org.minzheng", "minzheng-json");
    }

    /**
     * One registration per option combination, so that registering the module twice with the
     * same options is harmless.
     *
     * @return the registration id
     */
    @Override
    public Object getRegistrationId() {
        return getModuleName() + "/" + moneyFormat + "/" + personalData + "/" + clock.orElse(null);
    }

    @Override
    public void setupModule(SetupContext context) {
        CoreTypes types = new CoreTypes(moneyFormat == MoneyFormat.NUMBER, pseudonyms, clock.orElse(null));
        context.addSerializers(types.serializers());
        context.addKeySerializers(types.keySerializers());
        context.addDeserializers(types.deserializers());
        context.addKeyDeserializers(types.keyDeserializers());
    }

    @Override
    public String toString() {
        return "MinzhengModule[" + moneyFormat + ", " + personalData + "]";
    }

    /** Builds a {@link MinzhengModule} (模块构建器). Not thread-safe. */
    public static final class Builder {

        private MoneyFormat moneyFormat = MoneyFormat.STRING;
        private PersonalData personalData = PersonalData.FULL;
        private Optional<Clock> clock = Optional.of(Clock.systemUTC());
        private byte[] pseudonymKey;

        private Builder() {
        }

        /**
         * Sets the clock that model builders check dates against when reading (a birth date or a
         * history entry in the future is an error); the default is the system clock in UTC.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Optional.of(clock);
            return this;
        }

        /**
         * Reads without checking dates against today (for archives and tests).
         *
         * @return this builder
         */
        public Builder noClock() {
            this.clock = Optional.empty();
            return this;
        }

        /**
         * Sets how money is written; the default is {@link MoneyFormat#STRING}.
         *
         * @param format the format
         * @return this builder
         */
        public Builder moneyFormat(MoneyFormat format) {
            this.moneyFormat = Objects.requireNonNull(format, "format");
            return this;
        }

        /**
         * Sets whether personal data is written in full or masked; the default is
         * {@link PersonalData#FULL}.
         *
         * @param personalData the option
         * @return this builder
         */
        public Builder personalData(PersonalData personalData) {
            this.personalData = Objects.requireNonNull(personalData, "personalData");
            return this;
        }

        /**
         * Sets the secret key of the pseudonyms that a {@link PersonalData#MASKED masked} module
         * writes in place of record identifiers (假名化密钥). Without a key, each module draws a
         * random one that is never shown: pseudonyms then agree within the exports of one mapper
         * only. With the same key, the same identifier always gets the same pseudonym, so that
         * exports of several months can be joined, and the bureau, which holds the key, can find
         * the record behind a pseudonym by computing the pseudonyms of its own identifiers. Keep
         * the key as secret as the data: whoever has it can test guesses of identifiers.
         *
         * @param key at least 16 bytes, e.g. 32 random bytes (copied)
         * @return this builder
         * @throws IllegalArgumentException if the key is shorter than 16 bytes
         */
        public Builder pseudonymKey(byte[] key) {
            Objects.requireNonNull(key, "key");
            if (key.length < Pseudonyms.MIN_KEY_BYTES) {
                throw new IllegalArgumentException("a pseudonym key needs at least " + Pseudonyms.MIN_KEY_BYTES
                        + " bytes, not " + key.length + " (假名化密钥过短)");
            }
            this.pseudonymKey = key.clone();
            return this;
        }

        /**
         * Builds the module.
         *
         * @return the module
         */
        public MinzhengModule build() {
            return new MinzhengModule(this);
        }
    }
}
