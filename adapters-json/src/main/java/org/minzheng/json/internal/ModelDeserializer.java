package org.minzheng.json.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violation;
import org.minzheng.json.InputChecks;
import org.minzheng.json.InvalidDocumentException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads a model type through its canonical constructor or its builder, so that exactly the
 * invariants of core apply. Violations of all properties, nested values and the builder are
 * collected and reported together in one {@link InvalidDocumentException}.
 */
final class ModelDeserializer extends StdDeserializer<Object> {

    private final ModelType model;
    private final Clock clock;
    private volatile ValueDeserializer<Object>[] deserializers;

    ModelDeserializer(ModelType model, Clock clock) {
        super(model.type);
        this.model = model;
        this.clock = clock;
    }

    @SuppressWarnings("unchecked")
    private ValueDeserializer<Object>[] deserializers(DeserializationContext ctxt) {
        ValueDeserializer<Object>[] d = deserializers;
        if (d == null) {
            d = new ValueDeserializer[model.properties.size()];
            for (int i = 0; i < d.length; i++) {
                ModelType.Property p = model.properties.get(i);
                d[i] = ctxt.findRootValueDeserializer(ctxt.getTypeFactory().constructType(contentType(p)));
            }
            deserializers = d;
        }
        return d;
    }

    private static Type contentType(ModelType.Property p) {
        if (p.raw() == OptionalInt.class) {
            return Integer.class;
        }
        if (p.raw() == OptionalLong.class) {
            return Long.class;
        }
        if (p.isOptional() || p.isCollection()) {
            return ((ParameterizedType) p.type()).getActualTypeArguments()[0];
        }
        return p.type();
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
        TokenStreamContext around = Problems.enclosing(p);
        boolean root = around == null || around.inRoot();
        if (!root) {
            try {
                return read(p, ctxt);
            } catch (NumberFormatException e) {
                throw Problems.number(p, e);
            }
        }
        try {
            return read(p, ctxt);
        } catch (StreamConstraintsException | StreamReadException | JacksonIOException e) {
            // Jackson reports a read limit without a place, and a syntax error without its path: give the
            // document's reader both (the parser still stands where it failed).
            throw Problems.placed(e, p);
        } catch (NumberFormatException e) {
            throw Problems.placed(Problems.number(p, e), p);
        }
    }

    private Object read(JsonParser p, DeserializationContext ctxt) {
        if (model.shape == ModelType.Shape.ID) {
            return readId(p);
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw Problems.fail(p, "wrong-type", "应为对象", "Expected an object for "
                    + model.type.getSimpleName() + ", found " + p.currentToken(), null);
        }
        Optional<String> yaml = InputChecks.yamlNodeProblem(p);
        if (yaml.isPresent()) {
            throw Problems.fail(p, "yaml-reference", "不允许使用 YAML 锚点、别名或标签", yaml.get(), null);
        }
        ValueDeserializer<Object>[] deser = deserializers(ctxt);
        int n = deser.length;
        Object[] values = new Object[n];
        boolean[] present = new boolean[n];
        boolean[] seen = new boolean[n];
        boolean[] failed = new boolean[n];
        List<Violation> found = new ArrayList<>(0);
        String[] names = model.names;
        int guess = 0;
        for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            int i;
            // Documents usually list properties in the order they are written: try the next one first.
            while (guess < n - 1 && seen[guess]) {
                guess++;
            }
            if (guess < n && names[guess].equals(name)) {
                i = guess++;
            } else {
                Integer position = model.positions.get(name);
                if (position == null) {
                    unknown(p, ctxt, name, found);
                    continue;
                }
                i = position;
                guess = i + 1;
            }
            if (seen[i]) {
                found.add(new Violation("/" + Problems.escape(InputChecks.excerpt(name)), "duplicate-property", "属性重复",
                        "Duplicate property", Optional.empty()));
                p.skipChildren();
                continue;
            }
            seen[i] = true;
            ModelType.Property prop = model.properties.get(i);
            TokenStreamContext enclosing = Problems.enclosing(p);
            int before = found.size();
            try {
                values[i] = read(prop, deser[i], p, ctxt, found);
                present[i] = values[i] != null;
            } catch (InvalidDocumentException e) {
                Problems.addAll(found, "/" + name, e);
                Problems.resync(p, enclosing);
            } catch (MismatchedInputException e) {
                found.add(wrongType("/" + name + Problems.pointer(e), prop));
                Problems.resync(p, enclosing);
            }
            failed[i] = found.size() > before;
        }
        Object result = model.shape == ModelType.Shape.RECORD
                ? construct(values, present, found) : buildWith(values, present, failed, found);
        if (!found.isEmpty()) {
            throw new InvalidDocumentException(p, found);
        }
        return result;
    }

    /**
     * A JSON {@code null} where a model value is expected: refused for the whole document (a {@code null}
     * document is not a household), left to Jackson inside the user's own types.
     */
    @Override
    public Object getNullValue(DeserializationContext ctxt) {
        JsonParser p = ctxt.getParser();
        if (p != null && p.streamReadContext() != null && p.streamReadContext().inRoot()) {
            throw Problems.fail(p, "null-document", "文档为 null，应为" + model.type.getSimpleName(),
                    "The document is null; expected " + model.type.getSimpleName(), null);
        }
        return null;
    }

    private void unknown(JsonParser p, DeserializationContext ctxt, String name, List<Violation> found) {
        if (model.serviceRecord && name.equals("kind")) {
            // Written for polymorphic reading; it must name this type's kind.
            String code = p.currentToken() == JsonToken.VALUE_STRING ? p.getString() : null;
            String expected = ServiceRecords.kindOf(model.type);
            if (!expected.equals(code)) {
                found.add(new Violation("/kind", "kind", "记录类型应为 " + expected,
                        "The kind of this record is " + expected, Optional.ofNullable(code)));
            }
            p.skipChildren();
            return;
        }
        if (ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
            found.add(new Violation("/" + Problems.escape(InputChecks.excerpt(name)), "unknown-property", "未知属性",
                    "Unknown property of " + model.type.getSimpleName() + "; known: "
                            + model.properties.stream().map(ModelType.Property::name).toList(),
                    Optional.empty()));
        }
        p.skipChildren();
    }

    private Object read(ModelType.Property prop, ValueDeserializer<Object> deser, JsonParser p,
            DeserializationContext ctxt, List<Violation> found) {
        JsonToken t = p.currentToken();
        Optional<String> yaml = InputChecks.yamlNodeProblem(p);
        if (yaml.isPresent()) {
            throw Problems.fail(p, "yaml-reference", "不允许使用 YAML 锚点、别名或标签", yaml.get(), null);
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (prop.isCollection()) {
            if (t != JsonToken.START_ARRAY) {
                throw Problems.fail(p, "wrong-type", "应为数组", "Expected an array", null);
            }
            Collection<Object> items = prop.raw() == Set.class ? new LinkedHashSet<>() : new ArrayList<>();
            int index = 0;
            int before = found.size();
            for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken(), index++) {
                if (e == JsonToken.VALUE_NULL) {
                    String at = "/" + prop.name() + "/" + index;
                    found.add(new Violation(at, "required", "数组元素不能为 null", "An element must not be null",
                            Optional.empty()));
                    continue;
                }
                TokenStreamContext enclosing = Problems.enclosing(p);
                try {
                    Optional<String> yamlItem = InputChecks.yamlNodeProblem(p);
                    if (yamlItem.isPresent()) {
                        throw Problems.fail(p, "yaml-reference", "不允许使用 YAML 锚点、别名或标签", yamlItem.get(),
                                null);
                    }
                    items.add(checkText(prop, deser.deserialize(p, ctxt), p));
                } catch (InvalidDocumentException ex) {
                    Problems.addAll(found, "/" + prop.name() + "/" + index, ex);
                    Problems.resync(p, enclosing);
                } catch (MismatchedInputException ex) {
                    found.add(wrongType("/" + prop.name() + "/" + index + Problems.pointer(ex), prop));
                    Problems.resync(p, enclosing);
                }
            }
            if (found.size() > before) {
                return null;
            }
            return prop.raw() == Set.class ? items : List.copyOf(items);
        }
        Object value = checkText(prop, deser.deserialize(p, ctxt), p);
        if (prop.raw() == Optional.class) {
            return Optional.of(value);
        }
        if (prop.raw() == OptionalInt.class) {
            return OptionalInt.of((Integer) value);
        }
        if (prop.raw() == OptionalLong.class) {
            return OptionalLong.of((Long) value);
        }
        return value;
    }

    /** Refuses control characters and unpaired surrogates in text; names may not hold line breaks. */
    private static Object checkText(ModelType.Property prop, Object value, JsonParser p) {
        if (value instanceof String text) {
            Optional<String> problem = InputChecks.textProblem(text, isFreeText(prop.name()));
            if (problem.isPresent()) {
                throw Problems.fail(p, "text-characters", "文本含有不允许的字符", "The text " + problem.get(), null);
            }
        }
        return value;
    }

    /** Text properties of one line: names of persons and organisations, addresses, labels, identifiers. */
    private static final Set<String> ONE_LINE = Set.of("name", "visitor", "worker", "reviewer", "operator", "label",
            "address", "code", "id");

    /** Notes, reasons, findings and descriptions are free text; names, addresses and identifiers are one line. */
    private static boolean isFreeText(String property) {
        return !(ONE_LINE.contains(property) || property.endsWith("Name") || property.endsWith("Id"));
    }

    private static Violation wrongType(String path, ModelType.Property prop) {
        return new Violation(path, "wrong-type", "类型不符：应为 " + contentType(prop).getTypeName(),
                "Wrong type: expected " + contentType(prop).getTypeName(), Optional.empty());
    }

    private Object readId(JsonParser p) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw Problems.fail(p, "wrong-type", "应为字符串形式的标识", "Expected "
                    + model.type.getSimpleName() + " as a string, found " + p.currentToken(), null);
        }
        Optional<String> yaml = InputChecks.yamlNodeProblem(p);
        if (yaml.isPresent()) {
            throw Problems.fail(p, "yaml-reference", "不允许使用 YAML 锚点、别名或标签", yaml.get(), null);
        }
        Optional<String> text = InputChecks.textProblem(p.getString(), false);
        if (text.isPresent()) {
            throw Problems.fail(p, "text-characters", "标识含有不允许的字符", "The identifier " + text.get(), null);
        }
        try {
            return model.constructor.newInstance(p.getString());
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InvalidRecordException ire) {
                List<Violation> found = new ArrayList<>();
                Problems.addAll(found, "", ire);
                throw new InvalidDocumentException(p, List.of(new Violation("", found.get(0).rule(),
                        found.get(0).messageZh(), found.get(0).messageEn(), Optional.empty())));
            }
            throw rethrow(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object construct(Object[] values, boolean[] present, List<Violation> found) {
        for (int i = 0; i < values.length; i++) {
            if (present[i]) {
                continue;
            }
            ModelType.Property prop = model.properties.get(i);
            if (prop.raw() == Optional.class) {
                values[i] = Optional.empty();
            } else if (prop.raw() == OptionalInt.class) {
                values[i] = OptionalInt.empty();
            } else if (prop.raw() == OptionalLong.class) {
                values[i] = OptionalLong.empty();
            } else if (prop.raw() == List.class) {
                values[i] = List.of();
            } else if (prop.raw() == Set.class) {
                values[i] = Set.of();
            } else if (prop.raw() == boolean.class) {
                values[i] = Boolean.FALSE;
            } else if (!reported(found, "/" + prop.name())) {
                found.add(required(prop));
            }
        }
        if (!found.isEmpty()) {
            return null;
        }
        try {
            return model.constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            collect(e, "", found);
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks of the builder that compare one property with another: when the other failed to read, the
     * check ran on incomplete data and its violation is noise (rule → the property it depends on).
     */
    private static final Map<String, String> DEPENDS_ON = Map.of(
            "earner-is-member", "members");

    private Object buildWith(Object[] values, boolean[] present, boolean[] failed, List<Violation> found) {
        Object builder;
        try {
            builder = model.builder.invoke(null);
            for (int i = 0; i < values.length; i++) {
                if (!present[i]) {
                    continue;
                }
                ModelType.Property prop = model.properties.get(i);
                try {
                    prop.setter().invoke(builder, values[i]);
                } catch (InvocationTargetException e) {
                    collect(e, "/" + prop.name(), found);
                }
            }
            if (model.clockSetter != null && clock != null) {
                model.clockSetter.invoke(builder, clock);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        try {
            return model.build.invoke(builder);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InvalidRecordException ire) {
                boolean hadReadErrors = !found.isEmpty();
                Problems.addUnreported(found, "", ire);
                if (found.isEmpty()) {
                    Problems.addAll(found, "", ire);
                }
                if (hadReadErrors) {
                    found.removeIf(v -> {
                        String other = DEPENDS_ON.get(v.rule());
                        Integer position = other == null ? null : model.positions.get(other);
                        return position != null && failed[position];
                    });
                }
                return null;
            }
            collect(e, "", found);
            return null;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(InvocationTargetException e, String path, List<Violation> found) {
        Throwable cause = e.getCause();
        if (cause instanceof InvalidRecordException ire) {
            Problems.addAll(found, path, ire);
        } else if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
            // Core's messages never hold personal data in full.
            found.add(new Violation(path, "invalid", "取值无效：" + cause.getMessage(),
                    "Invalid value: " + cause.getMessage(), Optional.empty()));
        } else {
            throw rethrow(e);
        }
    }

    private static boolean reported(List<Violation> found, String path) {
        for (Violation v : found) {
            if (v.path().equals(path) || v.path().startsWith(path + "/")) {
                return true;
            }
        }
        return false;
    }

    private static Violation required(ModelType.Property prop) {
        return new Violation("/" + prop.name(), "required", "缺少必填属性", "Required property is missing or null",
                Optional.empty());
    }

    private static RuntimeException rethrow(InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(cause);
    }
}
