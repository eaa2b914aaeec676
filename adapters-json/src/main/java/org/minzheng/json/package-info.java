/**
 * JSON and YAML for minzheng (JSON 与 YAML): the Jackson 3 {@link org.minzheng.json.MinzhengModule},
 * strict mappers ({@link org.minzheng.json.MinzhengJson}) and their options.
 */
package org.minzheng.json;
