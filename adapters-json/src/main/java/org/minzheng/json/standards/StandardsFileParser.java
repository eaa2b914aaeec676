package org.minzheng.json.standards;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.minzheng.core.identity.InvalidIdentifierException;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.standards.Standard;
import org.minzheng.core.standards.StandardSet;
import org.minzheng.core.standards.StandardValue;
import org.minzheng.core.standards.ValueType;
import org.minzheng.json.InputChecks;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads one standards file with a streaming parser, so that every problem carries its line. The
 * parser never stops at the first problem in an entry: it reports all it can find in the file.
 * Every token is also checked as it is read ({@link CheckedParser}): no YAML anchor, alias or tag,
 * no control character or unpaired surrogate in any text.
 */
final class StandardsFileParser {

    private static final Set<String> TOP_LEVEL = Set.of("provider", "priority", "values");
    private static final Set<String> ENTRY = Set.of("standard", "region", "from", "until", "value", "source");
    private static final Pattern MONEY = Pattern.compile("-?(?:0|[1-9]\\d*)(?:\\.\\d{1,2})?");
    private static final Pattern DECIMAL = Pattern.compile("-?(?:0|[1-9]\\d*)(?:\\.\\d+)?");

    /** A scalar as written: its token, text and line. */
    private record Scalar(JsonToken token, String text, int line) {
        boolean isString() {
            return token == JsonToken.VALUE_STRING;
        }
    }

    /** A checked entry of a file. */
    record Entry(String source, int index, int line, StandardValue<?> value) {
    }

    /** What a file declared; {@code provider} is null if it could not be read. */
    record ParsedFile(String source, String provider, int priority, List<Entry> entries) {
    }

    private final Function<String, Optional<Standard<?>>> catalogue;

    StandardsFileParser(Function<String, Optional<Standard<?>>> catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * A parser that checks every token it returns: a YAML anchor, alias or tag, or a text with a
     * control character or an unpaired surrogate, is recorded as a problem on its line and path.
     */
    private static final class CheckedParser extends JsonParserDelegate {
        private final String source;
        private final List<StandardsFileProblem> problems;

        CheckedParser(JsonParser inner, String source, List<StandardsFileProblem> problems) {
            super(inner);
            this.source = source;
            this.problems = problems;
        }

        @Override
        public JsonToken nextToken() {
            JsonToken t = delegate.nextToken();
            if (t == null) {
                return null;
            }
            Optional<String> problem = InputChecks.yamlNodeProblem(delegate);
            if (problem.isEmpty() && (t == JsonToken.VALUE_STRING || t == JsonToken.PROPERTY_NAME)) {
                problem = InputChecks.textProblem(t == JsonToken.PROPERTY_NAME ? delegate.currentName()
                        : delegate.getString(), false).map(m -> "the text " + m);
            }
            problem.ifPresent(m -> problems.add(new StandardsFileProblem(source, line(delegate), OptionalInt.empty(),
                    Optional.empty(), "at " + pointer(delegate) + ": " + m)));
            return t;
        }

        private static String pointer(JsonParser p) {
            String path = p.streamReadContext().pathAsPointer().toString();
            return path.isEmpty() ? "/" : InputChecks.excerpt(path);
        }
    }

    ParsedFile parse(String source, ObjectMapper mapper, InputStream in, List<StandardsFileProblem> problems) {
        String provider = null;
        int priority = 0;
        List<Entry> entries = new ArrayList<>();
        boolean sawValues = false;
        boolean sawProvider = false;
        JsonParser p = null;
        int documentLine = 1;
        try {
            p = new CheckedParser(mapper.createParser(in), source, problems);
            JsonToken t = p.nextToken();
            documentLine = Math.max(1, line(p));
            if (t != JsonToken.START_OBJECT) {
                problems.add(problem(source, documentLine, "the file must hold one object with provider, priority"
                        + " and values (文件须为包含 provider、priority、values 的对象)"));
                return new ParsedFile(source, null, 0, entries);
            }
            Set<String> topNames = new java.util.HashSet<>();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                int nameLine = line(p);
                p.nextToken();
                if (!topNames.add(name)) {
                    problems.add(problem(source, nameLine, "duplicate property '" + InputChecks.excerpt(name)
                            + "' (属性重复)"));
                    p.skipChildren();
                    continue;
                }
                switch (name) {
                    case "provider" -> {
                        sawProvider = true;
                        Scalar s = scalar(p);
                        if (s == null || !s.isString() || s.text().isBlank()) {
                            problems.add(problem(source, nameLine,
                                    "provider must be a non-blank string (provider 须为非空字符串)"));
                        } else if (s.text().strip().length() > 64 || !wellFormedProvider(s.text().strip())) {
                            problems.add(problem(source, s.line(), "provider '" + InputChecks.excerpt(s.text().strip())
                                    + "' is malformed: expected at most 64 characters, lower-case words (a-z, 0-9)"
                                    + " joined by '.' or '-'"
                                    + " (provider 格式不正确)"));
                        } else {
                            provider = s.text().strip();
                        }
                    }
                    case "priority" -> {
                        Scalar s = scalar(p);
                        Integer value = s == null || s.token() != JsonToken.VALUE_NUMBER_INT ? null : intOrNull(s.text());
                        if (value == null) {
                            problems.add(problem(source, nameLine,
                                    "priority must be a whole number (priority 须为整数)"));
                        } else {
                            priority = value;
                        }
                    }
                    case "values" -> {
                        sawValues = true;
                        if (p.currentToken() != JsonToken.START_ARRAY) {
                            problems.add(problem(source, nameLine, "values must be a list of entries (values 须为列表)"));
                            p.skipChildren();
                        } else {
                            int index = 0;
                            while (p.nextToken() != JsonToken.END_ARRAY) {
                                index++;
                                Entry e = entry(source, index, p, problems);
                                if (e != null) {
                                    entries.add(e);
                                }
                            }
                        }
                    }
                    default -> {
                        problems.add(problem(source, nameLine, "unknown property '" + InputChecks.excerpt(name)
                                + "'; expected one of provider, priority, values (未知属性)"));
                        p.skipChildren();
                    }
                }
            }
            if (p.nextToken() != null) {
                problems.add(problem(source, line(p), "content after the end of the document (文档结束后仍有内容)"));
            }
        } catch (JacksonException e) {
            // A limit error has no location of its own: the line is where the parser stopped.
            problems.add(problem(source, InputChecks.line(e, p), "not well-formed: " + InputChecks.message(e)
                    + " (文件格式错误)"));
            return new ParsedFile(source, null, 0, entries);
        } finally {
            if (p != null) {
                p.close();
            }
        }
        if (!sawProvider) {
            problems.add(problem(source, documentLine, "provider is required (缺少 provider)"));
        }
        if (!sawValues) {
            problems.add(problem(source, documentLine, "values is required (缺少 values)"));
        }
        return new ParsedFile(source, provider, priority, entries);
    }

    private Entry entry(String source, int index, JsonParser p, List<StandardsFileProblem> problems) {
        int entryLine = line(p);
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            problems.add(new StandardsFileProblem(source, entryLine, OptionalInt.of(index), Optional.empty(),
                    "an entry must be an object with standard, region, from, until, value and source (条目须为对象)"));
            return null;
        }
        Map<String, Scalar> fields = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        List<Integer> errorLines = new ArrayList<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            int nameLine = line(p);
            p.nextToken();
            Scalar s = scalar(p);
            if (fields.containsKey(name)) {
                errors.add("duplicate property '" + InputChecks.excerpt(name) + "' (属性重复)");
                errorLines.add(nameLine);
            } else if (!ENTRY.contains(name)) {
                errors.add("unknown property '" + InputChecks.excerpt(name) + "'; expected one of standard, region,"
                        + " from, until, value, source (未知属性)");
                errorLines.add(nameLine);
            } else if (s == null) {
                errors.add(name + " must be a single value, not a list or object (须为单个值)");
                errorLines.add(nameLine);
            } else {
                fields.put(name, s);
            }
        }
        Scalar code = fields.get("standard");
        Standard<?> standard = null;
        if (code == null) {
            addMissing(errors, errorLines, "standard", entryLine);
        } else if (!code.isString()) {
            errors.add("standard must be a standard code string (standard 须为标准代码)");
            errorLines.add(code.line());
        } else {
            standard = catalogue.apply(code.text()).orElse(null);
            if (standard == null) {
                errors.add("unknown standard '" + InputChecks.excerpt(code.text()) + "' (未知标准代码)");
                errorLines.add(code.line());
            }
        }
        RegionCode region = null;
        Scalar r = fields.get("region");
        if (r != null) {
            if (!r.isString()) {
                errors.add("region must be a quoted string of 2, 4, 6, 9 or 12 digits, e.g. \"321100\""
                        + " (region 须为带引号的区划代码)");
                errorLines.add(r.line());
            } else {
                try {
                    region = RegionCode.parse(r.text());
                } catch (InvalidIdentifierException e) {
                    errors.add("region: " + e.messageEn() + " (" + e.messageZh() + ")");
                    errorLines.add(r.line());
                }
            }
        }
        LocalDate from = date(fields.get("from"), "from", true, entryLine, errors, errorLines);
        LocalDate until = date(fields.get("until"), "until", false, entryLine, errors, errorLines);
        if (from != null && (from.isBefore(StandardValue.EARLIEST) || !from.isBefore(StandardValue.LATEST))) {
            errors.add("from " + from + " is outside " + StandardValue.EARLIEST + " .. " + StandardValue.LATEST
                    + ": a typo in the year? (from 须在 " + StandardValue.EARLIEST + " 至 " + StandardValue.LATEST + " 之间)");
            errorLines.add(fields.get("from").line());
            from = null;
        }
        if (until != null && (until.isBefore(StandardValue.EARLIEST) || until.isAfter(StandardValue.LATEST))) {
            errors.add("until " + until + " is outside " + StandardValue.EARLIEST + " .. " + StandardValue.LATEST
                    + ": a typo in the year? (until 须在 " + StandardValue.EARLIEST + " 至 " + StandardValue.LATEST
                    + " 之间)");
            errorLines.add(fields.get("until").line());
            until = null;
        }
        if (from != null && until != null && !from.isBefore(until)) {
            errors.add("inverted interval: until " + until + " must be after from " + from
                    + " (until 须晚于 from，期间为 [from, until))");
            errorLines.add(fields.get("until").line());
        }
        Object value = null;
        Scalar v = fields.get("value");
        if (v == null) {
            addMissing(errors, errorLines, "value", entryLine);
        } else if (standard != null) {
            try {
                value = value(standard.valueType(), v);
                if (!standard.isAllowed(value)) {
                    ValueRangeText range = new ValueRangeText(standard);
                    errors.add("value " + InputChecks.excerpt(v.text()) + " is outside the valid range of "
                            + standard.code() + ": from " + range.min + " to " + range.max + " ("
                            + standard.unit().englishName() + ") (取值超出有效范围 " + range.min + " 至 " + range.max
                            + "，单位：" + standard.unit().chineseName() + ")");
                    errorLines.add(v.line());
                    value = null;
                }
            } catch (IllegalArgumentException e) {
                errors.add("value " + InputChecks.excerpt(v.text()) + " is not valid for " + standard.code()
                        + ": expected " + standard.allowedValues() + " (取值类型不符)");
                errorLines.add(v.line());
            }
        }
        Scalar src = fields.get("source");
        String sourceText = null;
        if (src == null) {
            addMissing(errors, errorLines, "source", entryLine);
        } else if (!src.isString() || src.text().isBlank()) {
            errors.add("source must be a document number or \"" + StandardValue.ILLUSTRATIVE
                    + "\" (source 须为文号或 illustrative)");
            errorLines.add(src.line());
        } else {
            sourceText = src.text();
        }
        Optional<String> codeText = Optional.ofNullable(code).filter(Scalar::isString).map(Scalar::text)
                .map(InputChecks::excerpt);
        for (int i = 0; i < errors.size(); i++) {
            problems.add(new StandardsFileProblem(source, errorLines.get(i), OptionalInt.of(index), codeText,
                    errors.get(i)));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            return new Entry(source, index, entryLine, build(standard, region, from, until, value, sourceText));
        } catch (IllegalArgumentException e) {
            problems.add(new StandardsFileProblem(source, entryLine, OptionalInt.of(index), codeText, e.getMessage()));
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> StandardValue<T> build(Standard<T> standard, RegionCode region, LocalDate from,
            LocalDate until, Object value, String source) {
        return StandardValue.of(standard, Optional.ofNullable(region), from, Optional.ofNullable(until), (T) value,
                source);
    }

    /** Reads a value by the standard's type, refusing binary floats and lossy numbers. */
    private static Object value(ValueType<?> type, Scalar s) {
        JsonToken t = s.token();
        boolean number = t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT;
        if (type.equals(ValueType.MONEY)) {
            require((number || s.isString()) && MONEY.matcher(s.text()).matches());
            return type.parse(s.text());
        }
        if (type.equals(ValueType.DECIMAL)) {
            require((number || s.isString()) && DECIMAL.matcher(s.text()).matches());
            return type.parse(s.text());
        }
        if (type.equals(ValueType.INTEGER)) {
            require(t == JsonToken.VALUE_NUMBER_INT);
            return type.parse(s.text());
        }
        if (type.equals(ValueType.BOOLEAN)) {
            require(t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE);
            return t == JsonToken.VALUE_TRUE;
        }
        if (Enum.class.isAssignableFrom(type.javaType())) {
            require(s.isString());
        }
        return type.parse(s.text());
    }

    private static void require(boolean ok) {
        if (!ok) {
            throw new IllegalArgumentException("wrong type");
        }
    }

    private static LocalDate date(Scalar s, String name, boolean required, int entryLine, List<String> errors,
            List<Integer> errorLines) {
        if (s == null || !required && s.token() == JsonToken.VALUE_NULL) {
            if (required) {
                addMissing(errors, errorLines, name, entryLine);
            }
            return null;
        }
        if (s.isString()) {
            try {
                return LocalDate.parse(s.text());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        errors.add(name + " must be an ISO-8601 date such as 2024-07-01, was " + InputChecks.excerpt(s.text())
                + " (日期格式须为 YYYY-MM-DD)");
        errorLines.add(s.line());
        return null;
    }

    private static void addMissing(List<String> errors, List<Integer> errorLines, String name, int line) {
        errors.add(name + " is required (缺少 " + name + ")");
        errorLines.add(line);
    }

    private static Scalar scalar(JsonParser p) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            p.skipChildren();
            return null;
        }
        return new Scalar(t, t == JsonToken.VALUE_NULL ? "null" : p.getString(), line(p));
    }

    /** The bounds of a standard's range as plain text, for messages. */
    private static final class ValueRangeText {
        final String min;
        final String max;

        ValueRangeText(Standard<?> standard) {
            this.min = standard.range().map(r -> r.min().toPlainString()).orElse("?");
            this.max = standard.range().map(r -> r.max().toPlainString()).orElse("?");
        }
    }

    private static boolean wellFormedProvider(String id) {
        try {
            StandardSet.of(id, 0, List.of());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Integer intOrNull(String text) {
        try {
            return new BigDecimal(text).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    private static int line(JsonParser p) {
        return Math.max(0, p.currentTokenLocation().getLineNr());
    }

    private static StandardsFileProblem problem(String source, int line, String message) {
        return new StandardsFileProblem(source, line, OptionalInt.empty(), Optional.empty(), message);
    }

}
