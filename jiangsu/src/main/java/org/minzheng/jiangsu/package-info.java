/**
 * The Jiangsu / Zhenjiang / Dantu reference plugin (江苏参考插件): a standards provider over a standards file
 * ({@link org.minzheng.jiangsu.JiangsuStandardsProvider}) and a program provider with the region's own program
 * ({@link org.minzheng.jiangsu.JiangsuPrograms}), both published for {@link java.util.ServiceLoader} discovery;
 * the policy cases live beside the standards file under {@code minzheng-jiangsu/cases/}.
 */
package org.minzheng.jiangsu;
