package org.minzheng.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.minzheng.core.money.Money;
import org.minzheng.core.program.Program;

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
     * Renders the report as text. Chinese for a locale whose language is {@code zh}, English
     * otherwise.
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

        out.append(zh ? "一、分项目统计" : "1. Programs").append('\n');
        List<String[]> rows = new ArrayList<>();
        rows.add(zh ? new String[] {"项目", "新增(户/人)", "注销(户/人)", "在保(户/人)", "发放人次", "发放金额(元)"}
                    : new String[] {"Program", "New (hh/p)", "Cancelled", "In coverage", "Entries", "Paid (yuan)"});
        for (ProgramFigures f : report.programs()) {
            if (f.isEmpty()) {
                continue;
            }
            rows.add(new String[] {name(f.program(), zh), pair(f, f.newCases(), f.newPersons()),
                pair(f, f.cancelledCases(), f.cancelledPersons()), pair(f, f.coveredCases(), f.coveredPersons()),
                count(f.paymentEntries()), money(f.amountPaid())});
        }
        rows.add(new String[] {zh ? "合计" : "Total", "", "", "", "", money(report.totalPaid())});
        table(out, rows, 1);

        ServiceFigures s = report.services();
        out.append('\n').append(zh ? "二、服务统计" : "2. Services").append('\n');
        rows = new ArrayList<>();
        rows.add(zh ? new String[] {"服务", "人数/户数", "次数", "时长(小时)"} : new String[] {"Service", "Persons", "Records", "Hours"});
        rows.add(new String[] {zh ? "居家养老上门服务" : "Home-care visits", count(s.homeCarePersons()), count(s.homeCareVisits()),
            s.homeCareHours().setScale(1, RoundingMode.HALF_UP).toPlainString()});
        rows.add(new String[] {zh ? "关爱巡访" : "Care visits (living alone)", count(s.careVisitPersons()), count(s.careVisits()), ""});
        rows.add(new String[] {zh ? "居家适老化改造" : "Home adaptations", count(s.homeAdaptations()), "", ""});
        rows.add(new String[] {zh ? "意外伤害保险(政府出资)" : "Accident insurance, government-paid", count(s.insuranceGovernmentPaid()), "", ""});
        rows.add(new String[] {zh ? "意外伤害保险(一般老人)" : "Accident insurance, other elderly", count(s.insuranceOther()), "", ""});
        table(out, rows, 1);

        out.append('\n').append(zh ? "三、儿童福利" : "3. Children").append('\n');
        rows = new ArrayList<>();
        rows.add(zh ? new String[] {"类别", "人数"} : new String[] {"Category", "Children"});
        for (CategoryCount c : report.childrenInDifficulty()) {
            rows.add(new String[] {zh ? "困境儿童：" + c.chineseName() : "In difficulty: " + c.englishName(), count(c.count())});
        }
        rows.add(new String[] {zh ? "留守儿童(已签委托监护确认书)" : "Left-behind, guardianship confirmed", count(report.leftBehindWithConfirmation())});
        rows.add(new String[] {zh ? "留守儿童(未签确认书)" : "Left-behind, no signed confirmation", count(report.leftBehindWithoutConfirmation())});
        table(out, rows, 1);

        if (!report.facilities().isEmpty()) {
            out.append('\n').append(zh ? "四、服务设施" : "4. Facilities").append('\n');
            rows = new ArrayList<>();
            rows.add(zh ? new String[] {"类型", "等级", "数量"} : new String[] {"Kind", "Grade", "Count"});
            for (FacilityCount f : report.facilities()) {
                rows.add(new String[] {zh ? f.kind().chineseName() : f.kind().englishName(), f.grade().orElse("—"), count(f.count())});
            }
            table(out, rows, 2);
        }

        if (!report.townships().isEmpty()) {
            out.append('\n').append(zh ? "五、分镇街在保人数" : "5. Persons in coverage by township").append('\n');
            rows = new ArrayList<>();
            rows.add(zh ? new String[] {"镇街", "低保", "特困", "两项补贴", "尊老金", "合计(人项)"}
                        : new String[] {"Township", "Dibao", "Tekun", "Disability", "Senior", "Total (person-programs)"});
            for (TownshipCoverage t : report.townships()) {
                rows.add(new String[] {t.label(), count(t.persons(Program.DIBAO)), count(t.persons(Program.TEKUN)),
                    count(t.persons(Program.DISABILITY_LIVING_SUBSIDY) + t.persons(Program.DISABILITY_CARE_SUBSIDY)),
                    count(t.persons(Program.SENIOR_ALLOWANCE)), count(t.total())});
            }
            table(out, rows, 1);
        }

        out.append('\n').append(zh ? "六、主要指标" : "6. Headline figures");
        reference.ifPresent(r -> out.append(zh ? "（对照：" : " (compared with: ").append(r.source()).append(zh ? "）" : ")"));
        out.append('\n');
        rows = new ArrayList<>();
        rows.add(reference.isPresent()
                ? (zh ? new String[] {"指标", "本报表", "公布数", "偏差"} : new String[] {"Figure", "This report", "Reference", "Deviation"})
                : (zh ? new String[] {"指标", "本报表"} : new String[] {"Figure", "This report"}));
        for (Figure fig : Figure.values()) {
            String value = figure(fig, fig.valueIn(report));
            if (reference.isPresent()) {
                ReferenceFigures r = reference.get();
                rows.add(new String[] {zh ? fig.chineseName() : fig.englishName(), value,
                    r.value(fig).map(v -> figure(fig, v)).orElse("—"),
                    r.deviationPercent(fig, report).map(ReportRenderer::percent).orElse("—")});
            } else {
                rows.add(new String[] {zh ? fig.chineseName() : fig.englishName(), value});
            }
        }
        table(out, rows, 1);
        return out.toString();
    }

    // ------------------------------------------------------------------ JSON

    /**
     * Renders the report as a JSON object. Amounts are JSON numbers in yuan with two decimals;
     * codes are the stable lower-case codes of {@link Program} and {@link Figure}.
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
        for (ProgramFigures f : report.programs()) {
            w.beginObject();
            w.name("program").value(f.program().code());
            w.name("nameZh").value(f.program().chineseName());
            w.name("nameEn").value(f.program().englishName());
            w.name("subject").value(f.countsHouseholds() ? "household" : "person");
            w.name("new").beginObject().name("cases").number(f.newCases()).name("persons").number(f.newPersons()).endObject();
            w.name("cancelled").beginObject().name("cases").number(f.cancelledCases()).name("persons").number(f.cancelledPersons()).endObject();
            w.name("covered").beginObject().name("cases").number(f.coveredCases()).name("persons").number(f.coveredPersons()).endObject();
            w.name("paidCases").number(f.paidCases());
            w.name("paymentEntries").number(f.paymentEntries());
            w.name("amountPaid").number(f.amountPaid().amount());
            w.endObject();
        }
        w.endArray();
        w.name("monthlyAmounts").beginArray();
        for (MonthlyAmount a : report.monthlyAmounts()) {
            w.beginObject().name("month").value(a.month().toString()).name("program").value(a.program().code())
                    .name("amount").number(a.amount().amount()).endObject();
        }
        w.endArray();
        w.name("townships").beginArray();
        for (TownshipCoverage t : report.townships()) {
            w.beginObject().name("code").value(t.township().shortForm()).name("name").value(t.name().orElse(null));
            w.name("persons").beginObject();
            t.persons().forEach((p, n) -> w.name(p.code()).number(n));
            w.endObject().endObject();
        }
        w.endArray();
        ServiceFigures s = report.services();
        w.name("services").beginObject()
                .name("homeCarePersons").number(s.homeCarePersons())
                .name("homeCareVisits").number(s.homeCareVisits())
                .name("homeCareHours").number(s.homeCareHours())
                .name("careVisitPersons").number(s.careVisitPersons())
                .name("careVisits").number(s.careVisits())
                .name("homeAdaptations").number(s.homeAdaptations())
                .name("insuranceGovernmentPaid").number(s.insuranceGovernmentPaid())
                .name("insuranceOther").number(s.insuranceOther())
                .endObject();
        w.name("childrenInDifficulty").beginArray();
        for (CategoryCount c : report.childrenInDifficulty()) {
            w.beginObject().name("category").value(c.code()).name("nameZh").value(c.chineseName())
                    .name("nameEn").value(c.englishName()).name("count").number(c.count()).endObject();
        }
        w.endArray();
        w.name("leftBehind").beginObject().name("withConfirmation").number(report.leftBehindWithConfirmation())
                .name("withoutConfirmation").number(report.leftBehindWithoutConfirmation()).endObject();
        w.name("disabilitySubsidyPersons").number(report.disabilitySubsidyPersons());
        w.name("facilities").beginArray();
        for (FacilityCount f : report.facilities()) {
            w.beginObject().name("kind").value(f.kind().code()).name("grade").value(f.grade().orElse(null))
                    .name("count").number(f.count()).endObject();
        }
        w.endArray();
        w.name("headline").beginArray();
        for (Figure fig : Figure.values()) {
            w.beginObject().name("figure").value(fig.code()).name("value").number(fig.valueIn(report));
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

    // ------------------------------------------------------------------ HTML

    /**
     * Renders the report as one self-contained HTML page (well-formed XHTML syntax, UTF-8): tables
     * and two inline SVG charts, no scripts, no external resources.
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
        for (Figure fig : Figure.values()) {
            h.append("<tr><td>").append(esc(zh ? fig.chineseName() : fig.englishName())).append("</td><td class=\"n\">")
                    .append(figure(fig, fig.valueIn(report))).append("</td>");
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

        h.append("<h2>").append(zh ? "分项目统计" : "Programs").append("</h2>\n<table><tr>");
        for (String c : zh ? new String[] {"项目", "新增户/人", "注销户/人", "在保户/人", "发放人次", "发放金额(元)"}
                           : new String[] {"Program", "New (households/persons)", "Cancelled", "In coverage", "Entries", "Paid (yuan)"}) {
            h.append("<th>").append(c).append("</th>");
        }
        h.append("</tr>\n");
        for (ProgramFigures f : report.programs()) {
            if (f.isEmpty()) {
                continue;
            }
            h.append("<tr><td>").append(esc(name(f.program(), zh))).append("</td><td class=\"n\">").append(pair(f, f.newCases(), f.newPersons()))
                    .append("</td><td class=\"n\">").append(pair(f, f.cancelledCases(), f.cancelledPersons()))
                    .append("</td><td class=\"n\">").append(pair(f, f.coveredCases(), f.coveredPersons()))
                    .append("</td><td class=\"n\">").append(count(f.paymentEntries()))
                    .append("</td><td class=\"n\">").append(money(f.amountPaid())).append("</td></tr>\n");
        }
        h.append("</table>\n");

        h.append("<h2>").append(zh ? "各月发放金额(按项目)" : "Amounts paid by month and program").append("</h2>\n");
        amountsChart(h, report, zh);
        h.append("<h2>").append(zh ? "分镇街在保人数" : "Persons in coverage by township").append("</h2>\n");
        townshipChart(h, report, zh);

        ServiceFigures s = report.services();
        h.append("<h2>").append(zh ? "服务统计" : "Services").append("</h2>\n<table>");
        row(h, zh ? "居家养老上门服务(人/次/小时)" : "Home-care visits (persons / visits / hours)",
                count(s.homeCarePersons()) + " / " + count(s.homeCareVisits()) + " / " + s.homeCareHours().setScale(1, RoundingMode.HALF_UP).toPlainString());
        row(h, zh ? "关爱巡访(人/次)" : "Care visits (persons / visits)", count(s.careVisitPersons()) + " / " + count(s.careVisits()));
        row(h, zh ? "居家适老化改造(户)" : "Home adaptations (households)", count(s.homeAdaptations()));
        row(h, zh ? "意外伤害保险：政府出资/一般老人" : "Accident insurance: government-paid / other", count(s.insuranceGovernmentPaid()) + " / " + count(s.insuranceOther()));
        h.append("</table>\n");

        h.append("<h2>").append(zh ? "儿童福利" : "Children").append("</h2>\n<table>");
        for (CategoryCount c : report.childrenInDifficulty()) {
            row(h, zh ? "困境儿童：" + c.chineseName() : "In difficulty: " + c.englishName(), count(c.count()));
        }
        row(h, zh ? "留守儿童：已签委托监护确认书" : "Left-behind: guardianship confirmed", count(report.leftBehindWithConfirmation()));
        row(h, zh ? "留守儿童：未签确认书" : "Left-behind: no signed confirmation", count(report.leftBehindWithoutConfirmation()));
        h.append("</table>\n");

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

    private static void amountsChart(StringBuilder h, DistrictReport report, boolean zh) {
        List<YearMonth> months = report.months();
        Set<Program> programs = EnumSet.noneOf(Program.class);
        report.monthlyAmounts().forEach(a -> programs.add(a.program()));
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
        int width = left + months.size() * step + 20;
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
            for (Program p : programs) {
                BigDecimal a = report.amount(p, m).amount();
                if (a.signum() <= 0 || top == 0) {
                    continue;
                }
                double hgt = a.doubleValue() / top * chartH;
                y -= hgt;
                h.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" width=\"").append(barW)
                        .append("\" height=\"").append(fmt(hgt)).append("\" fill=\"").append(colour(p)).append("\"><title>")
                        .append(esc(m + " " + name(p, zh) + " " + money(report.amount(p, m)))).append("</title></rect>\n");
            }
            h.append("<text x=\"").append(fmt(x + barW / 2.0)).append("\" y=\"").append(20 + chartH + 15)
                    .append("\" text-anchor=\"middle\">").append(m.getMonthValue() == 1 || i == 0 ? m.toString() : String.format(Locale.ROOT, "%02d", m.getMonthValue()))
                    .append("</text>\n");
        }
        legend(h, programs, zh, 20 + chartH + 30);
        h.append("</svg>\n");
    }

    private static void townshipChart(StringBuilder h, DistrictReport report, boolean zh) {
        List<TownshipCoverage> towns = report.townships();
        Set<Program> programs = EnumSet.noneOf(Program.class);
        towns.forEach(t -> programs.addAll(t.persons().keySet()));
        int max = towns.stream().mapToInt(TownshipCoverage::total).max().orElse(0);
        double top = niceCeiling(max);
        int left = 150;
        int barW = 480;
        int rowH = 22;
        int legendH = 20 * ((programs.size() + 2) / 3);
        int height = 30 + towns.size() * rowH + 30 + legendH;
        int width = left + barW + 80;
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" font-size=\"11\">\n<title>")
                .append(zh ? "分镇街在保人数" : "Coverage by township").append("</title>\n");
        for (int i = 0; i < towns.size(); i++) {
            TownshipCoverage t = towns.get(i);
            double y = 20 + i * rowH;
            h.append("<text x=\"").append(left - 6).append("\" y=\"").append(fmt(y + 14)).append("\" text-anchor=\"end\">")
                    .append(esc(t.label())).append("</text>\n");
            double x = left;
            for (Program p : programs) {
                int n = t.persons(p);
                if (n == 0 || top == 0) {
                    continue;
                }
                double w = n / top * barW;
                h.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y + 3)).append("\" width=\"").append(fmt(w))
                        .append("\" height=\"").append(rowH - 6).append("\" fill=\"").append(colour(p)).append("\"><title>")
                        .append(esc(t.label() + " " + name(p, zh) + " " + n)).append("</title></rect>\n");
                x += w;
            }
            h.append("<text x=\"").append(fmt(x + 4)).append("\" y=\"").append(fmt(y + 14)).append("\">").append(count(t.total())).append("</text>\n");
        }
        legend(h, programs, zh, 30 + towns.size() * rowH);
        h.append("</svg>\n");
    }

    private static void legend(StringBuilder h, Set<Program> programs, boolean zh, int top) {
        int i = 0;
        for (Program p : programs) {
            int x = 20 + (i % 3) * 220;
            int y = top + (i / 3) * 20;
            h.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(colour(p)).append("\"/><text x=\"").append(x + 16).append("\" y=\"").append(y + 10).append("\">")
                    .append(esc(name(p, zh))).append("</text>\n");
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

    private static String name(Program p, boolean zh) {
        return zh ? p.chineseName() : p.englishName();
    }

    private static String colour(Program p) {
        return PALETTE[p.ordinal() % PALETTE.length];
    }

    private static String pair(ProgramFigures f, int cases, int persons) {
        return f.countsHouseholds() ? count(cases) + "/" + count(persons) : count(persons);
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String money(Money m) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(m.amount());
    }

    private static String figure(Figure fig, BigDecimal v) {
        return fig.isAmount() ? money(Money.of(v.setScale(2, RoundingMode.HALF_UP))) : count(v.longValue());
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
