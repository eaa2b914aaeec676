/**
 * Facilities (服务设施): elderly-care institutions and centres, children's care sites (关爱之家),
 * social-work stations (社工站) and community service centres, each with region, operator and
 * grade; grading schemes are data ({@link org.minzheng.core.facility.GradeScheme}).
 */
package org.minzheng.core.facility;
