package org.minzheng.json.internal;

import org.minzheng.core.code.Coded;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes any {@link Coded} value as its code, as a value or as a map key. */
final class CodedSerializer extends StdSerializer<Coded> {

    private final boolean key;

    CodedSerializer(boolean key) {
        super(Coded.class);
        this.key = key;
    }

    @Override
    public void serialize(Coded value, JsonGenerator gen, SerializationContext ctxt)
            throws JacksonException {
        if (key) {
            gen.writeName(value.code());
        } else {
            gen.writeString(value.code());
        }
    }
}
