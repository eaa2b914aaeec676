/**
 * Identifiers (标识符) that check themselves: the citizen identity number (居民身份证号码,
 * GB 11643-1999), administrative division codes (行政区划代码, GB/T 2260), the unified social
 * credit code (统一社会信用代码, GB 32100-2015) and the disability certificate number (残疾人证号).
 *
 * <p>Every identifier has a strict {@code parse(String)} that throws
 * {@link org.minzheng.core.identity.InvalidIdentifierException} (never a
 * {@code NullPointerException}, also for {@code null} input), a {@code isValid(String)},
 * a canonical {@code value()}, equality by value and, for personal data, a masked
 * {@code toString()}.
 */
package org.minzheng.core.identity;
