package org.minzheng.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violation;
import org.minzheng.json.InvalidDocumentException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/** Collecting violations with JSON Pointer paths, and turning them into exceptions. */
final class Problems {

    private Problems() {
    }

    static InvalidDocumentException fail(JsonParser p, String rule, String zh, String en, String maskedValue) {
        return new InvalidDocumentException(p, List.of(new Violation("", rule, zh, en,
                Optional.ofNullable(maskedValue))));
    }

    /**
     * A syntax, encoding or read-limit error of a document with its place: the location (a limit or
     * encoding error has none of its own, so the parser's) and the JSON Pointer of the value being read
     * when it failed. Limit errors stay {@code StreamConstraintsException}s; the others become
     * {@code StreamReadException}s.
     */
    static JacksonException placed(JacksonException e, JsonParser p) {
        TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        if (at != null && at.getLineNr() < 1) {
            // an encoding error before the first character decoded: it is on the first line
            at = new TokenStreamLocation(at.contentReference(), at.getByteOffset(), at.getCharOffset(), 1,
                    Math.max(1, at.getColumnNr()));
        }
        String pointer = p.streamReadContext() == null ? "" : p.streamReadContext().pathAsPointer().toString();
        // Jackson quotes some values in full (a number out of range of long): cut every long run
        String message = org.minzheng.json.InputChecks.message(e) + " (at " + (pointer.isEmpty() ? "/"
                : excerpt(pointer)) + ")";
        if (e instanceof StreamConstraintsException) {
            return new StreamConstraintsException(message, at);
        }
        return new StreamReadException(p, message, at, e);
    }

    /**
     * A number Jackson could not convert (a float with an exponent beyond {@code BigDecimal}'s range
     * escapes Jackson's tree reader as a {@code NumberFormatException} that quotes the whole number): a
     * syntax error of the document, at the parser's location, that quotes nothing.
     */
    static StreamReadException number(JsonParser p, NumberFormatException e) {
        return new StreamReadException(p, "A number is out of range or malformed (数值超出范围或格式错误)",
                p.currentLocation(), null);
    }

    private static String excerpt(String text) {
        return org.minzheng.json.InputChecks.excerpt(text);
    }

    /** Converts a core property path ({@code parents[0].status.since}) to a JSON Pointer. */
    static String pointer(String corePath) {
        if (corePath.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(corePath.length() + 4);
        b.append('/');
        for (int i = 0; i < corePath.length(); i++) {
            char c = corePath.charAt(i);
            if (c == '.') {
                b.append('/');
            } else if (c == '[') {
                if (b.charAt(b.length() - 1) != '/') {
                    b.append('/');
                }
            } else if (c == ']') {
                // the index was appended already
            } else if (c == '~') {
                b.append("~0");
            } else if (c == '/') {
                b.append("~1");
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static String escape(String name) {
        return name.indexOf('~') < 0 && name.indexOf('/') < 0 ? name
                : name.replace("~", "~0").replace("/", "~1");
    }

    /** The reference chain of a Jackson exception as a JSON Pointer. */
    static String pointer(JacksonException e) {
        StringBuilder b = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                b.append('/').append(escape(r.getPropertyName()));
            } else if (r.getIndex() >= 0) {
                b.append('/').append(r.getIndex());
            }
        }
        return b.toString();
    }

    static void addAll(List<Violation> into, String prefix, InvalidDocumentException e) {
        String base = prefix + pointer(e);
        for (Violation v : e.violations()) {
            into.add(new Violation(base + v.path(), v.rule(), v.messageZh(), v.messageEn(), v.invalidValue()));
        }
    }

    static void addAll(List<Violation> into, String prefix, InvalidRecordException e) {
        for (Violation v : e.violations()) {
            into.add(new Violation(prefix + pointer(v.path()), v.rule(), v.messageZh(), v.messageEn(),
                    v.invalidValue()));
        }
    }

    /** Adds record violations, dropping those at or below a path already reported. */
    static void addUnreported(List<Violation> into, String prefix, InvalidRecordException e) {
        List<String> reported = new ArrayList<>();
        for (Violation v : into) {
            reported.add(v.path());
        }
        for (Violation v : e.violations()) {
            String path = prefix + pointer(v.path());
            boolean covered = false;
            for (String r : reported) {
                if (path.equals(r) || path.startsWith(r + "/") || r.startsWith(path + "/")) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                into.add(new Violation(path, v.rule(), v.messageZh(), v.messageEn(), v.invalidValue()));
            }
        }
    }

    /**
     * The context to return to after a failed value: the enclosing context of the value that
     * starts at the current token.
     */
    static TokenStreamContext enclosing(JsonParser p) {
        return p.currentToken() != null && p.currentToken().isStructStart()
                ? p.streamReadContext().getParent() : p.streamReadContext();
    }

    /** Skips tokens until the parser is back in {@code context}, i.e. past the failed value. */
    static void resync(JsonParser p, TokenStreamContext context) {
        while (p.streamReadContext() != context) {
            if (p.nextToken() == null) {
                return;
            }
        }
    }

    /** Masks a personal identifier as typed (first 6 and last 4 characters kept). */
    static String maskIdentifier(String text) {
        int n = text.length();
        if (n <= 10) {
            return "*".repeat(n);
        }
        return text.substring(0, 6) + "*".repeat(n - 10) + text.substring(n - 4);
    }
}
