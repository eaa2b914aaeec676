package org.minzheng.core.rule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.standards.Standard;

/**
 * Renders programs as a Markdown catalogue (业务项目与标准目录): every program with its behaviour, the standards it
 * reads and the reasons it gives. {@code docs/standards.md} is this catalogue of the built-in programs; a regional
 * plugin can publish its own the same way.
 */
public final class ProgramCatalogue {

    private ProgramCatalogue() {
    }

    /**
     * The catalogue.
     *
     * @param title the page's title
     * @param programs the programs, in the order to list them
     * @param shared standards read outside any program (listed after the programs), possibly empty
     * @return the Markdown text
     */
    public static String markdown(String title, List<? extends ProgramRule<?>> programs, List<Standard<?>> shared) {
        Objects.requireNonNull(title, "title");
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(title).append("\n\n")
                .append("Generated from the programs' declarations (`ProgramRule`) by `ProgramCatalogueTest`; do not edit.\n")
                .append("Regenerate with `mvn -pl core test -Dtest=ProgramCatalogueTest -Dminzheng.updateDocs=true`.\n\n")
                .append("Each program lists the standards its rule reads. A *mandatory* standard has no documented default:\n")
                .append("a region must supply it before the rule can run. An optional standard without a default switches\n")
                .append("its part of the rule off when absent. Values are resolved for a region and a date as described in\n")
                .append("[decision 0020](decisions/0020-standards-resolution-order.md). A standard read by several programs\n")
                .append("is described where it is declared and named in the others.\n\n");
        Map<String, String> declaredIn = new LinkedHashMap<>();
        int standards = 0;
        for (ProgramRule<?> p : programs) {
            sb.append("## ").append(p.chineseName()).append(" — ").append(p.englishName()).append(" (`")
                    .append(p.code()).append("`)\n\n");
            MonthlyBehaviour m = p.monthly();
            sb.append("Granted to a ").append(p.subjectKind().code()).append("; paid ").append(m.schedule())
                    .append("; approved by the ").append(m.approval().code())
                    .append(m.gradualExit().map(g -> "; gradual exit for `" + g.months().code() + "` months on `"
                            + g.trigger().code() + "`" + g.because().map(n -> " with `" + n.code() + "`").orElse(""))
                            .orElse(""))
                    .append("; screening: ").append(m.screening().frequency().name().toLowerCase(java.util.Locale.ROOT))
                    .append(m.screening().frequency() == Screening.Frequency.NEVER ? ""
                            : " (" + m.screening().action().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                                    + ")")
                    .append(". Basis: ").append(p.legalBasis().stream().map(Object::toString)
                            .collect(Collectors.joining("; "))).append(".\n\n");
            sb.append("| Code | 名称 | Name | Unit | Type | Default | Mandatory | Meaning | Basis |\n")
                    .append("|---|---|---|---|---|---|---|---|---|\n");
            for (Standard<?> s : p.standards()) {
                String owner = declaredIn.putIfAbsent(s.code(), p.code());
                if (owner != null) {
                    sb.append("| `").append(s.code()).append("` | ").append(s.chineseName())
                            .append(" | see `").append(owner).append("` | | | | | | |\n");
                    continue;
                }
                standards++;
                row(sb, s);
            }
            sb.append("\nReasons:\n\n| Code | Kind | 说明 | Message |\n|---|---|---|---|\n");
            for (ReasonCode r : p.reasons()) {
                sb.append("| `").append(r.code()).append("` | ").append(r.kind().name().toLowerCase(java.util.Locale.ROOT))
                        .append(" | ").append(r.chineseName()).append(" | ").append(r.englishName()).append(" |\n");
            }
            sb.append('\n');
        }
        if (!shared.isEmpty()) {
            sb.append("## Shared (共用标准)\n\n| Code | 名称 | Name | Unit | Type | Default | Mandatory | Meaning | Basis |\n")
                    .append("|---|---|---|---|---|---|---|---|---|\n");
            for (Standard<?> s : shared) {
                if (declaredIn.putIfAbsent(s.code(), "shared") == null) {
                    standards++;
                    row(sb, s);
                }
            }
            sb.append('\n');
        }
        sb.append(programs.size()).append(" programs, ").append(standards).append(" standards.\n");
        return sb.toString();
    }

    private static void row(StringBuilder sb, Standard<?> s) {
        sb.append("| `").append(s.code()).append("` | ").append(s.chineseName()).append(" | ")
                .append(s.englishName()).append(" | ").append(s.unit().chineseName()).append(" (")
                .append(s.unit().englishName()).append(") | ").append(s.valueType().code()).append(" | ")
                .append(defaultText(s)).append(" | ").append(s.mandatory() ? "yes" : "no").append(" | ")
                .append(s.description().replace("|", "\\|")).append(" | ")
                .append(s.legalBasis().orElse("local policy")).append(" |\n");
    }

    private static <T> String defaultText(Standard<T> s) {
        return s.defaultValue().map(v -> "`" + s.valueType().format(v) + "`").orElse("—");
    }
}
