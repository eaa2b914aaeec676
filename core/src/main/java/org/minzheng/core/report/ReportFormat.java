package org.minzheng.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The formatting every report form shares (报表格式): numbers with thousands separators, amounts to the fen,
 * aligned text tables that count East Asian characters as two columns, and escaping for HTML and JSON. Used by
 * {@link ReportRenderer} and by the other renderers of the library (the reform costing's), so that a figure looks
 * the same in every report.
 */
public final class ReportFormat {

    private ReportFormat() {
    }

    /**
     * A count with thousands separators, e.g. {@code 12,302}.
     *
     * @param n the count
     * @return the text
     */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /**
     * An amount in yuan with thousands separators and two decimals, e.g. {@code 47,886,244.00}.
     *
     * @param m the amount
     * @return the text
     * @throws NullPointerException if {@code m} is null
     */
    public static String money(org.minzheng.core.money.Money m) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(m.amount());
    }

    /**
     * A coordinate or length for SVG, with one decimal.
     *
     * @param d the number
     * @return the text, e.g. {@code 12.5}
     */
    public static String decimal(double d) {
        return BigDecimal.valueOf(d).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * Text escaped for HTML content and attribute values; control characters other than newline and tab become
     * spaces.
     *
     * @param s the text
     * @return the escaped text
     * @throws NullPointerException if {@code s} is null
     */
    public static String html(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return b.toString();
    }

    /**
     * A JSON string literal, quotes included; control characters and U+2028/U+2029 escaped.
     *
     * @param s the text
     * @return the literal
     * @throws NullPointerException if {@code s} is null
     */
    public static String json(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2);
        appendJson(b, s);
        return b.toString();
    }

    /** Appends a JSON string literal (see {@link #json(String)}). */
    static void appendJson(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    /**
     * The display width of a text in a terminal: East Asian wide characters take two columns.
     *
     * @param s the text
     * @return the width in columns
     * @throws NullPointerException if {@code s} is null
     */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    /** Whether a code point is East Asian wide (two columns in a terminal). */
    static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /**
     * Appends rows as aligned columns, indented by two spaces: the first {@code textColumns} left-aligned, the rest
     * (figures) right-aligned.
     *
     * @param out where to append
     * @param rows the rows, all of the same length, the heading first
     * @param textColumns how many leading columns are text
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if there are no rows
     */
    public static void table(StringBuilder out, List<String[]> rows, int textColumns) {
        Objects.requireNonNull(out, "out");
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least its heading row");
        }
        int cols = rows.get(0).length;
        int[] widths = new int[cols];
        for (String[] r : rows) {
            for (int c = 0; c < cols; c++) {
                widths[c] = Math.max(widths[c], width(r[c]));
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < cols; c++) {
                String pad = " ".repeat(widths[c] - width(r[c]));
                line.append(c < textColumns ? r[c] + pad : pad + r[c]);
                if (c < cols - 1) {
                    line.append("  ");
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
