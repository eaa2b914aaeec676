package org.minzheng.runtime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.report.ReportFormat;
import org.minzheng.core.standards.Reform;
import org.minzheng.core.standards.Standard;

/**
 * Renders a {@link ReformCosting} (改革方案测算报告) as text for a terminal, as JSON for other systems, and as one
 * self-contained HTML page with an inline SVG bar chart of today's cost beside the reform's by program, in 万元
 * (ten thousand yuan) with thousands separators. Tables give yuan exact to the fen.
 *
 * <p>The output holds no personal data: the costing names households by masked identifiers only.
 *
 * <p>Stateless and thread-safe.
 */
public final class CostingRenderer {

    private static final BigDecimal WAN = new BigDecimal("10000");

    private CostingRenderer() {
    }

    // ------------------------------------------------------------------ text

    /**
     * Renders the costing as aligned text.
     *
     * @param costing the costing
     * @param locale {@link Locale#CHINESE} (or any Chinese locale) for Chinese headings, else English
     * @return the text
     * @throws NullPointerException if an argument is null
     */
    public static String text(ReformCosting costing, Locale locale) {
        return text(costing, locale, Map.of());
    }

    /**
     * Renders the costing as aligned text with township names.
     *
     * @param costing the costing
     * @param locale Chinese or English headings
     * @param names names by region (e.g. the townships'); a township without a name shows its code
     * @return the text
     * @throws NullPointerException if an argument is null
     */
    public static String text(ReformCosting costing, Locale locale, Map<RegionCode, String> names) {
        Objects.requireNonNull(costing, "costing");
        Objects.requireNonNull(names, "names");
        boolean zh = isChinese(Objects.requireNonNull(locale, "locale"));
        StringBuilder out = new StringBuilder(4096);
        out.append(title(costing, zh)).append('\n');
        out.append(zh ? "方案：" : "Reform: ").append(describe(costing.reform(), zh)).append("\n\n");
        out.append(zh ? "一、分项目测算" : "1. By program").append('\n');
        table(out, programRows(costing, zh), 1);
        out.append('\n').append(zh ? "二、分乡镇测算" : "2. By township").append('\n');
        table(out, townshipRows(costing, zh, names), 1);
        out.append('\n').append(zh ? "三、分月测算" : "3. By month").append('\n');
        table(out, monthRows(costing, zh), 1);
        out.append('\n').append(zh ? "四、变化最大的家庭（已脱敏）" : "4. Largest changes (identifiers masked)").append('\n');
        if (costing.largest().isEmpty()) {
            out.append(zh ? "  无变化\n" : "  no change\n");
        } else {
            table(out, householdRows(costing, zh, names), 2);
        }
        out.append('\n').append(zh ? "登记家庭 " : "Households in the registry ").append(count(costing.households()));
        out.append(zh ? "；无法测算的人次 " : "; subject-months not assessable ").append(count(costing.failures()))
                .append('\n');
        return out.toString();
    }

    // ------------------------------------------------------------------ JSON

    /**
     * Renders the costing as JSON: amounts as strings of yuan with two decimals (decision record 0041), counts as
     * numbers, months as {@code yyyy-MM}, regions by their short code.
     *
     * @param costing the costing
     * @return the JSON text
     * @throws NullPointerException if {@code costing} is null
     */
    public static String json(ReformCosting costing) {
        Objects.requireNonNull(costing, "costing");
        StringBuilder b = new StringBuilder(8192);
        b.append("{\"region\":").append(str(costing.region().shortForm()))
                .append(",\"from\":").append(str(costing.from().toString()))
                .append(",\"to\":").append(str(costing.to().toString()))
                .append(",\"reform\":{\"name\":").append(str(costing.reform().name()));
        costing.reform().within().ifPresent(r -> b.append(",\"within\":").append(str(r.shortForm())));
        costing.reform().effective().ifPresent(d -> b.append(",\"effective\":").append(str(d.toString())));
        b.append(",\"values\":{");
        String sep = "";
        for (Map.Entry<Standard<?>, Object> e : costing.reform().values().entrySet()) {
            b.append(sep).append(str(e.getKey().code())).append(':').append(str(String.valueOf(e.getValue())));
            sep = ",";
        }
        b.append("}},\"total\":");
        figures(b, costing.total());
        b.append(",\"programs\":[");
        sep = "";
        for (CostingProgram p : costing.programs()) {
            b.append(sep).append("{\"program\":").append(str(p.program().toString()))
                    .append(",\"chineseName\":").append(str(p.chineseName()))
                    .append(",\"englishName\":").append(str(p.englishName())).append(",\"figures\":");
            figures(b, p.figures());
            b.append('}');
            sep = ",";
        }
        b.append("],\"townships\":[");
        sep = "";
        for (CostingTownship t : costing.townships()) {
            b.append(sep).append("{\"township\":").append(str(t.township().shortForm())).append(",\"figures\":");
            figures(b, t.figures());
            b.append('}');
            sep = ",";
        }
        b.append("],\"lines\":[");
        sep = "";
        for (CostingLine l : costing.lines()) {
            b.append(sep).append("{\"program\":").append(str(l.program().toString()))
                    .append(",\"township\":").append(str(l.township().shortForm()))
                    .append(",\"month\":").append(str(l.month().toString())).append(",\"figures\":");
            figures(b, l.figures());
            b.append('}');
            sep = ",";
        }
        b.append("],\"largest\":[");
        sep = "";
        for (CostingHousehold h : costing.largest()) {
            b.append(sep).append("{\"household\":").append(str(h.household()))
                    .append(",\"township\":").append(str(h.township().shortForm()))
                    .append(",\"persons\":").append(h.persons())
                    .append(",\"today\":").append(str(h.today().amount().toPlainString()))
                    .append(",\"reform\":").append(str(h.reform().amount().toPlainString()))
                    .append(",\"change\":").append(str(h.change().amount().toPlainString())).append('}');
            sep = ",";
        }
        b.append("],\"households\":").append(costing.households())
                .append(",\"failures\":").append(costing.failures()).append("}");
        return b.toString();
    }

    private static void figures(StringBuilder b, CostingFigures f) {
        b.append("{\"today\":").append(str(f.today().amount().toPlainString()))
                .append(",\"reform\":").append(str(f.reform().amount().toPlainString()))
                .append(",\"change\":").append(str(f.change().amount().toPlainString()))
                .append(",\"subjectsToday\":").append(f.subjectsToday())
                .append(",\"subjectsReform\":").append(f.subjectsReform())
                .append(",\"newlyEligibleHouseholds\":").append(f.newlyEligibleHouseholds())
                .append(",\"newlyEligiblePersons\":").append(f.newlyEligiblePersons())
                .append(",\"noLongerEligibleHouseholds\":").append(f.noLongerEligibleHouseholds())
                .append(",\"noLongerEligiblePersons\":").append(f.noLongerEligiblePersons()).append('}');
    }

    private static String str(String s) {
        return ReportFormat.json(s);
    }

    // ------------------------------------------------------------------ HTML

    /**
     * Renders the costing as one self-contained HTML page: the reform, a bar chart (inline SVG) of the cost today and
     * under the reform by program in 万元, and the tables of the text form.
     *
     * @param costing the costing
     * @param locale Chinese or English headings
     * @return the HTML page
     * @throws NullPointerException if an argument is null
     */
    public static String html(ReformCosting costing, Locale locale) {
        return html(costing, locale, Map.of());
    }

    /**
     * Renders the costing as one self-contained HTML page with township names.
     *
     * @param costing the costing
     * @param locale Chinese or English headings
     * @param names names by region
     * @return the HTML page
     * @throws NullPointerException if an argument is null
     */
    public static String html(ReformCosting costing, Locale locale, Map<RegionCode, String> names) {
        Objects.requireNonNull(costing, "costing");
        Objects.requireNonNull(names, "names");
        boolean zh = isChinese(Objects.requireNonNull(locale, "locale"));
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(zh ? "zh-CN" : "en")
                .append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>").append(esc(title(costing, zh)))
                .append("</title>\n<style>body{font-family:system-ui,'PingFang SC','Microsoft YaHei',sans-serif;"
                        + "margin:2em;color:#222}table{border-collapse:collapse;margin:0.5em 0 1.5em}"
                        + "th,td{border:1px solid #ccc;padding:3px 8px}td.n{text-align:right;"
                        + "font-variant-numeric:tabular-nums}th{background:#f3f3f3}h1{font-size:1.5em}"
                        + "h2{font-size:1.15em;margin-top:1.5em}svg{display:block;margin:0.5em 0}</style>\n</head>\n"
                        + "<body>\n");
        h.append("<h1>").append(esc(title(costing, zh))).append("</h1>\n<p>").append(zh ? "方案：" : "Reform: ")
                .append(esc(describe(costing.reform(), zh))).append("</p>\n");
        h.append("<h2>").append(zh ? "现行与改革后支出（万元）" : "Cost today and under the reform (10,000 yuan)")
                .append("</h2>\n");
        chart(h, costing, zh);
        htmlTable(h, zh ? "分项目测算" : "By program", programRows(costing, zh), 1);
        htmlTable(h, zh ? "分乡镇测算" : "By township", townshipRows(costing, zh, names), 1);
        htmlTable(h, zh ? "分月测算" : "By month", monthRows(costing, zh), 1);
        if (!costing.largest().isEmpty()) {
            htmlTable(h, zh ? "变化最大的家庭（已脱敏）" : "Largest changes (identifiers masked)",
                    householdRows(costing, zh, names), 2);
        }
        h.append("<p style=\"color:#777;font-size:0.85em\">").append(zh ? "由 minzheng 测算，未写入任何数据。"
                : "Costed by minzheng; nothing was written.").append("</p>\n</body>\n</html>\n");
        return h.toString();
    }

    /** Two bars per program: today (grey) and under the reform (blue), in 万元, labelled with separators. */
    private static void chart(StringBuilder h, ReformCosting c, boolean zh) {
        List<CostingProgram> programs = c.programs().stream()
                .filter(p -> p.figures().today().isPositive() || p.figures().reform().isPositive()).toList();
        double max = 0;
        for (CostingProgram p : programs) {
            max = Math.max(max, Math.max(wan(p.figures().today()).doubleValue(), wan(p.figures().reform()).doubleValue()));
        }
        int label = 170;
        int barArea = 440;
        int rowH = 46;
        int width = label + barArea + 140;
        int height = 40 + Math.max(1, programs.size()) * rowH;
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-size=\"12\">\n<title>").append(zh ? "现行与改革后支出（万元）" : "Cost today and under the reform")
                .append("</title>\n");
        h.append("<rect x=\"").append(label).append("\" y=\"6\" width=\"12\" height=\"10\" fill=\"#9e9e9e\"/><text x=\"")
                .append(label + 16).append("\" y=\"15\">").append(zh ? "现行" : "today").append("</text>\n");
        h.append("<rect x=\"").append(label + 80).append("\" y=\"6\" width=\"12\" height=\"10\" fill=\"#1f77b4\"/><text x=\"")
                .append(label + 96).append("\" y=\"15\">").append(zh ? "改革后" : "reform").append("</text>\n");
        int y = 28;
        for (CostingProgram p : programs) {
            h.append("<text x=\"").append(label - 8).append("\" y=\"").append(y + 18).append("\" text-anchor=\"end\">")
                    .append(esc(zh ? p.chineseName() : p.englishName())).append("</text>\n");
            bar(h, label, y, barArea, max, p.figures().today(), "#9e9e9e", zh ? "现行" : "today");
            bar(h, label, y + 18, barArea, max, p.figures().reform(), "#1f77b4", zh ? "改革后" : "reform");
            y += rowH;
        }
        h.append("</svg>\n");
    }

    private static void bar(StringBuilder h, int x, int y, int area, double max, Money amount, String colour,
                            String what) {
        BigDecimal w = wan(amount);
        double len = max <= 0 ? 0 : w.doubleValue() / max * area;
        String text = wanText(amount);
        h.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(fmt(len))
                .append("\" height=\"16\" fill=\"").append(colour).append("\"><title>").append(esc(what + " " + text))
                .append("</title></rect><text x=\"").append(fmt(x + len + 4)).append("\" y=\"").append(y + 12)
                .append("\">").append(esc(text)).append("</text>\n");
    }

    private static void htmlTable(StringBuilder h, String title, List<String[]> rows, int textColumns) {
        h.append("<h2>").append(esc(title)).append("</h2>\n<table><tr>");
        for (String c : rows.get(0)) {
            h.append("<th>").append(esc(c)).append("</th>");
        }
        h.append("</tr>\n");
        for (String[] r : rows.subList(1, rows.size())) {
            h.append("<tr>");
            for (int i = 0; i < r.length; i++) {
                h.append(i < textColumns ? "<td>" : "<td class=\"n\">").append(esc(r[i])).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    // ------------------------------------------------------------------ rows

    private static String[] header(boolean zh, String first) {
        return zh
                ? new String[] {first, "现行(元)", "改革后(元)", "变化(元)", "现行对象", "改革后对象", "新增符合(户/人)", "不再符合(户/人)"}
                : new String[] {first, "Today (yuan)", "Reform (yuan)", "Change (yuan)", "Covered today",
                        "Covered reform", "Newly eligible (hh/persons)", "No longer eligible (hh/persons)"};
    }

    private static String[] row(String label, CostingFigures f) {
        return new String[] {label, money(f.today()), money(f.reform()), signed(f.change()), count(f.subjectsToday()),
                count(f.subjectsReform()), count(f.newlyEligibleHouseholds()) + "/" + count(f.newlyEligiblePersons()),
                count(f.noLongerEligibleHouseholds()) + "/" + count(f.noLongerEligiblePersons())};
    }

    private static List<String[]> programRows(ReformCosting c, boolean zh) {
        List<String[]> rows = new ArrayList<>();
        rows.add(header(zh, zh ? "项目" : "Program"));
        for (CostingProgram p : c.programs()) {
            rows.add(row(zh ? p.chineseName() : p.englishName(), p.figures()));
        }
        rows.add(row(zh ? "合计" : "Total", c.total()));
        return rows;
    }

    private static List<String[]> townshipRows(ReformCosting c, boolean zh, Map<RegionCode, String> names) {
        List<String[]> rows = new ArrayList<>();
        rows.add(header(zh, zh ? "乡镇街道" : "Township"));
        for (CostingTownship t : c.townships()) {
            rows.add(row(place(t.township(), names), t.figures()));
        }
        return rows;
    }

    private static List<String[]> monthRows(ReformCosting c, boolean zh) {
        Map<YearMonth, Money[]> months = new TreeMap<>();
        for (YearMonth m = c.from(); !m.isAfter(c.to()); m = m.plusMonths(1)) {
            months.put(m, new Money[] {Money.ZERO, Money.ZERO});
        }
        for (CostingLine l : c.lines()) {
            Money[] s = months.get(l.month());
            s[0] = s[0].plus(l.figures().today());
            s[1] = s[1].plus(l.figures().reform());
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(zh ? new String[] {"月份", "现行(元)", "改革后(元)", "变化(元)"}
                : new String[] {"Month", "Today (yuan)", "Reform (yuan)", "Change (yuan)"});
        months.forEach((m, s) -> rows.add(new String[] {m.toString(), money(s[0]), money(s[1]), signed(s[1].minus(s[0]))}));
        return rows;
    }

    private static List<String[]> householdRows(ReformCosting c, boolean zh, Map<RegionCode, String> names) {
        List<String[]> rows = new ArrayList<>();
        rows.add(zh ? new String[] {"家庭(脱敏)", "乡镇街道", "人数", "现行(元)", "改革后(元)", "变化(元)"}
                : new String[] {"Household (masked)", "Township", "Persons", "Today (yuan)", "Reform (yuan)",
                        "Change (yuan)"});
        for (CostingHousehold h : c.largest()) {
            rows.add(new String[] {h.household(), place(h.township(), names), count(h.persons()), money(h.today()),
                    money(h.reform()), signed(h.change())});
        }
        return rows;
    }

    // ------------------------------------------------------------------ helpers

    private static String title(ReformCosting c, boolean zh) {
        return (zh ? "改革方案测算 " : "Reform costing ") + c.region().shortForm() + " " + c.from()
                + (zh ? " 至 " : " to ") + c.to() + (zh ? "：" : ": ") + c.reform().name();
    }

    private static String describe(Reform r, boolean zh) {
        StringBuilder b = new StringBuilder();
        String sep = "";
        for (Map.Entry<Standard<?>, Object> e : r.values().entrySet()) {
            Standard<?> s = e.getKey();
            b.append(sep).append(zh ? s.chineseName() : s.englishName()).append(" (").append(s.code()).append(") = ")
                    .append(e.getValue());
            sep = "; ";
        }
        r.within().ifPresent(w -> b.append(zh ? "；限 " : "; within ").append(w.shortForm()));
        r.effective().ifPresent(d -> b.append(zh ? "；自 " : "; from ").append(d).append(zh ? " 起" : ""));
        return b.toString();
    }

    private static String place(RegionCode r, Map<RegionCode, String> names) {
        String n = names.get(r);
        return n == null ? r.shortForm() : n + " (" + r.shortForm() + ")";
    }

    private static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    private static BigDecimal wan(Money m) {
        return m.amount().divide(WAN, 2, RoundingMode.HALF_UP);
    }

    /** E.g. {@code 1,209.98 万元}. */
    static String wanText(Money m) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(wan(m)) + " 万元";
    }

    static String money(Money m) {
        return ReportFormat.money(m);
    }

    private static String signed(Money m) {
        return (m.isPositive() ? "+" : "") + money(m);
    }

    private static String count(long n) {
        return ReportFormat.count(n);
    }

    private static String fmt(double d) {
        return ReportFormat.decimal(d);
    }

    static String esc(String s) {
        return ReportFormat.html(s);
    }

    private static void table(StringBuilder out, List<String[]> rows, int textColumns) {
        ReportFormat.table(out, rows, textColumns);
    }
}
