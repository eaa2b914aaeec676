package org.minzheng.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.rule.Measure;

/**
 * Renders a {@link DistrictReport} (报表输出) as plain text in Chinese or English, as JSON, and as
 * a self-contained HTML page with inline SVG charts (amounts by program and month, coverage by
 * township) that needs no network, no script and no external style sheet.
 *
 * <p>Each form may set {@link ReferenceFigures} (e.g. the published figures) beside the
 * report's headline figures, with the deviation in per cent. The methods are pure functions of
 * their arguments.
 */
public final class ReportRenderer {

    /** Chart colours by program, chosen to be distinguishable in print and for colour-blind readers. */
    private static final String[] PALETTE = {
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
        "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939"};

    private ReportRenderer() {
    }

    // ------------------------------------------------------------------ text

    /**
     * Renders the report as text. Chinese for a locale whose language is {@code zh}, English otherwise.
     *
     * @param report the report
     * @param locale the language
     * @return the text, lines separated by {@code \n}
     * @throws NullPointerException if an argument is {@code null}
     */
    public static String text(DistrictReport report, Locale locale) {
        return text(report, locale, Optional.empty());
    }

    /**
     * Renders the report as text with reference figures beside the headline figures.
     *
     * @param report the report
     * @param locale the language
     * @param reference the figures to compare with, if any
     * @return the text, lines separated by {@code \n}
     * @throws NullPointerException if an argument is {@code null}
     */
    public static String text(DistrictReport report, Locale locale, Optional<ReferenceFigures> reference) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(reference, "reference");
        boolean zh = isChinese(locale);
        StringBuilder out = new StringBuilder();
        out.append(title(report, zh)).append('\n');
        out.append("=".repeat(Math.max(20, width(title(report, zh))))).append("\n\n");
        int section = 0;

        out.append(heading(++section, zh ? "分项目统计" : "Programs", zh)).append('\n');
        table(out, programRows(report, zh), 1);

        if (!report.groups().isEmpty()) {
            out.append('\n').append(heading(++section, zh ? "合并统计" : "Groups of programs", zh)).append('\n');
            table(out, groupRows(report, zh), 1);
        }
        List<String[]> services = serviceRows(report, zh);
        if (services.size() > 1) {
            out.append('\n').append(heading(++section, zh ? "服务统计" : "Services", zh)).append('\n');
            table(out, services, 1);
        }
        List<String[]> categories = categoryRows(report, zh);
        if (categories.size() > 1) {
            out.append('\n').append(heading(++section, zh ? "分类在保" : "In coverage by category", zh)).append('\n');
            table(out, categories, 2);
        }
        if (!report.facilities().isEmpty()) {
            out.append('\n').append(heading(++section, zh ? "服务设施" : "Facilities", zh)).append('\n');
            List<String[]> rows = new ArrayList<>();
            rows.add(zh ? new String[] {"类型", "等级", "数量"} : new String[] {"Kind", "Grade", "Count"});
            for (FacilityCount f : report.facilities()) {
                rows.add(new String[] {zh ? f.kind().chineseName() : f.kind().englishName(), f.grade().orElse("—"), count(f.count())});
            }
            table(out, rows, 2);
        }
        if (!report.townships().isEmpty()) {
            out.append('\n').append(heading(++section, zh ? "分镇街期末在保人数" : "Persons in coverage by township", zh))
                    .append('\n');
            table(out, townshipRows(report, zh), 1);
        }
        out.append('\n').append(heading(++section, zh ? "主要指标" : "Headline figures", zh));
        reference.ifPresent(r -> out.append(zh ? "（对照：" : " (compared with: ").append(r.source()).append(zh ? "）" : ")"));
        out.append('\n');
        List<String[]> rows = new ArrayList<>();
        rows.add(reference.isPresent()
                ? (zh ? new String[] {"指标", "本报表", "公布数", "偏差"} : new String[] {"Figure", "This report", "Reference", "Deviation"})
                : (zh ? new String[] {"指标", "本报表"} : new String[] {"Figure", "This report"}));
        for (Figure fig : headline(report, reference)) {
            String value = report.value(fig).map(v -> figure(fig, v)).orElse("—");
            if (reference.isPresent()) {
                ReferenceFigures r = reference.get();
                rows.add(new String[] {report.label(fig, zh), value, r.value(fig).map(v -> figure(fig, v)).orElse("—"),
                    r.deviationPercent(fig, report).map(ReportRenderer::percent).orElse("—")});
            } else {
                rows.add(new String[] {report.label(fig, zh), value});
            }
        }
        table(out, rows, 1);
        return out.toString();
    }

    private static String heading(int n, String title, boolean zh) {
        String[] numerals = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        return zh ? numerals[Math.min(n, 10) - 1] + "、" + title : n + ". " + title;
    }

    private static final Measure[] PROGRAM_COLUMNS = {Measure.NEW, Measure.CANCELLED, Measure.IN_COVERAGE,
        Measure.REACHED, Measure.PAYMENTS, Measure.AMOUNT};

    private static List<String[]> programRows(DistrictReport report, boolean zh) {
        List<String[]> rows = new ArrayList<>();
        rows.add(zh ? new String[] {"项目", "新增(户/人)", "注销(户/人)", "期末在保(户/人)", "期内惠及(户/人)", "发放人次", "发放金额(元)"}
                    : new String[] {"Program", "New (hh/p)", "Cancelled", "In coverage (end)", "Reached", "Payments", "Paid (yuan)"});
        for (ProgramLines f : report.programs()) {
            if (f.isEmpty()) {
                continue;
            }
            String[] row = new String[PROGRAM_COLUMNS.length + 1];
            row[0] = zh ? f.chineseName() : f.englishName();
            for (int i = 0; i < PROGRAM_COLUMNS.length; i++) {
                row[i + 1] = cell(f, PROGRAM_COLUMNS[i]);
            }
            rows.add(row);
        }
        String[] total = new String[PROGRAM_COLUMNS.length + 1];
        java.util.Arrays.fill(total, "");
        total[0] = zh ? "合计" : "Total";
        total[total.length - 1] = money(report.totalPaid());
        rows.add(total);
        return rows;
    }

    private static String cell(ProgramLines f, Measure m) {
        if (!f.reports(m)) {
            return "—";
        }
        return switch (m) {
            case NEW -> pair(f, f.newCases());
            case CANCELLED -> pair(f, f.cancelled());
            case IN_COVERAGE -> pair(f, f.covered());
            case REACHED -> pair(f, f.reached());
            case PAYMENTS -> count(f.payments());
            case AMOUNT -> money(f.amount());
            default -> "";
        };
    }

    private static List<String[]> groupRows(DistrictReport report, boolean zh) {
        List<String[]> rows = new ArrayList<>();
        rows.add(zh ? new String[] {"合并项目", "期末在保人数", "期内惠及人数", "发放金额(元)"}
                    : new String[] {"Group", "Persons in coverage", "Persons reached", "Paid (yuan)"});
        for (GroupLines g : report.groups()) {
            rows.add(new String[] {zh ? g.chineseName() : g.englishName(), count(g.covered().persons()),
                count(g.reached().persons()), money(g.amount())});
        }
        return rows;
    }

    private static List<String[]> serviceRows(DistrictReport report, boolean zh) {
        List<String[]> rows = new ArrayList<>();
        rows.add(zh ? new String[] {"服务项目", "期末在保", "服务对象", "服务次数", "服务时长(小时)", "期末有效记录"}
                    : new String[] {"Service", "In coverage", "Served", "Records", "Hours", "Record in force"});
        for (ProgramLines f : report.programs()) {
            if (!f.reports(Measure.SERVICES) && !f.reports(Measure.HOURS) && !f.reports(Measure.RECORD_IN_FORCE)) {
                continue;
            }
            rows.add(new String[] {zh ? f.chineseName() : f.englishName(),
                f.reports(Measure.IN_COVERAGE) ? pair(f, f.covered()) : "—",
                f.reports(Measure.SERVICES) ? count(f.served()) : "—",
                f.reports(Measure.SERVICES) ? count(f.services()) : "—",
                f.reports(Measure.HOURS) ? f.hours().setScale(1, RoundingMode.HALF_UP).toPlainString() : "—",
                f.reports(Measure.RECORD_IN_FORCE) ? count(f.withRecordInForce()) : "—"});
        }
        return rows;
    }

    private static List<String[]> categoryRows(DistrictReport report, boolean zh) {
        List<String[]> rows = new ArrayList<>();
        rows.add(zh ? new String[] {"项目", "类别", "期末在保"} : new String[] {"Program", "Category", "In coverage"});
        for (ProgramLines f : report.programs()) {
            if (!f.reports(Measure.BY_CATEGORY)) {
                continue;
            }
            for (CategoryCount c : f.byCategory()) {
                rows.add(new String[] {zh ? f.chineseName() : f.englishName(), zh ? c.chineseName() : c.englishName(),
                    count(c.count())});
            }
        }
        return rows;
    }

    private static List<String[]> townshipRows(DistrictReport report, boolean zh) {
        List<ProgramLines> shown = townshipPrograms(report);
        List<String[]> rows = new ArrayList<>();
        String[] head = new String[shown.size() + 2];
        head[0] = zh ? "镇街" : "Township";
        for (int i = 0; i < shown.size(); i++) {
            head[i + 1] = zh ? shown.get(i).chineseName() : shown.get(i).englishName();
        }
        head[head.length - 1] = zh ? "合计(人项)" : "Total (person-programs)";
        rows.add(head);
        for (TownshipCoverage t : report.townships()) {
            String[] row = new String[shown.size() + 2];
            row[0] = t.label();
            for (int i = 0; i < shown.size(); i++) {
                row[i + 1] = count(t.persons(shown.get(i).program()));
            }
            row[row.length - 1] = count(t.total());
            rows.add(row);
        }
        return rows;
    }

    private static List<ProgramLines> townshipPrograms(DistrictReport report) {
        List<ProgramLines> shown = new ArrayList<>();
        for (ProgramLines p : report.programs()) {
            if (report.townships().stream().anyMatch(t -> t.persons(p.program()) > 0)) {
                shown.add(p);
            }
        }
        return shown;
    }

    /**
     * The headline figures: the reference's when given, otherwise for each program the subjects in coverage and
     * the amount paid, as far as it declares them, and each group's persons in coverage and amount.
     */
    private static List<Figure> headline(DistrictReport report, Optional<ReferenceFigures> reference) {
        if (reference.isPresent()) {
            return new ArrayList<>(reference.get().values().keySet());
        }
        List<Figure> out = new ArrayList<>();
        for (ProgramLines p : report.programs()) {
            if (p.reports(Measure.IN_COVERAGE)) {
                out.add(Figure.of(p.program(), Measure.IN_COVERAGE, Quantity.SUBJECTS));
                if (p.countsHouseholds()) {
                    out.add(Figure.of(p.program(), Measure.IN_COVERAGE, Quantity.PERSONS));
                }
            }
            if (p.reports(Measure.AMOUNT)) {
                out.add(Figure.of(p.program(), Measure.AMOUNT, Quantity.AMOUNT));
            }
        }
        for (GroupLines g : report.groups()) {
            out.add(Figure.of(g.code(), Measure.IN_COVERAGE, Quantity.PERSONS));
            out.add(Figure.of(g.code(), Measure.AMOUNT, Quantity.AMOUNT));
        }
        return out;
    }

    // ------------------------------------------------------------------ JSON

    /**
     * Renders the report as a JSON object. Amounts are JSON numbers in yuan with two decimals; programs and
     * measures are named by their stable codes.
     *
     * @param report the report
     * @return the JSON text (UTF-8 when encoded), indented
     * @throws NullPointerException if {@code report} is {@code null}
     */
    public static String json(DistrictReport report) {
        return json(report, Optional.empty());
    }

    /**
     * Renders the report as JSON with reference figures beside the headline figures.
     *
     * @param report the report
     * @param reference the figures to compare with, if any
     * @return the JSON text
     * @throws NullPointerException if an argument is {@code null}
     */
    public static String json(DistrictReport report, Optional<ReferenceFigures> reference) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(reference, "reference");
        JsonWriter w = new JsonWriter();
        w.beginObject();
        w.name("region").value(report.region().shortForm());
        w.name("regionName").value(report.regionName().orElse(null));
        w.name("from").value(report.from().toString());
        w.name("to").value(report.to().toString());
        w.name("totalPaid").number(report.totalPaid().amount());
        w.name("programs").beginArray();
        for (ProgramLines f : report.programs()) {
            w.beginObject();
            w.name("program").value(f.program().value());
            w.name("nameZh").value(f.chineseName());
            w.name("nameEn").value(f.englishName());
            w.name("subject").value(f.countsHouseholds() ? "household" : "person");
            f.group().ifPresent(g -> w.name("group").value(g.code()));
            w.name("measures").beginArray();
            for (Measure m : Measure.values()) {
                if (f.reports(m)) {
                    w.value(m.code());
                }
            }
            w.endArray();
            if (f.reports(Measure.NEW)) {
                count(w.name("new"), f.newCases());
            }
            if (f.reports(Measure.CANCELLED)) {
                count(w.name("cancelled"), f.cancelled());
            }
            if (f.reports(Measure.IN_COVERAGE)) {
                count(w.name("inCoverage"), f.covered());
            }
            if (f.reports(Measure.REACHED)) {
                count(w.name("reached"), f.reached());
            }
            if (f.reports(Measure.PAYMENTS)) {
                w.name("payments").number(f.payments());
            }
            if (f.reports(Measure.AMOUNT)) {
                w.name("amountPaid").number(f.amount().amount());
            }
            if (f.reports(Measure.BY_CATEGORY)) {
                w.name("byCategory").beginArray();
                for (CategoryCount c : f.byCategory()) {
                    w.beginObject().name("category").value(c.code()).name("nameZh").value(c.chineseName())
                            .name("nameEn").value(c.englishName()).name("count").number(c.count()).endObject();
                }
                w.endArray();
            }
            if (f.reports(Measure.SERVICES)) {
                w.name("services").number(f.services()).name("served").number(f.served());
            }
            if (f.reports(Measure.HOURS)) {
                w.name("hours").number(f.hours());
            }
            if (f.reports(Measure.RECORD_IN_FORCE)) {
                w.name("withRecordInForce").number(f.withRecordInForce());
            }
            w.endObject();
        }
        w.endArray();
        w.name("groups").beginArray();
        for (GroupLines g : report.groups()) {
            w.beginObject().name("group").value(g.code()).name("nameZh").value(g.chineseName())
                    .name("nameEn").value(g.englishName());
            w.name("programs").beginArray();
            g.programs().forEach(p -> w.value(p.value()));
            w.endArray();
            count(w.name("inCoverage"), g.covered());
            count(w.name("reached"), g.reached());
            w.name("amountPaid").number(g.amount().amount()).endObject();
        }
        w.endArray();
        w.name("monthlyAmounts").beginArray();
        for (MonthlyAmount a : report.monthlyAmounts()) {
            w.beginObject().name("month").value(a.month().toString()).name("program").value(a.program().value())
                    .name("amount").number(a.amount().amount()).endObject();
        }
        w.endArray();
        w.name("townships").beginArray();
        for (TownshipCoverage t : report.townships()) {
            w.beginObject().name("code").value(t.township().shortForm()).name("name").value(t.name().orElse(null));
            w.name("persons").beginObject();
            t.persons().forEach((p, n) -> w.name(p.value()).number(n));
            w.endObject().endObject();
        }
        w.endArray();
        w.name("facilities").beginArray();
        for (FacilityCount f : report.facilities()) {
            w.beginObject().name("kind").value(f.kind().code()).name("grade").value(f.grade().orElse(null))
                    .name("count").number(f.count()).endObject();
        }
        w.endArray();
        w.name("headline").beginArray();
        for (Figure fig : headline(report, reference)) {
            w.beginObject().name("figure").value(fig.toString()).name("value").number(report.value(fig).orElse(null));
            if (reference.isPresent()) {
                w.name("reference").number(reference.get().value(fig).orElse(null));
                w.name("deviationPercent").number(reference.get().deviationPercent(fig, report).orElse(null));
            }
            w.endObject();
        }
        w.endArray();
        reference.ifPresent(r -> w.name("referenceSource").value(r.source()));
        w.endObject();
        return w.toString();
    }

    private static void count(JsonWriter w, Count c) {
        w.beginObject().name("subjects").number(c.subjects()).name("persons").number(c.persons()).endObject();
    }

    // ------------------------------------------------------------------ HTML

    /**
     * Renders the report as one self-contained HTML page (well-formed XHTML syntax, UTF-8): tables and two inline
     * SVG charts, no scripts, no external resources.
     *
     * @param report the report
     * @param locale the language of the labels
     * @param reference the figures to compare with, if any
     * @return the page
     * @throws NullPointerException if an argument is {@code null}
     */
    public static String html(DistrictReport report, Locale locale, Optional<ReferenceFigures> reference) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(reference, "reference");
        boolean zh = isChinese(locale);
        StringBuilder h = new StringBuilder(32_768);
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(zh ? "zh-CN" : "en").append("\">\n<head>\n")
                .append("<meta charset=\"UTF-8\"/>\n<title>").append(esc(title(report, zh))).append("</title>\n")
                .append("<style>body{font-family:system-ui,'PingFang SC','Microsoft YaHei',sans-serif;margin:2em;color:#222}"
                        + "table{border-collapse:collapse;margin:0.5em 0 1.5em}th,td{border:1px solid #ccc;padding:3px 8px}"
                        + "td.n{text-align:right;font-variant-numeric:tabular-nums}th{background:#f3f3f3}"
                        + "h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.5em}svg{display:block;margin:0.5em 0}"
                        + ".dev-bad{color:#b00}.dev-ok{color:#070}</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(title(report, zh))).append("</h1>\n");

        h.append("<h2>").append(zh ? "主要指标" : "Headline figures").append("</h2>\n");
        if (reference.isPresent()) {
            h.append("<p>").append(zh ? "对照：" : "Compared with: ").append(esc(reference.get().source())).append("</p>\n");
        }
        h.append("<table><tr><th>").append(zh ? "指标" : "Figure").append("</th><th>").append(zh ? "本报表" : "This report").append("</th>");
        if (reference.isPresent()) {
            h.append("<th>").append(zh ? "公布数" : "Reference").append("</th><th>").append(zh ? "偏差" : "Deviation").append("</th>");
        }
        h.append("</tr>\n");
        for (Figure fig : headline(report, reference)) {
            h.append("<tr><td>").append(esc(report.label(fig, zh))).append("</td><td class=\"n\">")
                    .append(report.value(fig).map(v -> figure(fig, v)).orElse("—")).append("</td>");
            if (reference.isPresent()) {
                ReferenceFigures r = reference.get();
                Optional<BigDecimal> dev = r.deviationPercent(fig, report);
                String cls = dev.map(d -> d.abs().compareTo(BigDecimal.TEN) <= 0 ? "dev-ok" : "dev-bad").orElse("");
                h.append("<td class=\"n\">").append(r.value(fig).map(v -> figure(fig, v)).orElse("—"))
                        .append("</td><td class=\"n ").append(cls).append("\">").append(dev.map(ReportRenderer::percent).orElse("—")).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");

        htmlTable(h, zh ? "分项目统计" : "Programs", programRows(report, zh));
        if (!report.groups().isEmpty()) {
            htmlTable(h, zh ? "合并统计" : "Groups of programs", groupRows(report, zh));
        }
        h.append("<h2>").append(zh ? "各月发放金额(按项目)" : "Amounts paid by month and program").append("</h2>\n");
        amountsChart(h, report, zh);
        h.append("<h2>").append(zh ? "分镇街期末在保人数" : "Persons in coverage by township").append("</h2>\n");
        townshipChart(h, report, zh);
        List<String[]> services = serviceRows(report, zh);
        if (services.size() > 1) {
            htmlTable(h, zh ? "服务统计" : "Services", services);
        }
        List<String[]> categories = categoryRows(report, zh);
        if (categories.size() > 1) {
            htmlTable(h, zh ? "分类在保" : "In coverage by category", categories);
        }
        if (!report.facilities().isEmpty()) {
            h.append("<h2>").append(zh ? "服务设施" : "Facilities").append("</h2>\n<table>");
            for (FacilityCount f : report.facilities()) {
                row(h, (zh ? f.kind().chineseName() : f.kind().englishName()) + f.grade().map(g -> " (" + g + ")").orElse(""), count(f.count()));
            }
            h.append("</table>\n");
        }
        h.append("<p style=\"color:#777;font-size:0.85em\">").append(zh ? "由 minzheng 生成。" : "Generated by minzheng.").append("</p>\n");
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void htmlTable(StringBuilder h, String title, List<String[]> rows) {
        h.append("<h2>").append(esc(title)).append("</h2>\n<table><tr>");
        for (String c : rows.get(0)) {
            h.append("<th>").append(esc(c)).append("</th>");
        }
        h.append("</tr>\n");
        for (String[] r : rows.subList(1, rows.size())) {
            h.append("<tr>");
            for (int i = 0; i < r.length; i++) {
                h.append(i == 0 ? "<td>" : "<td class=\"n\">").append(esc(r[i])).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static void amountsChart(StringBuilder h, DistrictReport report, boolean zh) {
        List<YearMonth> months = report.months();
        Set<ProgramCode> programs = new LinkedHashSet<>();
        for (ProgramLines p : report.programs()) {
            if (report.monthlyAmounts().stream().anyMatch(a -> a.program().equals(p.program()))) {
                programs.add(p.program());
            }
        }
        Map<YearMonth, BigDecimal> totals = new java.util.HashMap<>();
        for (MonthlyAmount a : report.monthlyAmounts()) {
            totals.merge(a.month(), a.amount().amount().max(BigDecimal.ZERO), BigDecimal::add);
        }
        double max = totals.values().stream().mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        double top = niceCeiling(max);
        int left = 90;
        int chartH = 260;
        int barW = Math.max(14, Math.min(48, 640 / Math.max(1, months.size()) - 10));
        int step = barW + 10;
        int width = Math.max(left + months.size() * step + 20, 680);
        int legendH = 20 * ((programs.size() + 2) / 3);
        int height = chartH + 60 + legendH;
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" font-size=\"11\">\n<title>")
                .append(zh ? "各月发放金额" : "Amounts by month").append("</title>\n");
        for (int i = 0; i <= 4; i++) {
            double v = top * i / 4;
            double y = 20 + chartH - (top == 0 ? 0 : v / top * chartH);
            h.append("<line x1=\"").append(left).append("\" x2=\"").append(width - 10).append("\" y1=\"").append(fmt(y)).append("\" y2=\"")
                    .append(fmt(y)).append("\" stroke=\"#ddd\"/>\n<text x=\"").append(left - 6).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\">").append(axis(v)).append("</text>\n");
        }
        for (int i = 0; i < months.size(); i++) {
            YearMonth m = months.get(i);
            double x = left + i * step + 5;
            double y = 20 + chartH;
            for (ProgramCode p : programs) {
                BigDecimal a = report.amount(p, m).amount();
                if (a.signum() <= 0 || top == 0) {
                    continue;
                }
                double hgt = a.doubleValue() / top * chartH;
                y -= hgt;
                h.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" width=\"").append(barW)
                        .append("\" height=\"").append(fmt(hgt)).append("\" fill=\"").append(colour(report, p)).append("\"><title>")
                        .append(esc(m + " " + name(report, p, zh) + " " + money(report.amount(p, m)))).append("</title></rect>\n");
            }
            h.append("<text x=\"").append(fmt(x + barW / 2.0)).append("\" y=\"").append(20 + chartH + 15)
                    .append("\" text-anchor=\"middle\">").append(m.getMonthValue() == 1 || i == 0 ? m.toString() : String.format(Locale.ROOT, "%02d", m.getMonthValue()))
                    .append("</text>\n");
        }
        legend(h, report, programs, zh, 20 + chartH + 30);
        h.append("</svg>\n");
    }

    private static void townshipChart(StringBuilder h, DistrictReport report, boolean zh) {
        List<TownshipCoverage> towns = report.townships();
        Set<ProgramCode> programs = new LinkedHashSet<>();
        for (ProgramLines p : townshipPrograms(report)) {
            programs.add(p.program());
        }
        int max = towns.stream().mapToInt(TownshipCoverage::total).max().orElse(0);
        double top = niceCeiling(max);
        int left = 150;
        int barW = 480;
        int rowH = 22;
        int legendH = 20 * ((programs.size() + 2) / 3);
        int height = 30 + towns.size() * rowH + 30 + legendH;
        int width = Math.max(left + barW + 80, 680);
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" font-size=\"11\">\n<title>")
                .append(zh ? "分镇街在保人数" : "Coverage by township").append("</title>\n");
        for (int i = 0; i < towns.size(); i++) {
            TownshipCoverage t = towns.get(i);
            double y = 20 + i * rowH;
            h.append("<text x=\"").append(left - 6).append("\" y=\"").append(fmt(y + 14)).append("\" text-anchor=\"end\">")
                    .append(esc(t.label())).append("</text>\n");
            double x = left;
            for (ProgramCode p : programs) {
                int n = t.persons(p);
                if (n == 0 || top == 0) {
                    continue;
                }
                double w = n / top * barW;
                h.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y + 3)).append("\" width=\"").append(fmt(w))
                        .append("\" height=\"").append(rowH - 6).append("\" fill=\"").append(colour(report, p)).append("\"><title>")
                        .append(esc(t.label() + " " + name(report, p, zh) + " " + n)).append("</title></rect>\n");
                x += w;
            }
            h.append("<text x=\"").append(fmt(x + 4)).append("\" y=\"").append(fmt(y + 14)).append("\">").append(count(t.total())).append("</text>\n");
        }
        legend(h, report, programs, zh, 30 + towns.size() * rowH);
        h.append("</svg>\n");
    }

    private static void legend(StringBuilder h, DistrictReport report, Set<ProgramCode> programs, boolean zh, int top) {
        int i = 0;
        for (ProgramCode p : programs) {
            int x = 20 + (i % 3) * 220;
            int y = top + (i / 3) * 20;
            h.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(colour(report, p)).append("\"/><text x=\"").append(x + 16).append("\" y=\"").append(y + 10).append("\">")
                    .append(esc(name(report, p, zh))).append("</text>\n");
            i++;
        }
    }

    private static void row(StringBuilder h, String label, String value) {
        h.append("<tr><td>").append(esc(label)).append("</td><td class=\"n\">").append(esc(value)).append("</td></tr>\n");
    }

    // ------------------------------------------------------------------ helpers

    private static boolean isChinese(Locale locale) {
        return "zh".equals(Objects.requireNonNull(locale, "locale").getLanguage());
    }

    private static String title(DistrictReport r, boolean zh) {
        String place = r.regionName().map(n -> n + " (" + r.region().shortForm() + ")").orElse(r.region().shortForm());
        return zh ? place + " 民政工作统计 " + r.from() + " 至 " + r.to()
                  : "Civil-affairs report, " + place + ", " + r.from() + " to " + r.to();
    }

    private static String name(DistrictReport report, ProgramCode p, boolean zh) {
        return report.program(p).map(l -> zh ? l.chineseName() : l.englishName()).orElse(p.value());
    }

    private static String colour(DistrictReport report, ProgramCode p) {
        List<ProgramLines> all = report.programs();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).program().equals(p)) {
                return PALETTE[i % PALETTE.length];
            }
        }
        return PALETTE[0];
    }

    private static String pair(ProgramLines f, Count c) {
        return f.countsHouseholds() ? count(c.subjects()) + "/" + count(c.persons()) : count(c.persons());
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String money(Money m) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(m.amount());
    }

    private static String figure(Figure fig, BigDecimal v) {
        if (fig.isAmount()) {
            return money(Money.of(v.setScale(2, RoundingMode.HALF_UP)));
        }
        if (fig.quantity() == Quantity.HOURS) {
            return v.setScale(1, RoundingMode.HALF_UP).toPlainString();
        }
        return count(v.longValue());
    }

    private static String percent(BigDecimal d) {
        return (d.signum() > 0 ? "+" : "") + d.toPlainString() + "%";
    }

    private static String axis(double v) {
        if (v >= 1_000_000) {
            return BigDecimal.valueOf(v / 1_000_000).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "M";
        }
        if (v >= 1_000) {
            return BigDecimal.valueOf(v / 1_000).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "k";
        }
        return BigDecimal.valueOf(v).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    private static double niceCeiling(double v) {
        if (v <= 0) {
            return 0;
        }
        double mag = Math.pow(10, Math.floor(Math.log10(v)));
        for (double f : new double[] {1, 2, 2.5, 5, 10}) {
            if (f * mag >= v) {
                return f * mag;
            }
        }
        return 10 * mag;
    }

    private static String fmt(double d) {
        return BigDecimal.valueOf(d).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        b.append(' ');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Display width: East Asian wide characters take two columns in a terminal. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** Lays out rows as aligned columns: the first {@code textColumns} left-aligned, the rest right-aligned. */
    private static void table(StringBuilder out, List<String[]> rows, int textColumns) {
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

    /** A minimal JSON writer for the report's fixed shape (core has no JSON dependency). */
    private static final class JsonWriter {
        private final StringBuilder b = new StringBuilder(8192);
        private final List<Boolean> first = new ArrayList<>();
        private boolean afterName;

        JsonWriter beginObject() {
            open('{');
            return this;
        }

        JsonWriter endObject() {
            close('}');
            return this;
        }

        JsonWriter beginArray() {
            open('[');
            return this;
        }

        JsonWriter endArray() {
            close(']');
            return this;
        }

        JsonWriter name(String name) {
            separate();
            string(name);
            b.append(": ");
            afterName = true;
            return this;
        }

        JsonWriter value(String value) {
            separate();
            if (value == null) {
                b.append("null");
            } else {
                string(value);
            }
            return this;
        }

        JsonWriter number(BigDecimal value) {
            separate();
            b.append(value == null ? "null" : value.toPlainString());
            return this;
        }

        JsonWriter number(long value) {
            separate();
            b.append(value);
            return this;
        }

        private void open(char c) {
            separate();
            b.append(c);
            first.add(Boolean.TRUE);
        }

        private void close(char c) {
            boolean empty = first.remove(first.size() - 1);
            if (!empty) {
                newline();
            }
            b.append(c);
        }

        private void separate() {
            if (afterName) {
                afterName = false;
                return;
            }
            if (first.isEmpty()) {
                return;
            }
            if (!first.get(first.size() - 1)) {
                b.append(',');
            }
            first.set(first.size() - 1, Boolean.FALSE);
            newline();
        }

        private void newline() {
            b.append('\n').append("  ".repeat(first.size()));
        }

        private void string(String s) {
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

        @Override
        public String toString() {
            return b.toString();
        }
    }
}
