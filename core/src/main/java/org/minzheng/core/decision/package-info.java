/**
 * Decisions and their explanations (审核测算结果与计算说明): {@link org.minzheng.core.decision.Decision} with its
 * {@link org.minzheng.core.decision.ReasonCode}s and {@link org.minzheng.core.decision.Explanation}, whose steps
 * are rendered in Chinese or English from a program's {@link org.minzheng.core.decision.Texts}. Programs produce
 * decisions through the program SPI, {@code org.minzheng.core.rule}.
 */
package org.minzheng.core.decision;
