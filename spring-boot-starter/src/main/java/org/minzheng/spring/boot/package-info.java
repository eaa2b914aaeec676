/**
 * The minzheng Spring Boot starter (Spring Boot 自动配置): {@link org.minzheng.runtime.CivilAffairs} and its parts
 * configured from {@code minzheng.*} properties ({@link org.minzheng.spring.boot.MinzhengProperties}), a start-up check
 * of the standards, metered assessment and monthly runs ({@link org.minzheng.spring.boot.AssessmentService},
 * {@link org.minzheng.spring.boot.MonthlyRunService}), Actuator health and info, and minzheng-json's module on the
 * application's JsonMapper. Nothing here is needed by the library itself: core, spi and the adapters know nothing of
 * Spring.
 */
package org.minzheng.spring.boot;
