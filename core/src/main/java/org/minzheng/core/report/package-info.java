/**
 * District reports (统计报表): the figures a county civil-affairs bureau publishes for a period —
 * households and persons new, cancelled and in coverage per program, amounts paid, service counts,
 * children in difficulty, left-behind children, facilities — computed from the records handed in
 * (core does no I/O), and rendered as text (Chinese or English), JSON and a self-contained HTML
 * page with inline SVG charts.
 *
 * <p>Start with {@link org.minzheng.core.report.DistrictReport#builder}; render with
 * {@link org.minzheng.core.report.ReportRenderer}.
 */
package org.minzheng.core.report;
