package org.minzheng.json.internal;

import java.util.List;
import java.util.Optional;

import org.minzheng.core.code.Coded;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violation;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.json.InvalidDocumentException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/** {@link SubjectRef} as {@code {"kind": "household", "id": "H-1"}}. */
final class SubjectRefCodec {

    private SubjectRefCodec() {
    }

    static final class Serializer extends StdSerializer<SubjectRef> {
        /** For a masked export, the pseudonyms of the identifiers; otherwise null. */
        private final Pseudonyms pseudonyms;

        Serializer(Pseudonyms pseudonyms) {
            super(SubjectRef.class);
            this.pseudonyms = pseudonyms;
        }

        @Override
        public void serialize(SubjectRef value, JsonGenerator gen, SerializationContext ctxt) throws JacksonException {
            gen.writeStartObject(value);
            gen.writeStringProperty("kind", value.kind().code());
            // the same pseudonym as the PersonId or HouseholdId it refers to
            Class<?> type = value.kind() == SubjectKind.HOUSEHOLD ? org.minzheng.core.registry.HouseholdId.class
                    : org.minzheng.core.registry.PersonId.class;
            gen.writeStringProperty("id", pseudonyms == null ? value.id()
                    : pseudonyms.of(ModelType.PSEUDONYMOUS.get(type), value.id()));
            gen.writeEndObject();
        }
    }

    static final class Deserializer extends StdDeserializer<SubjectRef> {
        Deserializer() {
            super(SubjectRef.class);
        }

        @Override
        public SubjectRef deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw Problems.fail(p, "wrong-type", "应为对象", "Expected a subject reference object", null);
            }
            String kind = null;
            String id = null;
            List<Violation> found = new java.util.ArrayList<>();
            for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if ((name.equals("kind") || name.equals("id")) && v == JsonToken.VALUE_STRING) {
                    if (name.equals("kind")) {
                        kind = p.getString();
                    } else {
                        id = p.getString();
                    }
                } else {
                    found.add(new Violation("/" + Problems.escape(org.minzheng.json.InputChecks.excerpt(name)),
                            name.equals("kind") || name.equals("id")
                            ? "wrong-type" : "unknown-property", "应为字符串属性 kind 和 id",
                            "Expected string properties kind and id", Optional.empty()));
                    p.skipChildren();
                }
            }
            Optional<SubjectKind> k = Coded.findByCode(SubjectKind.class, kind);
            if (k.isEmpty()) {
                found.add(new Violation("/kind", "unknown-code", "缺少或未知的对象类型",
                        "Missing or unknown subject kind",
                        Optional.ofNullable(kind).map(org.minzheng.json.InputChecks::excerpt)));
            }
            if (id == null) {
                found.add(new Violation("/id", "required", "缺少必填属性", "Required property is missing",
                        Optional.empty()));
            } else {
                org.minzheng.json.InputChecks.textProblem(id, false).ifPresent(problem -> found.add(new Violation(
                        "/id", "text-characters", "标识含有不允许的字符", "The identifier " + problem,
                        Optional.empty())));
            }
            if (found.isEmpty()) {
                try {
                    return SubjectRef.of(k.get(), id);
                } catch (InvalidRecordException e) {
                    Problems.addAll(found, "", e);
                } catch (IllegalArgumentException e) {
                    found.add(new Violation("/id", "invalid", "标识无效", "Invalid id: " + e.getMessage(),
                            Optional.empty()));
                }
            }
            throw new InvalidDocumentException(p, found);
        }
    }
}
