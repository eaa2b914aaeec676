package org.minzheng.tck.cases;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.Optional;

import org.minzheng.json.InputChecks;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A node of a case document with the line it starts on and its path: the small tree the case reader
 * walks, so that every problem can name file, line and path. Built from a Jackson streaming parser,
 * refusing on the way what no case file may hold: YAML anchors, aliases and tags (Jackson would read
 * {@code *s} as the text "s"), and control characters or unpaired surrogates in any key or text (tab
 * and line breaks are allowed in a {@code description} only).
 */
final class CaseNode {

    enum Kind { MAP, LIST, SCALAR, NULL }

    final Kind kind;
    final int line;
    final String path;
    final Map<String, CaseNode> map;
    final List<CaseNode> list;
    /** The scalar's text as written. */
    final String text;
    /** Whether the scalar was written as a string (quoted, or any YAML plain text that is not a number). */
    final boolean string;

    private CaseNode(Kind kind, int line, String path, Map<String, CaseNode> map, List<CaseNode> list, String text,
            boolean string) {
        this.kind = kind;
        this.line = line;
        this.path = path;
        this.map = map;
        this.list = list;
        this.text = text;
        this.string = string;
    }

    /**
     * Reads the value at the parser's current token (which must have been advanced to it), recording
     * duplicate keys, YAML anchors, aliases and tags, and bad characters as problems.
     */
    static CaseNode read(JsonParser p, String path, String file, List<CaseFileProblem> problems) {
        return read(p, path, false, file, problems);
    }

    private static CaseNode read(JsonParser p, String path, boolean freeText, String file,
            List<CaseFileProblem> problems) {
        JsonToken t = p.currentToken();
        int line = line(p);
        InputChecks.yamlNodeProblem(p).ifPresent(m -> problems.add(new CaseFileProblem(file, line, path, m)));
        if (t == JsonToken.START_OBJECT) {
            Map<String, CaseNode> map = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                int nameLine = line(p);
                String shownName = InputChecks.excerpt(name);
                String childPath = path.isEmpty() ? shownName : path + "." + shownName;
                Optional<String> bad = InputChecks.yamlNodeProblem(p)
                        .or(() -> InputChecks.textProblem(name, false).map(m -> "the key " + m));
                bad.ifPresent(m -> problems.add(new CaseFileProblem(file, nameLine, childPath, m)));
                p.nextToken();
                CaseNode child = read(p, childPath, name.equals("description"), file, problems);
                if (map.put(name, child) != null) {
                    problems.add(new CaseFileProblem(file, nameLine, childPath, "duplicate key '" + shownName + "'"));
                }
            }
            return new CaseNode(Kind.MAP, line, path, Collections.unmodifiableMap(map), List.of(), null, false);
        }
        if (t == JsonToken.START_ARRAY) {
            List<CaseNode> list = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                list.add(read(p, path + "[" + list.size() + "]", false, file, problems));
            }
            return new CaseNode(Kind.LIST, line, path, Map.of(), List.copyOf(list), null, false);
        }
        if (t == JsonToken.VALUE_NULL) {
            return new CaseNode(Kind.NULL, line, path, Map.of(), List.of(), null, false);
        }
        String text = p.getString();
        if (t == JsonToken.VALUE_STRING) {
            InputChecks.textProblem(text, freeText)
                    .ifPresent(m -> problems.add(new CaseFileProblem(file, line, path, "the text " + m)));
        }
        return new CaseNode(Kind.SCALAR, line, path, Map.of(), List.of(), text, t == JsonToken.VALUE_STRING);
    }

    static int line(JsonParser p) {
        return Math.max(0, p.currentTokenLocation().getLineNr());
    }

    String describe() {
        return switch (kind) {
            case MAP -> "a mapping";
            case LIST -> "a list";
            case NULL -> "null";
            case SCALAR -> "'" + InputChecks.excerpt(text) + "'";
        };
    }
}
