/**
 * The minzheng runtime (运行时): what an embedding application calls. {@link org.minzheng.runtime.CivilAffairs}
 * composes the programs ({@link org.minzheng.runtime.Programs}: the built-ins and those of regional plugins), the
 * standards providers ({@link org.minzheng.runtime.StandardsProviders}) and a storage, and offers assessment, the
 * monthly run ({@link org.minzheng.runtime.MonthlyRun}) and the district report. Nothing here is implemented by
 * plugins; the interfaces plugins implement are in {@code org.minzheng.spi}.
 */
package org.minzheng.runtime;
