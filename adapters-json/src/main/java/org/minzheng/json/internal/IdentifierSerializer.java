package org.minzheng.json.internal;

import java.util.function.Function;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes an identifier as its canonical string (or its masked form), as a value or a key. */
final class IdentifierSerializer<T> extends StdSerializer<T> {

    private final Function<T, String> text;
    private final boolean key;

    IdentifierSerializer(Class<T> type, Function<T, String> text, boolean key) {
        super(type);
        this.text = text;
        this.key = key;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) throws JacksonException {
        if (key) {
            gen.writeName(text.apply(value));
        } else {
            gen.writeString(text.apply(value));
        }
    }
}
