/**
 * The registry (户籍与家庭): persons, households and what the eligibility rules read about them.
 *
 * <p>{@link org.minzheng.core.registry.Person} and {@link org.minzheng.core.registry.Household}
 * are immutable aggregates made by builders that check every invariant and report all violations
 * at once ({@link org.minzheng.core.invariant.InvalidRecordException}); small values
 * ({@link org.minzheng.core.registry.Income}, {@link org.minzheng.core.registry.Assets},
 * {@link org.minzheng.core.registry.Disability}, {@link org.minzheng.core.registry.SelfCare},
 * {@link org.minzheng.core.registry.PersonStatus}, {@link org.minzheng.core.registry.Parent})
 * are records. Every enumerated value implements {@link org.minzheng.core.code.Coded} with a
 * stable lower-case code. Legal basis: 《社会救助暂行办法》 (国务院令第649号),
 * 《最低生活保障审核确认办法》 (民发〔2021〕57号), 《特困人员认定办法》 (民发〔2021〕43号).
 */
package org.minzheng.core.registry;
