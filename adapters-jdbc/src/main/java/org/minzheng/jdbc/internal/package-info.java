/**
 * Internals of the JDBC store (内部实现): SQL, row mapping and error translation. Not exported,
 * unsupported, and subject to change without notice.
 */
package org.minzheng.jdbc.internal;
