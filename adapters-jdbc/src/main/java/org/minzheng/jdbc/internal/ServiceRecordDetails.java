package org.minzheng.jdbc.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.minzheng.core.code.Coded;
import org.minzheng.core.identity.CreditCode;
import org.minzheng.core.identity.IdNumber;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.money.Money;
import org.minzheng.core.service.ServiceRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The part of a service record that only its kind has (服务记录明细), as the JSON object stored in
 * the {@code details} column: one property per record component after the shared ones, which
 * are columns. Nested records (an organisation, an adaptation item…) are objects of their
 * components; collections are arrays; empty optionals are left out; codes for coded enums, ISO
 * text for dates, numbers for years, plain decimal text for money. The format is this adapter's
 * own, written with Jackson's tree model (decision record 0180); reading is strict (an unknown,
 * duplicate or {@code null} property fails) and goes through the record's canonical
 * constructor, so every invariant of core applies. No error message holds a stored value.
 */
final class ServiceRecordDetails {

    /** The components stored as columns of {@code mz_service_record}. */
    static final Set<String> SHARED = Set.of("id", "subject", "region", "caseId", "version");

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The components and canonical constructor of each record class, looked up once. */
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                return new Shape(components, type.getDeclaredConstructor(types));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor in " + type.getName(), e);
            }
        }
    };

    private record Shape(RecordComponent[] components, Constructor<?> canonical) {
    }

    private ServiceRecordDetails() {
    }

    /** A stored document that cannot be turned back into a record; the message holds no value. */
    static final class UnreadableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnreadableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The details of a record.
     *
     * @param record a record of a kind core defines
     * @return the JSON text
     */
    static String write(ServiceRecord record) {
        ObjectNode details = NODES.objectNode();
        for (RecordComponent c : SHAPES.get(record.getClass()).components()) {
            if (!SHARED.contains(c.getName())) {
                put(details, c.getName(), get(c, record));
            }
        }
        return JSON.writeValueAsString(details);
    }

    /**
     * Rebuilds a record from its shared columns and its details.
     *
     * @param type the record class of the stored kind
     * @param shared the shared components by name (all of {@link #SHARED})
     * @param details the JSON text
     * @return the record
     * @throws UnreadableException if the details do not make a valid record of that type
     */
    static <T extends ServiceRecord> T read(Class<T> type, Map<String, Object> shared, String details) {
        JsonNode tree;
        try {
            tree = JSON.readTree(details);
        } catch (JacksonException e) {
            throw new UnreadableException("the details are not one JSON object (" + e.getClass().getSimpleName() + ")",
                    null);
        }
        return type.cast(record(tree, type, shared, ""));
    }

    private static Object get(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c, e);
        }
    }

    private static void put(ObjectNode target, String name, Object value) {
        if (value instanceof Optional<?> o) {
            o.ifPresent(v -> target.set(name, node(v)));
        } else {
            target.set(name, node(value));
        }
    }

    private static JsonNode node(Object value) {
        if (value instanceof String s) {
            return NODES.stringNode(s);
        } else if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        } else if (value instanceof LocalDate d) {
            return NODES.stringNode(d.toString());
        } else if (value instanceof LocalDateTime t) {
            return NODES.stringNode(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t));
        } else if (value instanceof Year y) {
            return NODES.numberNode(y.getValue());
        } else if (value instanceof Money m) {
            return NODES.stringNode(m.amount().toPlainString());
        } else if (value instanceof CreditCode c) {
            return NODES.stringNode(c.value());
        } else if (value instanceof IdNumber n) {
            return NODES.stringNode(n.value());
        } else if (value instanceof Coded c && value instanceof Enum<?>) {
            return NODES.stringNode(c.code());
        } else if (value instanceof Collection<?> items) {
            ArrayNode array = NODES.arrayNode();
            items.forEach(item -> array.add(node(item)));
            return array;
        } else if (value != null && value.getClass().isRecord()) {
            ObjectNode object = NODES.objectNode();
            for (RecordComponent c : SHAPES.get(value.getClass()).components()) {
                put(object, c.getName(), get(c, value));
            }
            return object;
        }
        throw new IllegalStateException("no stored form for a component of type "
                + (value == null ? "null" : value.getClass().getName()));
    }

    private static Object record(JsonNode node, Class<?> type, Map<String, Object> shared, String path) {
        if (!node.isObject()) {
            throw unreadable(path, "is not an object");
        }
        Shape shape = SHAPES.get(type);
        RecordComponent[] components = shape.components();
        Set<String> own = java.util.Arrays.stream(components).map(RecordComponent::getName)
                .filter(n -> !shared.containsKey(n)).collect(Collectors.toSet());
        for (String name : node.propertyNames()) {
            if (!own.contains(name)) {
                throw unreadable(join(path, name), "is not a property of " + type.getSimpleName());
            }
        }
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            if (shared.containsKey(c.getName())) {
                args[i] = shared.get(c.getName());
                continue;
            }
            JsonNode value = node.get(c.getName());
            String at = join(path, c.getName());
            if (value != null && value.isNull()) {
                throw unreadable(at, "is null");
            }
            if (c.getType() == Optional.class) {
                args[i] = value == null ? Optional.empty() : Optional.of(value(value, argument(c.getGenericType()), at));
            } else if (value == null && c.getType() == boolean.class) {
                throw unreadable(at, "is missing");
            } else {
                args[i] = value == null ? null : value(value, c.getGenericType(), at);
            }
        }
        try {
            return shape.canonical().newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InvalidRecordException invalid) {
                throw unreadable(path, "breaks its invariants: " + invalid.violations()
                        .stream().map(v -> join(path, v.path()) + " (" + v.rule() + ")").toList());
            }
            throw unreadable(path, "is refused: "
                    + e.getCause().getClass().getSimpleName());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object value(JsonNode node, Type type, String path) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == List.class || raw == Set.class) {
            if (!node.isArray()) {
                throw unreadable(path, "is not an array");
            }
            Collection<Object> items = raw == Set.class ? new LinkedHashSet<>() : new ArrayList<>();
            int i = 0;
            for (JsonNode element : node.values()) {
                if (element.isNull()) {
                    throw unreadable(path + "[" + i + "]", "is null");
                }
                items.add(value(element, argument(type), path + "[" + i++ + "]"));
            }
            return items;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            if (!node.isBoolean()) {
                throw unreadable(path, "is not true or false");
            }
            return node.booleanValue();
        }
        if (raw == Year.class) {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                throw unreadable(path, "is not a year");
            }
            return Year.of(node.intValue());
        }
        if (raw.isRecord()) {
            return record(node, raw, Map.of(), path);
        }
        if (!node.isString()) {
            throw unreadable(path, "is not a string");
        }
        String text = node.stringValue();
        try {
            if (raw == String.class) {
                return text;
            } else if (raw == LocalDate.class) {
                return LocalDate.parse(text);
            } else if (raw == LocalDateTime.class) {
                return LocalDateTime.parse(text);
            } else if (raw == Money.class) {
                return Money.of(text);
            } else if (raw == CreditCode.class) {
                return CreditCode.parseLenient(text);
            } else if (raw == IdNumber.class) {
                return IdNumber.parse(text);
            } else if (raw.isEnum() && Coded.class.isAssignableFrom(raw)) {
                Optional<?> constant = Coded.findByCode((Class) raw, text);
                if (constant.isEmpty()) {
                    throw unreadable(path, "is not a code of " + raw.getSimpleName());
                }
                return constant.get();
            }
        } catch (DateTimeParseException | IllegalArgumentException | ArithmeticException e) {
            // IllegalArgumentException covers NumberFormatException and InvalidIdentifierException.
            throw unreadable(path, "is not a valid " + raw.getSimpleName());
        }
        throw new IllegalStateException("no stored form for a component of type " + type);
    }

    private static Type argument(Type type) {
        return ((ParameterizedType) type).getActualTypeArguments()[0];
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : name.startsWith("[") ? path + name : path + "." + name;
    }

    private static UnreadableException unreadable(String path, String problem) {
        return new UnreadableException((path.isEmpty() ? "the record" : path) + " " + problem, null);
    }
}
