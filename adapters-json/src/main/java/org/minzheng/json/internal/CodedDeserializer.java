package org.minzheng.json.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.minzheng.core.code.Coded;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads a {@link Coded} enum constant from its code, and only from its code: no constant names,
 * no ordinals, no case folding.
 */
final class CodedDeserializer extends StdScalarDeserializer<Object> {

    private final Class<?> type;
    private final Map<String, Object> byCode;
    private final String validCodes;

    CodedDeserializer(Class<?> type) {
        super(type);
        this.type = type;
        Object[] constants = type.getEnumConstants();
        this.byCode = new HashMap<>(constants.length * 2);
        for (Object constant : constants) {
            byCode.put(((Coded) constant).code(), constant);
        }
        this.validCodes = Arrays.stream(constants).map(c -> ((Coded) c).code())
                .collect(Collectors.joining(", ", "[", "]"));
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw Problems.fail(p, "wrong-type", "应为字符串形式的代码，可选：" + validCodes,
                    "Expected a " + type.getSimpleName() + " code as a string, found " + p.currentToken()
                            + "; valid codes: " + validCodes, null);
        }
        return lookup(p.getString(), p);
    }

    Object lookup(String code, JsonParser p) {
        Object value = byCode.get(code);
        if (value == null) {
            // Codes are not personal data: the bad code is shown (shortened).
            throw Problems.fail(p, "unknown-code", "未知代码，可选：" + validCodes,
                    "Unknown " + type.getSimpleName() + " code; valid codes: " + validCodes,
                    org.minzheng.json.InputChecks.excerpt(code));
        }
        return value;
    }

    KeyDeserializer asKeyDeserializer() {
        return new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctxt) {
                return lookup(key, ctxt.getParser());
            }
        };
    }
}
