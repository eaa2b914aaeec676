package org.minzheng.json.internal;

import org.minzheng.core.money.Money;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes money as a plain decimal with two places, as a string or as an exact number. */
final class MoneySerializer extends StdSerializer<Money> {

    private final boolean asNumber;

    MoneySerializer(boolean asNumber) {
        super(Money.class);
        this.asNumber = asNumber;
    }

    @Override
    public void serialize(Money value, JsonGenerator gen, SerializationContext ctxt) throws JacksonException {
        String text = value.amount().toPlainString();
        if (asNumber) {
            gen.writeNumber(text);
        } else {
            gen.writeString(text);
        }
    }
}
