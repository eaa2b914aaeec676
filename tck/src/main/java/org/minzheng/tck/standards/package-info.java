/**
 * The standards-provider contract suite (标准提供者合规测试): checks every {@link
 * org.minzheng.spi.StandardsProvider} must pass, each with an id (SP01…) and a message telling the vendor
 * what to fix. Extend {@link org.minzheng.tck.standards.StandardsProviderContract} in your plugin's tests,
 * or run {@link org.minzheng.tck.standards.StandardsProviderChecker} directly.
 */
package org.minzheng.tck.standards;
