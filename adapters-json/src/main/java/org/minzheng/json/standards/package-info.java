/**
 * Standards as data files (标准数据文件): {@link org.minzheng.json.standards.StandardsFiles} reads YAML
 * or JSON files into {@link org.minzheng.json.standards.FileStandardsProvider}s, all-or-nothing,
 * with errors naming file, line and entry.
 */
package org.minzheng.json.standards;
