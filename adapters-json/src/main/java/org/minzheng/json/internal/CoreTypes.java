package org.minzheng.json.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.minzheng.core.code.Coded;
import org.minzheng.core.identity.CreditCode;
import org.minzheng.core.identity.DisabilityCertificateNumber;
import org.minzheng.core.identity.IdNumber;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.service.ServiceRecord;

import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.KeyDeserializers;
import tools.jackson.databind.ser.Serializers;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * The (de)serializers of core's value types: identifiers, money and every {@link Coded} enum.
 * Installed by {@code MinzhengModule}.
 */
public final class CoreTypes {

    private final Map<Class<?>, ValueSerializer<?>> serializers = new HashMap<>();
    private final Map<Class<?>, ValueSerializer<?>> keySerializers = new HashMap<>();
    private final Map<Class<?>, ValueDeserializer<?>> deserializers = new HashMap<>();
    private final Map<Class<?>, KeyDeserializer> keyDeserializers = new HashMap<>();
    private final Map<Class<?>, CodedDeserializer> codedDeserializers = new ConcurrentHashMap<>();
    private final CodedSerializer codedSerializer = new CodedSerializer(false);
    private final CodedSerializer codedKeySerializer = new CodedSerializer(true);
    private final Map<Class<?>, ValueSerializer<?>> modelSerializers = new ConcurrentHashMap<>();
    private final Map<Class<?>, ValueDeserializer<?>> modelDeserializers = new ConcurrentHashMap<>();
    private final Map<Class<?>, ValueSerializer<?>> idKeySerializers = new ConcurrentHashMap<>();
    /** For a masked export, the pseudonyms of record identifiers; null when writing in full. */
    private final Pseudonyms pseudonyms;
    private final Clock clock;

    /**
     * Creates the (de)serializers.
     *
     * @param moneyAsNumber write money as a JSON number rather than a string
     * @param pseudonyms for a masked export (decision record 0150), the pseudonyms of record
     *     identifiers; {@code null} to write personal data in full
     * @param clock the clock builders check dates against, or {@code null} for none
     */
    public CoreTypes(boolean moneyAsNumber, Pseudonyms pseudonyms, Clock clock) {
        this.pseudonyms = pseudonyms;
        this.clock = clock;
        boolean masked = pseudonyms != null;
        identifier(IdNumber.class, IdNumber::parse, masked ? n -> Masking.exportIdNumber(n.value()) : IdNumber::value);
        identifier(DisabilityCertificateNumber.class, DisabilityCertificateNumber::parse,
                masked ? n -> Masking.exportCertificate(n.value()) : DisabilityCertificateNumber::value);
        // Unified social credit codes identify organisations, not people: never masked.
        identifier(CreditCode.class, CreditCode::parse, CreditCode::value);
        // Region codes are written in their canonical 12-digit form; every spelling that
        // RegionCode.parse accepts (2, 4, 6, 9 or 12 digits) is read. See decision record 0040.
        identifier(RegionCode.class, RegionCode::parse, RegionCode::value);
        // Program codes are written as they are; a code of a program no plugin declares reads like any other.
        identifier(ProgramCode.class, ProgramCode::of, ProgramCode::value);
        serializers.put(Money.class, new MoneySerializer(moneyAsNumber));
        deserializers.put(Money.class, new MoneyDeserializer());
        serializers.put(SubjectRef.class, new SubjectRefCodec.Serializer(pseudonyms));
        deserializers.put(SubjectRef.class, new SubjectRefCodec.Deserializer());
        deserializers.put(ServiceRecord.class, new ServiceRecords());
    }

    private ValueSerializer<?> modelSerializer(Class<?> raw) {
        if (!ModelType.isModel(raw)) {
            return null;
        }
        return modelSerializers.computeIfAbsent(raw, c -> new ModelSerializer(ModelType.of(c), pseudonyms));
    }

    /**
     * A map-key serializer for an identifier type of core ({@code PersonId} and the others):
     * its value, or its pseudonym in a masked export; never its {@code toString}, which masks.
     */
    private ValueSerializer<?> idKeySerializer(Class<?> raw) {
        if (!ModelType.isModel(raw)) {
            return null;
        }
        ModelType model = ModelType.of(raw);
        if (model.shape != ModelType.Shape.ID) {
            return null;
        }
        return idKeySerializers.computeIfAbsent(raw, c -> {
            String prefix = ModelType.PSEUDONYMOUS.get(c);
            Function<Object, String> text = v -> {
                String id = (String) ModelSerializer.get(model.properties.get(0), v);
                return pseudonyms == null || prefix == null ? id : pseudonyms.of(prefix, id);
            };
            @SuppressWarnings("unchecked")
            Class<Object> type = (Class<Object>) c;
            return new IdentifierSerializer<>(type, text, true);
        });
    }

    private ValueDeserializer<?> modelDeserializer(Class<?> raw) {
        if (!ModelType.isModel(raw)) {
            return null;
        }
        return modelDeserializers.computeIfAbsent(raw, c -> new ModelDeserializer(ModelType.of(c), clock));
    }

    private <T> void identifier(Class<T> type, Function<String, T> parse, Function<T, String> write) {
        serializers.put(type, new IdentifierSerializer<>(type, write, false));
        keySerializers.put(type, new IdentifierSerializer<>(type, write, true));
        IdentifierDeserializer<T> deserializer = new IdentifierDeserializer<>(type, parse);
        deserializers.put(type, deserializer);
        keyDeserializers.put(type, deserializer.asKeyDeserializer());
    }

    private CodedDeserializer coded(Class<?> type) {
        return codedDeserializers.computeIfAbsent(type, CodedDeserializer::new);
    }

    private static boolean isCodedEnum(Class<?> type) {
        return type.isEnum() && Coded.class.isAssignableFrom(type);
    }

    /**
     * The value serializers.
     *
     * @return the serializers
     */
    public Serializers serializers() {
        return new Serializers.Base() {
            @Override
            public ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
                    BeanDescription.Supplier beanDescRef, JsonFormat.Value formatOverrides) {
                ValueSerializer<?> s = serializers.get(type.getRawClass());
                return s != null ? s : modelSerializer(type.getRawClass());
            }

            @Override
            public ValueSerializer<?> findEnumSerializer(SerializationConfig config, JavaType type,
                    BeanDescription.Supplier beanDescRef, JsonFormat.Value formatOverrides) {
                return Coded.class.isAssignableFrom(type.getRawClass()) ? codedSerializer : null;
            }
        };
    }

    /**
     * The key serializers.
     *
     * @return the key serializers
     */
    public Serializers keySerializers() {
        return new Serializers.Base() {
            @Override
            public ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
                    BeanDescription.Supplier beanDescRef, JsonFormat.Value formatOverrides) {
                Class<?> raw = type.getRawClass();
                if (isCodedEnum(raw)) {
                    return codedKeySerializer;
                }
                ValueSerializer<?> s = keySerializers.get(raw);
                return s != null ? s : idKeySerializer(raw);
            }
        };
    }

    /**
     * The value deserializers.
     *
     * @return the deserializers
     */
    public Deserializers deserializers() {
        return new Deserializers.Base() {
            @Override
            public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                    BeanDescription.Supplier beanDescRef) {
                ValueDeserializer<?> d = deserializers.get(type.getRawClass());
                return d != null ? d : modelDeserializer(type.getRawClass());
            }

            @Override
            public ValueDeserializer<?> findEnumDeserializer(JavaType type, DeserializationConfig config,
                    BeanDescription.Supplier beanDescRef) {
                Class<?> raw = type.getRawClass();
                return isCodedEnum(raw) ? coded(raw) : null;
            }

            @Override
            public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
                return deserializers.containsKey(valueType) || isCodedEnum(valueType)
                        || ModelType.isModel(valueType);
            }
        };
    }

    /**
     * The key deserializers.
     *
     * @return the key deserializers
     */
    public KeyDeserializers keyDeserializers() {
        return (type, config, beanDescRef) -> {
            Class<?> raw = type.getRawClass();
            if (isCodedEnum(raw)) {
                return coded(raw).asKeyDeserializer();
            }
            return keyDeserializers.get(raw);
        };
    }
}
