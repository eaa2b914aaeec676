/**
 * Bean Validation constraints (校验注解) for users' own objects that hold identifiers as strings:
 * {@link org.minzheng.core.validation.ValidIdNumber}, {@link org.minzheng.core.validation.ValidRegionCode},
 * {@link org.minzheng.core.validation.ValidCreditCode} and
 * {@link org.minzheng.core.validation.ValidDisabilityCertificateNumber}, with their validators.
 *
 * <p>Messages come from {@code ValidationMessages.properties} (English) and
 * {@code ValidationMessages_zh_CN.properties} (Chinese) in this module; a provider such as
 * Hibernate Validator finds them on the class path. Each rejection message names the reason,
 * never the rejected value.
 */
package org.minzheng.core.validation;
