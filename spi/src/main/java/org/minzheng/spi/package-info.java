/**
 * The minzheng service-provider interfaces (服务提供者接口): what a plugin implements. {@link
 * org.minzheng.spi.StandardsProvider} supplies regional standards (its query object is {@link
 * org.minzheng.spi.StandardsQuery}); {@link org.minzheng.spi.ProgramProvider} supplies a region's own programs
 * and {@link org.minzheng.spi.RegionalVariant}s of national ones (each declared with {@code
 * org.minzheng.core.rule.ProgramRule}); {@link org.minzheng.spi.SpiVersion} is the version handshake. The
 * storage SPI lives in {@code org.minzheng.spi.storage}. What an application calls is in {@code
 * org.minzheng.runtime}.
 */
package org.minzheng.spi;
