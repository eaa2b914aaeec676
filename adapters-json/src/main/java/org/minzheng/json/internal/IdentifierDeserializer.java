package org.minzheng.json.internal;

import java.util.function.Function;

import org.minzheng.core.identity.IdentifierKind;
import org.minzheng.core.identity.InvalidIdentifierException;

import org.minzheng.json.InputChecks;

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
            throw Problems.fail(p, "wrong-type", "应为字符串形式的" + handledType().getSimpleName(),
                    "Expected " + handledType().getSimpleName() + " as a string, found " + p.currentToken(), null);
        }
        return parse(p.getString(), p);
    }

    T parse(String text, JsonParser p) {
        try {
            return parser.apply(text);
        } catch (InvalidIdentifierException e) {
            boolean personal = e.kind() == IdentifierKind.ID_NUMBER
                    || e.kind() == IdentifierKind.DISABILITY_CERTIFICATE;
            throw Problems.fail(p, e.kind().code() + "." + e.reason().code(), e.messageZh(), e.messageEn(),
                    personal ? InputChecks.excerpt(Problems.maskIdentifier(text)) : InputChecks.excerpt(text));
        } catch (IllegalArgumentException e) {
            // codes that are not identity documents (e.g. a program code): the message names the rule
            throw Problems.fail(p, "malformed", handledType().getSimpleName() + "格式错误", e.getMessage(),
                    InputChecks.excerpt(text));
        }
    }

    KeyDeserializer asKeyDeserializer() {
        return new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctxt) {
                return parse(key, ctxt.getParser());
            }
        };
    }
}
