/**
 * Disability subsidies (残疾人两项补贴): {@link org.minzheng.core.disability.DisabilitySubsidyCalculator}
 * for the living subsidy of disabled persons in hardship (困难残疾人生活补贴) and the care subsidy of severely
 * disabled persons (重度残疾人护理补贴). Legal basis: 国发〔2015〕52号.
 */
package org.minzheng.core.disability;
