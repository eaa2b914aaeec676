package org.minzheng.core.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Checks the catalogue and keeps {@code docs/standards.md} in step with it. Regenerate the file with
 * {@code mvn -pl core test -Dtest=StandardsCatalogueTest -Dminzheng.updateDocs=true}.
 */
class StandardsCatalogueTest {

    static final Path DOC = Path.of("..", "docs", "standards.md");

    @Test
    void all_containsEveryConstant() throws IllegalAccessException {
        List<Standard<?>> constants = new ArrayList<>();
        for (Field f : Standards.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Standard.class) {
                constants.add((Standard<?>) f.get(null));
            }
        }
        assertThat(Standards.all()).containsExactlyInAnyOrderElementsOf(constants);
    }

    @Test
    void all_issueCodesPresent() {
        for (String code : List.of("dibao.standard.urban", "dibao.standard.rural", "dibao.addon.elderly-age",
                "dibao.addon.share.elderly", "dibao.addon.share.minor", "dibao.addon.share.severe-disability",
                "dibao.addon.share.serious-illness", "dibao.rounding", "dibao.grace-months", "tekun.basic.multiple",
                "tekun.basic.urban", "tekun.basic.rural", "tekun.care.self-care", "tekun.care.partial",
                "tekun.care.complete", "temporary.cap.emergency-months", "temporary.cap.expenditure-months",
                "temporary.township-limit", "disability.living.share.severe", "disability.living.share.other",
                "disability.care.urban", "disability.care.rural", "disability.care.grade34-intellectual-mental",
                "senior.allowance.80", "senior.allowance.90", "senior.allowance.100", "senior.allowance.age-basis",
                "child.orphan.institutional", "child.orphan.dispersed", "child.unsupported.share",
                "child.guardianship-missing.share", "child.parents-unable.share", "homecare.hours.per-month")) {
            assertThat(Standards.byCode(code)).as(code).isPresent();
        }
    }

    @Test
    void defaults_asDocumentedInTheIssue() {
        assertThat(Standards.DIBAO_ROUNDING.defaultValue()).contains(Rounding.FEN);
        assertThat(Standards.DIBAO_GRACE_MONTHS.defaultValue()).contains(0);
        assertThat(Standards.DIBAO_ADDON_SHARE_ELDERLY.defaultValue().orElseThrow()).isZero();
        assertThat(Standards.CHILD_UNSUPPORTED_SHARE.defaultValue().orElseThrow()).isEqualByComparingTo("1");
        assertThat(Standards.DISABILITY_CARE_GRADE34_INTELLECTUAL_MENTAL.defaultValue()).contains(false);
        assertThat(Standards.SENIOR_ALLOWANCE_AGE_BASIS.defaultValue()).contains(AgeBasis.BIRTH_MONTH);
        assertThat(Standards.DIBAO_STANDARD_URBAN.mandatory()).isTrue();
        assertThat(Standards.DIBAO_STANDARD_URBAN.defaultValue()).isEmpty();
    }

    @Test
    void byCode_unknown_empty() {
        assertThat(Standards.byCode("dibao.standard.suburban")).isEqualTo(Optional.empty());
    }

    @Test
    void builder_malformedCode_rejected() {
        assertThatThrownBy(() -> Standard.builder("Dibao Standard", ValueType.MONEY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("malformed");
        assertThatThrownBy(() -> Standard.builder("dibao", ValueType.MONEY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void builder_defaultOnMandatory_rejected() {
        assertThatThrownBy(() -> Standard.builder("x.y", ValueType.INTEGER).names("甲", "a").unit(Unit.YEARS)
                .description("d").defaultValue(1).mandatory().build()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void docs_catalogueIsCurrent() throws IOException {
        String expected = StandardsCatalogue.markdown();
        if (Boolean.getBoolean("minzheng.updateDocs")) {
            Files.createDirectories(DOC.getParent());
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        if (!Files.exists(DOC) || !Files.readString(DOC, StandardCharsets.UTF_8).equals(expected)) {
            fail("docs/standards.md is stale; regenerate it with: mvn -pl core test -Dtest=StandardsCatalogueTest "
                    + "-Dminzheng.updateDocs=true");
        }
    }
}
