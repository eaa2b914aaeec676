/**
 * The minzheng service-provider interfaces (服务提供者接口): what a plugin implements. {@link
 * org.minzheng.spi.StandardsProvider} supplies regional standards; its query object is {@link
 * org.minzheng.spi.StandardsQuery}; {@link org.minzheng.spi.SpiVersion} is the version handshake.
 * Storage lives in {@code org.minzheng.spi.storage}.
 */
package org.minzheng.spi;
