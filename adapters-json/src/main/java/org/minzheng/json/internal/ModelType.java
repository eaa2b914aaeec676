package org.minzheng.json.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

import org.minzheng.core.service.ServiceRecord;

/**
 * How one model type of core is read and written, found by reflection on its public API: a
 * record (its components, its canonical constructor), or a class or record with
 * {@code builder()}, whose properties are the accessors that the builder has a setter for, with
 * the same generic type (the builder is preferred, so that its {@code clock} check applies: the
 * service records). Identifier records (one {@code String value} component) are written as
 * strings.
 */
final class ModelType {

    enum Shape { RECORD, BUILDER, ID }

    /** How a property is written in a masked export (decision record 0150). */
    enum Mask {
        /** As it is. */
        NONE,
        /** A natural person's name: first character and {@code **}. */
        NAME,
        /** Free text: its length only. */
        TEXT,
        /** A date that is, or can be, a birth date: its year only. */
        YEAR
    }

    /**
     * Text properties kept as they are in a masked export: names of organisations and places,
     * codes, labels of reports and rules. Every other text property of core's model types is
     * masked, as a name ({@link #PERSONAL_NAMES}) or as free text, which can hold anything: a new
     * text property is masked until it is added here.
     */
    static final Set<String> PUBLIC_TEXTS = Set.of("Organisation.name", "Facility.name", "Grade.label",
            "GradeScheme.code", "GradeScheme.chineseName", "GradeScheme.englishName", "GradeScheme.grades",
            "CategoryCount.code", "CategoryCount.chineseName", "CategoryCount.englishName", "LegalBasis.reference",
            "LegalBasis.title", "ReferenceFigures.source", "TownshipCoverage.name", "FacilityCount.grade",
            "Violation.path", "Violation.rule", "Violation.messageZh", "Violation.messageEn");
    /** Text properties that are names of natural persons (自然人姓名): citizens, guardians and staff. */
    static final Set<String> PERSONAL_NAMES = Set.of("Person.name", "GuardianshipConfirmation.guardianName",
            "Transition.operator", "CareVisit.visitor", "HomeCareVisit.worker", "CaseServicePlan.worker",
            "PlanReview.reviewer");
    /**
     * Dates that are a person's birth date, or can be: a status starts at birth unless another is
     * recorded (出生日期、状态起始日期), so it is coarsened like the birth date.
     */
    static final Set<String> BIRTH_DATES = Set.of("Person.birthDate", "PersonStatus.since", "Relative.birthDate");
    /**
     * Identifier types written as pseudonyms in a masked export, with their prefixes: an
     * application may build them from personal data (the identity number, most often).
     * Facilities are organisations: their identifiers are kept.
     */
    static final Map<Class<?>, String> PSEUDONYMOUS = Map.of(
            org.minzheng.core.registry.PersonId.class, "p",
            org.minzheng.core.registry.HouseholdId.class, "h",
            org.minzheng.core.cases.CaseId.class, "c",
            org.minzheng.core.service.ServiceRecordId.class, "r");

    /** One property: its name, accessor, declared type, and how to set it. */
    record Property(String name, Method accessor, Type type, Method setter, int index, Mask mask,
            Class<?> raw) {

        boolean isPrimitive() {
            return raw.isPrimitive();
        }

        boolean isOptional() {
            return raw == Optional.class || raw == OptionalInt.class || raw == OptionalLong.class;
        }

        boolean isCollection() {
            return raw == List.class || raw == Set.class;
        }
    }

    final Class<?> type;
    final Shape shape;
    final List<Property> properties;
    final Map<String, Property> byName;
    final Map<String, Integer> positions;
    final String[] names;
    final Constructor<?> constructor;
    final Method builder;
    final Method build;
    final Method clockSetter;
    final boolean serviceRecord;

    private ModelType(Class<?> type, Shape shape, List<Property> properties, Constructor<?> constructor,
            Method builder, Method build, Method clockSetter) {
        this.type = type;
        this.shape = shape;
        this.properties = List.copyOf(properties);
        Map<String, Property> map = new HashMap<>();
        properties.forEach(p -> map.put(p.name(), p));
        this.byName = Collections.unmodifiableMap(map);
        Map<String, Integer> pos = new HashMap<>();
        for (int i = 0; i < properties.size(); i++) {
            pos.put(properties.get(i).name(), i);
        }
        this.positions = Collections.unmodifiableMap(pos);
        this.names = properties.stream().map(Property::name).toArray(String[]::new);
        // Public members of exported packages: skipping the per-call access check is allowed and
        // makes reflective calls several times cheaper.
        properties.forEach(p -> {
            p.accessor().setAccessible(true);
            if (p.setter() != null) {
                p.setter().setAccessible(true);
            }
        });
        for (java.lang.reflect.AccessibleObject o : new java.lang.reflect.AccessibleObject[] {constructor, builder,
                build, clockSetter}) {
            if (o != null) {
                o.setAccessible(true);
            }
        }
        this.constructor = constructor;
        this.builder = builder;
        this.build = build;
        this.clockSetter = clockSetter;
        this.serviceRecord = ServiceRecord.class.isAssignableFrom(type);
    }

    /** Tells whether a class is a model type this module reads and writes generically. */
    static boolean isModel(Class<?> c) {
        if (!c.getName().startsWith("org.minzheng.core.") || !Modifier.isPublic(c.getModifiers())
                || c.isInterface() || c.isEnum() || Throwable.class.isAssignableFrom(c)) {
            return false;
        }
        return c.isRecord() || builderMethod(c) != null;
    }

    static ModelType of(Class<?> c) {
        if (c.isRecord() && builderMethod(c) == null) {
            RecordComponent[] components = c.getRecordComponents();
            if (components.length == 1 && components[0].getName().equals("value")
                    && components[0].getType() == String.class) {
                return new ModelType(c, Shape.ID, List.of(property(c, components[0].getName(),
                        components[0].getAccessor(), null, 0)), canonical(c, components), null, null, null);
            }
            List<Property> props = new ArrayList<>();
            for (int i = 0; i < components.length; i++) {
                props.add(property(c, components[i].getName(), components[i].getAccessor(), null, i));
            }
            return new ModelType(c, Shape.RECORD, props, canonical(c, components), null, null, null);
        }
        Method builder = builderMethod(c);
        Class<?> builderType = builder.getReturnType();
        List<Property> props = new ArrayList<>();
        for (Method setter : builderType.getMethods()) {
            // Setters return the builder; those a shared superclass declares return it as that type.
            if (setter.getParameterCount() != 1 || !setter.getReturnType().isAssignableFrom(builderType)
                    || setter.getReturnType() == Object.class) {
                continue;
            }
            Method accessor;
            try {
                accessor = c.getMethod(setter.getName());
            } catch (NoSuchMethodException e) {
                continue;
            }
            if (Modifier.isStatic(accessor.getModifiers())
                    || !accessor.getGenericReturnType().equals(setter.getGenericParameterTypes()[0])) {
                continue;
            }
            props.add(property(c, setter.getName(), accessor, setter, -1));
        }
        // Declaration order of the accessors, so that documents read naturally (id first).
        List<String> order = new ArrayList<>();
        for (java.lang.reflect.Field f : c.getDeclaredFields()) {
            order.add(f.getName());
        }
        props.sort((a, b) -> Integer.compare(rank(order, a.name()), rank(order, b.name())));
        Method build;
        Method clock;
        try {
            build = builderType.getMethod("build");
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(builderType + " has no build()", e);
        }
        try {
            clock = builderType.getMethod("clock", Clock.class);
        } catch (NoSuchMethodException e) {
            clock = null;
        }
        return new ModelType(c, Shape.BUILDER, props, null, builder, build, clock);
    }

    private static int rank(List<String> order, String name) {
        int i = order.indexOf(name);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static Property property(Class<?> owner, String name, Method accessor, Method setter, int index) {
        return new Property(name, accessor, accessor.getGenericReturnType(), setter, index,
                mask(owner.getSimpleName() + "." + name, accessor), accessor.getReturnType());
    }

    /** The mask of a property: by its key {@code Owner.property} and the type of its values. */
    static Mask mask(String key, Method accessor) {
        Class<?> raw = accessor.getReturnType();
        Type element = accessor.getGenericReturnType();
        if ((raw == Optional.class || raw == List.class || raw == Set.class)
                && element instanceof java.lang.reflect.ParameterizedType pt) {
            element = pt.getActualTypeArguments()[0];
        }
        if (element == String.class) {
            return PUBLIC_TEXTS.contains(key) ? Mask.NONE : PERSONAL_NAMES.contains(key) ? Mask.NAME : Mask.TEXT;
        }
        if (element == java.time.LocalDate.class && BIRTH_DATES.contains(key)) {
            return Mask.YEAR;
        }
        return Mask.NONE;
    }

    private static Constructor<?> canonical(Class<?> c, RecordComponent[] components) {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            return c.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(c + " has no canonical constructor", e);
        }
    }

    private static Method builderMethod(Class<?> c) {
        try {
            Method m = c.getMethod("builder");
            if (Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == c) {
                return m;
            }
        } catch (NoSuchMethodException e) {
            // not a builder type
        }
        return null;
    }
}
