/**
 * The national programs (国家规定的业务项目), one package each ({@code dibao}, {@code tekun}, …), and
 * {@link org.minzheng.core.programs.NationalPrograms}, their codes. Each program package declares its
 * standards, reasons, texts, typed request, rule, monthly behaviour and report lines through {@link
 * org.minzheng.core.rule.ProgramRule}.
 */
package org.minzheng.core.programs;
