/**
 * What all service records share (服务记录): {@link org.minzheng.core.service.ServiceRecord},
 * its identifier and kind, the checks and the builder every record reuses
 * ({@link org.minzheng.core.service.ServiceRecordChecks},
 * {@link org.minzheng.core.service.ServiceRecordBuilder}), and
 * {@link org.minzheng.core.service.Organisation} (a provider or partner identified by its unified
 * social credit code). The records themselves live with their feature: {@code elderly},
 * {@code children}, {@code community}.
 */
package org.minzheng.core.service;
