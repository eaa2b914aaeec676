/**
 * The catalogue of built-in programs (内置业务项目目录): {@link org.minzheng.core.builtin.BuiltInPrograms}.
 */
package org.minzheng.core.builtin;
