package org.minzheng.json;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;

/**
 * The JSON Schemas (draft 2020-12) of the documents {@link MinzhengModule} writes (文档的 JSON
 * Schema), shipped in this jar under {@value #RESOURCE_DIRECTORY}. Each schema's {@code $id} is
 * {@value #ID_PREFIX} followed by its file name; the ids are names, not addresses to download
 * from: map the prefix to the class-path directory in your validator.
 */
public final class JsonSchemas {

    /** The class-path directory of the schemas. */
    public static final String RESOURCE_DIRECTORY = "org/minzheng/json/schema/";
    /** The prefix of every schema's {@code $id}. */
    public static final String ID_PREFIX = "https://minzheng.example/schema/";
    /** Shared definitions: identifiers, money, dates, codes (公共定义). */
    public static final String COMMON = "common.schema.json";
    /** A household with its members (家庭). */
    public static final String HOUSEHOLD = "household.schema.json";
    /** A person (人员). */
    public static final String PERSON = "person.schema.json";
    /** A case with its history (案件). */
    public static final String CASE = "case.schema.json";
    /** A payment ledger entry (发放记录). */
    public static final String PAYMENT = "payment.schema.json";
    /** A service record of any kind (服务记录). */
    public static final String SERVICE_RECORD = "service-record.schema.json";

    private JsonSchemas() {
    }

    /**
     * All schema file names.
     *
     * @return the file names
     */
    public static List<String> all() {
        return List.of(COMMON, HOUSEHOLD, PERSON, CASE, PAYMENT, SERVICE_RECORD);
    }

    /**
     * Opens a schema (works on the class path and the module path).
     *
     * @param fileName one of the file names above
     * @return the schema's content; the caller closes it
     * @throws IllegalArgumentException if there is no such schema
     */
    public static InputStream open(String fileName) {
        Objects.requireNonNull(fileName, "fileName");
        if (!all().contains(fileName)) {
            throw new IllegalArgumentException("No such schema: " + fileName + "; known: " + all());
        }
        InputStream in = JsonSchemas.class.getResourceAsStream("schema/" + fileName);
        if (in == null) {
            throw new IllegalStateException("Schema resource missing from the jar: " + fileName);
        }
        return in;
    }
}
