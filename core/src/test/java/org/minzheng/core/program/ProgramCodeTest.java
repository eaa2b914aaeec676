package org.minzheng.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** 业务项目代码: what a code may be, and how much of a rejected one an error message repeats. */
class ProgramCodeTest {

    @Test
    void accepts_national_and_regional_codes() {
        assertThat(ProgramCode.of("dibao").value()).isEqualTo("dibao");
        assertThat(ProgramCode.isValid("js-spring-festival")).isTrue();
        assertThat(ProgramCode.isValid("Dibao")).isFalse();
        assertThat(ProgramCode.isValid("d")).isFalse();
        assertThat(ProgramCode.isValid("dibao--x")).isFalse();
    }

    @Test
    void a_long_rejected_code_is_quoted_as_every_reader_quotes_input_at_most_32_characters() {
        // Found by fuzzing the JSON documents: the message repeated 60 characters of the input.
        String code = "diba" + "^".repeat(96);
        assertThatThrownBy(() -> ProgramCode.of(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'diba" + "^".repeat(28) + "…(100 characters)'")
                .message().doesNotContain("^".repeat(29));
    }
}
