/**
 * Coded values (编码值): the {@link org.minzheng.core.code.Coded} interface that every enumerated
 * value in minzheng implements, with its stable lower-case code and Chinese and English names.
 */
package org.minzheng.core.code;
