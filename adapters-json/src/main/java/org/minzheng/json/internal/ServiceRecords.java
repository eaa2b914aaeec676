package org.minzheng.json.internal;

import java.util.Arrays;
import java.util.Optional;

import org.minzheng.core.service.ServiceRecord;
import org.minzheng.core.service.ServiceRecordKind;
import org.minzheng.spi.storage.StorageLimits;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
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
        TokenStreamContext around = Problems.enclosing(p);
        boolean root = around == null || around.inRoot();
        JsonNode node;
        try {
            node = ctxt.readTree(p);
        } catch (StreamConstraintsException | StreamReadException | JacksonIOException e) {
            // as ModelDeserializer: a document's syntax, encoding or limit error gets its place
            throw root ? Problems.placed(e, p) : e;
        } catch (NumberFormatException e) {
            StreamReadException number = Problems.number(p, e);
            throw root ? Problems.placed(number, p) : number;
        } catch (DatabindException e) {
            // a duplicate key in the buffered tree: Jackson's message quotes the key in full
            String message = org.minzheng.json.InputChecks.message(e);
            throw new org.minzheng.json.InvalidDocumentException(p, java.util.List.of(
                    new org.minzheng.core.invariant.Violation("", "duplicate-property", "属性重复或文档无效：" + message,
                            "Duplicate property or invalid document: " + message, Optional.empty())));
        }
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
        try {
            return ctxt.readTreeAsValue(node, StorageLimits.serviceRecordType(k.get()));
        } catch (org.minzheng.json.InvalidDocumentException e) {
            // read from the buffered tree, which has no location: report the record's place in the document
            throw new org.minzheng.json.InvalidDocumentException(p, e.violations());
        }
    }

    /** A {@code null} document is not a service record (inside the user's own types, Jackson decides). */
    @Override
    public ServiceRecord getNullValue(DeserializationContext ctxt) {
        JsonParser p = ctxt.getParser();
        if (p != null && p.streamReadContext() != null && p.streamReadContext().inRoot()) {
            throw Problems.fail(p, "null-document", "文档为 null，应为服务记录", "The document is null; expected a "
                    + "service record", null);
        }
        return null;
    }
}
