package org.minzheng.core.standards;

/** Renders {@link Standards#all()} as the Markdown table committed in {@code docs/standards.md}. */
final class StandardsCatalogue {

    private StandardsCatalogue() {
    }

    static String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Standards catalogue (标准目录)\n\n")
                .append("Generated from `org.minzheng.core.standards.Standards` by `StandardsCatalogueTest`; do not edit.\n")
                .append("Regenerate with `mvn -pl core test -Dtest=StandardsCatalogueTest -Dminzheng.updateDocs=true`.\n\n")
                .append("Every standard the national rules read. A *mandatory* standard has no documented default: a\n")
                .append("region must supply it before the rules that need it can run. An optional standard without a\n")
                .append("default switches its rule off when absent. Values are resolved for a region and a date as\n")
                .append("described in [decision 0020](decisions/0020-standards-resolution-order.md).\n\n")
                .append("| Code | 名称 | Name | Unit | Type | Default | Mandatory | Meaning | Basis |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (Standard<?> s : Standards.all()) {
            sb.append("| `").append(s.code()).append("` | ").append(s.chineseName()).append(" | ")
                    .append(s.englishName()).append(" | ").append(s.unit().chineseName()).append(" (")
                    .append(s.unit().englishName()).append(") | ").append(s.valueType().code()).append(" | ")
                    .append(defaultText(s)).append(" | ").append(s.mandatory() ? "yes" : "no").append(" | ")
                    .append(s.description().replace("|", "\\|")).append(" | ")
                    .append(s.legalBasis().orElse("local policy")).append(" |\n");
        }
        sb.append("\n").append(Standards.all().size()).append(" standards.\n");
        return sb.toString();
    }

    private static <T> String defaultText(Standard<T> s) {
        return s.defaultValue().map(v -> "`" + s.valueType().format(v) + "`").orElse("—");
    }
}
