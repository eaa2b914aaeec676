/**
 * Money (金额): {@link org.minzheng.core.money.Money}, yuan exact to the fen on
 * {@link java.math.BigDecimal}, with explicit rounding. Periods and dates use
 * {@link java.time.YearMonth} and {@link java.time.LocalDate}; no {@code double} anywhere money
 * flows.
 */
package org.minzheng.core.money;
