package org.minzheng.json.fuzz;

import java.util.List;
import java.util.Objects;

import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.Payment;
import org.minzheng.core.facility.Facility;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.Person;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.json.InvalidDocumentException;
import org.minzheng.json.MinzhengJson;

import com.code_intelligence.jazzer.junit.FuzzTest;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzzes the JSON reader of every document type ({@link MinzhengJson#mapper()}): the first byte of an
 * input chooses the type, the rest is the document. Seeds: {@code JsonDocumentsFuzzTestInputs/documents}
 * (valid documents of each type and the known hostile ones). See decision record 0162 for how to run it
 * longer.
 */
class JsonDocumentsFuzzTest {

    /** The document types: aggregates that are stored and exchanged, and values read on their own. */
    static final List<Class<?>> TYPES = List.of(Household.class, Person.class, Case.class, Payment.class,
            ServiceRecord.class, Facility.class, Income.class, Assets.class);

    private static final JsonMapper MAPPER = MinzhengJson.mapper();

    @FuzzTest
    void documents(byte[] input) {
        if (input.length == 0) {
            return;
        }
        Class<?> type = TYPES.get(Byte.toUnsignedInt(input[0]) % TYPES.size());
        byte[] document = java.util.Arrays.copyOfRange(input, 1, input.length);
        check(type, document);
    }

    /**
     * The property for one document: a valid value that reads back equal when written, or a
     * {@code JacksonException} of a documented kind with a message that names the line and quotes
     * little of the input.
     */
    static void check(Class<?> type, byte[] document) {
        String what = "reading a " + type.getSimpleName();
        Object value;
        try {
            value = MAPPER.readValue(document, type);
        } catch (JacksonIOException e) {
            // the bytes are not text in the encoding Jackson detected: the message gives char and byte offset
            ReaderProperty.checkMessage(e.getMessage(), document, what, t -> messageOf(type, t));
            return;
        } catch (InvalidDocumentException | MismatchedInputException | StreamReadException
                | StreamConstraintsException e) {
            ReaderProperty.checkMessage(e.getMessage(), document, what, t -> messageOf(type, t));
            if ((e.getLocation() == null || e.getLocation().getLineNr() < 1) && !isFirstToken(e, document)) {
                throw new AssertionError(what + ": an error without a line: " + e.getMessage());
            }
            return;
        } catch (JacksonException e) {
            throw ReaderProperty.finding(e, what);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw ReaderProperty.finding(e, what);
        }
        if (value == null) {
            throw new AssertionError(what + ": the reader returned null");
        }
        byte[] written = MAPPER.writeValueAsBytes(value);
        Object again = MAPPER.readValue(written, type);
        if (!Objects.equals(value, again)) {
            throw new AssertionError(what + ": a value read does not read back equal after writing");
        }
    }

    /**
     * Whether a limit error is raised by the document's first token (the whole document is one over-long
     * number or string): Jackson reads it before any minzheng code runs and gives it no location; its place
     * is the document itself.
     */
    private static boolean isFirstToken(JacksonException e, byte[] document) {
        if (!(e instanceof StreamConstraintsException)) {
            return false;
        }
        try (tools.jackson.core.JsonParser p = MAPPER.createParser(document)) {
            p.nextToken();
            return false;
        } catch (StreamConstraintsException first) {
            return true;
        } catch (JacksonException other) {
            return false;
        }
    }

    /** The message of reading a text as a document of a type, or null when it reads. */
    private static String messageOf(Class<?> type, byte[] document) {
        try {
            MAPPER.readValue(document, type);
            return null;
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }
}
