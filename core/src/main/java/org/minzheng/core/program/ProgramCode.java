package org.minzheng.core.program;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The code of a program (业务项目代码), e.g. {@code dibao} or a region's {@code js-spring-festival}: what
 * cases, payments, decisions and storage refer to. Storage keeps only the code, so a store needs no schema
 * change when a regional plugin adds a program.
 *
 * <p>Lower-case ASCII words joined by hyphens, 2 to 48 characters, starting with a letter. The national
 * programs' codes are listed in {@code org.minzheng.core.programs.NationalPrograms}; a region's own
 * programs should start with a prefix of the region (e.g. {@code js-} for Jiangsu) so that codes from
 * different plugins cannot collide.
 *
 * <p>A value-based, immutable record.
 *
 * @param value the code
 */
public record ProgramCode(String value) implements Comparable<ProgramCode> {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** The longest code accepted. */
    public static final int MAX_LENGTH = 48;

    /**
     * Checks the code.
     *
     * @param value the code
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if the code is malformed
     */
    public ProgramCode {
        Objects.requireNonNull(value, "value");
        if (value.length() < 2 || value.length() > MAX_LENGTH || !CODE.matcher(value).matches()) {
            throw new IllegalArgumentException("malformed program code '" + abbreviate(value)
                    + "': expected 2 to " + MAX_LENGTH + " lower-case letters, digits and single hyphens, starting "
                    + "with a letter, e.g. dibao or js-spring-festival (业务项目代码格式错误)");
        }
    }

    /**
     * The code for a text.
     *
     * @param value the code, e.g. {@code dibao}
     * @return the code
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if the code is malformed
     */
    public static ProgramCode of(String value) {
        return new ProgramCode(value);
    }

    /**
     * Whether a text is a well-formed program code.
     *
     * @param value the text, may be null
     * @return true when {@link #of(String)} would accept it
     */
    public static boolean isValid(String value) {
        return value != null && value.length() >= 2 && value.length() <= MAX_LENGTH && CODE.matcher(value).matches();
    }

    /** At most 32 characters of a rejected code, as every reader quotes input (decision record 0162). */
    private static String abbreviate(String s) {
        return s.length() <= 32 ? s : s.substring(0, 32) + "…(" + s.length() + " characters)";
    }

    @Override
    public int compareTo(ProgramCode other) {
        return value.compareTo(other.value);
    }

    /** The code itself, e.g. {@code dibao}. */
    @Override
    public String toString() {
        return value;
    }

    /**
     * Equal values; written out rather than generated, because the generated record method is a hot, polymorphic
     * call in the monthly run's maps (same result).
     *
     * @param other the other object
     * @return whether it is a {@code ProgramCode} with the same value
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ProgramCode o && value.equals(o.value);
    }

    /**
     * The value's hash, as the generated record method computes it.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
