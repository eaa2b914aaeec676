/**
 * The JSON-file store (JSON 文件存储): {@link org.minzheng.json.store.JsonFileStorage}, a
 * {@code Storage} over a directory with atomic, crash-safe commits.
 */
package org.minzheng.json.store;
