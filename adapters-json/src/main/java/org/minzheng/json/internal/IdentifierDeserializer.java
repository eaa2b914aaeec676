package org.minzheng.json.internal;

import java.util.function.Function;

import org.minzheng.core.identity.InvalidIdentifierException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads an identifier from a JSON string through its strict {@code parse} method. The error
 * carries the identifier's own bilingual message, which never contains the full input.
 */
final class IdentifierDeserializer<T> extends StdScalarDeserializer<T> {

    private final Function<String, T> parser;

    IdentifierDeserializer(Class<T> type, Function<String, T> parser) {
        super(type);
        this.parser = parser;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return ctxt.reportInputMismatch(this, "Expected %s as a string (应为字符串), found %s",
                    handledType().getSimpleName(), p.currentToken());
        }
        return parse(p.getString(), ctxt);
    }

    T parse(String text, DeserializationContext ctxt) {
        try {
            return parser.apply(text);
        } catch (InvalidIdentifierException e) {
            return ctxt.reportInputMismatch(this, "Invalid %s [%s]: %s (%s)",
                    handledType().getSimpleName(), e.reason().code(), e.messageEn(), e.messageZh());
        }
    }

    KeyDeserializer asKeyDeserializer() {
        return new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctxt) {
                return parse(key, ctxt);
            }
        };
    }
}
