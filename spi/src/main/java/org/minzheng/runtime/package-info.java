/**
 * The minzheng runtime (运行时): composes plugins with the core. {@link
 * org.minzheng.runtime.StandardsProviders} finds and checks standards providers.
 */
package org.minzheng.runtime;
