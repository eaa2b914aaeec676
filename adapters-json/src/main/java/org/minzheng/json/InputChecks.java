package org.minzheng.json;

import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Checks on untrusted input shared by minzheng's readers (输入检查): JSON documents, standards files
 * and policy-case files. See decision record 0161.
 *
 * <ul>
 *   <li><b>Text.</b> No text may hold a control character (Unicode category Cc: U+0000–U+001F,
 *       U+007F–U+009F), an unpaired surrogate, or the non-characters U+FFFE and U+FFFF. Free text (an
 *       address, a note, a description) may hold tab, line feed and carriage return; a name, a code or
 *       an identifier may not.</li>
 *   <li><b>YAML.</b> Anchors ({@code &a}), aliases ({@code *a}) and explicit tags ({@code !!str}) are
 *       refused: the files are plain data, and Jackson would read an alias as the text of its name.</li>
 *   <li><b>Messages.</b> An error message quotes at most {@value #EXCERPT} characters of any input
 *       value, and never the source line that a YAML parser prints under its error.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class InputChecks {

    /** The most characters of an input value that an error message quotes: {@value}. */
    public static final int EXCERPT = 32;

    private static final java.util.regex.Pattern YAML_MARK =
            java.util.regex.Pattern.compile("in reader, line (\\d{1,9}), column \\d");

    private InputChecks() {
    }

    /**
     * Finds the first character that a text must not hold.
     *
     * @param text the text
     * @param freeText whether tab, line feed and carriage return are allowed (free text), or refused (a
     *        name, a code, an identifier)
     * @return a description of the first bad character and its position, in English and Chinese, or
     *         empty when the text is acceptable
     */
    public static Optional<String> textProblem(String text, boolean freeText) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f || c > 0x9f && c < 0xd800) {
                continue; // the common case: printable ASCII and most of the BMP, CJK included
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of(describe("an unpaired surrogate", c, i, "不成对的代理字符"));
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of(describe("an unpaired surrogate", c, i, "不成对的代理字符"));
            }
            if (c == '\t' || c == '\n' || c == '\r') {
                if (freeText) {
                    continue;
                }
                return Optional.of(describe("a line break or tab", c, i, "换行或制表符")
                        + ": a name, an address or a code is one line (名称、地址或代码须为单行)");
            }
            if (c < 0x20 || c >= 0x7f && c <= 0x9f) {
                return Optional.of(describe("the control character", c, i, "控制字符"));
            }
            if (c == 0xfffe || c == 0xffff) {
                return Optional.of(describe("the non-character", c, i, "非字符码位"));
            }
        }
        return Optional.empty();
    }

    private static String describe(String what, char c, int index, String zh) {
        String code = String.format("U+%04X", (int) c);
        return "contains " + what + " " + code + " at character " + (index + 1) + " (含有" + zh + " " + code + ")";
    }

    /**
     * At most {@value #EXCERPT} characters of a value, for an error message: longer values are cut and
     * marked with their length, e.g. {@code 1000000000…(61 characters)}.
     *
     * @param text the value as written
     * @return the excerpt
     */
    public static String excerpt(String text) {
        if (text.length() <= EXCERPT) {
            return text;
        }
        int end = EXCERPT;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…(" + text.length() + " characters)";
    }

    /**
     * Tells whether the parser's current token is a YAML alias, starts a mapping or list with an
     * anchor, or has an explicit tag; readers of plain-data files refuse all three. (Jackson does not
     * expose an anchor on a scalar; such an anchor changes nothing unless an alias uses it, and every
     * alias is refused.)
     *
     * @param p the parser, positioned on a token
     * @return a description in English and Chinese, or empty for a JSON parser and for plain YAML
     */
    public static Optional<String> yamlNodeProblem(JsonParser p) {
        if (!(p instanceof YAMLParser yaml) || p.currentToken() == null) {
            return Optional.empty();
        }
        if (yaml.isCurrentAlias()) {
            return Optional.of("a YAML alias (*" + excerpt(p.getString()) + ") is not allowed: write the value out"
                    + " (不允许使用 YAML 别名，请直接写出取值)");
        }
        // Jackson exposes the anchor of a mapping or a list (and repeats it on the first key inside, which
        // is not reported again); an anchor on a scalar is not exposed, but it is harmless without an alias.
        Object anchor = p.currentToken().isStructStart() ? yaml.getObjectId() : null;
        if (anchor != null) {
            return Optional.of("a YAML anchor (&" + excerpt(anchor.toString()) + ") is not allowed: write each"
                    + " value out (不允许使用 YAML 锚点)");
        }
        String tag = yaml.getRawTag();
        if (tag != null) {
            return Optional.of("a YAML tag (" + excerpt(tag) + ") is not allowed: write plain values"
                    + " (不允许使用 YAML 标签)");
        }
        return Optional.empty();
    }

    /**
     * The line of an error: the exception's own location if it has one, else where the parser stopped
     * (a read limit is reported without a location).
     *
     * @param e the exception
     * @param p the parser that raised it, may be null
     * @return the 1-based line; 1 when neither is known (an encoding error before the first token)
     */
    public static int line(JacksonException e, JsonParser p) {
        // A YAML syntax error names the line of the problem itself ("line 3, column 1"), which may be after
        // the parser's location: prefer the last such mark.
        String original = e.getOriginalMessage();
        if (original != null) {
            java.util.regex.Matcher m = YAML_MARK.matcher(original);
            int line = 0;
            while (m.find()) {
                line = Integer.parseInt(m.group(1));
            }
            if (line > 0) {
                return line;
            }
        }
        TokenStreamLocation at = e.getLocation();
        if ((at == null || at.getLineNr() <= 0) && p != null) {
            at = p.currentLocation();
        }
        return at == null ? 1 : Math.max(1, at.getLineNr());
    }

    /**
     * The message of a parse or limit error without the input: Jackson's own text without its
     * location suffix and, for YAML, without the source lines and carets that the YAML parser prints,
     * each line cut to {@value #EXCERPT} characters of quoted input.
     *
     * @param e the exception
     * @return the message, never empty
     */
    public static String message(JacksonException e) {
        String original = e.getOriginalMessage();
        if (original == null || original.isBlank()) {
            return e.getClass().getSimpleName();
        }
        StringBuilder b = new StringBuilder();
        for (String line : original.split("\n")) {
            // YAML (SnakeYAML) prints the offending source line indented by four spaces, then a caret.
            if (line.startsWith("    ") || line.isBlank()) {
                continue;
            }
            String trimmed = line.strip();
            if (trimmed.endsWith(":") && trimmed.startsWith("in reader")) {
                trimmed = trimmed.substring(0, trimmed.length() - 1);
            }
            if (b.length() > 0) {
                b.append(trimmed.startsWith("in reader") ? " " : "; ");
            }
            b.append(cutLongWords(cutLongQuotes(trimmed)));
        }
        return b.length() == 0 ? e.getClass().getSimpleName() : b.toString();
    }

    /** Cuts the text between quotes ("…" or '…') where it is longer than {@link #EXCERPT}: a quoted value. */
    private static String cutLongQuotes(String line) {
        StringBuilder b = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            int close = c == '"' || c == '\'' ? line.indexOf(c, i + 1) : -1;
            if (close > i + EXCERPT + 1) {
                b.append(c).append(excerpt(line.substring(i + 1, close))).append(c);
                i = close + 1;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /**
     * Cuts every run of characters without a space that is longer than {@link #EXCERPT}: a quoted value
     * is such a run (tabs and other controls do not end it).
     */
    private static String cutLongWords(String line) {
        StringBuilder b = new StringBuilder(line.length());
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == ' ') {
                b.append(excerpt(line.substring(start, i)));
                if (i < line.length()) {
                    b.append(line.charAt(i));
                }
                start = i + 1;
            }
        }
        return b.toString();
    }
}
