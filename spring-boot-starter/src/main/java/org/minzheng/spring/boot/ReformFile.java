package org.minzheng.spring.boot;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.standards.Reform;
import org.minzheng.core.standards.Standard;
import org.minzheng.json.MinzhengJson;
import org.minzheng.json.MinzhengModule;
import org.minzheng.json.standards.StandardsFiles;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads a reform (政策调整) from a YAML or JSON file: what-if values applied on top of the resolved standards.
 *
 * <pre>
 * name: 城乡低保标准统一（测算）
 * within: "321112"          # optional: only this region and what lies inside it
 * values:
 *   dibao.standard.urban: 900.00
 *   dibao.standard.rural: 900.00
 * </pre>
 *
 * <p>Every problem (unknown key, unknown standard, a value of the wrong type) is reported at once, naming the file
 * and the key; nothing is applied unless the whole file is right.
 */
final class ReformFile {

    private static final Set<String> KEYS = Set.of("name", "within", "values");

    private ReformFile() {
    }

    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    /**
     * Reads a reform.
     *
     * @param source the file's name, for messages
     * @param opener opens the file
     * @param standards the standards the file may set (the programs')
     * @return the reform
     * @throws MinzhengConfigurationException listing every problem
     */
    static Reform read(String source, Opener opener, Collection<? extends Standard<?>> standards) {
        ObjectMapper mapper = MinzhengJson.yamlBuilder(MinzhengModule.create(), StandardsFiles.LIMITS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
        JsonNode root;
        try (InputStream in = opener.open()) {
            if (in == null) {
                throw fail(source, List.of(source + ": no such file or class-path resource (找不到调整方案文件)"));
            }
            root = mapper.readTree(in);
        } catch (IOException | JacksonException e) {
            throw new MinzhengConfigurationException("the reform file " + source + " cannot be read (调整方案文件无法读取)",
                    List.of(source + ": " + e.getClass().getSimpleName()), "fix the file named by minzheng.reform.location",
                    null);
        }
        Map<String, Standard<?>> byCode = new HashMap<>();
        for (Standard<?> s : standards) {
            byCode.put(s.code(), s);
        }
        List<String> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw fail(source, List.of(source + ": expected a mapping with name, within and values"));
        }
        for (String key : root.propertyNames()) {
            if (!KEYS.contains(key)) {
                problems.add(source + ": unknown key '" + key + "'; expected one of [name, values, within]");
            }
        }
        JsonNode name = root.get("name");
        if (name == null || !name.isString() || name.asString().isBlank()) {
            problems.add(source + ": name: required, a text naming the reform");
        }
        Reform.Builder b = Reform.builder(name != null && name.isString() ? name.asString() : "reform");
        JsonNode within = root.get("within");
        if (within != null) {
            try {
                b.within(RegionCode.parse(within.asString()));
            } catch (IllegalArgumentException e) {
                problems.add(source + ": within: not a region code (" + e.getMessage() + ")");
            }
        }
        JsonNode values = root.get("values");
        if (values == null || !values.isObject() || values.isEmpty()) {
            problems.add(source + ": values: required, a mapping of standard code to value");
        } else {
            for (Map.Entry<String, JsonNode> e : values.properties()) {
                Standard<?> s = byCode.get(e.getKey());
                if (s == null) {
                    problems.add(source + ": values." + e.getKey() + ": unknown standard (未知标准代码); see docs/standards.md");
                    continue;
                }
                JsonNode v = e.getValue();
                if (!v.isValueNode() || v.isNull()) {
                    problems.add(source + ": values." + e.getKey() + ": expected a " + s.valueType().code());
                    continue;
                }
                try {
                    set(b, s, v.isNumber() ? v.decimalValue().toPlainString() : v.asString());
                } catch (RuntimeException ex) {
                    problems.add(source + ": values." + e.getKey() + ": " + ex.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw fail(source, problems);
        }
        return b.build();
    }

    private static <T> void set(Reform.Builder b, Standard<T> s, String text) {
        b.set(s, s.check(s.valueType().parse(text)));
    }

    private static MinzhengConfigurationException fail(String source, List<String> problems) {
        return new MinzhengConfigurationException("the reform file " + source + " is invalid (调整方案文件有误)", problems,
                "fix the file named by minzheng.reform.location, or remove the property", null);
    }
}
