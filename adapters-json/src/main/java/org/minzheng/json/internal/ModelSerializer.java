package org.minzheng.json.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.minzheng.core.service.ServiceRecord;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a model type as an object of its properties (or an identifier record as its string).
 * Empty optionals are left out; collections are always written.
 */
final class ModelSerializer extends StdSerializer<Object> {

    private final ModelType model;
    private final boolean masked;
    /** For an identifier type written as a pseudonym: the pseudonyms; otherwise null. */
    private final Pseudonyms pseudonyms;
    private final String prefix;
    private volatile ValueSerializer<Object>[] serializers;

    ModelSerializer(ModelType model, Pseudonyms pseudonyms) {
        super(model.type);
        this.model = model;
        this.masked = pseudonyms != null;
        this.prefix = ModelType.PSEUDONYMOUS.get(model.type);
        this.pseudonyms = prefix == null ? null : pseudonyms;
    }

    @SuppressWarnings("unchecked")
    private ValueSerializer<Object>[] serializers(SerializationContext ctxt) {
        ValueSerializer<Object>[] s = serializers;
        if (s == null) {
            s = new ValueSerializer[model.properties.size()];
            for (int i = 0; i < s.length; i++) {
                ModelType.Property p = model.properties.get(i);
                Type t = p.type();
                if (p.isOptional() || p.isCollection()) {
                    t = p.raw() == OptionalInt.class ? Integer.class
                            : p.raw() == OptionalLong.class ? Long.class
                            : ((ParameterizedType) t).getActualTypeArguments()[0];
                }
                s[i] = ctxt.findValueSerializer(ctxt.getTypeFactory().constructType(t));
            }
            serializers = s;
        }
        return s;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) throws JacksonException {
        if (model.shape == ModelType.Shape.ID) {
            String id = (String) get(model.properties.get(0), value);
            gen.writeString(pseudonyms == null ? id : pseudonyms.of(prefix, id));
            return;
        }
        ValueSerializer<Object>[] sers = serializers(ctxt);
        gen.writeStartObject(value);
        if (model.serviceRecord) {
            gen.writeStringProperty("kind", ((ServiceRecord) value).kind().code());
        }
        for (int i = 0; i < sers.length; i++) {
            ModelType.Property p = model.properties.get(i);
            Object x = get(p, value);
            if (x == null) {
                continue;
            }
            if (x instanceof Optional<?> o) {
                if (o.isEmpty()) {
                    continue;
                }
                x = o.get();
            } else if (x instanceof OptionalInt o) {
                if (o.isEmpty()) {
                    continue;
                }
                x = o.getAsInt();
            } else if (x instanceof OptionalLong o) {
                if (o.isEmpty()) {
                    continue;
                }
                x = o.getAsLong();
            }
            gen.writeName(p.name());
            if (masked && p.mask() != ModelType.Mask.NONE) {
                writeMasked(gen, p.mask(), x);
            } else if (p.isCollection()) {
                Collection<?> c = (Collection<?>) x;
                gen.writeStartArray(c, c.size());
                for (Object element : c) {
                    sers[i].serialize(element, gen, ctxt);
                }
                gen.writeEndArray();
            } else {
                sers[i].serialize(x, gen, ctxt);
            }
        }
        gen.writeEndObject();
    }

    /** Writes a value of a masked property: a text, a collection of texts, or a date. */
    private static void writeMasked(JsonGenerator gen, ModelType.Mask mask, Object x) throws JacksonException {
        if (x instanceof Collection<?> c) {
            gen.writeStartArray(c, c.size());
            for (Object element : c) {
                writeMasked(gen, mask, element);
            }
            gen.writeEndArray();
        } else if (x instanceof LocalDate date) {
            gen.writeString(Integer.toString(date.getYear()));
        } else {
            String text = (String) x;
            gen.writeString(mask == ModelType.Mask.NAME ? Masking.exportName(text) : Masking.text(text));
        }
    }

    static Object get(ModelType.Property p, Object target) {
        try {
            return p.accessor().invoke(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Accessor " + p.accessor() + " failed", e.getCause());
        }
    }
}
