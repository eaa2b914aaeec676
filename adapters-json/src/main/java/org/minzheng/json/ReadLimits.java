package org.minzheng.json;

/**
 * Explicit limits for reading a document (读取限制), applied through Jackson's
 * {@code StreamReadConstraints}. A document over a limit fails with a
 * {@code tools.jackson.core.exc.StreamConstraintsException} before it is fully read.
 *
 * @param maxDocumentLength the largest document, in bytes or characters as the input is given
 * @param maxNestingDepth the deepest nesting of objects and arrays
 * @param maxStringLength the longest string value, in characters
 * @param maxNumberLength the longest number, in characters
 * @param maxNameLength the longest property name, in characters
 */
public record ReadLimits(long maxDocumentLength, int maxNestingDepth, int maxStringLength,
        int maxNumberLength, int maxNameLength) {

    /**
     * Limits for exchanged documents (交换文件): 16 MiB, depth 32, strings of 64 KiB, numbers of
     * 64 characters, names of 256 characters.
     */
    public static final ReadLimits DEFAULT = new ReadLimits(16L << 20, 32, 64 << 10, 64, 256);

    /**
     * Checks that every limit is positive.
     *
     * @throws IllegalArgumentException if a limit is zero or negative
     */
    public ReadLimits {
        if (maxDocumentLength <= 0 || maxNestingDepth <= 0 || maxStringLength <= 0
                || maxNumberLength <= 0 || maxNameLength <= 0) {
            throw new IllegalArgumentException("Read limits must be positive (读取限制必须为正数): " + this);
        }
    }

    /**
     * A copy with another document length limit.
     *
     * @param bytes the largest document
     * @return the new limits
     */
    public ReadLimits withMaxDocumentLength(long bytes) {
        return new ReadLimits(bytes, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength);
    }
}
