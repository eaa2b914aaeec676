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

    /** Chart colours by program (the first 18 programs each have their own), distinguishable in print. */
    private static final String[] PALETTE = {
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
        "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939",
        "#e7ba52", "#843c39", "#7b4173", "#5254a3", "#9c9ede", "#cedb9c"};

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
        out.append("=".repeat(Math.max(20, width(title(report, zh))))).append('\n');
        for (String[] line : headerLines(report, zh)) {
            out.append(line[0]).append(zh ? "：" : ": ").append(line[1]).append('\n');
        }
        out.append('\n');
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
        List<String[]> screening = screeningRows(report, zh);
        if (screening.size() > 1) {
            out.append('\n').append(heading(++section, zh ? "排查" : "Screening", zh)).append('\n');
            table(out, screening, 1);
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

    /**
     * Whether a program's 惠及 (reached) is shown: when it declares it, and for every program that pays or serves,
     * so that the program table's 期内惠及 is the services table's 期内服务 for a service program.
     */
    static boolean showsReached(ProgramLines f) {
        return f.reports(Measure.REACHED) || f.reports(Measure.PAYMENTS) || f.reports(Measure.AMOUNT)
                || f.reports(Measure.SERVICES);
    }

    private static String cell(ProgramLines f, Measure m) {
        if (m == Measure.REACHED && showsReached(f)) {
            return pair(f, f.reached());
        }
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
        rows.add(zh ? new String[] {"服务项目", "期末在保(户/人)", "期内服务对象", "服务次数", "服务时长(小时)", "期末有效记录",
            "应服务次数", "核定服务时长(小时)"}
                    : new String[] {"Service", "In coverage (end)", "Served in period", "Records", "Hours", "Record in force (end)",
                        "Services due", "Hours granted"});
        for (ProgramLines f : report.programs()) {
            if (!f.reports(Measure.SERVICES) && !f.reports(Measure.HOURS) && !f.reports(Measure.RECORD_IN_FORCE)) {
                continue;
            }
            // due and granted sit at the end, beside what was delivered, so that the earlier columns keep their places
            rows.add(new String[] {zh ? f.chineseName() : f.englishName(),
                f.reports(Measure.IN_COVERAGE) ? pair(f, f.covered()) : "—",
                f.reports(Measure.SERVICES) ? count(f.served()) + (f.countsHouseholds() ? (zh ? "户" : " hh") : "") : "—",
                f.reports(Measure.SERVICES) ? count(f.services()) : "—",
                f.reports(Measure.HOURS) ? hours(f.hours()) : "—",
                f.reports(Measure.RECORD_IN_FORCE) ? count(f.withRecordInForce()) : "—",
                f.reports(Measure.SERVICES_DUE) ? count(f.servicesDue()) : "—",
                f.reports(Measure.HOURS_GRANTED) ? hours(f.hoursGranted()) : "—"});
        }
        return rows;
    }

    private static List<String[]> screeningRows(DistrictReport report, boolean zh) {
        List<String[]> rows = new ArrayList<>();
        rows.add(zh ? new String[] {"项目", "排查发现待核实", "排查自动纳入", "建议注销待核实"}
                    : new String[] {"Program", "Found for review", "Started at once", "Proposed for closing"});
        for (ScreeningCount c : report.screening()) {
            rows.add(new String[] {zh ? c.chineseName() : c.englishName(), count(c.foundForReview()),
                count(c.startedAtOnce()), count(c.proposedClosing())});
        }
        return rows;
    }

    private static List<String[]> categoryRows(DistrictReport report, boolean zh) {
        List<String[]> rows = new ArrayList<>();
        rows.add(zh ? new String[] {"项目", "类别", "期末在保"} : new String[] {"Program", "Category", "In coverage (end)"});
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
            if (p.reports(Measure.REACHED)) {
                out.add(Figure.of(p.program(), Measure.REACHED, Quantity.PERSONS));
            }
            if (p.reports(Measure.AMOUNT)) {
                out.add(Figure.of(p.program(), Measure.AMOUNT, Quantity.AMOUNT));
            }
        }
        for (GroupLines g : report.groups()) {
            out.add(Figure.of(g.code(), Measure.IN_COVERAGE, Quantity.PERSONS));
            out.add(Figure.of(g.code(), Measure.REACHED, Quantity.PERSONS));
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
        if (report.header().isPresent()) {
            ReportHeader hd = report.header().get();
            w.name("header").beginObject();
            w.name("issuingOffice").value(hd.issuingOffice());
            w.name("periodFrom").value(report.from().toString());
            w.name("periodTo").value(report.to().toString());
            w.name("generatedOn").value(hd.generatedOn().toString());
            w.name("synthetic").bool(hd.synthetic());
            w.name("dataNoteZh").value(dataNote(hd, true));
            w.name("dataNoteEn").value(dataNote(hd, false));
            w.name("illustrativeStandards").beginArray();
            for (ReportHeader.IllustrativeStandard st : hd.illustrativeStandards()) {
                w.beginObject().name("code").value(st.code()).name("nameZh").value(st.chineseName())
                        .name("nameEn").value(st.englishName()).endObject();
            }
            w.endArray();
            w.endObject();
        } else {
            w.name("header").value(null);
        }
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
            if (showsReached(f)) {
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
            if (f.reports(Measure.SERVICES_DUE)) {
                w.name("servicesDue").number(f.servicesDue());
            }
            if (f.reports(Measure.HOURS_GRANTED)) {
                w.name("hoursGranted").number(f.hoursGranted());
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
        w.name("screening").beginArray();
        for (ScreeningCount c : report.screening()) {
            w.beginObject().name("program").value(c.program().value()).name("foundForReview").number(c.foundForReview())
                    .name("startedAtOnce").number(c.startedAtOnce()).name("proposedClosing").number(c.proposedClosing())
                    .endObject();
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

    // ------------------------------------------------------------------ header

    /** The header's lines as (label, value) pairs: office, period, generation date, data, illustrative standards. */
    private static List<String[]> headerLines(DistrictReport report, boolean zh) {
        List<String[]> out = new ArrayList<>();
        Optional<ReportHeader> header = report.header();
        out.add(new String[] {zh ? "制表单位" : "Issuing office",
            header.map(ReportHeader::issuingOffice).orElse(zh ? "未注明" : "not stated")});
        out.add(new String[] {zh ? "统计期" : "Period", period(report, zh)});
        out.add(new String[] {zh ? "制表日期" : "Generated on",
            header.map(h -> date(h.generatedOn(), zh)).orElse(zh ? "未注明" : "not stated")});
        out.add(new String[] {zh ? "数据说明" : "Data", header.map(h -> dataNote(h, zh))
                .orElse(zh ? "未注明数据来源" : "source of the data not stated")});
        header.ifPresent(h -> out.add(new String[] {zh ? "示意标准" : "Illustrative standards", illustrative(h, zh)}));
        return out;
    }

    private static String period(DistrictReport r, boolean zh) {
        return zh ? r.from().getYear() + "年" + r.from().getMonthValue() + "月至" + r.to().getYear() + "年"
                + r.to().getMonthValue() + "月"
                : month(r.from()) + " to " + month(r.to());
    }

    private static String month(YearMonth m) {
        return m.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + m.getYear();
    }

    private static String date(java.time.LocalDate d, boolean zh) {
        return zh ? d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日" : d.toString();
    }

    private static String dataNote(ReportHeader h, boolean zh) {
        if (h.synthetic()) {
            return zh ? "模拟数据：由合成人口经规则计算得出，不是真实统计数据，不得作为正式统计使用"
                      : "SYNTHETIC DATA: computed by the rules from a generated population; not official statistics";
        }
        return zh ? "根据业务记录（案件、发放、服务记录）汇总" : "compiled from the records of cases, payments and services";
    }

    private static String illustrative(ReportHeader h, boolean zh) {
        if (h.illustrativeStandards().isEmpty()) {
            return zh ? "无（所用标准均有文件依据）" : "none (every standard used was set by a document)";
        }
        StringBuilder b = new StringBuilder(zh ? "以下标准为示例值，并非文件规定：" : "these values are examples, not set by a document: ");
        for (int i = 0; i < h.illustrativeStandards().size(); i++) {
            ReportHeader.IllustrativeStandard st = h.illustrativeStandards().get(i);
            b.append(i == 0 ? "" : zh ? "、" : "; ").append(zh ? st.chineseName() : st.englishName());
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ HTML

    /** The page's style: screen, and print on A4 with no heading left alone at a page foot and no table split. */
    private static final String STYLE = "body{font-family:system-ui,'PingFang SC','Microsoft YaHei','WenQuanYi Zen Hei',"
            + "sans-serif;margin:2em;color:#222;max-width:60em}"
            + "table{border-collapse:collapse;margin:0.5em 0 1.5em}th,td{border:1px solid #ccc;padding:3px 8px}"
            + "td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}th{background:#f3f3f3}"
            + "h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.5em}"
            + "svg.chart{display:block;margin:0.5em 0;max-width:100%;height:auto;overflow:visible}"
            + ".report-header{border:1px solid #999;padding:0.5em 1em;margin:0 0 1em;display:grid;"
            + "grid-template-columns:max-content 1fr;gap:0.2em 1em}"
            + ".report-header dt{font-weight:bold}.report-header dd{margin:0}"
            + ".synthetic{background:#fff3cd;border:1px solid #c90;padding:0.4em 0.8em;font-weight:bold}"
            + ".dev-bad{color:#b00}.dev-ok{color:#070}"
            + "@media print{@page{size:A4;margin:15mm}body{margin:0;max-width:none;font-size:10pt}"
            + "h1,h2,h3{break-after:avoid;page-break-after:avoid}"
            + "table,svg.chart,figure,.report-header{break-inside:avoid;page-break-inside:avoid}"
            + "thead{display:table-header-group}tr{break-inside:avoid}"
            + "table{font-size:8.5pt}th,td{padding:2px 4px}th{overflow-wrap:anywhere}"
            + ".synthetic{-webkit-print-color-adjust:exact;print-color-adjust:exact}}";

    /**
     * Renders the report as one self-contained HTML page (well-formed XHTML syntax, UTF-8): the header (issuing
     * office, period, generation date, whether the data are synthetic, illustrative standards), tables and two
     * inline SVG charts (amounts in 万元 by month, persons in coverage by township), a print style sheet for A4,
     * no scripts, no external resources.
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
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(title(report, zh))).append("</h1>\n");
        if (report.header().map(ReportHeader::synthetic).orElse(false)) {
            h.append("<p class=\"synthetic\" id=\"synthetic\">").append(esc(dataNote(report.header().get(), zh))).append("</p>\n");
        }
        h.append("<dl class=\"report-header\" id=\"report-header\">\n");
        for (String[] line : headerLines(report, zh)) {
            h.append("<dt>").append(esc(line[0])).append("</dt><dd>").append(esc(line[1])).append("</dd>\n");
        }
        h.append("</dl>\n");

        h.append("<h2>").append(zh ? "主要指标" : "Headline figures").append("</h2>\n");
        if (reference.isPresent()) {
            h.append("<p>").append(zh ? "对照：" : "Compared with: ").append(esc(reference.get().source())).append("</p>\n");
        }
        h.append("<table><thead><tr><th>").append(zh ? "指标" : "Figure").append("</th><th>").append(zh ? "本报表" : "This report").append("</th>");
        if (reference.isPresent()) {
            h.append("<th>").append(zh ? "公布数" : "Reference").append("</th><th>").append(zh ? "偏差" : "Deviation").append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
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
        h.append("</tbody></table>\n");

        htmlTable(h, zh ? "分项目统计" : "Programs", programRows(report, zh));
        if (!report.groups().isEmpty()) {
            htmlTable(h, zh ? "合并统计" : "Groups of programs", groupRows(report, zh));
        }
        h.append("<h2>").append(zh ? "各月发放金额（按项目，万元）" : "Amounts paid by month and program (10,000 yuan)").append("</h2>\n");
        amountsChart(h, report, zh);
        h.append("<h2>").append(zh ? "分镇街期末在保人数" : "Persons in coverage at the end of the period, by township").append("</h2>\n");
        townshipChart(h, report, zh);
        if (!report.townships().isEmpty()) {
            townshipTables(h, townshipRows(report, zh), zh);
        }
        List<String[]> services = serviceRows(report, zh);
        if (services.size() > 1) {
            htmlTable(h, zh ? "服务统计" : "Services", services);
        }
        List<String[]> screening = screeningRows(report, zh);
        if (screening.size() > 1) {
            htmlTable(h, zh ? "排查" : "Screening", screening);
        }
        List<String[]> categories = categoryRows(report, zh);
        if (categories.size() > 1) {
            htmlTable(h, zh ? "分类在保" : "In coverage by category", categories, 2);
        }
        if (!report.facilities().isEmpty()) {
            h.append("<h2>").append(zh ? "服务设施" : "Facilities").append("</h2>\n<table>");
            for (FacilityCount f : report.facilities()) {
                row(h, (zh ? f.kind().chineseName() : f.kind().englishName()) + f.grade().map(g -> " (" + g + ")").orElse(""), count(f.count()));
            }
            h.append("</table>\n");
        }
        h.append("<p style=\"color:#777;font-size:0.85em\">")
                .append(zh ? "期末在保：统计期末仍在保障（含渐退期）的户或人，每户（人）只计一次；期内惠及：统计期内获得发放或服务的户或人。"
                           : "In coverage: households or persons still covered (or in gradual exit) at the end of the period, each "
                             + "counted once; reached: households or persons paid or served during the period.")
                .append(' ').append(esc(headerLines(report, zh).get(3)[1])).append(zh ? "。由 minzheng 生成。" : ". Generated by minzheng.")
                .append("</p>\n");
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void htmlTable(StringBuilder h, String title, List<String[]> rows) {
        htmlTable(h, title, rows, 1);
    }

    /** Program columns per township table on the page: more would not fit the A4 text width (or a 1,024 px window). */
    private static final int TOWNSHIP_COLUMNS = 6;

    /**
     * The township table on the page, split into tables of at most {@link #TOWNSHIP_COLUMNS} program columns, each
     * with the township column first and the last with the total: a district with many programs in coverage would
     * otherwise be wider than the page (the text rendering keeps one table).
     */
    private static void townshipTables(StringBuilder h, List<String[]> rows, boolean zh) {
        String title = zh ? "分镇街期末在保人数（表）" : "Persons in coverage by township (table)";
        int programs = rows.get(0).length - 2;
        int parts = Math.max(1, (programs + TOWNSHIP_COLUMNS - 1) / TOWNSHIP_COLUMNS);
        for (int part = 0; part < parts; part++) {
            int from = 1 + part * TOWNSHIP_COLUMNS;
            int to = Math.min(programs + 1, from + TOWNSHIP_COLUMNS);
            boolean last = part == parts - 1;
            List<String[]> slice = new ArrayList<>(rows.size());
            for (String[] r : rows) {
                String[] c = new String[1 + (to - from) + (last ? 1 : 0)];
                c[0] = r[0];
                System.arraycopy(r, from, c, 1, to - from);
                if (last) {
                    c[c.length - 1] = r[r.length - 1];
                }
                slice.add(c);
            }
            htmlTable(h, parts == 1 ? title : title + (zh ? "（" : " (") + (part + 1) + "/" + parts + (zh ? "）" : ")"),
                    slice, 1);
        }
    }

    private static void htmlTable(StringBuilder h, String title, List<String[]> rows, int textColumns) {
        h.append("<h2>").append(esc(title)).append("</h2>\n<table><thead><tr>");
        for (String c : rows.get(0)) {
            h.append("<th>").append(esc(c)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (String[] r : rows.subList(1, rows.size())) {
            h.append("<tr>");
            for (int i = 0; i < r.length; i++) {
                h.append(i < textColumns ? "<td>" : "<td class=\"n\">").append(esc(r[i])).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    /** Chart width in CSS pixels: the text width of an A4 page with 15 mm margins (180 mm at 96 dpi). */
    private static final int CHART_W = 680;
    /** Font size of chart text in CSS pixels. */
    private static final int FONT = 11;
    /** The font of chart text, the same in every chart. */
    private static final String FONT_FAMILY = "'DejaVu Sans','WenQuanYi Zen Hei','Noto Sans CJK SC','Microsoft YaHei',sans-serif";

    private static void svgStart(StringBuilder h, int height, String id, String title) {
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(id).append("\" role=\"img\" width=\"")
                .append(CHART_W).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(CHART_W).append(' ')
                .append(height).append("\" font-size=\"").append(FONT).append("\" font-family=\"").append(FONT_FAMILY)
                .append("\">\n<title>").append(esc(title)).append("</title>\n");
    }

    private static void text(StringBuilder h, String cls, double x, double y, String anchor, String text) {
        h.append("<text class=\"").append(cls).append("\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append('"');
        if (!"start".equals(anchor)) {
            h.append(" text-anchor=\"").append(anchor).append('"');
        }
        h.append('>').append(esc(text)).append("</text>\n");
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
        BigDecimal maxWan = totals.values().stream().reduce(BigDecimal.ZERO, BigDecimal::max).divide(WAN);
        Ticks ticks = Ticks.of(maxWan);
        int left = 8 + ticks.labels().stream().mapToInt(ReportRenderer::textWidth).max().orElse(0) + 8;
        int top = 30;
        int plotH = 220;
        int plotW = CHART_W - left - 10;
        int step = Math.max(1, plotW / Math.max(1, months.size()));
        int barW = Math.max(2, Math.min(48, step * 3 / 4));
        int labelEvery = 1;
        int widest = months.stream().mapToInt(m -> textWidth(monthLabel(months, m))).max().orElse(0) + 6;
        while (labelEvery * step < widest) {
            labelEvery++;
        }
        List<String[]> legend = legendItems(report, programs, zh);
        int legendTop = top + plotH + 44;
        int legendH = legendHeight(legend);
        int height = legendTop + legendH + 6;
        svgStart(h, height, "chart-amounts", zh ? "各月发放金额（万元）" : "Amounts paid by month (10,000 yuan)");
        text(h, "axis-title", left, 14, "start", zh ? "金额（万元）" : "Amount (10,000 yuan, 万元)");
        for (int i = 0; i < ticks.values().size(); i++) {
            double y = top + plotH - ticks.values().get(i).doubleValue() / ticks.top().doubleValue() * plotH;
            h.append("<line x1=\"").append(left).append("\" x2=\"").append(left + plotW).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"").append(i == 0 ? "#555" : "#ddd").append("\"/>\n");
            text(h, "tick", left - 6, y + 4, "end", ticks.labels().get(i));
        }
        for (int i = 0; i < months.size(); i++) {
            YearMonth m = months.get(i);
            double x = left + i * step + (step - barW) / 2.0;
            double y = top + plotH;
            for (ProgramCode p : programs) {
                BigDecimal a = report.amount(p, m).amount();
                if (a.signum() <= 0) {
                    continue;
                }
                double hgt = a.divide(WAN).doubleValue() / ticks.top().doubleValue() * plotH;
                y -= hgt;
                h.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" width=\"").append(barW)
                        .append("\" height=\"").append(fmt(hgt)).append("\" fill=\"").append(colour(report, p)).append("\"><title>")
                        .append(esc(m + " " + name(report, p, zh) + " " + money(report.amount(p, m)) + (zh ? " 元" : " yuan")))
                        .append("</title></rect>\n");
            }
            if (i % labelEvery == 0) {
                text(h, "tick", x + barW / 2.0, top + plotH + 16, "middle", monthLabel(months, m));
            }
        }
        text(h, "axis-title", left + plotW / 2.0, top + plotH + 34, "middle", zh ? "月份" : "Month");
        legend(h, legend, legendTop);
        h.append("</svg>\n");
    }

    private static String monthLabel(List<YearMonth> months, YearMonth m) {
        return m.getMonthValue() == 1 || m.equals(months.get(0)) ? m.toString() : String.format(Locale.ROOT, "%02d", m.getMonthValue());
    }

    private static void townshipChart(StringBuilder h, DistrictReport report, boolean zh) {
        List<TownshipCoverage> towns = report.townships();
        Set<ProgramCode> programs = new LinkedHashSet<>();
        for (ProgramLines p : townshipPrograms(report)) {
            programs.add(p.program());
        }
        int max = towns.stream().mapToInt(TownshipCoverage::total).max().orElse(0);
        Ticks ticks = Ticks.of(BigDecimal.valueOf(max));
        int left = 8 + towns.stream().mapToInt(t -> textWidth(fit(t.label(), CHART_W / 3))).max().orElse(0) + 8;
        int totalW = textWidth(count(max)) + 10;
        int plotW = CHART_W - left - Math.max(totalW, textWidth(ticks.labels().get(ticks.labels().size() - 1)) / 2 + 4) - 10;
        int rowH = 22;
        int top = 10;
        int plotH = towns.size() * rowH;
        List<String[]> legend = legendItems(report, programs, zh);
        int legendTop = top + plotH + 44;
        int height = legendTop + legendHeight(legend) + 6;
        svgStart(h, height, "chart-townships", zh ? "分镇街期末在保人数" : "Persons in coverage by township");
        for (int i = 0; i < ticks.values().size(); i++) {
            double x = left + ticks.values().get(i).doubleValue() / ticks.top().doubleValue() * plotW;
            h.append("<line x1=\"").append(fmt(x)).append("\" x2=\"").append(fmt(x)).append("\" y1=\"").append(top)
                    .append("\" y2=\"").append(top + plotH).append("\" stroke=\"").append(i == 0 ? "#555" : "#ddd").append("\"/>\n");
            text(h, "tick", x, top + plotH + 16, "middle", ticks.labels().get(i));
        }
        text(h, "axis-title", left + plotW / 2.0, top + plotH + 34, "middle",
                zh ? "期末在保人数（人，各项目相加）" : "Persons in coverage at the end (summed over programs)");
        for (int i = 0; i < towns.size(); i++) {
            TownshipCoverage t = towns.get(i);
            double y = top + i * rowH;
            text(h, "tick", left - 6, y + 15, "end", fit(t.label(), CHART_W / 3));
            double x = left;
            for (ProgramCode p : programs) {
                int n = t.persons(p);
                if (n == 0) {
                    continue;
                }
                double w = n / ticks.top().doubleValue() * plotW;
                h.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y + 3)).append("\" width=\"").append(fmt(w))
                        .append("\" height=\"").append(rowH - 6).append("\" fill=\"").append(colour(report, p)).append("\"><title>")
                        .append(esc(t.label() + " " + name(report, p, zh) + " " + count(n))).append("</title></rect>\n");
                x += w;
            }
            text(h, "value", x + 4, y + 15, "start", count(t.total()));
        }
        legend(h, legend, legendTop);
        h.append("</svg>\n");
    }

    /** Legend entries: colour and name. */
    private static List<String[]> legendItems(DistrictReport report, Set<ProgramCode> programs, boolean zh) {
        List<String[]> out = new ArrayList<>();
        for (ProgramCode p : programs) {
            out.add(new String[] {colour(report, p), fit(name(report, p, zh), CHART_W - 20 - 32)});
        }
        return out;
    }

    /**
     * Legend entries in a grid: columns as wide as the widest entry (measured by {@link #textWidth}), as many as
     * fit the chart's width, so that no entry reaches into the next or past the chart's right edge.
     */
    private static List<int[]> legendLayout(List<String[]> items) {
        int col = 0;
        for (String[] item : items) {
            col = Math.max(col, 16 + textWidth(item[1]) + 16);
        }
        int cols = Math.max(1, (CHART_W - 20) / Math.max(1, col));
        List<int[]> at = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            at.add(new int[] {10 + (i % cols) * col, i / cols});
        }
        return at;
    }

    private static int legendHeight(List<String[]> items) {
        List<int[]> at = legendLayout(items);
        return at.isEmpty() ? 0 : 20 * (at.get(at.size() - 1)[1] + 1);
    }

    private static void legend(StringBuilder h, List<String[]> items, int top) {
        List<int[]> at = legendLayout(items);
        for (int i = 0; i < items.size(); i++) {
            int x = at.get(i)[0];
            int y = top + at.get(i)[1] * 20;
            h.append("<g class=\"legend-item\"><rect x=\"").append(x).append("\" y=\"").append(y)
                    .append("\" width=\"12\" height=\"12\" fill=\"").append(items.get(i)[0]).append("\"/>");
            h.append("<text class=\"legend\" x=\"").append(x + 16).append("\" y=\"").append(y + 10).append("\">")
                    .append(esc(items.get(i)[1])).append("</text></g>\n");
        }
    }

    /**
     * An upper estimate of a text's width in CSS pixels at the chart font, from DejaVu Sans's advance widths (the
     * widest common sans-serif, the font charts ask for first) rounded up: wide (CJK) characters and the ellipsis
     * one em; digits 0.64 em; capitals 0.75 em; m and w 0.92 em; narrow letters, spaces and punctuation 0.4 em;
     * other letters 0.62 em. The browser test measures the real widths.
     */
    static int textWidth(String s) {
        double em = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (ReportFormat.wide(cp) || cp == 0x2026) {
                em += 1;
            } else if (cp >= '0' && cp <= '9') {
                em += 0.64;
            } else if (cp >= 'A' && cp <= 'Z' || cp == 'm' || cp == 'w' || cp == 'M' || cp == 'W') {
                em += cp == 'M' || cp == 'W' || cp == 'm' || cp == 'w' ? 0.92 : 0.75;
            } else if (" .,:;'!|()[]-ijlft".indexOf(cp) >= 0) {
                em += 0.4;
            } else {
                em += 0.62;
            }
            i += Character.charCount(cp);
        }
        return (int) Math.ceil(em * FONT);
    }

    /** The text, shortened with an ellipsis where its estimated width passes {@code max} pixels. */
    static String fit(String s, int max) {
        if (textWidth(s) <= max) {
            return s;
        }
        String t = s;
        while (!t.isEmpty() && textWidth(t + "…") > max) {
            t = t.substring(0, t.offsetByCodePoints(t.length(), -1));
        }
        return t + "…";
    }

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

    /**
     * Round axis ticks: a step of 1, 2 or 5 times a power of ten giving at most six intervals, from zero to the
     * first tick at or above the maximum, with labels formatted with thousands separators.
     */
    record Ticks(List<BigDecimal> values, List<String> labels, BigDecimal top) {

        static Ticks of(BigDecimal max) {
            if (max.signum() <= 0) {
                return new Ticks(List.of(BigDecimal.ZERO, BigDecimal.ONE), List.of("0", "1"), BigDecimal.ONE);
            }
            BigDecimal step = BigDecimal.ONE.movePointLeft(4);
            outer:
            for (int exp = -4; exp < 20; exp++) {
                for (int f : new int[] {1, 2, 5}) {
                    BigDecimal s = BigDecimal.valueOf(f).scaleByPowerOfTen(exp);
                    if (max.divide(s, 0, RoundingMode.CEILING).compareTo(BigDecimal.valueOf(6)) <= 0) {
                        step = s;
                        break outer;
                    }
                }
            }
            int n = max.divide(step, 0, RoundingMode.CEILING).intValue();
            int decimals = Math.max(0, step.stripTrailingZeros().scale());
            DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                    DecimalFormatSymbols.getInstance(Locale.ROOT));
            List<BigDecimal> values = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (int i = 0; i <= n; i++) {
                BigDecimal v = step.multiply(BigDecimal.valueOf(i));
                values.add(v);
                labels.add(v.signum() == 0 ? "0" : f.format(v));
            }
            return new Ticks(List.copyOf(values), List.copyOf(labels), values.get(values.size() - 1));
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
        return ReportFormat.count(n);
    }

    private static String money(Money m) {
        return ReportFormat.money(m);
    }

    private static String figure(Figure fig, BigDecimal v) {
        if (fig.isAmount()) {
            return money(Money.of(v.setScale(2, RoundingMode.HALF_UP)));
        }
        if (fig.quantity() == Quantity.HOURS) {
            return hours(v);
        }
        return count(v.longValue());
    }

    private static String hours(BigDecimal h) {
        DecimalFormat f = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(h);
    }

    private static String percent(BigDecimal d) {
        return (d.signum() > 0 ? "+" : "") + d.toPlainString() + "%";
    }

    private static String fmt(double d) {
        return ReportFormat.decimal(d);
    }

    static String esc(String s) {
        return ReportFormat.html(s);
    }

    static int width(String s) {
        return ReportFormat.width(s);
    }

    private static void table(StringBuilder out, List<String[]> rows, int textColumns) {
        ReportFormat.table(out, rows, textColumns);
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

        JsonWriter bool(boolean value) {
            separate();
            b.append(value);
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
            ReportFormat.appendJson(b, s);
        }

        @Override
        public String toString() {
            return b.toString();
        }
    }
}
