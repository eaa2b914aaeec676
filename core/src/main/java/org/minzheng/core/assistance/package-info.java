/**
 * Social assistance (社会救助) calculators: 最低生活保障 ({@link
 * org.minzheng.core.assistance.DibaoCalculator}), 特困人员救助供养 ({@link
 * org.minzheng.core.assistance.TekunCalculator}) and 临时救助 ({@link
 * org.minzheng.core.assistance.TemporaryAssistanceCalculator}), with their inputs ({@link
 * org.minzheng.core.assistance.Supporter}, {@link org.minzheng.core.assistance.TemporaryNeed}).
 * Legal basis: 《社会救助暂行办法》（国务院令第649号，2019年修订）.
 */
package org.minzheng.core.assistance;
