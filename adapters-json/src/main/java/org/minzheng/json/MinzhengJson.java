package org.minzheng.json;

import java.util.Objects;

import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Strict, limited Jackson mappers with the {@link MinzhengModule} installed (严格的 JSON/YAML
 * 映射器).
 *
 * <p>Strict means that these are errors rather than silently accepted:
 * <ul>
 *   <li>unknown properties, duplicate keys, trailing tokens after the document. Duplicate keys are
 *       refused by minzheng's own deserializers (every model type, standards files), by the tree
 *       model ({@code readTree}) and, in YAML, for every mapping; for JSON objects bound to your own
 *       types on this mapper, enable {@code StreamReadFeature.STRICT_DUPLICATE_DETECTION}
 *       (parser-level detection costs about 15 % of read throughput; decision record 0046);</li>
 *   <li>{@code null} for a primitive, a number for an enum, a float for an integer, a number or
 *       boolean for a string, a string for a number or boolean, an empty string for an object;</li>
 *   <li>lenient dates (only ISO-8601 text such as {@code 2024-07-01} is read; dates are written the
 *       same way, never as timestamps);</li>
 *   <li>money as a binary float or with more than two decimal places (see
 *       {@link MinzhengModule});</li>
 *   <li>documents over the {@link ReadLimits}.</li>
 * </ul>
 * Error locations never quote the source document, which may hold personal data: the mappers made
 * here name the line and column of an error ({@code [Source: (byte[])""[truncated 812 bytes]; line: 3,
 * column: 14]}) but no content, and a token quoted in a syntax error is cut to 20 characters. Two
 * caveats for YAML: the YAML parser prints the offending source line under its syntax errors, so
 * show {@link InputChecks#message(tools.jackson.core.JacksonException)} rather than the raw message to
 * a user; and anchors and aliases are read as Jackson reads them, so minzheng's own YAML readers
 * refuse them ({@link InputChecks#yamlNodeProblem(tools.jackson.core.JsonParser)}).
 *
 * <p>Mappers are immutable and thread-safe; build one and share it.
 */
public final class MinzhengJson {

    /** Locations with line and column but no content; quoted tokens of at most 20 characters. */
    private static final ErrorReportConfiguration ERRORS = ErrorReportConfiguration.builder()
            .maxRawContentLength(0).maxErrorTokenLength(20).build();

    private MinzhengJson() {
    }

    /**
     * A strict JSON mapper with the default module and {@link ReadLimits#DEFAULT}.
     *
     * @return a new mapper
     */
    public static JsonMapper mapper() {
        return jsonBuilder(MinzhengModule.create(), ReadLimits.DEFAULT).build();
    }

    /**
     * A strict JSON mapper for exports that leave the bureau (对外导出): personal data masked by
     * the profile of {@link PersonalData#MASKED}, record identifiers as pseudonyms under a random
     * key of this mapper (use one mapper for exports that must refer to each other, or build one
     * with {@link MinzhengModule.Builder#pseudonymKey}).
     *
     * @return a new mapper
     */
    public static JsonMapper exportMapper() {
        return jsonBuilder(MinzhengModule.builder().personalData(PersonalData.MASKED).build(),
                ReadLimits.DEFAULT).build();
    }

    /**
     * A strict JSON mapper builder with the given module and limits, to add further settings or
     * modules before building.
     *
     * @param module the minzheng module
     * @param limits the read limits
     * @return a new builder
     */
    public static JsonMapper.Builder jsonBuilder(MinzhengModule module, ReadLimits limits) {
        Objects.requireNonNull(module, "module");
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints(limits))
                .errorReportConfiguration(ERRORS)
                .build();
        // The factory quotes no content: the source reference only makes Jackson print line and column.
        return strict(JsonMapper.builder(factory)).enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .addModule(module);
    }

    /**
     * A strict YAML mapper with the default module and the given limits.
     *
     * @param limits the read limits
     * @return a new mapper
     */
    public static YAMLMapper yamlMapper(ReadLimits limits) {
        return yamlBuilder(MinzhengModule.create(), limits).build();
    }

    /**
     * A strict YAML mapper builder with the given module and limits. Duplicate keys are refused
     * in every mapping (parser-level detection).
     *
     * @param module the minzheng module
     * @param limits the read limits
     * @return a new builder
     */
    public static YAMLMapper.Builder yamlBuilder(MinzhengModule module, ReadLimits limits) {
        Objects.requireNonNull(module, "module");
        YAMLFactory factory = YAMLFactory.builder()
                .streamReadConstraints(constraints(limits))
                .errorReportConfiguration(ERRORS)
                .build();
        // YAML files are written by hand and read rarely: detect duplicate keys in every mapping.
        return strict(YAMLMapper.builder(factory)).enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).addModule(module);
    }

    /**
     * Applies the strict settings described above to any mapper builder (JSON, YAML or another
     * format). Read limits belong to the stream factory and are not set here. The source is left out
     * of error locations ({@code StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION} disabled), which also
     * makes Jackson print a byte offset instead of line and column; the mappers of this class instead
     * use a factory that quotes no content and print line and column.
     *
     * @param <M> the mapper type
     * @param <B> the builder type
     * @param builder the builder
     * @return the same builder
     */
    public static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B strict(B builder) {
        Objects.requireNonNull(builder, "builder");
        return builder
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
                        DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                        DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                        DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS,
                        DateTimeFeature.WRITE_DATE_KEYS_AS_TIMESTAMPS,
                        DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .defaultLeniency(false)
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfigDefaults(c -> c
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setAcceptBlankAsEmpty(false));
    }

    private static StreamReadConstraints constraints(ReadLimits limits) {
        Objects.requireNonNull(limits, "limits");
        return StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxDocumentLength())
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .maxNameLength(limits.maxNameLength())
                .build();
    }
}
