/**
 * Regional standards as effective-dated data (地区标准): typed keys ({@link
 * org.minzheng.core.standards.Standard}, declared by the programs that read them), dated values with their
 * sources ({@link
 * org.minzheng.core.standards.StandardValue}), load-time checks ({@link
 * org.minzheng.core.standards.StandardSet}), resolution for a region and a date ({@link
 * org.minzheng.core.standards.StandardsResolver}, {@link org.minzheng.core.standards.ResolvedStandards})
 * and what-if overlays ({@link org.minzheng.core.standards.Reform}).
 *
 * <p>The library ships national <em>rules</em>; regions ship <em>standards</em>, the numbers. Where
 * national rules leave a choice to the region (rounding, age basis, add-on shares), the choice is a
 * standard too.
 */
package org.minzheng.core.standards;
