package org.minzheng.json.internal;

import java.util.Arrays;
import java.util.Optional;

import org.minzheng.core.service.ServiceRecord;
import org.minzheng.core.service.ServiceRecordKind;
import org.minzheng.spi.storage.StorageLimits;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a {@link ServiceRecord} by its {@code kind}, as the class core defines for that kind
 * (the one list is spi's, {@link StorageLimits#serviceRecordType}).
 */
final class ServiceRecords extends StdDeserializer<ServiceRecord> {

    ServiceRecords() {
        super(ServiceRecord.class);
    }

    static String kindOf(Class<?> type) {
        return Arrays.stream(ServiceRecordKind.values()).filter(k -> StorageLimits.serviceRecordType(k) == type)
                .findFirst().orElseThrow(() -> new IllegalStateException("No service-record kind for " + type))
                .code();
    }

    @Override
    public ServiceRecord deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw Problems.fail(p, "wrong-type", "应为对象", "Expected a service record object", null);
        }
        JsonNode node = ctxt.readTree(p);
        JsonNode kind = node.get("kind");
        Optional<ServiceRecordKind> k = kind != null && kind.isString()
                ? Arrays.stream(ServiceRecordKind.values()).filter(x -> x.code().equals(kind.asString())).findFirst()
                : Optional.empty();
        if (k.isEmpty()) {
            throw new org.minzheng.json.InvalidDocumentException(p, java.util.List.of(
                    new org.minzheng.core.invariant.Violation("/kind", "unknown-code",
                            "缺少或未知的服务记录类型", "Missing or unknown service-record kind; valid: "
                                    + Arrays.stream(ServiceRecordKind.values()).map(ServiceRecordKind::code).toList(),
                            Optional.empty())));
        }
        return ctxt.readTreeAsValue(node, StorageLimits.serviceRecordType(k.get()));
    }
}
