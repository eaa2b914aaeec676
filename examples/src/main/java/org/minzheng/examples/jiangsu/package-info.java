/**
 * The Jiangsu / Zhenjiang / Dantu reference plugin (江苏参考插件): a standards provider over a standards
 * file, published for {@link java.util.ServiceLoader} discovery; its policy cases live beside the file
 * under {@code minzheng-jiangsu/cases/}.
 */
package org.minzheng.examples.jiangsu;
