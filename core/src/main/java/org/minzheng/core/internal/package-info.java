/**
 * Internal helpers of minzheng core. <strong>Unsupported:</strong> not exported by the module,
 * may change or disappear in any release without notice.
 */
package org.minzheng.core.internal;
